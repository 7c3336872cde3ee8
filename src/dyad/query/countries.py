"""Country names beside codes: the English name news uses for each ISO 3166-1 alpha-3 code.

The names are those of the actor knowledge base (``dyad/actors/data/countries.csv``, made
from pycountry and curated short names: ``RUS`` is "Russia", not pycountry's "Russian
Federation"), read as data: the query layer does not load the actor stage. A code missing
there falls back to pycountry's common or short name.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pycountry

COUNTRIES = Path(__file__).parents[1] / "actors" / "data" / "countries.csv"


@cache
def _names() -> dict[str, str]:
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    with COUNTRIES.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        names |= {row["iso3"]: row["name"] for row in rows if row["name"]}
    return names


def is_country(code: str) -> bool:
    """Whether ``code`` (upper case) is an ISO 3166-1 alpha-3 country code."""
    return code in _names()


def country_name(code: str | None) -> str | None:
    """The English name of the country ``code`` (``RUS`` -> ``Russia``), None for an
    organization's code or an unknown one."""
    return _names().get(code) if code else None
