"""The typed records that cross stage boundaries.

Every stage reads and writes these frozen dataclasses, never loose dicts. Character offsets
(`start`, `end`) always index `Article.text` as dyad outputs it (after cleanup), end-exclusive.
The JSON form of each record is made in one place, `dyad.serialize`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
    text: str
    url: str | None = None
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None
    origin: str | None = None
    """Where it was read from (``path`` or ``path:line``); not part of the output contract."""


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
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that refers to an actor."""

    start: int
    end: int
    text: str
    actor: Actor
    sentence: int
    kind: str
    """How it refers: ``name``, ``group`` (a coded noun phrase), ``role`` ("the president"),
    ``pronoun`` or ``place`` (a country or capital used as an actor)."""
    antecedent: int | None = None
    """For ``role``/``pronoun`` mentions, the index (in the article's mentions) it resolves to."""


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str
    name: str | None
    actor: Actor | None


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str
    """``direct``, ``indirect``, ``mixed``, or ``stance`` (a stance or verbal act toward
    something a noun phrase names: "Putin thanked Xi", "Clinton supports the death
    penalty")."""
    cue: TextSpan | None
    speaker: Speaker | None
    sentence: int
    statement: int = 0
    """Quotes of one statement share this number: all the quotes of one cue word. A direct
    quote split around its attribution ('"What is so sad for me", Cengiz said, "is not seeing
    …"') is two quotes with one statement, and so are the object and the infinitive of
    "announced new church law to mandate reporting …"."""


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor taking part in an event, with the words that name it."""

    actor: Actor
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: dt.date | None
    event: str | None
    """One of `PLOVER_TYPES`; None only in PETRARCH mode (``--petrarch``) for a code
    without a PLOVER type."""
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    quad_code: int
    actor: tuple[Participant, ...]
    recipient: tuple[Participant, ...]
    event_text: str
    """The words that name the event (``text[start:end]``)."""
    sentence: int
    start: int
    end: int
    confidence: float
    negated: bool = False
    hypothetical: bool = False
    date_source: str = "article"
    """``text`` when the clause has its own time expression, else ``article``."""
    date_granularity: str = "day"
    """``day``, ``week``, ``month`` or ``year``: ``date`` is the first day of that period
    ("last week" -> its Monday, "in 1994" -> 1994-01-01)."""
    event_loc: Location | None = None
    """Where the event happened, from a locative phrase of its clause ("met in Beijing")."""
    size: Size | None = None
    """Casualty counts reported for the event (PLOVER ``size``)."""
    rule: str = ""
    """Which dictionary entry or rule fired (for ``dyad explain``)."""
    sentence_start: int = 0
    """Offsets of the evidence sentence in the article text."""
    sentence_end: int = 0


@dataclass(frozen=True, slots=True)
class Size:
    """PLOVER's size object: people killed, injured and arrested in one event."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    text: str
    value: float
    unit: str
    """ISO 4217 code for money, otherwise a unit word (``people``, ``troops``)."""
    object: str | None
    kind: str = "money"
    """``money`` or ``count``."""


@dataclass(frozen=True, slots=True)
class DateRef:
    """A time expression resolved to a period: a day, an ISO week, a month or a year."""

    start: int
    end: int
    text: str
    date: dt.date
    """The first day of the period ("last week" -> its Monday, "in 1994" -> 1994-01-01)."""
    granularity: str
    """``day``, ``week``, ``month`` or ``year``."""

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
class Location:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None = None
    """GeoNames feature class: ``A`` (country, region), ``P`` (city)."""
    admin1: str | None = None


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
