"""The read queries of the map: where events happened (``events.event_loc``) and which places
the articles mention (``locations``), each place once with its count.

Events are chosen as for the event lists (`dyad.query.filters.EventFilter`: dates, types,
quad, confidence, negated and hypothetical ones left out unless included), and by pair or
country from the lookups. Place mentions are those of the articles holding such events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dyad.query.filters import EventFilter, conditions, where
from dyad.query.web import Lookups, Row, party_rows, rows_of

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

MAX_PLACES = 2000
"""Markers on one map: the busiest places first."""


def _chosen(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups, f: EventFilter
) -> tuple[list[str], list[Any]]:
    """WHERE clauses on ``events e`` for ``f``, its pair, country, actor and recipient read
    from the lookups."""
    clauses, params = conditions(f, "e")
    if f.pair:
        cur.register("pair_rows", lookups.rows("pair_events", *sorted(f.pair)))
        clauses.append("e.id IN (SELECT event_id FROM pair_rows)")
    if f.country:
        clauses.append(f"e.id IN (SELECT event_id FROM {party_rows(cur, lookups, f.country)})")
    for role, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            cur.register(f"{role}_rows", lookups.rows("party_events", value, role))
            clauses.append(f"e.id IN (SELECT event_id FROM {role}_rows)")
    return clauses, params


def event_places(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups, f: EventFilter, limit: int = MAX_PLACES
) -> list[Row]:
    """The places where the events of ``f`` happened: ``geonameid, name, country, lat, lon,
    events, mean_goldstein``, most events first."""
    clauses, params = _chosen(cur, lookups, f)
    clauses += ["e.event_loc.lat IS NOT NULL", "e.event_loc.lon IS NOT NULL"]
    cur.execute(
        f"""
        SELECT e.event_loc.geonameid AS geonameid, any_value(e.event_loc.name) AS name,
               any_value(e.event_loc.country) AS country, any_value(e.event_loc.lat) AS lat,
               any_value(e.event_loc.lon) AS lon, count(*) AS events,
               avg(e.goldstein) AS mean_goldstein
        FROM events e{where(clauses)}
        GROUP BY e.event_loc.geonameid, round(e.event_loc.lat, 2), round(e.event_loc.lon, 2)
        ORDER BY events DESC, name LIMIT ?
        """,
        [*params, limit],
    )
    return rows_of(cur)


def mentioned_places(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups, f: EventFilter, limit: int = MAX_PLACES
) -> list[Row]:
    """The places mentioned in the articles that hold the events of ``f``: ``geonameid,
    name, country, lat, lon, mentions, articles``, most mentioned first."""
    clauses, params = _chosen(cur, lookups, f)
    cur.execute(
        f"""
        SELECT l.geonameid, any_value(l.name) AS name, any_value(l.country) AS country,
               any_value(l.lat) AS lat, any_value(l.lon) AS lon, count(*) AS mentions,
               count(DISTINCT l.article_id) AS articles
        FROM locations l
        WHERE l.lat IS NOT NULL AND l.lon IS NOT NULL
          AND l.article_id IN (SELECT e.article_id FROM events e{where(clauses)})
        GROUP BY l.geonameid, round(l.lat, 2), round(l.lon, 2)
        ORDER BY mentions DESC, name LIMIT ?
        """,
        [*params, limit],
    )
    return rows_of(cur)
