"""Toponyms to GeoNames places: spaCy GPE/LOC/FAC entities and actor place mentions,
disambiguated by the countries the article mentions and then by population."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Span

from dyad.doc import DocMention, Found
from dyad.geo.gazetteer import Gazetteer, Place
from dyad.nlp.sentences import layout
from dyad.records import Location

# How much a candidate in a country the article mentions outweighs a bigger namesake:
# 10x population. Chosen so that "Moscow" stays in Russia while "Paris" in an article about
# Texas can move; re-run `dyad eval geovirus gwn` when changing it.
COUNTRY_CONTEXT_WEIGHT = 10.0


# Priors by kind of place, as a number of people: a country or continent name means the
# country or continent; a US state outweighs towns of the same name ("Virginia" is not the
# South African town) unless those are far bigger.
COUNTRY_PRIOR = 1e10
STATE_PRIOR = 5e6


def _choose(cands: list[Place], context: Counter[str]) -> Place:
    def score(p: Place) -> float:
        boost = COUNTRY_CONTEXT_WEIGHT if p.country and context[p.country] else 1.0
        if p.feature in ("A", "L") and p.admin1 is None:
            prior = COUNTRY_PRIOR
        elif p.feature == "A":
            prior = STATE_PRIOR
        else:
            prior = 0.0
        return (prior + p.population + 1) * boost

    return max(cands, key=score)


def _spans(doc: Doc, mentions: list[DocMention]) -> list[Span]:
    # names the knowledge base knows as people or organizations are not places ("the White
    # House", "Nikki Holland")
    named = {i for d in mentions if d.kind == "name" for i in range(d.start, d.end)}
    spans = [
        e
        for e in doc.ents
        if e.label_ in ("GPE", "LOC", "FAC") and not any(i in named for i in range(e.start, e.end))
    ]
    covered = {i for s in spans for i in range(s.start, s.end)}
    for d in mentions:
        if d.kind == "place" and not any(i in covered for i in range(d.start, d.end)):
            spans.append(doc[d.start : d.end])
    return sorted(spans, key=lambda s: s.start)


def _us_place(cands: list[Place]) -> bool:
    return all(p.country == "USA" for p in cands) or any(
        p.feature == "A" and p.admin1 and p.country == "USA" for p in cands
    )


def _state_or_country(
    span: Span,
    cands: list[Place],
    mentions: list[DocMention],
    found: list[tuple[Span, list[Place]]],
) -> list[Place]:
    """A name of both a US state and a country ("Georgia") is the state in an article about
    the US (its people, institutions, states and cities) and the country otherwise. Mentions
    of the name itself, and actors coded from it ("David Perdue of Georgia"), are not
    evidence: the knowledge base codes every "Georgia" as the country."""
    state = next((p for p in cands if p.feature == "A" and p.admin1 and p.country == "USA"), None)
    country = next((p for p in cands if p.feature == "A" and p.admin1 is None), None)
    if state is None or country is None:
        return cands
    doc, name = span.doc, span.text.removeprefix("the ")
    others = [
        d
        for d in mentions
        if d.text.removeprefix("the ") != name
        and span.root.i not in {t.i for t in doc[d.start : d.end].root.subtree}
    ]
    us = sum(_us_place(c) for s, c in found if s.text.removeprefix("the ") != name)
    us += sum(d.actor.country == "USA" for d in others)
    abroad = sum(d.actor.country == country.country for d in others)
    return [state] if us > abroad else [country]


def _contains(region: Place, place: Place) -> bool:
    """Whether ``place`` lies in ``region`` (a country, or a US state by its code)."""
    if region.feature != "A" or region.geonameid == place.geonameid:
        return False
    if region.country != place.country:
        return False
    return region.admin1 is None or region.admin1 == place.admin1


def _narrow_pairs(found: list[tuple[Span, list[Place]]], doc: Doc) -> None:
    """A place followed by a comma and its region ("Paris, Texas", "Atlanta, Georgia",
    "Paris, France") keeps only the readings where the first lies in the second (both lists
    are narrowed in place)."""
    text = layout(doc).text  # spaCy rebuilds doc.text on every access
    for (first, places), (second, regions) in pairwise(found):
        if text[first.end_char : second.start_char].strip() != ",":
            continue
        inner = [p for p in places if any(_contains(r, p) for r in regions)]
        outer = [r for r in regions if any(_contains(r, p) for p in places)]
        if inner and outer:
            places[:] = inner
            regions[:] = outer


def extract_locations(
    doc: Doc, mentions: list[DocMention], gazetteer: Gazetteer
) -> list[Found[Location]]:
    """The places the Doc names, in text order, each resolved to one GeoNames place."""
    context: Counter[str] = Counter(d.actor.country for d in mentions if d.actor.country)
    found: list[tuple[Span, list[Place]]] = []
    for span in _spans(doc, mentions):
        text = span.text.removeprefix("the ").removesuffix("'s")
        cands = gazetteer.lookup(text)
        country_mention = next(
            (d for d in mentions if d.start <= span.root.i < d.end and d.kind == "place"), None
        )
        if not cands and country_mention is not None and country_mention.actor.country:
            place = gazetteer.countries.get(country_mention.actor.country)
            cands = [place] if place else []
        if cands:
            found.append((span, list(cands)))
    _narrow_pairs(found, doc)
    out: list[Found[Location]] = []
    for span, cands in found:
        place = _choose(_state_or_country(span, cands, mentions, found), context)
        location = Location(
            span.start_char,
            span.end_char,
            span.text,
            place.name,
            place.country,
            place.lat,
            place.lon,
            place.geonameid,
            place.feature,
            place.admin1,
        )
        out.append(Found(span.start, span.end, location))
    return out
