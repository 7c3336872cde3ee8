"""Country names beside codes: the English name news uses for each ISO 3166-1 alpha-3 code.

The names are those of the actor knowledge base (``dyad/actors/data/countries.csv``, made
from pycountry and curated short names: ``RUS`` is "Russia", not pycountry's "Russian
Federation"; it names every pycountry code), read as data: the query layer does not load
the actor stage.
"""

from __future__ import annotations

from functools import cache

from dyad.lexicons import data_table


@cache
def _names() -> dict[str, str]:
    return {row["iso3"]: row["name"] for row in data_table("dyad.actors", "countries.csv")}


def is_country(code: str) -> bool:
    """Whether ``code`` (upper case) is an ISO 3166-1 alpha-3 country code."""
    return code in _names()


def country_name(code: str | None) -> str | None:
    """The English name of the country ``code`` (``RUS`` -> ``Russia``), None for an
    organization's code or an unknown one."""
    return _names().get(code) if code else None
