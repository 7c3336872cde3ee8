"""POLECAT's weekly release, tab-separated with a header row: the columns of the POLECAT
data's codebook (Halterman et al. 2023, "Creating custom event data without dictionaries";
the weekly files on Harvard Dataverse, doi:10.7910/DVN/AJGVIT), in its order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from dyad.exports.codes import country_name, cow_code, sector_name
from dyad.exports.tabular import joined as joined_by
from dyad.exports.tabular import write_tsv
from dyad.query.export import ExportedEvent
from dyad.records import Participant
from dyad.version import __version__

SEPARATOR = "; "
"""Between the values of one field (several actors, COW codes, story people), as the weekly
files write them."""
QUADS = {
    1: "VERBAL COOPERATION",
    2: "MATERIAL COOPERATION",
    3: "VERBAL CONFLICT",
    4: "MATERIAL CONFLICT",
}
"""Quad Code is written as its name."""


def joined(values: Iterable[object]) -> str:
    return joined_by(values, SEPARATOR)


def _party_columns(role: str) -> tuple[str, ...]:
    return (
        f"{role} Name",
        f"{role} Country",
        f"{role} COW",
        f"Primary {role} Sector",
        f"{role} Sectors",
        f"{role} Title",
        f"{role} Name Raw",
        f"Wikipedia {role} ID",
    )


COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    *_party_columns("Actor"),
    *_party_columns("Recipient"),
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
)


def _parties(parties: tuple[Participant, ...]) -> list[object]:
    """The eight columns of a role: each party's value, joined by ';' in party order."""
    sectors = [sector_name(p.actor.sector) if p.actor.sector else "" for p in parties]
    return [
        joined(p.actor.name or p.text for p in parties),
        joined(p.actor.country or "" for p in parties),
        joined(cow_code(p.actor.country) for p in parties),
        next((s for s in sectors if s), ""),
        joined(sectors),
        "",  # dyad keeps no title per party
        joined(p.text for p in parties),
        "",  # dyad's actor ids are not Wikipedia ids
    ]


def row(x: ExportedEvent) -> list[object]:
    e, story, loc = x.event, x.story, x.event.event_loc
    place: list[object] = [""] * 10
    if loc is not None:
        city = loc.name if loc.feature == "P" else ""
        place = [loc.name, city, "", loc.admin1, country_name(loc.country), loc.lat, loc.lon]
        place += [loc.geonameid, loc.text, loc.feature]
    return [
        e.id,
        e.date.isoformat() if e.date else "",
        e.event,
        e.mode,
        e.goldstein,
        QUADS.get(e.quad_code, ""),
        joined(e.context),
        *_parties(e.actor),
        *_parties(e.recipient),
        *place,
        story.source,
        story.date.isoformat() if story.date else "",
        joined(story.people),
        joined(story.organizations),
        joined(story.places),
        "en",
        f"dyad {story.dyad_version or __version__}",
    ]


def rows(events: Iterable[ExportedEvent]) -> Iterator[list[object]]:
    return (row(x) for x in events)


def write(events: Iterable[ExportedEvent], out: TextIO) -> int:
    return write_tsv(rows(events), out, COLUMNS)
