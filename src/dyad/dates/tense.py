"""The tense of the clause a time expression dates, read from the parse.

An incomplete date ("Friday", "24 April", "in March") is read from the article date in the
direction its clause's tense gives: a past event is not after the article ("met on
Friday": the last Friday), a future one is not before it ("will meet on Friday", "is to be
escorted out early Thursday": the coming one). The tense comes from spaCy's morphology
(``Tense=Past``, ``VerbForm=Fin``) where the parse has it, else from the Penn tag it is
mapped from (``VBD``), and from the clause's auxiliaries ("will", "has", "was", "is to").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.lexicons import code_map, word_set
from dyad.nlp.syntax import clause_verb

PAST = "past"
FUTURE = "future"
PRESENT = "present"
"""The article's own time: a weekday is the article's day or the coming one (a schedule,
"an interview airing Sunday"), a calendar date the reading nearest the article date."""
AROUND = "around"
"""A plan told in the past ("agreed on Tuesday to meet on Friday", "said the lockdown would
begin on Saturday"): it follows a past moment, so it may fall before or after the article;
the reading nearest the article date, a weekday included (within three days either way)."""
NEAREST = "nearest"
"""No tense to go by: the reading nearest the article date (a weekday: the last one)."""
DIRECTIONS = (PAST, FUTURE, PRESENT, AROUND, NEAREST)

_FUTURE_AUX = word_set("dyad.lexicons", "future_auxiliaries.csv")
_MODALS = code_map("dyad.dates", "modal_directions.csv")
# Prepositions that put a date ahead of the reported moment ("closed until May 1").
_FORWARD_PREPOSITIONS = word_set("dyad.lexicons", "deadline_prepositions.csv")
_FORWARD_GOVERNORS = word_set("dyad.dates", "forward_governors.csv")
_AUX_DEPS = ("aux", "auxpass")
# How far up a chain of clauses ("agreed to try to meet on Friday") the tense is looked for.
# Not tuned: news rarely nests deeper, and a deeper governor says little of the date's time;
# re-run `dyad eval dates` if it changes.
_MAX_CLAUSES = 4


def clause_direction(span: Span, headline: bool = False) -> str:
    """Which way (one of `DIRECTIONS`) an incomplete date in ``span`` is read from the
    article date, by the tense of the clause it modifies. In a ``headline`` the present
    reads as past: headlines tell past events in the present ("Kurdish forces announce
    deal on Sunday"). A deadline ("until Thursday") is ahead of the article, or around it
    when it was set in the past; a present state "as of" a date was reached by then."""
    if span.root.dep_ == "poss":
        # "Tuesday's pleas", "Sunday's election": a day that names an event has no tense of
        # its own, the clause's is the noun's ("might provide"): the one nearest the article
        return AROUND
    verb = clause_verb(span.root)
    tense = _tense(verb, _MAX_CLAUSES)
    preposition = span.root.head
    if preposition.pos_ in ("NOUN", "PROPN"):  # "as of Sunday evening": "Sunday" <- "evening"
        preposition = preposition.head
    if preposition.lower_ in _FORWARD_PREPOSITIONS:
        # a deadline is ahead of the moment it was set: of one set in the past ("had given
        # them until Thursday"), near the article date either way; else ("will stay until
        # May", "have been planned until December") ahead of the article
        return AROUND if tense == PAST and not _present_perfect(verb) else FUTURE
    if preposition.lower_ == "of" and preposition.head.lower_ == "as" and tense == PRESENT:
        return PAST  # a state "as of Sunday evening" is reported as reached by then
    return PAST if headline and tense == PRESENT else tense


def _tense(verb: Token, budget: int) -> str:
    """The tense of ``verb``'s clause, looking up to ``budget`` governing clauses further
    where the clause has none of its own (an infinitive, a gerund, a bare conjunct)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return NEAREST
    auxiliaries = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    words = {a.lower_ for a in auxiliaries}
    if words & _FUTURE_AUX:
        return FUTURE  # before the perfect: "will have finished by Friday" is still ahead
    if any(a.lemma_ == "have" for a in auxiliaries):
        return PAST  # a perfect: "has met", "would have voted", "is said to have met"
    modal = next((_MODALS[w] for w in words if w in _MODALS), None)
    if modal is not None:
        return modal
    if _finite(verb, "Past") or any(_finite(a, "Past") for a in auxiliaries):
        return PAST
    if any(a.lower_ == "to" and a.dep_ == "aux" for a in auxiliaries):
        return _infinitive(verb, budget)
    if _finite(verb, "Pres") or any(_finite(a, "Pres") for a in auxiliaries):
        return PRESENT
    if _participle(verb, "Prog") and verb.dep_ == "acl" and not auxiliaries:
        return PRESENT  # a noun's own present participle: "an interview airing Sunday"
    if budget and verb.dep_ in ("conj", "advcl", "pcomp", "xcomp") and verb.head.i != verb.i:
        # a bare conjunct ("will meet Monday and sign Tuesday") or a gerund ("after meeting
        # on Monday, they signed") takes the tense of the clause it belongs to
        return _tense(clause_verb(verb.head), budget - 1)
    return NEAREST


def _present_perfect(verb: Token) -> bool:
    """Whether ``verb`` is in the present perfect ("have been planned")."""
    return any(
        a.dep_ in _AUX_DEPS and a.lemma_ == "have" and _finite(a, "Pres") for a in verb.children
    )


def _infinitive(verb: Token, budget: int) -> str:
    """The tense of a "to" + verb clause: ahead of a forward-looking governor ("is to",
    "expected to", "plans to"), else its governor's tense. Under a past governor ("agreed on
    Tuesday to hold talks on Friday", "was expected to vote Thursday") the plan comes after
    the governing event, which is itself before the article: `AROUND`."""
    governor = verb.head
    if governor.i == verb.i or not budget:
        return NEAREST
    governing_tense = _tense(clause_verb(governor), budget - 1)
    if governor.lemma_.lower() in _FORWARD_GOVERNORS:
        return AROUND if governing_tense == PAST else FUTURE
    return governing_tense


def _finite(token: Token, tense: str) -> bool:
    """Whether ``token`` is a finite verb of ``tense`` (``Past``, ``Pres``): its morphology
    where the parse has it, else its Penn tag."""
    forms, tenses = _feature(token, "VerbForm"), _feature(token, "Tense")
    if forms or tenses:
        return tense in tenses and "Fin" in forms
    tags = {"Past": ("VBD",), "Pres": ("VBZ", "VBP")}
    return token.tag_ in tags[tense]


def _participle(token: Token, aspect: str) -> bool:
    """Whether ``token`` is a participle of ``aspect`` (``Prog``: "airing")."""
    forms = _feature(token, "VerbForm")
    if forms:
        return "Part" in forms and aspect in _feature(token, "Aspect")
    return token.tag_ == {"Prog": "VBG", "Perf": "VBN"}[aspect]


def _feature(token: Token, name: str) -> list[str]:
    """The values of a morphological feature (none on a parse made without morphology)."""
    return list(token.morph.get(name, []))
