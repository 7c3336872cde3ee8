"""GDELT 2.0's Events table (61 columns) and Mentions table (16 columns): tab-separated, no
header row, as GDELT publishes its ``*.export.CSV`` and ``*.mentions.CSV`` files. Columns and
value conventions from the GDELT Event Codebook V2.0 (data.gdeltproject.org/documentation/
GDELT-Event_Codebook-V2.0.pdf): dates YYYYMMDD, times YYYYMMDDHHMMSS (UTC), CAMEO codes as
strings, FIPS 10-4 country codes in the geography fields.

A GDELT event is a dyad event cluster (`dyad.store.clusters`): GLOBALEVENTID is its id's
number, NumMentions, NumSources and NumArticles its counts, and the Mentions table lists each
of its mentions under it. A store without clusters (a Parquet folder, schema 9 or older)
exports each event as its own, with one mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TextIO

from dyad.events.scoring import cameo_quad
from dyad.exports.codes import country_name, event_cameo, fips_code, numeric_id
from dyad.exports.tabular import write_tsv
from dyad.query.export import ExportedEvent
from dyad.records import Location, Participant


def _actor_columns(n: str) -> tuple[str, ...]:
    return tuple(
        f"Actor{n}{field}"
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    )


def _geo_columns(prefix: str) -> tuple[str, ...]:
    fields = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long")
    return (*(f"{prefix}_{f}" for f in fields), f"{prefix}_FeatureID")


EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *_actor_columns("1"),
    *_actor_columns("2"),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *_geo_columns("Actor1Geo"),
    *_geo_columns("Actor2Geo"),
    *_geo_columns("ActionGeo"),
    "DATEADDED",
    "SOURCEURL",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
)

# Root actor codes that name an organization rather than a country (CAMEO manual 1.1b3,
# ch. 2): their next three letters are the organization's known-group code (IGOUNO -> UNO).
_GROUP_ROOTS = ("IGO", "NGO", "IMG", "MNC")
# MentionType: 1 WEB (MentionIdentifier is the URL), 2 CITATIONONLY (a textual citation: here
# dyad's article id, for an article read without a URL).
WEB, CITATION_ONLY = 1, 2


def _two_parties(
    actor: tuple[Participant, ...], recipient: tuple[Participant, ...]
) -> tuple[Participant | None, Participant | None]:
    """Actor1 and Actor2: the first actor and the first recipient; a reciprocal event (a
    meeting, no recipient) has its first two actors."""
    first = actor[0] if actor else None
    second = recipient[0] if recipient else (actor[1] if len(actor) > 1 else None)
    return first, second


def _actor(party: Participant | None) -> list[object]:
    if party is None:
        return [""] * 10
    a = party.actor
    code = a.code or ""
    group = code[3:6] if code[:3] in _GROUP_ROOTS else ""
    name = (a.name or party.text).upper()  # GDELT writes names in capitals
    return [code, name, a.country, group, "", "", "", a.sector, "", ""]


def _geo(loc: Location | None) -> list[object]:
    """A geography block: type 1 country, 2 US state, 3 US city, 4 world city, 5 world
    state (a region); 0 and empty fields when dyad has no place."""
    if loc is None:
        return [0, "", "", "", "", "", "", ""]
    fips = fips_code(loc.country)
    us = loc.country == "USA"
    country = loc.feature == "A" and not loc.admin1 and loc.name == country_name(loc.country)
    kind = 1 if country else (3 if us else 4) if loc.feature == "P" else (2 if us else 5)
    parts = [loc.name] if country else [loc.name, loc.admin1, country_name(loc.country)]
    full = ", ".join(dict.fromkeys(p for p in parts if p))
    return [kind, full, fips, fips, "", loc.lat, loc.lon, loc.geonameid]


def _day(date: dt.date | None) -> list[object]:
    if date is None:
        return ["", "", "", ""]
    fraction = round(date.year + (date.month * 30 + date.day) / 365, 4)  # the codebook's rule
    return [date.strftime("%Y%m%d"), date.strftime("%Y%m"), date.year, f"{fraction:.4f}"]


def _timestamp(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    return value.strftime("%Y%m%d%H%M%S")


def _event_id(x: ExportedEvent) -> int:
    """GLOBALEVENTID: the number of the event's cluster id (of its own id without one)."""
    return numeric_id(x.cluster.id if x.cluster else x.event.id)


def event_row(x: ExportedEvent) -> list[object]:
    e, story = x.event, x.story
    counts = (x.cluster.mentions, x.cluster.sources, x.cluster.articles) if x.cluster else (1, 1, 1)
    cameo = event_cameo(e)
    first, second = _two_parties(e.actor, e.recipient)
    root = 1 if e.part == "title" or e.sentence == 0 else 0  # the lead: title or 1st sentence
    return [
        _event_id(x),
        *_day(e.date),
        *_actor(first),
        *_actor(second),
        root,
        cameo,
        cameo[:3],
        cameo[:2],
        cameo_quad(cameo) if cameo else e.quad_code,
        e.goldstein,
        *counts,
        "",  # AvgTone: dyad computes no tone
        *_geo(None),  # dyad places the event, not each actor
        *_geo(None),
        *_geo(e.event_loc),
        _timestamp(story.coded_at),
        story.url or "",
    ]


def mention_row(x: ExportedEvent) -> list[object]:
    e, story = x.event, x.story
    first, second = _two_parties(e.actor, e.recipient)
    return [
        _event_id(x),
        _timestamp(story.coded_at),
        _timestamp(story.date or story.coded_at),
        WEB if story.url else CITATION_ONLY,
        story.source or "",
        story.url or story.id,
        e.sentence + 1,  # GDELT counts sentences from 1
        first.start if first else -1,
        second.start if second else -1,
        e.start,
        1,  # found in the (cleaned) article text, not in a rewrite of it
        round(e.confidence * 100),
        story.length,
        "",
        "",
        "",
    ]


def event_rows(events: Iterable[ExportedEvent]) -> Iterator[list[object]]:
    return (event_row(x) for x in events)


def write_events(events: Iterable[ExportedEvent], out: TextIO) -> int:
    return write_tsv(event_rows(events), out, None)


def write_mentions(events: Iterable[ExportedEvent], out: TextIO) -> int:
    return write_tsv((mention_row(x) for x in events), out, None)
