"""The summary `dyad report` and `make demo` print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyad.errors import StoreError

if TYPE_CHECKING:  # connections come from dyad.store; duckdb is imported at run time by run_sql
    import duckdb


@dataclass(frozen=True, slots=True)
class PairRow:
    a: str
    b: str
    events: int
    mean_goldstein: float | None
    cooperation: int
    conflict: int


@dataclass(frozen=True, slots=True)
class Report:
    articles: int
    events: int
    quotes: int
    errors: int
    first_date: str | None
    last_date: str | None
    events_by_type: list[tuple[str, int]]
    top_pairs: list[PairRow]
    top_speakers: list[tuple[str, int]]


def build_report(con: duckdb.DuckDBPyConnection, top: int = 10) -> Report:
    """Totals, events by PLOVER type, the most active country pairs (either direction) with
    mean Goldstein, and the speakers quoted most."""
    totals = con.execute(
        """
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
               (SELECT count(*) FROM quotes), (SELECT count(*) FROM errors),
               (SELECT min(date)::VARCHAR FROM articles), (SELECT max(date)::VARCHAR FROM articles)
        """
    ).fetchone()
    assert totals is not None  # an aggregate query always returns a row
    by_type = con.execute(
        "SELECT event, count(*) n FROM events GROUP BY event ORDER BY n DESC, event"
    ).fetchall()
    pairs = con.execute(
        """
        SELECT least(actor, recipient) a, greatest(actor, recipient) b, count(DISTINCT event_id) n,
               avg(goldstein) g,
               count(DISTINCT event_id) FILTER (WHERE quad_code IN (1, 2)) coop,
               count(DISTINCT event_id) FILTER (WHERE quad_code IN (3, 4)) conf
        FROM event_dyads GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """,
        [top],
    ).fetchall()
    speakers = con.execute(
        """
        SELECT speaker_name, count(*) n FROM quotes WHERE speaker_name IS NOT NULL
        GROUP BY speaker_name ORDER BY n DESC, speaker_name LIMIT ?
        """,
        [top],
    ).fetchall()
    articles, events, quotes, errors, first_date, last_date = totals
    return Report(
        articles,
        events,
        quotes,
        errors,
        first_date,
        last_date,
        events_by_type=[(name, n) for name, n in by_type],
        top_pairs=[PairRow(*row) for row in pairs],
        top_speakers=[(name, n) for name, n in speakers],
    )


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run a user's query on a read-only connection; returns (column names, rows).

    Raises:
        StoreError: E303 when DuckDB refuses or fails the query (a write, a syntax error).
    """
    import duckdb  # at run time for its error type only: the query is the user's, and may fail

    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as e:
        raise StoreError("E303", reason=str(e).splitlines()[0]) from e
