"""Toponyms to gazetteer places: candidate spans (`dyad.geo.candidates`) resolved and scored
in the article's context (`dyad.geo.scoring`).

Resolution runs twice: first with the countries of the article's actors as context, then
with those of the places the first pass found confidently too, so that "Innisfail" in an
article about Alberta is the Albertan town.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Span

from dyad.doc import DocMention, Found
from dyad.geo.candidates import Candidate, find_candidates
from dyad.geo.gazetteer import Gazetteer, Place
from dyad.geo.scoring import MIN_SCORE, Context, choose, detection_score, make_context
from dyad.nlp.sentences import layout
from dyad.records import Location


def _us_place(cands: list[Place]) -> bool:
    return all(p.country == "USA" for p in cands) or any(
        p.kind == "admin1" and p.country == "USA" for p in cands
    )


def _state_or_country(
    span: Span,
    cands: list[Place],
    mentions: list[DocMention],
    found: list[tuple[Candidate, list[Place]]],
) -> list[Place]:
    """A name of both a US state and a country ("Georgia") is the state in an article about
    the US (its people, institutions, states and cities) and the country otherwise. Mentions
    of the name itself, and actors coded from it ("David Perdue of Georgia"), are not
    evidence: the knowledge base codes every "Georgia" as the country."""
    state = next((p for p in cands if p.kind == "admin1" and p.country == "USA"), None)
    country = next((p for p in cands if p.kind == "country"), None)
    if state is None or country is None:
        return cands
    doc, name = span.doc, span.text.removeprefix("the ")
    others = [
        d
        for d in mentions
        if d.text.removeprefix("the ") != name
        and span.root.i not in {t.i for t in doc[d.start : d.end].root.subtree}
    ]
    us = sum(_us_place(c) for s, c in found if s.span.text.removeprefix("the ") != name)
    us += sum(d.actor.country == "USA" for d in others)
    abroad = sum(d.actor.country == country.country for d in others)
    return [state] if us > abroad else [country]


def _contains(region: Place, place: Place) -> bool:
    """Whether ``place`` lies in ``region``: a country, or a division (by its first-level
    code where the gazetteer has one, else by its country)."""
    if region.feature != "A" or region.key == place.key or place.kind == "country":
        return False
    if region.country != place.country:
        return False
    if region.kind == "country" or region.admin1 is None:
        return True
    return region.admin1 == place.admin1 and not (
        region.kind == "admin1" and place.kind == "admin1"
    )


def _narrow_pairs(found: list[tuple[Candidate, list[Place]]], doc: Doc) -> set[int]:
    """A place followed by a comma and its region ("Paris, Texas", "Innisfail, Alberta",
    "Nelson, B.C.") keeps only the readings where the first lies in the second (both lists
    are narrowed in place). Returns the token starts of both spans of every such pair."""
    text = layout(doc).text  # spaCy rebuilds doc.text on every access
    paired: set[int] = set()
    for (first, places), (second, regions) in pairwise(found):
        if text[first.span.end_char : second.span.start_char].strip() != ",":
            continue
        inner = [p for p in places if any(_contains(r, p) for r in regions)]
        outer = [r for r in regions if any(_contains(r, p) for p in places)]
        if inner and outer:
            places[:] = inner
            regions[:] = outer
            paired.update((first.span.start, second.span.start))
    return paired


def _readings(candidate: Candidate, places: list[Place], paired: set[int]) -> list[Place]:
    """The readings worth choosing from: an ISO code only in a pair, a demonym's country
    before its namesakes (alternate names are weighed down in `dyad.geo.scoring`)."""
    # a demonym is its country, whatever found it ("Canadian" is not Canadian, Texas)
    places = [p for p in places if p.how == "demonym"] or places
    if candidate.span.start not in paired:
        places = [p for p in places if p.how != "code"]
    return places


def _location(span: Span, place: Place, score: float) -> Location:
    return Location(
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
        round(score, 3),
    )


def extract_locations(
    doc: Doc, mentions: list[DocMention], gazetteer: Gazetteer
) -> list[Found[Location]]:
    """The places the Doc names, in text order, each resolved to one gazetteer place and
    scored; only those scoring above `MIN_SCORE` are returned."""
    actors: Counter[str] = Counter(d.actor.country for d in mentions if d.actor.country)
    found = [(c, list(c.places)) for c in find_candidates(doc, mentions, gazetteer)]
    paired = _narrow_pairs(found, doc)
    found = [(c, readings) for c, places in found if (readings := _readings(c, places, paired))]
    # once per candidate, not per pass: the article's evidence does not change between them
    found = [(c, _state_or_country(c.span, places, mentions, found)) for c, places in found]
    context = make_context(actors, {}, paired)
    chosen = _resolve(found, context)
    confident = {
        c.span.start: p for (c, _), (p, s) in zip(found, chosen, strict=True) if s > MIN_SCORE
    }
    context = make_context(actors, confident, paired)
    chosen = _resolve(found, context, confident)
    return [
        Found(c.span.start, c.span.end, _location(c.span, place, score))
        for (c, _), (place, score) in zip(found, chosen, strict=True)
        if score > MIN_SCORE
    ]


def _resolve(
    found: list[tuple[Candidate, list[Place]]],
    context: Context,
    first: dict[int, Place] | None = None,
) -> list[tuple[Place, float]]:
    chosen = []
    for candidate, places in found:
        own = (first or {}).get(candidate.span.start)
        place = choose(places, context, own)
        chosen.append((place, detection_score(candidate, place, context)))
    return chosen
