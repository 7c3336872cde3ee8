"""Where a Doc may name a place: the spans the geo stage considers, each with the gazetteer
places its words could mean and how it was found.

A cascade, most trusted first; a token belongs to the first span that claims it:

1. ``entity``: spaCy's GPE, LOC and FAC entities (not the names the knowledge base knows as
   people or organizations: "the White House", "Nikki Holland");
2. ``actor``: the actors stage's place mentions (a country or capital used as an actor);
3. ``demonym``: an adjective of a country or continent modifying a noun ("Syrian forces",
   "the Russian president", "European airlines"): the text names the place it belongs to;
4. ``gazetteer``: any other run of capitalised words the gazetteer knows ("Queensland",
   "Calif.", the "U.S." of "the U.S. Food and Drug Administration"), inside organization and
   actor mentions too, never inside a person's name.

Whether a span is output, and as which place, is `dyad.geo.scoring`'s call.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from dyad.doc import DocMention
from dyad.geo.gazetteer import Gazetteer, Place
from dyad.lexicons import word_set
from dyad.nlp.sentences import layout

PLACE_ENTITIES = ("GPE", "LOC", "FAC")
CONNECTORS = word_set("dyad.geo", "name_connectors.csv")
"""Words a place name may hold between capitalised words ("Isle of Man")."""
# Longest run of tokens tried as one name ("Bosnia and Herzegovina" is three, "Saint Vincent
# and the Grenadines" six).
MAX_NAME_TOKENS = 6
# Longest word in capitals read as an abbreviation only ("NSW", "USA"); "CHINA" in a
# headline is a name.
MAX_CODE_CHARS = 4
# Entities whose words are no place names ("August", "Franklin Roosevelt").
NOT_PLACE_ENTITIES = frozenset(
    {"PERSON", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
# Modifier relations under which a demonym names a place ("Syrian forces", "Russian President
# Putin"), not a people ("the Russians").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


@dataclass(frozen=True, slots=True)
class Candidate:
    span: Span
    source: str
    """``entity``, ``actor``, ``demonym`` or ``gazetteer`` (the module docstring)."""
    places: tuple[Place, ...]
    mention: DocMention | None = None
    """The actor mention the span lies in, if any."""
    label: str = ""
    """The entity label, for an ``entity`` span."""


def _strip(span: Span) -> Span:
    """The span without a leading "the" and a trailing possessive ("the Netherlands'")."""
    start, end = span.start, span.end
    if end - start > 1 and span[0].lower_ == "the":
        start += 1
    if end - start > 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _lookup(gazetteer: Gazetteer, span: Span) -> tuple[Place, ...]:
    text = span.text.removesuffix("'s").removesuffix("’s")
    places = gazetteer.lookup(text)
    if text.isupper() and len(text) <= MAX_CODE_CHARS:
        # "BA" is no Ba (Fiji), "EU" no Eu (France): short capitals are abbreviations
        return tuple(p for p in places if p.how in ("abbreviation", "code") or p.name.isupper())
    return places


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


@dataclass(frozen=True, slots=True)
class _Words:
    """The Doc's words as slices of its text: a Token object per word costs more than the
    whole gazetteer lookup (spaCy builds one on every access)."""

    text: str
    bounds: list[tuple[int, int]]
    """Per token, its first character and its end."""

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        columns = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        return cls(layout(doc).text, [(a, a + n) for a, n in columns])

    def __getitem__(self, i: int) -> str:
        a, b = self.bounds[i]
        return self.text[a:b]

    def between(self, i: int, j: int) -> str:
        """The text of tokens i to j - 1."""
        return self.text[self.bounds[i][0] : self.bounds[j - 1][1]]

    def capitalised(self) -> list[int]:
        text = self.text
        return [i for i, (a, _) in enumerate(self.bounds) if text[a].isupper()]


def find_candidates(doc: Doc, mentions: list[DocMention], gazetteer: Gazetteer) -> list[Candidate]:
    """Every span of ``doc`` that may name a place, in text order."""
    named = {i for d in mentions if d.kind == "name" for i in range(d.start, d.end)}
    ents = doc.ents
    people = {i for e in ents if e.label_ in NOT_PLACE_ENTITIES for i in range(e.start, e.end)}
    people |= {
        i
        for d in mentions
        if d.kind == "name" and (d.actor.id or "").startswith("person:")
        for i in range(d.start, d.end)
    }
    inside = {i: d for d in mentions for i in range(d.start, d.end)}
    taken: set[int] = set()
    found: list[Candidate] = []

    def claim(span: Span, source: str, places: tuple[Place, ...], label: str = "") -> None:
        taken.update(range(span.start, span.end))
        found.append(Candidate(span, source, places, inside.get(span.root.i), label))

    for e in ents:
        if e.label_ in PLACE_ENTITIES and not any(i in named for i in range(e.start, e.end)):
            span = _strip(e)
            claim(span, "entity", _lookup(gazetteer, span), e.label_)
    for d in mentions:
        if d.kind == "place" and not any(i in taken for i in range(d.start, d.end)):
            span = _strip(doc[d.start : d.end])
            places = _lookup(gazetteer, span)
            if not places and d.actor.country in gazetteer.countries:
                places = (gazetteer.countries[d.actor.country],)
            claim(span, "actor", places)
    words = _Words.of(doc)
    capitalised = words.capitalised()
    for i in capitalised:
        if i not in taken and gazetteer.is_demonym(words[i]) and _modifies_a_noun(doc[i]):
            places = tuple(p for p in gazetteer.lookup(words[i]) if p.how == "demonym")
            claim(doc[i : i + 1], "demonym", places)
    for start, end in _capitalised_runs(words, capitalised, gazetteer, taken | people):
        span = doc[start:end]
        places = _lookup(gazetteer, span)
        # a demonym not modifying a noun is a people or a language ("the Canadian said"), not
        # the namesake town (Canadian, Texas)
        if not any(p.how == "demonym" for p in places):
            claim(span, "gazetteer", places)
    found = [c for c in found if c.places]
    return sorted(found, key=lambda c: c.span.start)


def _modifies_a_noun(token: Token) -> bool:
    return (
        token.dep_ in MODIFIER_DEPS
        and token.pos_ in ("ADJ", "PROPN")
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _capitalised_runs(
    words: _Words, capitalised: list[int], gazetteer: Gazetteer, excluded: set[int]
) -> list[tuple[int, int]]:
    """Runs of capitalised words (with connectors inside) that the gazetteer knows, as token
    (start, end): longest first from each word, left to right, none overlapping ``excluded``
    or each other."""
    runs: list[tuple[int, int]] = []
    n = len(words.bounds)
    free = 0  # the first token no run has taken
    for i in capitalised:
        if i < free or i in excluded or not gazetteer.may_start(words[i]):
            continue
        # the run of words that may continue a name from i
        end = i + 1
        while end < min(n, i + MAX_NAME_TOKENS) and end not in excluded:
            word = words[end]
            if not (_capitalised(word) or word.lower() in CONNECTORS):
                break
            end += 1
        j = next(
            (
                j
                for j in range(end, i, -1)
                if _capitalised(words[j - 1]) and gazetteer.knows(words.between(i, j))
            ),
            None,
        )
        if j is not None:
            runs.append((i, j))
            free = j
    return runs
