"""Toponyms to GeoNames places: spaCy GPE/LOC/FAC entities and actor place mentions,
disambiguated by the countries the article mentions and then by population."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from dyad.actors.resolve import Draft
from dyad.geo.gazetteer import Gazetteer, Place
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


def _spans(doc: Doc, drafts: list[Draft]) -> list[Span]:
    # names the knowledge base knows as people or organizations are not places ("the White
    # House", "Nikki Holland")
    named = {i for d in drafts if d.kind == "name" for i in range(d.start, d.end)}
    spans = [
        e
        for e in doc.ents
        if e.label_ in ("GPE", "LOC", "FAC") and not any(i in named for i in range(e.start, e.end))
    ]
    covered = {i for s in spans for i in range(s.start, s.end)}
    for d in drafts:
        if d.kind == "place" and not any(i in covered for i in range(d.start, d.end)):
            spans.append(doc[d.start : d.end])
    return sorted(spans, key=lambda s: s.start)


def extract_locations(doc: Doc, drafts: list[Draft], gazetteer: Gazetteer) -> list[Location]:
    context: Counter[str] = Counter(d.actor.country for d in drafts if d.actor.country)
    out: list[Location] = []
    for span in _spans(doc, drafts):
        text = span.text.removeprefix("the ").removesuffix("'s")
        cands = gazetteer.lookup(text)
        country_draft = next(
            (d for d in drafts if d.start <= span.root.i < d.end and d.kind == "place"), None
        )
        if not cands and country_draft is not None and country_draft.actor.country:
            place = gazetteer.countries.get(country_draft.actor.country)
            cands = [place] if place else []
        if not cands:
            continue
        place = _choose(cands, context)
        out.append(
            Location(
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
        )
    return out
