"""The export formats by name, and what each reads: events, quotes, or nothing (the schema).

A format's writer takes an iterator of records and writes each as it comes, so that an
export never holds more than one batch of the query (`dyad.query.export.BATCH`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, TextIO

from dyad.errors import ExportError
from dyad.exports import citron, gdelt, icews, phoenix, plover, polecat
from dyad.query.dedup import DEDUPS, DEFAULT_DEDUP
from dyad.query.export import Selection, exported_events, exported_quotes
from dyad.query.quotes import STATEMENT_KINDS
from dyad.serialize import output_schema

if TYPE_CHECKING:
    from dyad.store.database import Connection

PARTY_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]*")
"""A party of ``--pair``: an ISO3 country (RUS) or, for an organization, its actor code
(IGOUNO), as the ``event_dyads`` view names parties."""


def write_schema(_: Iterable[Any], out: TextIO) -> int:
    """dyad's own JSON Lines output contract (`dyad.serialize.output_schema`)."""
    out.write(json.dumps(output_schema(), indent=2, ensure_ascii=False) + "\n")
    return 1


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    reads: Literal["events", "quotes", "nothing"]
    write: Callable[[Iterable[Any], TextIO], int]
    columns: tuple[str, ...]
    """Its columns (tabular formats) or top-level fields (JSON), in the order written."""
    header: bool
    """Whether a tabular format starts with a header row."""
    story: bool = False
    """Whether it needs the people, organizations and places of each event's article."""
    mentions: bool = False
    """Whether it lists every mention (GDELT's Mentions table), whatever ``--dedup`` says:
    each mention names its event (cluster) instead."""


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("plover-jsonl", "events", plover.write, plover.FIELDS, False),
        Format("polecat-tsv", "events", polecat.write, polecat.COLUMNS, True, story=True),
        Format("gdelt-events", "events", gdelt.write_events, gdelt.EVENT_COLUMNS, False),
        Format(
            "gdelt-mentions",
            "events",
            gdelt.write_mentions,
            gdelt.MENTION_COLUMNS,
            False,
            mentions=True,
        ),
        Format("icews", "events", icews.write, icews.COLUMNS, True),
        Format("phoenix", "events", phoenix.write, phoenix.COLUMNS, False),
        Format("quotes-citron", "quotes", citron.write, citron.DOCUMENT_FIELDS, False),
        Format("dyad-schema", "nothing", write_schema, (), False),
    )
}
"""Every format `dyad export --format` accepts."""


def export_format(name: str) -> Format:
    """The format called ``name``.

    Raises:
        ExportError: E601 when there is none.
    """
    if name not in FORMATS:
        raise ExportError("E601", name=name, known=", ".join(FORMATS))
    return FORMATS[name]


def _date(value: dt.date | str | None, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise ExportError("E602", reason=f"{option} {value!r} is not a date YYYY-MM-DD") from e


def selection(
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    pair: tuple[str, str] | None = None,
    min_confidence: float | None = None,
    flagged: bool = False,
    dedup: str = DEFAULT_DEDUP,
) -> Selection:
    """The events to export, checked (``flagged``: negated and hypothetical ones too;
    ``dedup``: one record per event cluster, per day, pair and code, or per event).

    Raises:
        ExportError: E602 for a bad date, an empty date range, a pair that is not two
            different party codes, a confidence outside [0, 1] or an unknown dedup.
    """
    if dedup not in DEDUPS:
        raise ExportError("E602", reason=f"--dedup {dedup!r} is not one of {', '.join(DEDUPS)}")
    start, end = _date(date_from, "--from"), _date(date_to, "--to")
    if start and end and start > end:
        raise ExportError("E602", reason=f"--from {start} is after --to {end}")
    if pair is not None:
        pair = (pair[0].strip().upper(), pair[1].strip().upper())
        if not all(PARTY_CODE.fullmatch(p) for p in pair) or pair[0] == pair[1]:
            reason = f"--pair {' '.join(pair)}: give two different ISO3 or actor codes (RUS CHN)"
            raise ExportError("E602", reason=reason)
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise ExportError("E602", reason=f"--min-confidence {min_confidence} is not in [0, 1]")
    return Selection(start, end, pair, min_confidence, flagged, dedup)


def write_export(con: Connection, fmt: Format, chosen: Selection, out: TextIO) -> int:
    """Stream the records ``fmt`` reads from ``con`` to ``out``; returns records written
    (events, quotes, or 1 for the schema)."""
    records: Iterator[Any]
    if fmt.reads == "events":
        if fmt.mentions:
            chosen = replace(chosen, dedup="none")
        records = exported_events(con, chosen, story=fmt.story)
    elif fmt.reads == "quotes":
        records = exported_quotes(con, chosen, STATEMENT_KINDS)
    else:
        records = iter(())
    return fmt.write(records, out)
