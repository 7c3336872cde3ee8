"""Response schemas of the HTTP API: what `dyad.query.web` rows look like on the wire.

FastAPI validates each response against these and documents them at ``/docs``. Span records
of an article keep their table's column names (docs/store.md); offsets index the article
text, end-exclusive.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Party(BaseModel):
    party: str | None = Field(description="Country (ISO3), or the code of an actor without one")
    code: str | None
    name: str | None
    text: str | None = Field(description="The words that named it")


class Event(BaseModel):
    id: str
    article_id: str
    title: str | None
    date: dt.date | None
    event: str | None = Field(description="PLOVER type")
    mode: str | None
    cameo: str | None
    quad_code: int = Field(
        description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict"
    )
    goldstein: float | None
    event_text: str | None
    evidence: str | None = Field(description="The sentence the event was coded from")
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    confidence: float | None
    negated: bool | None
    hypothetical: bool | None
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


class Mention(BaseModel):
    idx: int
    start: int
    end: int
    text: str | None
    kind: str | None
    sentence: int | None
    actor_name: str | None
    actor_code: str | None
    actor_country: str | None
    actor_sector: str | None
    actor_id: str | None


class QuoteSpan(BaseModel):
    idx: int
    start: int
    end: int
    text: str | None
    kind: str | None
    sentence: int | None
    statement: int | None
    cue_start: int | None
    cue_end: int | None
    cue_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_text: str | None
    speaker_name: str | None
    speaker_code: str | None
    speaker_country: str | None
    speaker_sector: str | None
    speaker_id: str | None


class Amount(BaseModel):
    idx: int
    start: int
    end: int
    text: str | None
    value: float | None
    unit: str | None
    object: str | None
    kind: str | None


class DateRef(BaseModel):
    idx: int
    start: int
    end: int
    text: str | None
    value: str | None
    granularity: str | None


class Location(BaseModel):
    idx: int
    start: int
    end: int
    text: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None
    admin1: str | None


class Article(BaseModel):
    id: str
    url: str | None
    date: dt.date | None
    title: str | None
    source: str | None
    text: str
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
