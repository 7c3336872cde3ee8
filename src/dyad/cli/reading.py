"""Commands that read a database: ``dyad report``, ``dyad sql``, ``dyad quotes``, ``dyad
export`` and the dashboard, ``dyad serve``."""

from __future__ import annotations

import json
import sys

import click

from dyad.cli.common import DB_OPTION, console, dedup_option, fail
from dyad.errors import DyadError


@click.command()
@DB_OPTION
@click.option("--top", default=10, show_default=True, help="Rows in each ranking.")
@dedup_option(
    "What the pairs count: event clusters, every coded event, or one a day "
    "(Phoenix's filter); docs/clusters.md."
)
def report(db: str, top: int, dedup: str) -> None:
    """Summarize a database: articles, events by type, top country pairs, top speakers.

    \b
    Example:
      dyad report --db dyad.duckdb --dedup cluster
    """
    from dyad.display import report_view
    from dyad.query.report import build_report
    from dyad.store.database import connect

    try:
        con = connect(db, read_only=True)
        console().print(report_view(build_report(con, top, dedup), db))
        con.close()
    except DyadError as err:
        fail(err)


@click.command()
@click.argument("query")
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl"]),
    default="table",
    show_default=True,
)
def sql(query: str, db: str, fmt: str) -> None:
    """Run a read-only SQL query on the database: writes, files, URLs, extensions and
    settings are refused (E304).

    Tables: articles, mentions, quotes, events, event_parties, amounts, dates, locations,
    errors; view event_dyads (see docs/store.md).

    \b
    Example:
      dyad sql "SELECT event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
    """
    from dyad.query.report import run_sql
    from dyad.store.database import connect

    try:
        con = connect(db, read_only=True)
        try:
            columns, rows = run_sql(con, query)
        finally:
            con.close()
    except DyadError as err:
        fail(err)
    if fmt == "jsonl":
        for row in rows:
            click.echo(
                json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False)
            )
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from dyad.display import table_view

        console().print(table_view(columns, rows))


@click.command()
@click.option("--speaker", required=True, help="Part of the speaker's name, e.g. Putin.")
@DB_OPTION
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["direct", "indirect", "mixed", "stance"]),
    help="Kinds to list (repeatable; default: direct, indirect, mixed).",
)
@click.option("--limit", default=50, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
def quotes(speaker: str, db: str, kinds: tuple[str, ...], limit: int, fmt: str) -> None:
    """List what someone said, newest first, with date and source.

    \b
    Example:
      dyad quotes --speaker Putin --db dyad.duckdb
    """
    from dataclasses import asdict

    from dyad.query.quotes import STATEMENT_KINDS, quotes_by
    from dyad.store.database import connect

    try:
        con = connect(db, read_only=True)
        rows = quotes_by(con, speaker, kinds or STATEMENT_KINDS, limit)
        con.close()
    except DyadError as err:
        fail(err)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(asdict(r), ensure_ascii=False))
        return
    from dyad.display import table_view

    console().print(
        table_view(
            ["date", "source", "speaker", "as written", "kind", "quote"],
            [(r.date, r.source, r.speaker, r.as_written, r.kind, r.text) for r in rows],
        )
    )


@click.command()
@DB_OPTION
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind (the default serves this machine only).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    help="A host name that requests may name (repeatable; 127.0.0.1, localhost, ::1 and the "
    "--host address always may; * allows any). Others get 400: DNS rebinding.",
)
def serve(db: str, host: str, port: int, allowed_hosts: tuple[str, ...]) -> None:
    """Serve the dashboard and HTTP API of a database, read-only.

    Pages: / (overview), /dyad/RUS/CHN, /article/ID, /speaker/NAME, /network, /search?q=.
    JSON API under /api, documented at /docs. It reads a copy of the database, so `dyad
    ingest` can write the database meanwhile; new data show within seconds of each batch.

    \b
    Example:
      dyad serve --db dyad.duckdb            # http://127.0.0.1:8000/
      dyad serve --db dyad.duckdb --host 0.0.0.0 --port 8080 --allowed-host news.example
    """
    from dyad.serve.app import serve as run_server

    try:
        run_server(db, host=host, port=port, allowed_hosts=allowed_hosts)
    except DyadError as err:
        fail(err)


@click.command("export")
@click.option(
    "--db",
    default="dyad.duckdb",
    show_default=True,
    help="DuckDB database file, or a Parquet folder written by `dyad ingest --out`.",
)
@click.option(
    "--format",
    "fmt",
    required=True,
    help="plover-jsonl, polecat-tsv, gdelt-events, gdelt-mentions, icews, phoenix, "
    "quotes-citron or dyad-schema (see docs/export.md).",
)
@click.option("--out", default=None, help="Output file (default: standard output).")
@click.option("--from", "date_from", default=None, help="First event date kept (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last event date kept (YYYY-MM-DD).")
@click.option(
    "--pair",
    nargs=2,
    default=None,
    help="Keep events between two parties, either direction: ISO3 or actor codes (RUS CHN).",
)
@click.option(
    "--min-confidence",
    type=float,
    default=None,
    help="Keep every event at least this confident (default: those pair aggregates count).",
)
@click.option(
    "--include-flagged",
    is_flag=True,
    help="Keep negated and hypothetical events too (only plover-jsonl marks them).",
)
@dedup_option(
    "One record per event cluster, per event, or one a day (Phoenix's filter); "
    "gdelt-mentions lists every mention. docs/clusters.md."
)
def export(
    db: str,
    fmt: str,
    out: str | None,
    date_from: str | None,
    date_to: str | None,
    pair: tuple[str, str] | None,
    min_confidence: float | None,
    include_flagged: bool,
    dedup: str,
) -> None:
    """Export events (or quotes) in the formats of other event datasets, streaming.

    \b
    Example:
      dyad export --db dyad.duckdb --format gdelt-events --out events.tsv
      dyad export --db parquet/ --format plover-jsonl --from 2026-01-01 --pair RUS CHN
    """
    from dyad.exports.run import export as run_export

    try:
        n = run_export(
            db,
            fmt,
            out,
            date_from=date_from,
            date_to=date_to,
            pair=pair,
            min_confidence=min_confidence,
            flagged=include_flagged,
            dedup=dedup,
        )
    except DyadError as err:
        fail(err)
    if out:
        counts = "every mention" if fmt == "gdelt-mentions" else f"dedup {dedup}"
        click.echo(f"{n} records written to {out} ({counts})", err=True)
