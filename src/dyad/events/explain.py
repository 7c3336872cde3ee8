"""``dyad explain``: the parse, the actors and every coding decision for one text.

PETRARCH users debug a coding by reading its parse tree and guessing which dictionary
pattern fired. This shows it: each token with its head and dependency, each actor mention
with its code, and for every candidate trigger the rule that fired and why an event was or
was not emitted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language

from dyad.events.trace import TRACE_KEY, Decision
from dyad.records import Article, Event, Mention


@dataclass(frozen=True, slots=True)
class ParsedToken:
    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    entity: str


@dataclass(frozen=True, slots=True)
class Explanation:
    text: str
    """The text as dyad codes it (after cleanup); offsets index it."""
    date: dt.date | None
    tokens: tuple[ParsedToken, ...]
    mentions: tuple[Mention, ...]
    decisions: tuple[Decision, ...]
    events: tuple[Event, ...]


def explain(text: str, date: dt.date | None = None, nlp: Language | None = None) -> Explanation:
    """Code ``text`` once, as `dyad.pipeline.code_text` does, keeping the parse and the
    coder's decisions. ``nlp`` is a pipeline from `dyad.pipeline.build_pipeline`."""
    from dyad.ingest.ids import article_id
    from dyad.pipeline import build_pipeline, code_inspected

    nlp = nlp or build_pipeline()
    trace: list[Decision] = []
    article = Article(id=article_id(None, text), text=text, date=date)
    coded, doc = code_inspected(nlp, article, {TRACE_KEY: trace})
    tokens = tuple(
        ParsedToken(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_)
        for t in doc
        if not t.is_space
    )
    return Explanation(
        text=coded.article.text,
        date=date,
        tokens=tokens,
        mentions=coded.mentions,
        decisions=tuple(sorted(trace, key=lambda d: (d.start, d.outcome))),
        events=coded.events,
    )
