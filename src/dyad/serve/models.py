"""Response schemas of the HTTP API: what `dyad.query.web` rows look like on the wire.

FastAPI validates each response against these and documents them at ``/docs``. The models of
records (`Event`, `Article` and the span records of an article) take their fields from their
tables' columns (`with_columns`), themselves made from the records' fields, so that a field
added to a record is in the API too; the other models are the shapes of queries. Span records
of an article keep their table's column names (docs/store.md); offsets index the article
text, end-exclusive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from dyad import records
from dyad.forms import api_columns

# The fields the API has always promised are never null. Any other field of a record may be:
# a column that a migration adds is null in the rows stored before it.
NEVER_NULL = ("id", "idx", "start", "end", "sentence_start", "sentence_end", "quad_code")

M = TypeVar("M", bound=BaseModel)


def with_columns(record: type, never_null: tuple[str, ...] = ()) -> Callable[[type[M]], type[M]]:
    """Class decorator: the model with, before its own fields, the columns of ``record``'s
    table that the API offers (`dyad.forms.api_columns`), described by the fields'
    docstrings. Its own fields are those the query adds (keys, joined columns)."""

    def make(model: type[M]) -> type[M]:
        fields: dict[str, Any] = {}
        for column in api_columns(record):
            type_ = column.type if column.name in NEVER_NULL + never_null else column.type | None
            fields[column.name] = (type_, Field(description=column.doc or None))
        for name, info in model.model_fields.items():
            fields[name] = (info.annotation, info)
        made: type[M] = create_model(model.__name__, __doc__=model.__doc__, **fields)
        return made

    return make


class Party(BaseModel):
    party: str | None = Field(description="Country (ISO3), or the code of an actor without one")
    code: str | None
    name: str | None
    text: str | None = Field(description="The words that named it")


@with_columns(records.Event)
class Event(BaseModel):
    article_id: str
    title: str | None
    evidence: str | None = Field(description="The sentence the event was coded from")
    actor: list[Party]
    recipient: list[Party]


class Quote(BaseModel):
    article_id: str
    idx: int
    title: str | None
    date: dt.date | None = Field(description="The article's date")
    kind: str
    text: str
    start: int
    end: int
    speaker_text: str | None
    speaker_name: str | None
    speaker_code: str | None
    speaker_country: str | None
    mentioned: list[str] = Field(description="Parties mentioned inside the quote")


class Dyad(BaseModel):
    a: str = Field(description="The pair's first party (alphabetically)")
    b: str
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    mean_goldstein: float | None
    first_date: dt.date | None
    last_date: dt.date | None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Event]


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Quote]


class DyadPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Dyad]


class PairAmount(BaseModel):
    article_id: str
    idx: int
    title: str | None
    date: dt.date | None = Field(description="The article's date")
    text: str | None = Field(description="The amount as written")
    value: float | None
    unit: str | None
    object: str | None = Field(description="What is counted or paid for")
    kind: str | None
    context: str | None = Field(description="The amount with up to 80 characters each side")


class PairAmountPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[PairAmount]


class Place(BaseModel):
    geonameid: int | None = Field(description="GeoNames id")
    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int | None = Field(None, description="Events that happened there (kind=events)")
    mean_goldstein: float | None = None
    mentions: int | None = Field(None, description="Mentions of it (kind=mentions)")
    articles: int | None = Field(None, description="Articles mentioning it (kind=mentions)")


class Places(BaseModel):
    kind: str = Field(description="events (where events happened) or mentions")
    items: list[Place]


class Stats(BaseModel):
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    goldstein_sum: float
    goldstein_mean: float | None
    quotes: int = Field(description="Statements by one side's speakers that mention the other")


class Period(BaseModel):
    period: dt.date = Field(description="First day of the period")
    both: Stats
    a_to_b: Stats
    b_to_a: Stats


class Timeline(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    a: str
    b: str
    interval: str
    date_from: dt.date | None = Field(alias="from")
    date_to: dt.date | None = Field(alias="to")
    periods: list[Period]


class Span(BaseModel):
    idx: int


@with_columns(records.Mention)
class Mention(Span):
    """An actor mention (table ``mentions``)."""


@with_columns(records.Quote)
class QuoteSpan(Span):
    """A quote (table ``quotes``)."""


@with_columns(records.Amount)
class Amount(Span):
    """An amount (table ``amounts``)."""


@with_columns(records.DateRef)
class DateRef(Span):
    """A time expression (table ``dates``)."""


@with_columns(records.Location)
class Location(Span):
    """A place (table ``locations``)."""


class ArticleCopy(BaseModel):
    """Another place the article was published: a copy of its text, stored as one of its
    sources and not as an article (table ``article_sources``; docs/store.md, "Copies of one
    story")."""

    url: str | None
    date: dt.date | None
    title: str | None
    source: str | None
    kind: str = Field(description="``exact`` (the same words) or ``near`` (Jaccard >= 0.5)")
    similarity: float | None = Field(
        description="Jaccard similarity of the 5-word shingles of the copy and the article"
    )


@with_columns(records.Article, never_null=("text",))
class Article(BaseModel):
    copies: list[ArticleCopy] = Field(
        default_factory=list, description="Its copies published elsewhere, oldest first"
    )
    mentions: list[Mention]
    quotes: list[QuoteSpan]
    events: list[Event]
    amounts: list[Amount]
    dates: list[DateRef]
    locations: list[Location]


class Actor(BaseModel):
    query: str
    name: str | None
    country: str | None
    codes: list[str]
    mentions: int
    events_as_actor: int
    events_as_recipient: int
    quotes: int
    events: list[Event] = Field(description="Latest events it took part in")
    recent_quotes: list[Quote]


class Error(BaseModel):
    status: int
    message: str
    parameter: str | None = None


class ErrorBody(BaseModel):
    error: Error
