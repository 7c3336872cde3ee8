"""ICEWS coded events, tab-separated with a header row: the columns of the ICEWS Coded Event
Data on Harvard Dataverse (doi:10.7910/DVN/28075, the ``events.YYYY.*.tab`` files), in their
order. ICEWS writes sectors as a comma-separated list of names, countries as names and the
event as its CAMEO name (Event Text) beside the code."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from dyad.exports.codes import cameo_name, country_name, event_cameo, sector_name
from dyad.exports.tabular import write_tsv
from dyad.query.export import ExportedEvent
from dyad.records import Participant

COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)


def _party(parties: tuple[Participant, ...]) -> list[object]:
    """Name, sectors and country of the first party (ICEWS events have one source and one
    target: the others of a dyad event are not written)."""
    if not parties:
        return ["", "", ""]
    actor = parties[0].actor
    return [actor.name or parties[0].text, sector_name(actor.sector), country_name(actor.country)]


def row(x: ExportedEvent) -> list[object]:
    e, story, loc = x.event, x.story, x.event.event_loc
    # A reciprocal event (a meeting) has no recipient: its second actor is the target.
    targets = e.recipient or e.actor[1:]
    cameo = event_cameo(e)
    place: list[object] = ["", "", "", "", "", ""]
    if loc is not None:
        city = loc.name if loc.feature == "P" else ""
        place = [city, "", loc.admin1, country_name(loc.country), loc.lat, loc.lon]
    return [
        e.id,
        e.date.isoformat() if e.date else "",
        *_party(e.actor),
        cameo_name(cameo),
        cameo,
        e.goldstein,
        *_party(targets),
        story.id,
        e.sentence + 1,  # ICEWS counts sentences from 1
        story.source,
        *place,
    ]


def rows(events: Iterable[ExportedEvent]) -> Iterator[list[object]]:
    return (row(x) for x in events)


def write(events: Iterable[ExportedEvent], out: TextIO) -> int:
    return write_tsv(rows(events), out, COLUMNS)
