"""Suites ``geovirus`` and ``gwn``: toponyms in news, found and resolved.

- ``geovirus`` — GeoVirus (Gritta et al. 2018): 229 Wikinews articles on epidemics, every
  location with character offsets, coordinates and a Wikipedia page.
- ``gwn`` — GeoWebNews (Gritta et al. 2019): 200 web news articles; gold toponyms are those
  with coordinates (literal and associative uses: literal, modifier, metonymic, mixed,
  embedded, coercion), of which most carry a GeoNames id. Expressions ("citizens"),
  non-toponyms, demonyms and languages have no coordinates and are not scored.

Scoring. dyad's locations, made on its cleaned text, are mapped back to raw offsets
(`dyad.nlp.cleanup.raw_offsets`) and matched one to one with gold toponyms by character
overlap, best first. Toponym P/R/F1 count matched pairs (a toponym dyad finds but cannot
resolve is not output, so recall includes resolution coverage). Over the matched pairs:
country accuracy (dyad's ISO3 country is the gold one), GeoNames-id accuracy (gwn only: the
id is the gold id, over gold toponyms that have one) and the share within 161 km (100 miles,
the usual "accuracy@161km"; a location dyad gives no coordinates counts as a miss).

The gold has no country field. It is the country of the gold GeoNames id when the gazetteer
holds that id, else the country of the nearest GeoNames city (15,000+ people) to the gold
coordinates — right for nearly all toponyms, but a sea or a place near a border can get a
neighbouring country. Continents (by GeoNames id, or GeoVirus's Wikipedia page) have no
country and are scored on distance only.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy

from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.eval.metrics import match_best_first, prf
from dyad.geo.gazetteer import load_gazetteer
from dyad.nlp.cleanup import raw_offsets
from dyad.records import CodedArticle, Location

NEAR_KM = 161.0
# The gold country of a toponym without a known GeoNames id is that of the nearest city of
# this many people (the cities the gazetteer held when the suites were written).
NEAREST_CITY_POPULATION = 15_000
EARTH_KM = 6371.0


@dataclass(frozen=True, slots=True)
class GoldFormat:
    """Where a corpus's XML file holds each gold toponym and its name and coordinates.
    Offsets are in ``start`` and ``end`` in both; GeoVirus adds a Wikipedia ``page``,
    GeoWebNews a ``geonamesID``."""

    file: str
    """Under the eval data folder."""
    toponym: str
    name: str
    lat: str
    lon: str


GEOVIRUS = GoldFormat("geo/GeoVirus.xml", "location", "name", "lat", "lon")
GWN = GoldFormat("geo/GeoWebNews_GWN.xml", "toponym", "extractedName", "latitude", "longitude")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonameid: int | None
    """GeoWebNews: the place's GeoNames id, where it has one."""
    page: str = ""
    """GeoVirus: the place's Wikipedia page title."""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


def geovirus_files(data: Path) -> list[Path]:
    return [require(data / GEOVIRUS.file)]


def gwn_files(data: Path) -> list[Path]:
    return [require(data / GWN.file)]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text and text.strip() else None
    except ValueError:
        return None


def load_gold(path: Path, form: GoldFormat) -> list[GoldArticle]:
    """The articles of a gold file in ``form``, with their toponyms that have coordinates."""
    return [
        GoldArticle(article.findtext("text") or "", tuple(_toponyms(article, form)))
        for article in ET.parse(path).getroot().iter("article")
    ]


def _toponyms(article: ET.Element, form: GoldFormat) -> Iterator[GoldToponym]:
    for top in article.iter(form.toponym):
        lat, lon = _float(top.findtext(form.lat)), _float(top.findtext(form.lon))
        if lat is None or lon is None:
            continue
        gid = (top.findtext("geonamesID") or "").strip()
        yield GoldToponym(
            int(top.findtext("start") or 0),
            int(top.findtext("end") or 0),
            top.findtext(form.name) or "",
            lat,
            lon,
            int(gid) if gid.isdigit() else None,
            (top.findtext("page") or "").rsplit("/", 1)[-1].replace("_", " "),
        )


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


