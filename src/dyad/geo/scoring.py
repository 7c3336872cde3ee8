"""Which place a candidate span means, and how sure dyad is that it names a place at all.

Two numbers, both from the article's context:

- **weight** (`place_weight`) ranks the readings of one name against each other, in people:
  a country or continent name means the country (a prior of 10 billion); a division or a
  populated place weighs its population (a division's is an estimate, its country's shared
  among its divisions: `dyad.geo.index`); a reading in a country the article's actors or
  other places belong to counts 10x, and one in a first-level division the article's other
  places are in 10x more ("Morris County" beside "New Jersey").
- **score** (`detection_score`) is the probability that the span names a place, a logistic
  function of evidence added as log-odds: how it was found (an entity label, an actor, a
  demonym, the gazetteer alone), what it resolved to (a country, a division, a city of so
  many people), how the name refers to it (main name, abbreviation, ISO code), and the
  context (the article's other places and actors in the same country, a "City, Region"
  pair read as one place in the other, a place preposition before it, an actor mention
  of the same country around it). A span is output when its score is above
  `MIN_SCORE`; every location keeps its score.

Every weight was set by hand on the dev suites, geovirus and gwn (`dyad eval geovirus gwn`):
re-run both when changing one; a gain on them is a fitted gain until a geoparsing corpus
the weights were not set on is scored.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dyad.geo.candidates import Candidate
from dyad.geo.gazetteer import Place
from dyad.lexicons import word_set

# After one of these a capitalised word is likelier a place name: the actors stage's
# locative prepositions and those of motion.
LOCATIVE_PREPOSITIONS = word_set("dyad.lexicons", "locative_prepositions.csv")
MOTION_PREPOSITIONS = word_set("dyad.geo", "motion_prepositions.csv")
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | MOTION_PREPOSITIONS

# Weights of `place_weight`. Chosen so that "Moscow" stays in Russia while "Paris" in an
# article about Texas can move (the 10x of COUNTRY_CONTEXT_WEIGHT); dev suites geovirus and
# gwn.
COUNTRY_PRIOR = 1e10
COUNTRY_CONTEXT_WEIGHT = 10.0
REGION_CONTEXT_WEIGHT = 10.0
# A reading by one of GeoNames' alternate names counts a tenth: "Kiev" is Kyiv and "Mecca"
# Makkah (1.3 million) rather than Mecca, California (8,000), but a namesake by its main
# name of a tenth the size wins; dev suites.
ALTERNATE_WEIGHT = 0.1

# Log-odds of `detection_score`, hand-set on the dev suites geovirus and gwn.
SOURCE_EVIDENCE = {"entity": 3.0, "actor": 3.0, "demonym": 1.0, "gazetteer": -1.0}
"""How the span was found (`dyad.geo.candidates`): an entity label or an actor reading is
strong evidence; the gazetteer knowing a capitalised word is weak (towns are called Police,
Mobile and Independence)."""
KIND_EVIDENCE = {"country": 2.5, "continent": 2.0, "admin1": 1.5, "admin2": 0.5}
"""What it resolved to; a city's evidence grows with its population (`_city_evidence`)."""
HOW_EVIDENCE = {"name": 0.0, "alternate": -0.5, "abbreviation": 1.0, "code": -2.5, "demonym": 0.0}
"""How the name refers to the place: a written abbreviation ("Calif.") rarely means anything
else; a bare ISO code ("BC", "NSW") counts only in a "City, Region" pair."""
PAIR_EVIDENCE = 3.0
PREPOSITION_EVIDENCE = 1.0
CONTEXT_EVIDENCE = 1.0
"""For a place in a country the article's other places or actors are in; against one in a
country nothing else in the article is in ("Centre", a region of Burkina Faso)."""
ALONE_EVIDENCE = {"admin1": -4.5, "admin2": -4.5}
"""A division in a country nothing else in the article is in is seldom meant: "the West" is
not Cameroon's West region, "Centre" not Burkina Faso's, even as an entity (other kinds:
-CONTEXT_EVIDENCE). Neutral on the dev suites; set on the bundled examples' "the West"."""
MENTION_EVIDENCE = 1.5
"""A country or division named inside an actor mention of that country ("the U.S. Food and
Drug Administration")."""
CITY_IN_NAME_EVIDENCE = -1.0
"""A town's name inside an actor mention is likelier part of its name ("Congress", "Post")."""
NOT_A_CITY_LABEL_EVIDENCE = -3.5
"""A LOC or FAC entity read as a populated place: the namesake town of a sea, a region or an
airport ("Atlantic", Iowa; "Heathrow", Florida)."""
NOT_PROPER_EVIDENCE = -2.0
"""A gazetteer match the tagger does not read as a proper noun ("March", "Bill")."""
SENTENCE_START_EVIDENCE = -1.0
"""A one-word gazetteer match opening a sentence, where every word is capitalised."""
MIN_SCORE = 0.5
"""Evidence for: the log-odds sum above 0. Neutral evidence is no place."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says around its candidates."""

    paired: frozenset[int]
    """Token starts of candidates read in a "City, Region" pair."""
    countries: Counter[str] = field(default_factory=Counter)
    """ISO3 -> the article's actors and confident places there (made by `make_context`)."""
    regions: Counter[tuple] = field(default_factory=Counter)
    """(ISO3, first-level code) -> the confident places in that division."""
    repeats: Counter[int] = field(default_factory=Counter)
    """Gazetteer key -> how many times the first pass found that place."""

    def others(self, candidate: Candidate, place: Place) -> int:
        """How many actors and places in ``place``'s country are not ``candidate`` itself
        nor another mention of the same place (a name repeated is no second witness)."""
        if place.country is None:
            return 0
        own_actor = (
            candidate.mention is not None and candidate.mention.actor.country == place.country
        )
        return self.countries[place.country] - own_actor - self.repeats[place.key]


