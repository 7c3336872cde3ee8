"""`export`, the API call behind `dyad export` (``dyad.export``).

It lives here rather than in `dyad.api` because that module imports the NLP pipeline (spaCy
and its models' code, about 230 MB of memory): an export reads a store and needs none of it.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from dyad.errors import ExportError
from dyad.exports.formats import export_format, selection, write_export
from dyad.store.clusters import cluster_unclustered
from dyad.store.parquet import open_store

MEMORY_LIMIT = "512MB"
"""DuckDB's memory during an export. The queries need a window of rows
(`dyad.query.export.WINDOW`); without a cap DuckDB would also keep every block it read
cached, so its memory would grow with the store. 512 MB leaves room for a window of 50,000
events; bench/export_bench.py measures the peak (bench/results.md, "Exports")."""


def export(
    db: str | Path,
    fmt: str,
    out: str | Path | TextIO | None = None,
    *,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    pair: tuple[str, str] | None = None,
    min_confidence: float | None = None,
    flagged: bool = False,
    dedup: str = "cluster",
) -> int:
    """Export a store's events (or quotes) in a published format; returns records written.

    Args:
        db: a dyad database file, or a Parquet folder written by ``ingest(out=...)``.
        fmt: ``plover-jsonl``, ``polecat-tsv``, ``gdelt-events``, ``gdelt-mentions``,
            ``icews``, ``phoenix``, ``quotes-citron`` or ``dyad-schema`` (docs/export.md).
        out: a file path, an open text stream, or None for standard output.
        date_from, date_to: keep events dated within these days (inclusive).
        pair: keep events between these two parties (ISO3 or actor codes), either direction,
            as the pair aggregates pair them (co-actors are not a pair).
        min_confidence: keep every event at least this confident, instead of the events the
            pair aggregates count.
        flagged: keep negated and hypothetical events too (left out by default, as the pair
            aggregates leave them out; only the PLOVER and dyad formats can mark them).
        dedup: ``cluster`` (one record per event cluster, its first selected mention),
            ``one-a-day`` (per day, parties and CAMEO code: Phoenix's filter) or ``none``
            (every event); ``gdelt-mentions`` lists every mention whatever it says.

    Rows are read from the store in batches and written as they come, in bounded memory.

    Raises:
        ExportError: E601 unknown format, E602 bad selection, E603 output not writable.
        StoreError: E301 when the store cannot be opened.
    """
    chosen_format = export_format(fmt)
    chosen = selection(date_from, date_to, pair, min_confidence, flagged, dedup)
    con = open_store(db, memory_limit=MEMORY_LIMIT)
    try:
        if Path(db).is_dir() and chosen.dedup != "none" and chosen_format.reads == "events":
            # A Parquet folder holds no clusters: its events are grouped here, in memory
            cluster_unclustered(con)
        if out is None or not isinstance(out, str | Path):
            return write_export(con, chosen_format, chosen, out or sys.stdout)
        try:
            stream = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as e:
            raise ExportError("E603", origin=str(out), reason=e.strerror or str(e)) from e
        with stream:
            return write_export(con, chosen_format, chosen, stream)
    finally:
        con.close()