class CountryOfGold:
    """The gold toponym's country: by its GeoNames id, else by the nearest city; none for a
    continent (by id, or GeoVirus's Wikipedia page)."""

    def __init__(self) -> None:
        places = load_gazetteer().with_geonameids()
        self.by_id = {i: p.country for i, p in places.items() if p.country}
        continents = [p for p in places.values() if p.kind == "continent"]
        self._continent_ids = {p.geonameid for p in continents}
        self._continent_names = {p.name.lower() for p in continents}
        cities = [
            p
            for p in places.values()
            if p.kind == "city" and p.lat is not None and p.population >= NEAREST_CITY_POPULATION
        ]
        self._countries = [p.country for p in cities]
        self._lat = numpy.radians([p.lat or 0.0 for p in cities])
        self._lon = numpy.radians([p.lon or 0.0 for p in cities])

    def __call__(self, gold: GoldToponym) -> str | None:
        if gold.geonameid in self._continent_ids or gold.page.lower() in self._continent_names:
            return None
        if gold.geonameid is not None and gold.geonameid in self.by_id:
            return self.by_id[gold.geonameid]
        lat, lon = math.radians(gold.lat), math.radians(gold.lon)
        h = (
            numpy.sin((self._lat - lat) / 2) ** 2
            + numpy.cos(lat) * numpy.cos(self._lat) * numpy.sin((self._lon - lon) / 2) ** 2
        )
        return self._countries[int(numpy.argmin(h))]


@lru_cache(maxsize=1)
def _country_of_gold() -> CountryOfGold:
    return CountryOfGold()


KINDS = ("country", "admin1", "admin2", "city", "other")


def kind_of_gold(gold: GoldToponym) -> str:
    """What the gold toponym is, by the gazetteer: the kind of the place of its GeoNames id,
    else of the place of its name nearest its point (within 161 km), else of a division of
    its name without coordinates in its country, else ``other`` (seas, regions, buildings;
    a continent counts as a country)."""
    gazetteer = load_gazetteer()
    places = list(gazetteer.lookup(gold.name))
    if gold.geonameid is not None:
        places = [p for p in places if p.geonameid == gold.geonameid] or places
    near = [
        (km_between(gold.lat, gold.lon, p.lat, p.lon), p)
        for p in places
        if p.lat is not None and p.lon is not None
    ]
    near = [(km, p) for km, p in near if km <= NEAR_KM]
    if not near:
        # a division without coordinates, in the gold's country
        country = _country_of_gold()(gold)
        unplaced = [p for p in places if p.lat is None and p.country == country]
        return unplaced[0].kind if unplaced else "other"
    kind = min(near, key=lambda pair: pair[0])[1].kind
    return "country" if kind == "continent" else kind


def _recall_by_kind(found: list[tuple[GoldToponym, bool]]) -> str:
    counts = {k: [0, 0] for k in KINDS}
    for gold, matched in found:
        tally = counts[kind_of_gold(gold)]
        tally[0] += matched
        tally[1] += 1
    return ", ".join(f"{k} {m / n:.3f} of {n}" for k, (m, n) in counts.items() if n)


def _overlap(gold: GoldToponym, span: tuple[int, int]) -> float:
    shared = min(gold.end, span[1]) - max(gold.start, span[0])
    return shared / (max(gold.end, span[1]) - min(gold.start, span[0])) if shared > 0 else 0.0


def _raw_spans(raw: str, coded: CodedArticle) -> list[tuple[int, int]]:
    mapping = raw_offsets(raw, coded.article.text)
    return [
        (mapping[loc.start], mapping[max(loc.start, loc.end - 1)] + 1) for loc in coded.locations
    ]


