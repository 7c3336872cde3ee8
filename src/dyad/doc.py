"""What dyad's stages leave on a spaCy Doc for the stages after them.

`dyad.records` is the output contract: what leaves dyad, in character offsets, made into JSON
in one place. This module is the contract between stages inside the pipeline, where a stage
that walks the parse needs token positions and facts that never reach the output (is the
mention a clause's subject? which title, gender, head noun?). Putting those in the records
would make every output record carry them, and every consumer of the output skip them; so
the types that stay on the Doc live here, beside `dyad.records`, and each names the record
it becomes.

The ``doc._`` attributes, registered by `dyad.nlp.extensions.register_extensions`. Each
stage's ``requires`` and ``assigns`` in `dyad.pipeline` name those it reads and writes, so
that spaCy's ``nlp.analyze_pipes()`` checks their order; the `INPUTS` are set by the caller
before the stages run (`dyad.pipeline` does), not by a stage, and so are in no ``requires``:

    doc._.article_date          input: the date relative dates resolve to (may be None)
    doc._.event_trace           input: a list for the events stage's decisions, or None
    doc._.text_part             input: ``title`` when the Doc is an article's title, else None
    doc._.context_country       input: the country of the text a title belongs to, or None
    doc._.mentions              [3] actors: list[DocMention]
    doc._.discarded_sentences   [3] actors: frozenset[int], sentences not to code
    doc._.quotes                [4] quotes: list[Quote]
    doc._.amounts               [4] amounts: list[Found[Amount]]
    doc._.dates                 [4] dates: list[Found[DateRef]]
    doc._.locations             [4] geo: list[Found[Location]]
    doc._.events                [4] events: list[Event]

Stages pass nothing through ``doc.user_data``; what sits there is per-Doc caches of one
module (`dyad.nlp.sentences.layout`, the actor matcher's names).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from dyad.records import Actor, Mention

R = TypeVar("R")

TITLE = "title"
"""``doc._.text_part`` of an article's title, and ``Event.part`` of the events coded in it."""
INPUTS = ("article_date", "event_trace", "text_part", "context_country")
"""The ``doc._`` attributes the caller sets before dyad's stages run."""
DOC_ATTRIBUTES = (
    *INPUTS,
    "mentions",
    "discarded_sentences",
    "quotes",
    "amounts",
    "dates",
    "locations",
    "events",
)
"""The names of dyad's ``doc._`` attributes."""


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """Tokens of a Doc, ``doc[start:end]``: where a mention, a match of the actor matcher or
    a record a stage `Found` stands in the parse, before fields of its own."""

    start: int
    """Index of the first token."""
    end: int
    """Index of the token after the last."""


@dataclass(frozen=True, slots=True)
class DocMention(TokenSpan):
    """A span of a Doc that refers to an actor, as the actors stage leaves it for the quotes,
    geo and events stages (``doc._.mentions``).

    It has both spans: tokens (``doc[start:end]``) for the stages that walk the parse, and
    characters (``start_char``, ``end_char``, ``text``) for the records they write. The
    output `Mention` is made from it by `record`, and nowhere else.
    """

    start_char: int
    """Offset of the first character in the text (`Mention.start`)."""
    end_char: int
    """Offset after the last character (`Mention.end`)."""
    text: str
    actor: Actor
    kind: str
    """How it refers: ``name``, ``group`` (a coded noun phrase), ``role`` ("the
    president"), ``pronoun`` or ``place`` (a country or capital used as an actor)."""
    sentence: int
    """Index of its sentence in the Doc."""
    subject: bool
    """Its head is a clause's subject, or a conjunct of one (antecedents prefer subjects)."""
    title: str = ""
    """The role word of a person phrase ("president"), for matching roles and antecedents."""
    gender: str | None = None
    """``m`` or ``f`` when known (a known person, a pronoun), for matching pronouns."""
    locative: bool = False
    """A place after a locative preposition ("talks in Beijing"): where, not who."""
    antecedent: int | None = None
    """For a mention resolved to an earlier one ("the president", "he", "the ministry"),
    that mention's index in ``doc._.mentions``."""
    head: str = ""
    """The lemma of the phrase's head noun ("ministry"), to find an earlier mention of the
    same organization."""
    partners: tuple[Actor, ...] = ()
    """More actors the phrase names by coordinated modifiers: "Hungarian and Romanian
    officials" is HUNGOV with partner ROUGOV."""

    @property
    def record(self) -> Mention:
        """The output record of this mention."""
        return Mention(
            self.start_char,
            self.end_char,
            self.text,
            actor=self.actor,
            sentence=self.sentence,
            kind=self.kind,
            antecedent=self.antecedent,
        )


@dataclass(frozen=True, slots=True)
class Found(TokenSpan, Generic[R]):
    """A record a stage found in the Doc (a `DateRef`, a `Location`, an `Amount`) and the
    tokens it covers, ``doc[start:end]``: the events stage reads where each stands in the
    parse without mapping character offsets back to tokens."""

    record: R
    """The output record, with its character offsets."""


def mention_index(mentions: Iterable[DocMention]) -> dict[int, DocMention]:
    """Token index -> the shortest mention covering it (the most specific reading); built
    once per Doc by the stages that ask token by token."""
    index: dict[int, DocMention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            current = index.get(i)
            if current is None or m.end - m.start < current.end - current.start:
                index[i] = m
    return index


# Mentions whose countries say what a text is about (not pronouns, which repeat others).
COUNTRY_KINDS = frozenset({"name", "place", "group", "role"})
# The share of country-naming mentions the text's country must have.
ARTICLE_SHARE = 0.5


def article_country(mentions: Iterable[DocMention]) -> str | None:
    """The country more than half of a text's country-naming mentions name, when the text
    has more than one sentence: the country news leaves implied for the police, "five
    people", a court (read by the actors stage for sector mentions and by the events stage
    for parties no mention codes)."""
    mentions = list(mentions)
    if len({m.sentence for m in mentions}) < 2:
        return None
    counts = Counter(
        actor.country
        for m in mentions
        if m.kind in COUNTRY_KINDS
        for actor in (m.actor, *m.partners)
        if actor.country
    )
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n > ARTICLE_SHARE * sum(counts.values()) else None
