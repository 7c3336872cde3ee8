"""The JSON endpoints under ``/api``. Each handler checks its parameters and calls one
function of `dyad.query.web`; bounds are in `dyad.serve.params`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from dyad.query import said, web
from dyad.query.amounts import pair_amounts
from dyad.query.places import event_places, mentioned_places
from dyad.query.timeline import timeline as pair_timeline
from dyad.serve import models
from dyad.serve.downloads import CSV_RESPONSE, csv_response
from dyad.serve.live import Data
from dyad.serve.params import (
    DEFAULT_LIMIT,
    BadParameter,
    Current,
    Cursor,
    DateFrom,
    DateTo,
    Derived,
    EventType,
    Every,
    Format,
    Included,
    Limit,
    MinConfidence,
    Mode,
    Offset,
    PairAndPeriod,
    PairQuery,
    PartyQuery,
    Place,
    Quad,
    Sector,
    Text,
    check_dates,
    pair_of,
    party,
    single_values,
)

if TYPE_CHECKING:
    from dyad.store.database import Connection

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorBody, "description": "A bad parameter"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "An unknown party"}}
router = APIRouter(
    prefix="/api", tags=["api"], responses=ERRORS, dependencies=[Depends(single_values)]
)


def _party(value: str | None) -> str | None:
    return party(value) if value else None


@router.get("/dyads", response_model=models.DyadPage, responses=CSV_RESPONSE)
def dyads(
    cur: Cursor,
    lookups: Derived,
    include: Included,
    sort: Literal["events", "goldstein", "last_date"] = "events",
    order: Literal["desc", "asc"] = "desc",
    country: PartyQuery = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
) -> Any:
    """Country pairs (unordered) with event counts, counts per quad class, mean Goldstein
    and first and last event date; optionally only the pairs of one ``country``. Negated and
    hypothetical events count only when included."""
    found = web.dyads(cur, lookups, sort, order, limit, offset, _party(country), include)
    return csv_response(found["items"], models.Dyad, "dyads") if format == "csv" else found


@router.get("/dyads/{a}/{b}/timeline", response_model=models.Timeline, responses=NOT_FOUND)
def timeline(
    cur: Cursor,
    lookups: Derived,
    pair: PairAndPeriod,
    include: Included,
    actor: PartyQuery = None,
    recipient: PartyQuery = None,
    event: EventType = None,
    quad: Quad = None,
    mode: Mode = None,
    actor_sector: Sector = None,
    recipient_sector: Sector = None,
    min_confidence: MinConfidence = None,
) -> Any:
    """Per period: events per quad class, Goldstein sum and mean and quote count, for both
    directions together (``both``) and each direction (``a_to_b``, ``b_to_a``).

    Reciprocal events (meetings) count in both directions and once in ``both``. Quotes a->b
    are statements (direct, indirect, mixed) by speakers whose country is ``a`` that mention
    ``b`` inside the quote (a person mentioned counts for their country), dated by their
    article; ``both`` is their sum. Negated and hypothetical events count only when
    included. The events counted are those `/api/events` lists with the same ``actor``,
    ``recipient``, ``event``, ``quad``, ``mode``, sectors and ``min_confidence`` (quotes are
    not events: they do not). A party that is neither an ISO 3166-1 country nor in the
    database: 404.
    """
    a, b = pair.a, pair.b
    facets = web.EventFilter(
        actor=_party(actor),
        recipient=_party(recipient),
        event=event,
        quad=quad,
        mode=mode,
        actor_sector=actor_sector.upper() if actor_sector else None,
        recipient_sector=recipient_sector.upper() if recipient_sector else None,
        min_confidence=min_confidence,
        include=include,
    )
    return pair_timeline(cur, lookups, a, b, pair.interval, pair.date_from, pair.date_to, facets)


@router.get(
    "/dyads/{a}/{b}/amounts",
    response_model=models.PairAmountPage,
    responses=CSV_RESPONSE | NOT_FOUND,
)
def amounts(
    cur: Cursor,
    lookups: Derived,
    pair: PairAndPeriod,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
    sort: Literal["date", "value"] = "date",
    order: Literal["desc", "asc"] = "desc",
) -> Any:
    """Amounts (money, casualties, quantities) reported in the articles that hold an event
    between ``a`` and ``b``, newest article first (or by ``sort``: ``date`` of the article,
    ``value`` of the amount, and ``order``), with the words around each; ``from`` and
    ``to`` bound the article's date (``interval`` is ignored)."""
    a, b, date_from, date_to = pair.a, pair.b, pair.date_from, pair.date_to
    found = pair_amounts(cur, lookups, a, b, date_from, date_to, limit, offset, sort, order)
    if format == "csv":
        return csv_response(found["items"], models.PairAmount, "amounts")
    return found


