"""The Phoenix event data (Open Event Data Alliance, coded by PETRARCH2): 26 tab-separated
columns, no header row, as the phoenix_pipeline writes its daily ``events.full.YYYYMMDD.txt``
(openeventdata/phoenix_pipeline, postprocess.py ``create_strings``; the column names as the
Phoenix readers name them, e.g. ahalterman/phoxy ``ingest_phoenix``). Several values in one
field are joined by ';'."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from dyad.events.scoring import phoenix_quad
from dyad.exports.codes import event_cameo
from dyad.exports.tabular import write_tsv
from dyad.query.export import ExportedEvent
from dyad.records import Participant

COLUMNS: tuple[str, ...] = (
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "SourceActorAttribute",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "TargetActorAttribute",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScore",
    "Issues",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
)


def split_code(party: Participant | None) -> list[object]:
    """Full code, entity (the country, or IGO/NGO/IMG/MNC), role (the agent code) and the
    remaining 3-letter codes joined by ';', as the pipeline's ``process_actors`` splits a
    PETRARCH actor code."""
    if party is None:
        return ["", "", "", ""]
    a = party.actor
    code = a.code or a.country or ""
    entity = a.country or (code[:3] if code[:3] in ("IGO", "NGO", "IMG", "MNC") else "")
    rest = code[len(entity) :] if entity and code.startswith(entity) else code
    role = a.sector if a.sector and rest.startswith(a.sector) else ""
    rest = rest[len(role) :]
    others = ";".join(rest[i : i + 3] for i in range(0, len(rest), 3))
    return [code, entity, role, others]


def row(x: ExportedEvent) -> list[object]:
    e, story, loc = x.event, x.story, x.event.event_loc
    target = e.recipient[0] if e.recipient else (e.actor[1] if len(e.actor) > 1 else None)
    cameo = event_cameo(e)
    day = [e.date.strftime("%Y%m%d"), e.date.year, e.date.month, e.date.day] if e.date else [""] * 4
    place = [loc.lat, loc.lon, loc.name, loc.admin1, loc.country] if loc else [""] * 5
    return [
        e.id,
        *day,
        *split_code(e.actor[0] if e.actor else None),
        *split_code(target),
        cameo,
        cameo[:2],
        phoenix_quad(cameo) if cameo else "",
        e.goldstein,
        "",  # Issues: dyad codes none
        *place,
        f"{story.id}_{e.sentence}",  # story id and sentence, as Phoenix's SentenceID
        story.url or "",
        story.source or "",
    ]


def rows(events: Iterable[ExportedEvent]) -> Iterator[list[object]]:
    return (row(x) for x in events)


def write(events: Iterable[ExportedEvent], out: TextIO) -> int:
    return write_tsv(rows(events), out, None)
