"""Places by name, from the gazetteer index (`dyad.geo.index`): countries, continents,
first-level divisions worldwide, US counties and other second-level divisions, and every
populated place of 500 people or more.

The index stays on disk and is queried name by name; the process holds only the set of
names it knows (to test a span in well under a microsecond) and a cache of recent answers.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dyad.geo.index import ensure_index, name_key


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int | None
    """None for divisions GeoNames' packaged data lacks (ISO 3166-2 subdivisions outside the
    US, US counties)."""
    name: str
    country: str | None
    """ISO 3166-1 alpha-3."""
    lat: float | None
    lon: float | None
    feature: str
    """``A`` (country or division), ``P`` (populated place) or ``L`` (continent)."""
    population: int
    admin1: str | None = None
    """The first-level division's GeoNames code (a US state's postal code)."""
    kind: str = "city"
    """``country``, ``continent``, ``admin1``, ``admin2`` or ``city``."""
    how: str = "name"
    """How the name looked up refers to it: ``name``, ``alternate``, ``abbreviation``,
    ``code`` or ``demonym`` (`dyad.geo.index.HOW`)."""
    key: int = -1
    """Its row in the index: the identity of places without a GeoNames id."""


# Answers kept per process: a news corpus repeats its place names; 20,000 answers hold a few
# MB.
LOOKUP_CACHE = 20_000


class Gazetteer:
    """Read-only access to the index (one SQLite connection per process)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._pid = os.getpid()
        self._con = self._connect()
        self.names = frozenset(n for (n,) in self._con.execute("SELECT DISTINCT name FROM names"))
        self.first_words = frozenset(n.split(" ", 1)[0] for n in self.names)
        self.demonyms = frozenset(
            n for (n,) in self._con.execute("SELECT name FROM names WHERE how = 'demonym'")
        )
        self.countries: dict[str, Place] = {
            p.country: p
            for p in self._places("SELECT *, 'name' FROM places WHERE kind = 'country'")
            if p.country
        }
        """ISO3 -> the country's place record."""
        self.lookup = lru_cache(maxsize=LOOKUP_CACHE)(self._lookup)

    def _connect(self) -> sqlite3.Connection:
        # read-only, and shared by threads that only read
        uri = f"file:{self._path}?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    def _places(self, sql: str, args: tuple = ()) -> list[Place]:
        if os.getpid() != self._pid:
            # a forked worker: SQLite connections must not cross a fork
            self._pid, self._con = os.getpid(), self._connect()
        return [
            Place(
                geonameid=gid,
                name=name,
                country=country,
                lat=lat,
                lon=lon,
                feature=feature,
                population=population,
                admin1=admin1,
                kind=kind,
                how=how,
                key=key,
            )
            for (key, gid, name, country, lat, lon, feature, kind, population, admin1, _, how) in (
                self._con.execute(sql, args)
            )
        ]

    def knows(self, name: str) -> bool:
        """Whether any place goes by ``name``."""
        return name_key(name) in self.names

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a country's or continent's adjective ("Syrian")."""
        return name_key(word) in self.demonyms

    def may_start(self, word: str) -> bool:
        """Whether some place's name starts with the word ``word``."""
        return name_key(word) in self.first_words

    def _lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (in any of the ways `Place.how` lists)."""
        key = name_key(name)
        if key not in self.names:
            return ()
        return tuple(
            self._places(
                "SELECT p.*, n.how FROM names n JOIN places p ON p.key = n.place WHERE n.name = ?",
                (key,),
            )
        )

    def with_geonameids(self) -> dict[int, Place]:
        """Every place with a GeoNames id, by id (for scoring against gold ids)."""
        rows = self._places("SELECT *, 'name' FROM places WHERE geonameid IS NOT NULL")
        return {p.geonameid: p for p in rows if p.geonameid is not None}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, its index built first if this machine has none yet."""
    return Gazetteer(ensure_index())
