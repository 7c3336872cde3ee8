"""The typed records that cross stage boundaries.

Every stage reads and writes these frozen dataclasses, never loose dicts. Character offsets
(`start`, `end`) always index `Article.text` as dyad outputs it (after cleanup), end-exclusive.

The fields below are each record's one definition: its JSON (`dyad.serialize`), its table
columns (`dyad.store`) and its fields in the web API (`dyad.serve.models`) are derived from
them by `dyad.forms`. A field is written by the rules of its type; an `Out` marker in its
annotation says where one form deliberately differs (see `dyad.forms`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated

from dyad.forms import Out

NOT_IN_API = Out(api=False)
INTERNAL = Out(json=False, store=False)

# The 16 PLOVER event types (PLOVER manual, chapter "Event, Mode, and Context").
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One input article, as read (before NLP)."""

    id: str
    text: Annotated[str, Out(after="source")]
    url: str | None = None
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None
    origin: Annotated[str | None, Out(json=False, api=False)] = None
    """Where it was read from (``path`` or ``path:line``); stored, not part of the output
    contract."""
    warnings: Annotated[tuple[StageError, ...], INTERNAL] = ()
    """What ingest noticed but kept the article for (codes ``W0xx``: a date it cannot read,
    invalid Unicode replaced); the pipeline adds them to the coded article's ``errors``."""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an expression refers to, coded.

    ``code`` is the CAMEO-style actor code: ISO3 country + sector (``RUSGOV``), ``IGO`` + an
    organization key (``IGOSCO``), or just the country (``RUS``) when no sector is known.
    """

    name: str | None
    code: str | None
    country: str | None
    sector: str | None
    id: str | None

    @property
    def is_person(self) -> bool:
        return self.id is not None and self.id.startswith("person:")


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Words of the article's text, ``text[start:end]``: a quote's cue word, and what every
    record found in the text (`Mention`, `Speaker`, `Quote`, `Amount`, `DateRef`, `Location`)
    starts with, before fields of its own."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention(TextSpan):
    """A span of text that refers to an actor."""

    actor: Annotated[Actor, Out(flat="actor_")]
    sentence: Annotated[int, Out(json=False)]
    kind: Annotated[str, Out(after="text")]
    """How it refers: ``name``, ``group`` (a coded noun phrase), ``role`` ("the president"),
    ``pronoun`` or ``place`` (a country or capital used as an actor)."""
    antecedent: Annotated[int | None, INTERNAL] = None
    """For ``role``/``pronoun`` mentions, the index (in the article's mentions) it resolves to."""


@dataclass(frozen=True, slots=True)
class Speaker(TextSpan):
    name: str | None
    """The speaker's resolved full name ("Vladimir Putin"), None when unresolved."""
    actor: Annotated[Actor | None, Out(flat="", rename={"name": None})]
    """Stored without the actor's name: the column ``speaker_name`` holds ``name``."""


@dataclass(frozen=True, slots=True)
class Quote(TextSpan):
    kind: str
    """``direct``, ``indirect``, ``mixed``, or ``stance`` (a stance or verbal act toward
    something a noun phrase names: "Putin thanked Xi", "Clinton supports the death
    penalty")."""
    cue: Annotated[TextSpan | None, Out(flat="cue_")]
    speaker: Annotated[Speaker | None, Out(flat="speaker_")]
    sentence: int
    statement: int = 0
    """Quotes of one statement share this number: all the quotes of one cue word. A direct
    quote split around its attribution ('"What is so sad for me", Cengiz said, "is not seeing
    …"') is two quotes with one statement, and so are the object and the infinitive of
    "announced new church law to mandate reporting …"."""


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor taking part in an event, with the words that name it."""

    actor: Annotated[Actor, Out(inline=True, flat="", rename={"id": "actor_id"})]
    start: int
    end: int
    text: Annotated[str, Out(after="actor")]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: dt.date | None
    event: str | None
    """One of `PLOVER_TYPES`; None only in PETRARCH mode (``--petrarch``) for a code
    without a PLOVER type."""
    mode: str | None
    context: Annotated[tuple[str, ...], NOT_IN_API]
    cameo: str | None
    goldstein: float | None
    quad_code: int
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    actor: tuple[Participant, ...]
    """Stored in table ``event_parties``, as is ``recipient``."""
    recipient: tuple[Participant, ...]
    event_text: str
    """The words that name the event (``text[start:end]``)."""
    sentence: Annotated[int, NOT_IN_API]
    start: int
    end: int
    confidence: float
    negated: bool = False
    hypothetical: bool = False
    date_source: Annotated[str, Out(after="date", api=False)] = "article"
    """``text`` when the clause has its own time expression, else ``article``."""
    date_granularity: Annotated[str, Out(after="date_source", api=False)] = "day"
    """``day``, ``week``, ``month`` or ``year``: ``date`` is the first day of that period
    ("last week" -> its Monday, "in 1994" -> 1994-01-01)."""
    event_loc: Annotated[Location | None, NOT_IN_API] = None
    """Where the event happened, from a locative phrase of its clause ("met in Beijing")."""
    size: Annotated[Size | None, NOT_IN_API] = None
    """Casualty counts reported for the event (PLOVER ``size``)."""
    rule: Annotated[str, Out(after="hypothetical", api=False)] = ""
    """Which dictionary entry or rule fired (for ``dyad explain``)."""
    sentence_start: Annotated[int, Out(after="end")] = 0
    """Offsets of the evidence sentence in the article text."""
    sentence_end: Annotated[int, Out(after="sentence_start")] = 0
    part: Annotated[str, Out(after="sentence")] = "text"
    """Which field of the article the offsets index: ``text``, or ``title`` for an event
    coded from the title, which is coded as a sentence of its own."""
    counted: Annotated[bool, Out(after="confidence")] = True
    """Whether pair aggregates count the event: its confidence is at least the default
    threshold (docs/events.md), and it is no title event that the text reports too."""


@dataclass(frozen=True, slots=True)
class Size:
    """PLOVER's size object: people killed, injured and arrested in one event."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass(frozen=True, slots=True)
class Amount(TextSpan):
    value: float
    unit: str
    """ISO 4217 code for money, otherwise a unit word (``people``, ``troops``)."""
    object: str | None
    kind: str = "money"
    """``money`` or ``count``."""


@dataclass(frozen=True, slots=True)
class DateRef(TextSpan):
    """A time expression resolved to a period: a day, an ISO week, a month or a year."""

    date: Annotated[dt.date, Out(written_as="value")]
    """The first day of the period ("last week" -> its Monday, "in 1994" -> 1994-01-01);
    written as ``value``."""
    granularity: str
    """``day``, ``week``, ``month`` or ``year``."""
    after_article: bool = False
    """Whether the period starts more than a week after the article's date: a plan or a
    forecast when the clause speaks of the future, a misreading otherwise (docs/output.md)."""

    @property
    def value(self) -> str:
        """The period as the output writes it (`period_value`): ``2026-02-04``,
        ``2026-W05``, ``2026-02`` or ``2026``."""
        return period_value(self.date, self.granularity)


def period_value(date: dt.date, granularity: str) -> str:
    """The period of ``granularity`` that starts on ``date``, written as ``YYYY-MM-DD``,
    ``YYYY-Www`` (ISO week), ``YYYY-MM`` or ``YYYY``."""
    if granularity == "week":
        year, week, _ = date.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return date.strftime("%Y-%m")
    if granularity == "year":
        return str(date.year)
    return date.isoformat()


@dataclass(frozen=True, slots=True)
class Location(TextSpan):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: Annotated[int | None, Out(sql="BIGINT")]
    feature: str | None = None
    """GeoNames feature class: ``A`` (country, region), ``P`` (city)."""
    admin1: str | None = None
    score: float | None = None
    """How sure dyad is that the text names this place, 0-1 (`dyad.geo.scoring`)."""


@dataclass(frozen=True, slots=True)
class StageError:
    """A failure recorded for one article; the run goes on."""

    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """Everything dyad found in one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateRef, ...] = ()
    locations: tuple[Location, ...] = ()
    errors: tuple[StageError, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be turned into an article (unreadable file, bad JSON line)."""

    origin: str
    code: str
    message: str
    stage: str = "ingest"
