"""The summary `dyad report` and `make demo` print."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class Report:
    articles: int = 0
    events: int = 0
    quotes: int = 0
    errors: int = 0
    first_date: str | None = None
    last_date: str | None = None
    events_by_type: list[tuple[str, int]] = field(default_factory=list)
    top_pairs: list[PairRow] = field(default_factory=list)
    top_speakers: list[tuple[str, int]] = field(default_factory=list)


def build_report(con: duckdb.DuckDBPyConnection, top: int = 10) -> Report:
    """Totals, events by PLOVER type, the most active country pairs (either direction) with
    mean Goldstein, and the speakers quoted most."""

    def one(sql: str) -> tuple[Any, ...]:
        row = con.execute(sql).fetchone()
        assert row is not None  # aggregate queries always return a row
        return row

    report = Report()
    report.articles = one("SELECT count(*) FROM articles")[0]
    report.events = one("SELECT count(*) FROM events")[0]
    report.quotes = one("SELECT count(*) FROM quotes")[0]
    report.errors = one("SELECT count(*) FROM errors")[0]
    first, last = one("SELECT min(date)::VARCHAR, max(date)::VARCHAR FROM articles")
    report.first_date, report.last_date = first, last
    report.events_by_type = [
        (r[0], r[1])
        for r in con.execute(
            "SELECT event, count(*) n FROM events GROUP BY event ORDER BY n DESC, event"
        ).fetchall()
    ]
    rows = con.execute(
        """
        SELECT least(actor, recipient) a, greatest(actor, recipient) b, count(DISTINCT event_id) n,
               avg(goldstein) g,
               count(DISTINCT event_id) FILTER (WHERE quad_code IN (1, 2)) coop,
               count(DISTINCT event_id) FILTER (WHERE quad_code IN (3, 4)) conf
        FROM event_dyads GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """,
        [top],
    ).fetchall()
    report.top_pairs = [PairRow(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
    report.top_speakers = [
        (r[0], r[1])
        for r in con.execute(
            """
            SELECT speaker_name, count(*) n FROM quotes WHERE speaker_name IS NOT NULL
            GROUP BY speaker_name ORDER BY n DESC, speaker_name LIMIT ?
            """,
            [top],
        ).fetchall()
    ]
    return report


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
