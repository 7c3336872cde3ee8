"""``dyad explain``: the parse, the actors and every coding decision for one text.

PETRARCH users debug a coding by reading its parse tree and guessing which dictionary
pattern fired. This shows it: each token with its head and dependency, each actor mention
with its code, and for every candidate trigger the rule that fired and why an event was or
was not emitted. `dyad.api.explain` codes the text; `explanation` puts what it kept together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from dyad.events.trace import Decision
from dyad.records import CodedArticle, Event, Mention


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


def explanation(coded: CodedArticle, doc: Doc, decisions: Iterable[Decision]) -> Explanation:
    """The explanation of one coded article: its Doc's parse, its mentions and events, and
    the ``decisions`` the events stage traced for it (`dyad.api.explain` runs the pipeline)."""
    tokens = tuple(
        ParsedToken(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_)
        for t in doc
        if not t.is_space
    )
    return Explanation(
        text=coded.article.text,
        date=coded.article.date,
        tokens=tokens,
        mentions=coded.mentions,
        decisions=tuple(sorted(decisions, key=lambda d: (d.start, d.outcome))),
        events=coded.events,
    )
