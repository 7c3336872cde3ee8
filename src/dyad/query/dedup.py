"""What the pair aggregates and exports count as one event (``--dedup``).

- ``cluster`` (the default): an event cluster, the mentions of one real-world event across
  articles (`dyad.store.clusters`, docs/clusters.md): five papers reporting one meeting count
  once.
- ``none``: each coded event, one article's coding of it: the meeting counts five times.
- ``one-a-day``: Phoenix's one-a-day filter: one event per (date, source, target, event
  code), however many articles or events report it (openeventdata/phoenix_pipeline,
  ``filter_events``: "one unique (DATE, SOURCE, TARGET, EVENT) tuple per day"). Source and
  target are the pair's parties (country, or organization code) in their direction, the
  event code the CAMEO code (the PLOVER type when there is none).

A store made before event clusters (schema 9 or older, not yet opened to write) has no
``event_clusters``: each event is then its own cluster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

DEDUPS = ("cluster", "none", "one-a-day")
DEFAULT_DEDUP = "cluster"
COUNTS = {
    "cluster": "event clusters (one real-world event reported by several articles counts once)",
    "none": "coded events (each article's coding of an event counts)",
    "one-a-day": "events one a day (one per day, pair and CAMEO code: Phoenix's filter)",
}
"""What each dedup counts, as the output says it."""


def check(dedup: str) -> str:
    """``dedup`` when it is one of `DEDUPS`.

    Raises:
        ValueError: for any other value.
    """
    if dedup not in DEDUPS:
        raise ValueError(f"dedup {dedup!r} is not one of {', '.join(DEDUPS)}")
    return dedup


def has_clusters(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_clusters'"
    ).fetchone()
    return bool(row and row[0])


def unit(con: duckdb.DuckDBPyConnection, dedup: str, rows: str = "d") -> tuple[str, str]:
    """(SQL joins, SQL expression): what identifies the counted unit of an ``event_dyads``
    row aliased ``rows`` (its ``event_id``, ``date``, ``actor``, ``recipient``, ``event``)."""
    if check(dedup) == "none":
        return "", f"{rows}.event_id"
    if dedup == "cluster":
        if not has_clusters(con):
            return "", f"{rows}.event_id"
        return (
            f" LEFT JOIN event_clusters dedup_c ON dedup_c.event_id = {rows}.event_id",
            f"coalesce(dedup_c.cluster_id, {rows}.event_id)",
        )
    return (
        f" JOIN events dedup_e ON dedup_e.id = {rows}.event_id",
        f"concat_ws('|', {rows}.date, {rows}.actor, {rows}.recipient, {rows}.reciprocal, "
        f"coalesce(dedup_e.cameo, {rows}.event))",
    )
