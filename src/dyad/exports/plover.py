"""PLOVER's event JSON, one event per line (JSON Lines), as the PLOVER manual's chapter "Data
Fields" names its fields (tables "PLOVER JSON", "Information object for entities", "... for
text", "... for size", "... for citations", "Location object")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from dyad.exports.codes import country_name
from dyad.query.export import ExportedEvent
from dyad.records import Location, Participant
from dyad.version import __version__

FIELDS = (
    "id",
    "date",
    "actor",
    "recipient",
    "event",
    "event_loc",
    "event_text",
    "quad_code",
    "mode",
    "context",
    "size",
    "text_info",
    "cite_info",
    "coder",
    "coded_date",
    "confidence",
)
"""The top-level fields written, in this order; ``confidence`` is dyad's own (the manual lets
providers add named fields), ``size`` the manual's size object."""


def entity(party: Participant) -> dict[str, Any]:
    """An entity object: ``code`` the 3-character top-level code (the country, else the
    first three letters of the actor code, e.g. IGO), ``sector`` the CAMEO agent code."""
    actor = party.actor
    top = actor.country or (actor.code[:3] if actor.code else None)
    return {
        "code": top,
        "sector": actor.sector,
        "entity_text": party.text,
        "identifier_text": actor.name,
    }


def location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {
        "extracted_place": loc.text,
        "resolved_place": loc.name,
        "geonameid": loc.geonameid,
        "lat": loc.lat,
        "lon": loc.lon,
        "city": loc.name if loc.feature == "P" else None,
        "province": loc.admin1,
        "country": country_name(loc.country) or None,
        "country_code": loc.country,
        "feature_class": loc.feature,
    }


def record(x: ExportedEvent) -> dict[str, Any]:
    """One event as a PLOVER JSON object."""
    e, story = x.event, x.story
    size = e.size
    return {
        "id": e.id,
        "date": e.date.isoformat() if e.date else None,
        "actor": [entity(p) for p in e.actor],
        "recipient": [entity(p) for p in e.recipient],
        "event": [e.event] if e.event else [],
        "event_loc": location(e.event_loc),
        "event_text": [e.event_text],
        "quad_code": e.quad_code,
        "mode": [e.mode] if e.mode else [],
        "context": list(e.context),
        "size": (
            {"dead": size.dead, "injured": size.injured, "arrested": size.arrested}
            if size
            else None
        ),
        "text_info": {"sequence": e.sentence, "start": e.sentence_start, "end": e.sentence_end},
        "cite_info": {
            "corpus": story.id,
            "url": story.url,
            "title": story.title,
            "language": "en",
            "publication": story.source,
            "coder": f"dyad {story.dyad_version or __version__}",
        },
        "coder": f"dyad {story.dyad_version or __version__}",
        "coded_date": story.coded_at.date().isoformat() if story.coded_at else None,
        "confidence": e.confidence,
    }


def write(events: Iterable[ExportedEvent], out: TextIO) -> int:
    n = 0
    for x in events:
        out.write(json.dumps(record(x), ensure_ascii=False) + "\n")
        n += 1
    return n