def _describe(loc: Location) -> str:
    where = (
        f"{loc.lat:.2f},{loc.lon:.2f}"
        if loc.lat is not None and loc.lon is not None
        else "no coordinates"
    )
    return f"{loc.text} -> {loc.name} ({loc.country}, {loc.geonameid}, {where})"


def score(suite: str, articles: list[GoldArticle], coder: Coder) -> SuiteResult:
    coded = coder.code([(a.text, None) for a in articles])
    country_of = _country_of_gold()
    totals = {"gold": 0, "predicted": 0, "matched": 0, "country_n": 0, "country_ok": 0}
    totals |= {"id_n": 0, "id_ok": 0, "near_ok": 0}
    cases: list[Case] = []
    recalled: list[tuple[GoldToponym, bool]] = []
    for i, (article, result) in enumerate(zip(articles, coded, strict=True)):
        spans = _raw_spans(article.text, result)
        pairs = match_best_first(list(article.toponyms), spans, _overlap, 0.0)
        totals["gold"] += len(article.toponyms)
        totals["predicted"] += len(spans)
        totals["matched"] += len(pairs)
        found = {g for g, _, _ in pairs}
        recalled += [(gold, g in found) for g, gold in enumerate(article.toponyms)]
        for g, p, _ in pairs:
            gold, loc = article.toponyms[g], result.locations[p]
            country = country_of(gold)
            if country is not None:
                totals["country_n"] += 1
                totals["country_ok"] += loc.country == country
            if gold.geonameid is not None:
                totals["id_n"] += 1
                totals["id_ok"] += loc.geonameid == gold.geonameid
            near = loc.lat is not None and loc.lon is not None
            near = near and km_between(gold.lat, gold.lon, loc.lat or 0, loc.lon or 0) <= NEAR_KM
            totals["near_ok"] += near
            if (country is not None and loc.country != country) or not near:
                cases.append(_case(suite, i, article, gold, _describe(loc), country, 1.0))
        for g, gold in enumerate(article.toponyms):
            if g not in found:
                cases.append(_case(suite, i, article, gold, "not found", country_of(gold), 0.5))
    detection = prf(totals["matched"], totals["predicted"], totals["matched"], totals["gold"])
    metrics = {
        "toponym_precision": detection.precision,
        "toponym_recall": detection.recall,
        "toponym_f1": detection.f1,
        "country_accuracy": totals["country_ok"] / max(1, totals["country_n"]),
        "within_161km": totals["near_ok"] / max(1, totals["matched"]),
    }
    if totals["id_n"]:
        metrics["geonames_id_accuracy"] = totals["id_ok"] / totals["id_n"]
    notes = [
        f"{suite}: {len(articles)} articles, {totals['gold']} gold toponyms, "
        f"{totals['predicted']} dyad locations, {totals['matched']} matched; country accuracy "
        f"over {totals['country_n']} matched, GeoNames id over {totals['id_n']} matched with a "
        "gold id; gold countries from ids or the nearest city",
        f"{suite}: toponym recall by kind (the gazetteer's reading of the gold): "
        + _recall_by_kind(recalled),
    ]
    return SuiteResult(suite, metrics, totals["gold"], cases, notes=notes)


def _case(
    suite: str,
    i: int,
    article: GoldArticle,
    gold: GoldToponym,
    got: str,
    country: str | None,
    badness: float,
) -> Case:
    context = article.text[max(0, gold.start - 80) : gold.end + 80].replace("\n", " ")
    want = f"{gold.name} ({country}, {gold.geonameid}, {gold.lat:.2f},{gold.lon:.2f})"
    return Case(f"{suite}:{i + 1}@{gold.start}", context, want, got, badness)


def run_geovirus(data: Path, coder: Coder) -> SuiteResult:
    return score("geovirus", load_gold(data / GEOVIRUS.file, GEOVIRUS), coder)


def run_gwn(data: Path, coder: Coder) -> SuiteResult:
    return score("gwn", load_gold(data / GWN.file, GWN), coder)
