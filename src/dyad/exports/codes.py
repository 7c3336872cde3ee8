"""The versioned code tables the export formats translate dyad's values with (``data/``):
country names, COW and FIPS codes by ISO3 (``countries.csv``), CAMEO event names
(``cameo_codes.csv``) and CAMEO agent names (``sectors.csv``); and the CAMEO code an event
is exported with."""

from __future__ import annotations

import hashlib
from functools import cache

from dyad.events.scoring import generic_coding
from dyad.lexicons import data_table
from dyad.records import Event


@cache
def _countries() -> dict[str, dict[str, str]]:
    rows = data_table("dyad.exports", "countries.csv")
    return {row["iso3"]: {c: row[c] for c in ("name", "cow", "fips")} for row in rows}


def country_name(iso3: str | None) -> str:
    """The English name of an ISO3 country; the code itself when the table lacks it."""
    if not iso3:
        return ""
    found = _countries().get(iso3)
    return found["name"] if found else iso3


def cow_code(iso3: str | None) -> str:
    """The Correlates of War numeric code, or "" when the country has none."""
    found = _countries().get(iso3 or "")
    return found["cow"] if found else ""


def fips_code(iso3: str | None) -> str:
    """The FIPS 10-4 country code (GDELT's geography), or "" when the country has none."""
    found = _countries().get(iso3 or "")
    return found["fips"] if found else ""


@cache
def _cameo_names() -> dict[str, str]:
    return {row["cameo"]: row["name"] for row in data_table("dyad.exports", "cameo_codes.csv")}


def cameo_name(cameo: str | None) -> str:
    """CAMEO's name of an event code ("040" -> "Consult"); of its parent for a code the table
    lacks ("0871" -> "087"'s), "" for none."""
    names = _cameo_names()
    code = cameo or ""
    while code and code not in names:
        code = code[:-1]
    return names.get(code, "")


@cache
def _sector_names() -> dict[str, str]:
    return {row["sector"]: row["name"] for row in data_table("dyad.exports", "sectors.csv")}


def sector_name(sector: str | None) -> str:
    """The name of a CAMEO agent code ("GOV" -> "Government"); the code when unknown."""
    return _sector_names().get(sector or "", sector or "")


def event_cameo(event: Event) -> str:
    """The CAMEO code an event is exported with: its own, else (an event of the learned stage
    without one) its PLOVER type's most general code (`generic_coding`: CONSULT -> 040)."""
    if event.cameo:
        return event.cameo
    return generic_coding(event.event).cameo if event.event else ""


def numeric_id(dyad_id: str) -> int:
    """A 60-bit integer for a dyad id, for formats whose ids are integers (GDELT's
    GLOBALEVENTID): the id's first 15 hex digits when it is hex (event and article ids are
    content hashes), else those of its SHA-256."""
    digits = dyad_id if all(c in "0123456789abcdef" for c in dyad_id) else ""
    if len(digits) < 15:
        digits = hashlib.sha256(dyad_id.encode("utf-8")).hexdigest()
    return int(digits[:15], 16)
