"""Commands that code articles: ``dyad code`` prints the records, ``dyad ingest`` stores
them, ``dyad attach`` imports stored Parquet into a database."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from dyad.cli.common import DB_OPTION, PipelineOptions, console, fail, pipeline_options
from dyad.errors import DyadError, is_warning

if TYPE_CHECKING:
    from dyad.records import CodedArticle, InputFailure
    from dyad.runners.summary import IngestSummary


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True
)
@pipeline_options
def code(paths: tuple[str, ...], fmt: str, pipeline: PipelineOptions) -> None:
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

    # one process unless --workers asks for more
    workers = pipeline.workers or 1
    items = code_paths(
        paths, pipeline.spec(), date=pipeline.date, max_bytes=pipeline.max_bytes, workers=workers
    )
    failed = 0
    try:
        for item in items:
            failed += _print_records(item, fmt)
    except DyadError as err:
        fail(err)
    sys.exit(1 if failed else 0)


def _print_records(item: CodedArticle | InputFailure, fmt: str) -> bool:
    """Print an article's records, or its input's failure, and its errors on stderr;
    whether anything failed."""
    from dyad.records import InputFailure
    from dyad.serialize import coded_dict, failure_dict, to_json

    if isinstance(item, InputFailure):
        click.echo(item.message, err=True)
        if fmt == "jsonl":
            click.echo(to_json(failure_dict(item)))
        return True
    for err in item.errors:
        click.echo(err.message, err=True)
    if fmt == "jsonl":
        click.echo(to_json(coded_dict(item)))
    else:
        from dyad.display import article_view

        console().print(article_view(item))
    return any(not is_warning(err.code) for err in item.errors)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--out", default=None, help="Write partitioned Parquet to this folder instead of --db."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["duckdb", "parquet"]),
    default=None,
    help="Store format (default: duckdb, or parquet with --out).",
)
@click.option(
    "--dask",
    default=None,
    metavar="ADDRESS",
    help="Code on a Dask cluster (tcp://HOST:PORT, or 'local' for a LocalCluster); needs --out.",
)
@click.option(
    "--keep-copies",
    is_flag=True,
    help="Store copies of a stored article (one story under several URLs) as articles of "
    "their own; by default a copy is stored as a source of the article it copies.",
)
@pipeline_options
def ingest(
    paths: tuple[str, ...],
    db: str,
    out: str | None,
    fmt: str | None,
    dask: str | None,
    keep_copies: bool,
    pipeline: PipelineOptions,
) -> None:
    """Code articles and store them in a DuckDB database, or as Parquet.

    Re-ingesting an article replaces what was stored for it; each batch is one transaction.
    Failed inputs are recorded in the errors table and the run goes on. Inputs may be gzip-
    or zstd-compressed and WARC archives (.warc.gz). With --out DIR (--format parquet) the
    records are written as Parquet partitioned by date (see docs/store.md); `dyad attach`
    imports such a folder into a database. A copy of a stored article (the same story,
    or nearly, under another URL) is stored as a source of that article, its records not
    counted again (docs/store.md, "Copies of one story").

    \b
    Examples:
      dyad ingest examples/ --db dyad.duckdb
      dyad ingest crawl/*.warc.gz --out parquet/ --workers 2
      dyad ingest bbc/ --out parquet/ --dask local
    Exit status: 0 when every input was stored, 1 when any failed.
    """
    from dyad.api import ingest as run_ingest

    if (fmt == "parquet" or dask) and not out:
        raise click.UsageError("Parquet output (--format parquet, --dask) needs --out DIR")
    if fmt == "duckdb" and out:
        raise click.UsageError("--out writes Parquet; leave --format out or use --format parquet")
    try:
        with _Progress() as progress:
            summary = run_ingest(
                paths,
                db,
                out=out,
                dask=dask,
                progress=progress.update,
                copies=not keep_copies,
                **pipeline.api_arguments(),
            )
    except DyadError as err:
        fail(err)
    for line in summary.failed:
        click.echo(line, err=True)
    click.echo(
        f"{summary.articles} articles stored in {out or db} "
        f"({summary.events} events, {summary.quotes} quotes); "
        + (f"{len(summary.copies)} copies added as sources; " if summary.copies else "")
        + f"{summary.failures} inputs failed, {summary.stage_errors} articles with stage errors, "
        f"{summary.warnings} with warnings; "
        f"{summary.seconds:.1f} s ({summary.articles / max(summary.seconds, 1e-9):.1f} articles/s)",
        err=True,
    )
    sys.exit(0 if summary.ok else 1)


class _Progress:
    """Progress on stderr while ingesting: a live bar with rate and ETA on a terminal, a
    plain log line every 30 seconds otherwise."""

    LOG_EVERY_SECONDS = 30.0

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None
        self._last_log = 0.0

    def __enter__(self) -> _Progress:
        if self.live:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                BarColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("starting", total=None)
        return self

    def update(self, summary: IngestSummary) -> None:
        line = _progress_line(summary)
        if self._bar is not None:
            self._bar.update(
                self._task,
                description=line,
                total=summary.bytes_total,
                completed=summary.bytes_read,
            )
        elif summary.seconds - self._last_log >= self.LOG_EVERY_SECONDS:
            self._last_log = summary.seconds
            click.echo(f"[{summary.seconds:.0f}s] {line}", err=True)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _progress_line(summary: IngestSummary) -> str:
    rate = summary.articles / max(summary.seconds, 1e-9)
    line = (
        f"{summary.articles} articles, {summary.events} events, {summary.quotes} quotes, "
        f"{summary.failures} failed, {rate:.1f} articles/s"
    )
    if summary.bytes_total:
        line += f", {100 * min(1.0, summary.bytes_read / summary.bytes_total):.0f}% read"
    eta = summary.eta_seconds
    if eta is not None:
        minutes, seconds = divmod(round(eta), 60)
        line += f", ETA {minutes}m{seconds:02d}s"
    return line


@click.command()
@click.argument("folder")
@DB_OPTION
def attach(folder: str, db: str) -> None:
    """Import a Parquet folder written by `dyad ingest --out` into a database.

    Articles already in the database are replaced, so attaching twice changes nothing.

    \b
    Example:
      dyad attach parquet/ --db dyad.duckdb
    """
    from dyad.api import attach as run_attach

    try:
        counts = run_attach(folder, db)
    except DyadError as err:
        fail(err)
    click.echo(
        f"attached {folder} to {db}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n),
        err=True,
    )