def make_context(actors: Counter[str], places: dict[int, Place], paired: set[int]) -> Context:
    countries = Counter(p.country for p in places.values() if p.country)
    regions = Counter((p.country, p.admin1) for p in places.values() if p.admin1)
    repeats = Counter(p.key for p in places.values() if p.country)
    return Context(frozenset(paired), actors + countries, regions, repeats)


def place_weight(place: Place, counts: Counter[str], regions: Counter[tuple]) -> float:
    """How likely ``place`` is the reading of its name, in people (see the module docstring);
    ``counts`` and ``regions`` are `Context.countries` and `Context.regions`."""
    prior = COUNTRY_PRIOR if place.kind in ("country", "continent") else 0.0
    boost = COUNTRY_CONTEXT_WEIGHT if place.country and counts[place.country] else 1.0
    if place.kind != "admin1" and place.admin1 and regions[(place.country, place.admin1)]:
        boost *= REGION_CONTEXT_WEIGHT
    how = ALTERNATE_WEIGHT if place.how == "alternate" else 1.0
    return (prior + place.population + 1) * boost * how


def choose(places: list[Place], context: Context, own: Place | None = None) -> Place:
    """The likeliest reading; ``own`` is the first pass's reading of the same span, whose
    region is no evidence for itself."""
    regions = context.regions
    if own is not None and own.admin1:
        regions = regions - Counter({(own.country, own.admin1): 1})
    return max(places, key=lambda p: place_weight(p, context.countries, regions))


def _city_evidence(population: int) -> float:
    # 0 at 100,000 people, +1 at 10 million, -1 at 1,000
    return 0.5 * (math.log10(population + 1) - 5.0)


def detection_score(candidate: Candidate, place: Place, context: Context) -> float:
    """The probability that ``candidate`` names ``place`` (see the module docstring)."""
    span = candidate.span
    evidence = SOURCE_EVIDENCE[candidate.source]
    if place.kind in KIND_EVIDENCE:
        evidence += KIND_EVIDENCE[place.kind]
    else:
        evidence += _city_evidence(place.population)
    evidence += HOW_EVIDENCE[place.how]
    if span.start in context.paired:
        evidence += PAIR_EVIDENCE
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        evidence += PREPOSITION_EVIDENCE
    if place.country and context.others(candidate, place) > 0:
        evidence += CONTEXT_EVIDENCE
    elif place.country:
        evidence += ALONE_EVIDENCE.get(place.kind, -CONTEXT_EVIDENCE)
    mention = candidate.mention
    in_mention = mention is not None and mention.kind != "place"
    if place.kind == "city" and in_mention:
        evidence += CITY_IN_NAME_EVIDENCE
    elif in_mention and mention is not None and mention.actor.country == place.country:
        evidence += MENTION_EVIDENCE
    if place.kind == "city" and candidate.label in ("LOC", "FAC"):
        evidence += NOT_A_CITY_LABEL_EVIDENCE
    if candidate.source == "gazetteer":
        if all(t.pos_ != "PROPN" for t in span):
            evidence += NOT_PROPER_EVIDENCE
        if len(span) == 1 and span[0].is_sent_start:
            evidence += SENTENCE_START_EVIDENCE
    return 1.0 / (1.0 + math.exp(-evidence))