@router.get("/events", response_model=models.EventPage, responses=CSV_RESPONSE)
def events(
    cur: Cursor,
    lookups: Derived,
    data: Current,
    include: Included,
    actor: PartyQuery = None,
    recipient: PartyQuery = None,
    pair: PairQuery = None,
    country: PartyQuery = None,
    event: EventType = None,
    quad: Quad = None,
    mode: Mode = None,
    actor_sector: Sector = None,
    recipient_sector: Sector = None,
    min_confidence: MinConfidence = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Text = None,
    involving: Annotated[
        str | None, Query(max_length=200, description="An actor's name, code or id")
    ] = None,
    place: Place = None,
    sort: Literal["date", "goldstein", "confidence"] = "date",
    order: Literal["desc", "asc"] = "desc",
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
    every: Every = False,
) -> Any:
    """Events, newest first (or by ``sort`` and ``order``). ``actor``/``recipient`` are
    parties (an actor party of the event is ``actor``), ``country`` a party in either role,
    ``actor_sector``/``recipient_sector`` sectors of a party in that role; ``pair``
    (``RUS,CHN``) the events between two parties in either direction, meetings included;
    ``involving`` an actor by name, code or id taking part; ``q`` searches the evidence
    sentence and the trigger words. Negated and hypothetical events are left out unless
    included. ``all=true`` with ``format=csv``: every matching event, streamed."""
    _check_joint_rules(date_from, date_to, every, format)
    found = web.EventFilter(
        actor=_party(actor),
        recipient=_party(recipient),
        event=event,
        quad=quad,
        date_from=date_from,
        date_to=date_to,
        q=q,
        pair=pair_of(pair),
        country=_party(country),
        party=involving,
        place=place,
        mode=mode,
        actor_sector=actor_sector.upper() if actor_sector else None,
        recipient_sector=recipient_sector.upper() if recipient_sector else None,
        min_confidence=min_confidence,
        include=include,
    )
    if every:
        rows = _streamed(data, lambda own: web.every_event(own, lookups, found, sort, order))
        return csv_response(rows, models.Event, "events")
    listed = web.events(cur, lookups, found, limit, offset, sort, order)
    return csv_response(listed["items"], models.Event, "events") if format == "csv" else listed


def _check_joint_rules(
    date_from: dt.date | None, date_to: dt.date | None, every: bool, format: str
) -> None:
    """The rules of /api/events and /api/quotes that join parameters (a schema cannot say
    them)."""
    check_dates(date_from, date_to)
    if every and format != "csv":
        raise BadParameter("all", "all=true needs format=csv: JSON answers are paged")


def _streamed(
    data: Data, rows: Callable[[Connection], Iterator[dict[str, Any]]]
) -> Iterator[dict[str, Any]]:
    """``rows`` read on a cursor of their own, open while the answer is sent (the request's
    cursor closes when the handler returns)."""
    cur = data.con.cursor()
    try:
        yield from rows(cur)
    finally:
        cur.close()


