"""The read queries of a country's page (``/country/TUR``): its trend and its top speakers.
Its partners are `dyad.query.web.dyads` of the country, its events `dyad.query.web.events`
with ``EventFilter(country=...)``.

A country's events are those with the country (or, for an organization, its code) as a
party in either role, read from the ``party_events`` lookup.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dyad.query.filters import NO_FACETS, EventFilter
from dyad.query.web import INTERVALS, Lookups, Row, facet_conditions, party_rows, rows_of

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

TOP_SPEAKERS = 15


def country_series(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    party: str,
    interval: str = "month",
    facets: EventFilter = NO_FACETS,
    span: tuple[dt.date | None, dt.date | None] = (None, None),
) -> list[Row]:
    """The events of ``party`` that aggregates count (``counted``) and ``facets`` chooses
    (as the country's event list: event type, quad, mode, parties and sectors in a role,
    confidence; negated and hypothetical ones as its ``include`` says; its dates are not
    read) per period between the dates of ``span``: counts per quad class and mean
    Goldstein, as `dyad.query.web.quad_series` gives them for all events."""
    assert interval in INTERVALS
    sides = party_rows(cur, lookups, party)
    clauses, params = facet_conditions(cur, lookups, facets, "e")
    flags = "".join(f" AND {c}" for c in clauses)
    params = [interval, *params]
    for condition, value in ((" AND e.date >= ?", span[0]), (" AND e.date <= ?", span[1])):
        if value is not None:
            flags += condition
            params.append(value)
    cur.execute(
        f"""
        SELECT date_trunc(?, e.date)::DATE AS period,
               count(*) FILTER (WHERE e.quad_code = 1) AS quad1,
               count(*) FILTER (WHERE e.quad_code = 2) AS quad2,
               count(*) FILTER (WHERE e.quad_code = 3) AS quad3,
               count(*) FILTER (WHERE e.quad_code = 4) AS quad4,
               avg(e.goldstein) AS goldstein_mean
        FROM events e
        WHERE e.id IN (SELECT event_id FROM {sides}) AND e.date IS NOT NULL AND e.counted{flags}
        GROUP BY 1 ORDER BY 1
        """,
        params,
    )
    return rows_of(cur)


def top_speakers(
    cur: duckdb.DuckDBPyConnection, party: str, limit: int = TOP_SPEAKERS, offset: int = 0
) -> Row:
    """A page of the speakers of ``party``, most quotes first: ``{"total", "limit",
    "offset", "items"}``, each item its ``speaker_name``, ``quotes``, and the date of its
    latest article."""
    cur.execute(
        """
        WITH s AS (
            SELECT q.speaker_name, count(*) AS quotes, max(a.date) AS last_date
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE coalesce(q.speaker_country, q.speaker_code) = ? AND q.speaker_name IS NOT NULL
            GROUP BY q.speaker_name
        )
        SELECT *, count(*) OVER () AS total FROM s
        ORDER BY quotes DESC, speaker_name LIMIT ? OFFSET ?
        """,
        [party, limit, offset],
    )
    items = rows_of(cur)
    if items:
        total = items[0]["total"]
    else:  # a page past the last speaker: count them apart
        (total,) = cur.execute(
            "SELECT count(DISTINCT speaker_name) FROM quotes "
            "WHERE coalesce(speaker_country, speaker_code) = ? AND speaker_name IS NOT NULL",
            [party],
        ).fetchall()[0]
    for item in items:
        del item["total"]
    return {"total": total, "limit": limit, "offset": offset, "items": items}
