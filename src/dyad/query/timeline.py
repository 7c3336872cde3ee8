"""A pair's timeline: per period, its events by quad class, their Goldstein sum and mean, and
its quotes, for both directions together and each direction (`timeline`).

Reads the ``pair_events`` and ``pair_quotes`` slices of `dyad.query.web.Lookups`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyad.query.filters import NO_FACETS, EventFilter
from dyad.query.web import INTERVALS, Lookups, Row, facet_conditions, rows_of

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb


def _stats() -> Row:
    return {
        "events": 0,
        "quad1": 0,
        "quad2": 0,
        "quad3": 0,
        "quad4": 0,
        "goldstein_sum": 0.0,
        "goldstein_mean": None,
        "quotes": 0,
    }


def timeline(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    a: str,
    b: str,
    interval: str = "month",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    facets: EventFilter = NO_FACETS,
) -> Row:
    """Per period (``interval``), a pair's events by quad class, Goldstein sum and mean and
    quote count, for both directions together and each direction. Only the events of
    ``facets`` count (its event type, quad, mode, parties and sectors in a role, confidence;
    negated and hypothetical events as its ``include`` says), as in the pair's event list;
    its dates are not read (``date_from``, ``date_to`` are). Quotes are not events: the
    facets do not choose them.

    A reciprocal event (a meeting) counts in both directions; ``both`` counts each event
    once. Quotes a->b are statements (`PAIR_QUOTE_KINDS`) whose speaker's party is ``a`` and
    that mention ``b`` (a mention inside the quote span whose party is ``b``), dated by
    their article; ``both`` adds the two directions.
    """
    assert interval in INTERVALS  # the API validates; identifiers never come from requests
    span = _PairSpan.of(a, b, interval, date_from, date_to)
    periods: dict[dt.date, Row] = {}
    for row in _event_stats(cur, lookups, span, facets):
        _period(periods, row.pop("period"))[row.pop("direction")].update(row)
    for when, is_ab, n in _quote_counts(cur, lookups, span):
        _period(periods, when)["a_to_b" if is_ab else "b_to_a"]["quotes"] = n
        _period(periods, when)["both"]["quotes"] += n
    return {
        "a": a,
        "b": b,
        "interval": interval,
        "from": date_from,
        "to": date_to,
        "periods": [periods[k] for k in sorted(periods)],
    }


@dataclass(frozen=True, slots=True)
class _PairSpan:
    """What a timeline counts: the rows of a pair, as the lookups store it, between two
    dates, per ``interval``."""

    low: str
    high: str
    """The pair alphabetically: the lookups store each pair once, a_to_b meaning low -> high."""
    a_is_low: bool
    """Whether the pair asked for, a -> b, is low -> high."""
    interval: str
    bounds: str
    """The SQL conditions that keep rows inside the dates, with parameters `params`."""
    params: tuple[Any, ...]

    @classmethod
    def of(
        cls, a: str, b: str, interval: str, date_from: dt.date | None, date_to: dt.date | None
    ) -> _PairSpan:
        low, high = sorted((a, b))
        bounds, params = "", []
        for condition, value in ((" AND date >= ?", date_from), (" AND date <= ?", date_to)):
            if value is not None:
                bounds += condition
                params.append(value)
        return cls(low, high, a == low, interval, bounds, tuple(params))


def _period(periods: dict[dt.date, Row], when: dt.date) -> Row:
    """The timeline's counts for the period starting ``when``, made empty when new."""
    if when not in periods:
        periods[when] = {"period": when, "both": _stats(), "a_to_b": _stats(), "b_to_a": _stats()}
    return periods[when]


def _event_stats(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups, span: _PairSpan, facets: EventFilter
) -> list[Row]:
    """Per period and direction (``both``, ``a_to_b``, ``b_to_a``), the pair's events of
    ``facets`` by quad class and their Goldstein sum and mean."""
    ab, ba = ("a_to_b", "b_to_a") if span.a_is_low else ("b_to_a", "a_to_b")
    cur.register("pair_rows", lookups.rows("pair_events", span.low, span.high))
    clauses, params = facet_conditions(cur, lookups, facets, "r")
    flags = "".join(f" AND {c}" for c in clauses)
    cur.execute(
        f"""
        WITH pair AS (
            SELECT date_trunc(?, date)::DATE AS period, quad_code, goldstein,
                   {ab} AS ab, {ba} AS ba
            FROM (SELECT *, event_id AS id FROM pair_rows) r
            WHERE date IS NOT NULL{span.bounds}{flags}
        ),
        directed AS (
            SELECT *, 'both' AS direction FROM pair
            UNION ALL SELECT *, 'a_to_b' FROM pair WHERE ab
            UNION ALL SELECT *, 'b_to_a' FROM pair WHERE ba
        )
        SELECT period, direction, count(*) AS events,
               count(*) FILTER (WHERE quad_code = 1) AS quad1,
               count(*) FILTER (WHERE quad_code = 2) AS quad2,
               count(*) FILTER (WHERE quad_code = 3) AS quad3,
               count(*) FILTER (WHERE quad_code = 4) AS quad4,
               coalesce(sum(goldstein), 0) AS goldstein_sum, avg(goldstein) AS goldstein_mean
        FROM directed GROUP BY ALL
        """,
        [span.interval, *span.params, *params],
    )
    return rows_of(cur)


def _quote_counts(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups, span: _PairSpan
) -> list[tuple[dt.date, bool, int]]:
    """Per period, the pair's quotes by direction: (period, from a to b, count)."""
    cur.register("quote_rows", lookups.rows("pair_quotes", span.low, span.high))
    cur.execute(
        f"""
        SELECT date_trunc(?, date)::DATE AS period, a_to_b = ? AS ab, count(*) AS n
        FROM quote_rows WHERE true{span.bounds} GROUP BY ALL
        """,
        [span.interval, span.a_is_low, *span.params],
    )
    return cur.fetchall()