@router.get("/places", response_model=models.Places)
def places(
    cur: Cursor,
    lookups: Derived,
    include: Included,
    kind: Literal["events", "mentions"] = "events",
    pair: PairQuery = None,
    country: PartyQuery = None,
    event: EventType = None,
    quad: Quad = None,
    min_confidence: MinConfidence = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> Any:
    """Places for a map, the busiest first (at most 2,000): where the chosen events happened
    (``kind=events``, from the locative phrase of their clause, with their count and mean
    Goldstein), or the places the articles of those events mention (``kind=mentions``).
    Events are chosen as by `/api/events`; ``/api/events?place=`` lists a place's events."""
    check_dates(date_from, date_to)
    found = web.EventFilter(
        pair=pair_of(pair),
        country=_party(country),
        event=event,
        quad=quad,
        min_confidence=min_confidence,
        date_from=date_from,
        date_to=date_to,
        include=include,
    )
    if kind == "mentions":
        return {"kind": kind, "items": mentioned_places(cur, lookups, found)}
    return {"kind": kind, "items": event_places(cur, lookups, found)}


@router.get("/quotes", response_model=models.QuotePage, responses=CSV_RESPONSE)
def quotes(
    cur: Cursor,
    lookups: Derived,
    data: Current,
    speaker: Text = None,
    speaker_country: PartyQuery = None,
    mentioned: PartyQuery = None,
    q: Text = None,
    kind: Annotated[
        list[Literal["direct", "indirect", "mixed", "stance"]] | None,
        Query(description="Repeatable; default all kinds"),
    ] = None,
    said_by: Annotated[
        str | None, Query(max_length=200, description="A speaker's name, code or id")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    order: Literal["desc", "asc"] = "desc",
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
    every: Every = False,
) -> Any:
    """Quotes, newest article first (``order=asc``: oldest). ``speaker`` is part of the
    speaker's resolved name (or of the words naming an unresolved one), ``said_by`` a
    speaker's exact name, code or id; ``mentioned`` a party mentioned inside the quote;
    ``q`` searches the quote text; ``from`` and ``to`` bound the article's date.
    ``all=true`` with ``format=csv``: every matching quote, streamed."""
    _check_joint_rules(date_from, date_to, every, format)
    wanted = said.QuoteFilter(
        speaker,
        _party(speaker_country),
        _party(mentioned),
        q,
        kind,
        speaker_exact=said_by,
        date_from=date_from,
        date_to=date_to,
    )
    if every:
        rows = _streamed(data, lambda own: said.every_quote(own, wanted, order, lookups))
        return csv_response(rows, models.Quote, "quotes")
    found = said.quotes(cur, wanted, limit, offset, order, lookups)
    return csv_response(found["items"], models.Quote, "quotes") if format == "csv" else found


@router.get("/articles/{article_id:path}", response_model=models.Article, responses={404: {}})
def article(
    cur: Cursor, lookups: Derived, article_id: Annotated[str, Path(max_length=2000)]
) -> Any:
    """An article's text with every span found in it: mentions, quotes, events, amounts,
    dates and locations. The id is percent-encoded (``/`` as ``%2F``); an id of dots only
    (``..``) goes in the query instead: ``/api/articles?id=..``."""
    found = web.article(cur, lookups, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/articles", response_model=models.Article, responses={404: {}})
def article_by_query(
    cur: Cursor,
    lookups: Derived,
    article_id: Annotated[str, Query(alias="id", min_length=1, max_length=2000)],
) -> Any:
    """The article of id ``id``, for ids that a path cannot carry (``.`` and ``..``)."""
    return article(cur, lookups, article_id)


@router.get("/actors/{name:path}", response_model=models.Actor, responses={404: {}})
def actor(cur: Cursor, lookups: Derived, name: str, limit: Limit = DEFAULT_LIMIT) -> Any:
    """An actor by canonical name (case-insensitive: ``Vladimir Putin``), code
    (``RUSGOV``) or id (``person:vladimir-putin``): how often it is mentioned, its events
    as actor and recipient, its quotes, and the latest ``limit`` events and quotes."""
    found = web.actor_profile(cur, lookups, name, limit)
    if found is None:
        raise HTTPException(404, f"no actor {name!r}")
    return found
