"""The ``dyad`` command: thin commands over the API. The only module that prints.

Every command wraps one API call and shows an example in its ``--help``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from dyad import __version__
from dyad.errors import DyadError

DB_OPTION = click.option(
    "--db", default="dyad.duckdb", show_default=True, help="DuckDB database file."
)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from e


def pipeline_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option(
        "--max-bytes",
        type=int,
        default=None,
        help="Largest article, file or JSONL line accepted (default 20 MB).",
    )(f)
    f = click.option(
        "--verbs",
        default="dyad",
        show_default=True,
        help="Verb dictionary: 'dyad' or PETRARCH-format files joined by ';'.",
    )(f)
    f = click.option(
        "--kb",
        default="dyad",
        show_default=True,
        help="Actor knowledge base: 'dyad' or 'petrarch:DIR' (see docs/dictionaries.md).",
    )(f)
    f = click.option(
        "--model", default=None, help="Installed spaCy pipeline (default en_core_web_sm 3.8.0)."
    )(f)
    f = click.option(
        "--date",
        callback=_date,
        default=None,
        help="Article date for inputs without one (YYYY-MM-DD).",
    )(f)
    return f


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


class _Progress:
    """A progress line on stderr while ingesting: a live bar on a terminal, a plain log line
    every 30 seconds otherwise."""

    LOG_EVERY_SECONDS = 30.0

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None
        self._last_log = 0.0

    def __enter__(self) -> _Progress:
        if self.live:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=_console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("starting")
        return self

    def update(self, summary: Any) -> None:
        rate = summary.articles / max(summary.seconds, 1e-9)
        line = (
            f"{summary.articles} articles, {summary.events} events, "
            f"{summary.failures} failed, {rate:.1f} articles/s"
        )
        if self._bar is not None:
            self._bar.update(self._task, description=line)
        elif summary.seconds - self._last_log >= self.LOG_EVERY_SECONDS:
            self._last_log = summary.seconds
            click.echo(f"[{summary.seconds:.0f}s] {line}", err=True)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _fail(err: DyadError) -> None:
    click.echo(f"error: {err}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyad")
def main() -> None:
    """dyad turns news articles into international-relations data: events (PLOVER/CAMEO with
    Goldstein scores), quotes with resolved speakers, amounts, dates and places, each with the
    sentence and character offsets it came from.

    \b
    Quick start:
      dyad code article.txt                 # JSON lines on stdout
      dyad code --format pretty article.txt # read it as a person
      dyad ingest examples/                 # store into dyad.duckdb
      dyad report                           # what the database holds
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True
)
@pipeline_options
def code(
    paths: tuple[str, ...],
    fmt: str,
    date: dt.date | None,
    model: str | None,
    kb: str,
    verbs: str,
    max_bytes: int | None,
) -> None:
    """Code articles and print the records (one JSON object per article).

    PATHS are files, directories (read recursively) or - for stdin. Formats are detected:
    crawl text ("date YYYY-MM-DD URL" header), plain text, JSONL, JSON, HTML.

    \b
    Example:
      dyad code ../shared/seed/seed-article.txt
      echo '{"id": "a1", "date": "2026-02-04", "text": "Putin met Xi in Beijing."}' | dyad code -
    Exit status: 0 when every input was coded, 1 when any failed (their errors are printed).
    """
    from dyad.api import code_paths
    from dyad.records import InputFailure
    from dyad.serialize import coded_dict, failure_dict, to_json

    failed = 0
    try:
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        for item in code_paths(paths, date=date, model=model, kb=kb, verbs=verbs, **kwargs):
            if isinstance(item, InputFailure):
                failed += 1
                click.echo(item.message, err=True)
                if fmt == "jsonl":
                    click.echo(to_json(failure_dict(item)))
                continue
            if item.errors:
                failed += 1
                for err in item.errors:
                    click.echo(err.message, err=True)
            if fmt == "jsonl":
                click.echo(to_json(coded_dict(item)))
            else:
                from dyad.display import article_view

                _console().print(article_view(item))
    except DyadError as err:
        _fail(err)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@pipeline_options
def ingest(
    paths: tuple[str, ...],
    db: str,
    date: dt.date | None,
    model: str | None,
    kb: str,
    verbs: str,
    max_bytes: int | None,
) -> None:
    """Code articles and store them in a DuckDB database.

    Re-ingesting an article replaces what was stored for it; each batch is one transaction.
    Failed inputs are recorded in the errors table and the run goes on.

    \b
    Example:
      dyad ingest examples/ --db dyad.duckdb
    Exit status: 0 when every input was stored, 1 when any failed.
    """
    from dyad.api import ingest as run_ingest

    try:
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        with _Progress() as progress:
            summary = run_ingest(
                paths,
                db,
                date=date,
                model=model,
                kb=kb,
                verbs=verbs,
                progress=progress.update,
                **kwargs,
            )
    except DyadError as err:
        _fail(err)
    for line in summary.failed:
        click.echo(line, err=True)
    click.echo(
        f"{summary.articles} articles stored in {db} "
        f"({summary.events} events, {summary.quotes} quotes); "
        f"{summary.failures} inputs failed, {summary.stage_errors} articles with stage errors; "
        f"{summary.seconds:.1f} s ({summary.articles / max(summary.seconds, 1e-9):.1f} articles/s)",
        err=True,
    )
    sys.exit(0 if summary.ok else 1)


@main.command()
@DB_OPTION
@click.option("--top", default=10, show_default=True, help="Rows in each ranking.")
def report(db: str, top: int) -> None:
    """Summarize a database: articles, events by type, top country pairs, top speakers.

    \b
    Example:
      dyad report --db dyad.duckdb
    """
    from dyad.display import report_view
    from dyad.query.report import build_report
    from dyad.store.database import connect

    try:
        con = connect(db, read_only=True)
        _console().print(report_view(build_report(con, top), db))
        con.close()
    except DyadError as err:
        _fail(err)


@main.command()
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
    """Run a read-only SQL query on the database.

    Tables: articles, mentions, quotes, events, event_parties, amounts, dates, locations,
    errors; view event_dyads (see docs/store.md).

    \b
    Example:
      dyad sql "SELECT event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
    """
    import duckdb

    from dyad.errors import StoreError
    from dyad.query.report import run_sql
    from dyad.store.database import connect

    try:
        con = connect(db, read_only=True)
        try:
            columns, rows = run_sql(con, query)
        except duckdb.Error as e:
            raise StoreError("E303", reason=str(e).splitlines()[0]) from e
        finally:
            con.close()
    except DyadError as err:
        _fail(err)
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

        _console().print(table_view(columns, rows))


if __name__ == "__main__":  # pragma: no cover
    main()
