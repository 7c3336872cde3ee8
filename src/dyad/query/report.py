"""The summary `dyad report` and `make demo` print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyad.errors import StoreError
from dyad.query.dedup import DEFAULT_DEDUP, unit

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
    dedup: str = DEFAULT_DEDUP
    """What ``top_pairs`` counts (`dyad.query.dedup`)."""


def build_report(
    con: duckdb.DuckDBPyConnection, top: int = 10, dedup: str = DEFAULT_DEDUP
) -> Report:
    """Totals, events by PLOVER type, the most active country pairs (either direction) with
    mean Goldstein, and the speakers quoted most. The pairs count what ``dedup`` says
    (`dyad.query.dedup`: event clusters by default); a unit's Goldstein score is the mean of
    its events'."""
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
    joins, counted = unit(con, dedup)
    pairs = con.execute(
        f"""
        WITH units AS (
            SELECT least(d.actor, d.recipient) a, greatest(d.actor, d.recipient) b,
                   {counted} u, avg(d.goldstein) g, min(d.quad_code) q
            FROM event_dyads d{joins} GROUP BY 1, 2, 3
        )
        SELECT a, b, count(*) n, avg(g) g,
               count(*) FILTER (WHERE q IN (1, 2)) coop, count(*) FILTER (WHERE q IN (3, 4)) conf
        FROM units GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
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
        dedup=dedup,
    )


# What `run_sql` turns off before a user's query runs, with DuckDB's own settings rather than
# a reading of the query (which a new statement or function would get past): no file or URL
# access at all (COPY ... TO, EXPORT DATABASE, ATTACH, INSTALL and LOAD of extensions,
# read_csv/read_parquet/read_json/read_text/read_blob, glob, a quoted path after FROM), no
# extension loaded behind the query's back, and, last, the configuration locked so that the
# query cannot SET any of it back. The database file itself stays readable: it is open.
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
    "SET lock_configuration = true",
)
# The messages of DuckDB errors that are a refusal, not a failure: file access, a write to a
# database opened read-only, a change to the locked configuration.
REFUSALS = ("Permission Error", "read-only mode", "configuration has been locked")


def lock_down(con: duckdb.DuckDBPyConnection) -> None:
    """Make ``con`` read-only in fact for whatever SQL comes next: no file, URL or extension
    access, no configuration change (`LOCKDOWN`). Irreversible for this connection."""
    for statement in LOCKDOWN:
        con.execute(statement)


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run a user's query on a read-only connection, locked down first (`lock_down`);
    returns (column names, rows). Temporary tables and macros live in the connection's memory
    and go with it; nothing else is written.

    Raises:
        StoreError: E304 when the query writes, touches a file, URL or extension, or changes
            a setting; E303 when DuckDB fails it otherwise (a syntax error, a missing table).
    """
    import duckdb  # at run time for its error type only: the query is the user's, and may fail

    lock_down(con)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()
    except duckdb.Error as e:
        reason = str(e).splitlines()[0]
        code = "E304" if any(r in reason for r in REFUSALS) else "E303"
        raise StoreError(code, reason=reason) from e
