"""The JSON endpoints under ``/api``. Each handler checks its parameters and calls one
function of `dyad.query.web`; bounds are in `dyad.serve.params`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from dyad.query import web
from dyad.serve import models
from dyad.serve.params import (
    DEFAULT_LIMIT,
    Cursor,
    DateFrom,
    DateTo,
    Derived,
    EventType,
    Limit,
    Offset,
    PairAndPeriod,
    PartyQuery,
    Quad,
    Text,
    check_dates,
    party,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorBody, "description": "A bad parameter"}
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def _party(value: str | None) -> str | None:
    return party(value) if value else None


@router.get("/dyads", response_model=models.DyadPage)
def dyads(
    cur: Cursor,
    lookups: Derived,
    sort: Literal["events", "goldstein", "last_date"] = "events",
    order: Literal["desc", "asc"] = "desc",
    country: PartyQuery = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Any:
    """Country pairs (unordered) with event counts, counts per quad class, mean Goldstein
    and first and last event date; optionally only the pairs of one ``country``."""
    return web.dyads(cur, lookups, sort, order, limit, offset, _party(country))


@router.get("/dyads/{a}/{b}/timeline", response_model=models.Timeline)
def timeline(cur: Cursor, lookups: Derived, pair: PairAndPeriod) -> Any:
    """Per period: events per quad class, Goldstein sum and mean and quote count, for both
    directions together (``both``) and each direction (``a_to_b``, ``b_to_a``).

    Reciprocal events (meetings) count in both directions and once in ``both``. Quotes a->b
    are statements (direct, indirect, mixed) by speakers whose country is ``a`` that mention
    ``b`` inside the quote (a person mentioned counts for their country), dated by their
    article; ``both`` is their sum.
    """
    a, b = pair.a, pair.b
    return web.timeline(cur, lookups, a, b, pair.interval, pair.date_from, pair.date_to)


@router.get("/events", response_model=models.EventPage)
def events(
    cur: Cursor,
    lookups: Derived,
    actor: PartyQuery = None,
    recipient: PartyQuery = None,
    event: EventType = None,
    quad: Quad = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Text = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Any:
    """Events, newest first. ``actor``/``recipient`` are parties (an actor party of the
    event is ``actor``); ``q`` searches the evidence sentence and the trigger words."""
    check_dates(date_from, date_to)
    found = web.EventFilter(_party(actor), _party(recipient), event, quad, date_from, date_to, q)
    return web.events(cur, lookups, found, limit, offset)


@router.get("/quotes", response_model=models.QuotePage)
def quotes(
    cur: Cursor,
    speaker: Text = None,
    speaker_country: PartyQuery = None,
    mentioned: PartyQuery = None,
    q: Text = None,
    kind: Annotated[
        list[Literal["direct", "indirect", "mixed", "stance"]] | None,
        Query(description="Repeatable; default all kinds"),
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Any:
    """Quotes, newest article first. ``speaker`` is part of the speaker's resolved name (or
    of the words naming an unresolved one); ``mentioned`` a party mentioned inside the
    quote; ``q`` searches the quote text."""
    clauses, params = web.quote_filters(
        speaker, _party(speaker_country), _party(mentioned), q, kind
    )
    return web.quotes(cur, clauses, params, limit, offset)


@router.get("/articles/{article_id}", response_model=models.Article, responses={404: {}})
def article(cur: Cursor, lookups: Derived, article_id: Annotated[str, Path(max_length=200)]) -> Any:
    """An article's text with every span found in it: mentions, quotes, events, amounts,
    dates and locations."""
    found = web.article(cur, lookups, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/actors/{name}", response_model=models.Actor, responses={404: {}})
def actor(cur: Cursor, lookups: Derived, name: str, limit: Limit = DEFAULT_LIMIT) -> Any:
    """An actor by canonical name (case-insensitive: ``Vladimir Putin``), code
    (``RUSGOV``) or id (``person:vladimir-putin``): how often it is mentioned, its events
    as actor and recipient, its quotes, and the latest ``limit`` events and quotes."""
    found = web.actor_profile(cur, lookups, name, limit)
    if found is None:
        raise HTTPException(404, f"no actor {name!r}")
    return found
