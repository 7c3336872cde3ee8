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
from dyad.ingest.sources import DEFAULT_MAX_BYTES

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


SENTENCES_OPTION = click.option(
    "--sentences",
    type=click.Choice(["all", "actors"]),
    default="all",
    show_default=True,
    help="Sentences spaCy parses: all, or only those naming a known actor or holding a "
    "quotation mark (about 1.6x faster on news; fewer quotes and amounts, see docs/scale.md).",
)


def pipeline_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = SENTENCES_OPTION(f)
    f = click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes that code (default: all cores for ingest, 1 for code).",
    )(f)
    f = click.option(
        "--petrarch",
        is_flag=True,
        help="Code as PETRARCH does: keep every dictionary code (event null when it has no "
        "PLOVER type) and only events with both a source and a target.",
    )(f)
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
        help="Actor knowledge base: 'dyad', 'petrarch:DIR' or both joined by '+' "
        "(see docs/cli.md).",
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


def _console(stderr: bool = False, wide: bool = False) -> Any:
    """A rich console; ``wide`` output (eval tables) gets 140 columns when not on a terminal."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() or not wide else 140
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


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
                console=_console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("starting", total=None)
        return self

    def update(self, summary: Any) -> None:
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


def _progress_line(summary: Any) -> str:
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
    petrarch: bool,
    workers: int | None,
    sentences: str,
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
        for item in code_paths(
            paths,
            date=date,
            model=model,
            kb=kb,
            verbs=verbs,
            petrarch=petrarch,
            workers=workers or 1,
            max_bytes=max_bytes or DEFAULT_MAX_BYTES,
            sentences=sentences,
        ):
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
@pipeline_options
def ingest(
    paths: tuple[str, ...],
    db: str,
    out: str | None,
    fmt: str | None,
    dask: str | None,
    date: dt.date | None,
    model: str | None,
    kb: str,
    verbs: str,
    max_bytes: int | None,
    petrarch: bool,
    workers: int | None,
    sentences: str,
) -> None:
    """Code articles and store them in a DuckDB database, or as Parquet.

    Re-ingesting an article replaces what was stored for it; each batch is one transaction.
    Failed inputs are recorded in the errors table and the run goes on. Inputs may be gzip-
    or zstd-compressed and WARC archives (.warc.gz). With --out DIR (--format parquet) the
    records are written as Parquet partitioned by date (see docs/store.md); `dyad attach`
    imports such a folder into a database.

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
                date=date,
                model=model,
                kb=kb,
                verbs=verbs,
                petrarch=petrarch,
                workers=workers,
                progress=progress.update,
                max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                sentences=sentences,
            )
    except DyadError as err:
        _fail(err)
    for line in summary.failed:
        click.echo(line, err=True)
    click.echo(
        f"{summary.articles} articles stored in {out or db} "
        f"({summary.events} events, {summary.quotes} quotes); "
        f"{summary.failures} inputs failed, {summary.stage_errors} articles with stage errors; "
        f"{summary.seconds:.1f} s ({summary.articles / max(summary.seconds, 1e-9):.1f} articles/s)",
        err=True,
    )
    sys.exit(0 if summary.ok else 1)


@main.command()
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
        _fail(err)
    click.echo(
        f"attached {folder} to {db}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n),
        err=True,
    )


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


@main.command()
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
        _fail(err)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(asdict(r), ensure_ascii=False))
        return
    from dyad.display import table_view

    _console().print(
        table_view(
            ["date", "source", "speaker", "as written", "kind", "quote"],
            [(r.date, r.source, r.speaker, r.as_written, r.kind, r.text) for r in rows],
        )
    )


@main.command()
@DB_OPTION
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind (the default serves this machine only).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Serve the dashboard and HTTP API of a database, read-only.

    Pages: / (overview), /dyad/RUS/CHN, /article/ID, /speaker/NAME, /network, /search?q=.
    JSON API under /api, documented at /docs. While it runs the database cannot be written
    (DuckDB's lock): stop it to ingest.

    \b
    Example:
      dyad serve --db dyad.duckdb            # http://127.0.0.1:8000/
      dyad serve --db dyad.duckdb --host 0.0.0.0 --port 8080
    """
    from dyad.serve.app import serve as run_server

    try:
        run_server(db, host=host, port=port)
    except DyadError as err:
        _fail(err)


@main.command()
@click.argument("text")
@click.option("--date", callback=_date, default=None, help="Article date the text is read against.")
@click.option("--model", default=None, help="Installed spaCy pipeline (default en_core_web_sm).")
@click.option("--kb", default="dyad", show_default=True, help="Actor knowledge base.")
@click.option("--verbs", default="dyad", show_default=True, help="Verb dictionary.")
@click.option("--petrarch", is_flag=True, help="Code as PETRARCH does (see dyad code).")
@click.option(
    "--format", "fmt", type=click.Choice(["pretty", "json"]), default="pretty", show_default=True
)
def explain(
    text: str,
    date: dt.date | None,
    model: str | None,
    kb: str,
    verbs: str,
    petrarch: bool,
    fmt: str,
) -> None:
    """Show how dyad codes TEXT: the parse, the actors found, and for each verb and event
    noun the rule that fired and why an event was or was not emitted.

    TEXT is a sentence or more; - reads it from stdin.

    \b
    Example:
      dyad explain "Putin thanked Xi for the visa-free regime." --date 2026-02-04
      dyad explain "Russia did not attack Ukraine." --format json
    """
    from dataclasses import asdict

    from dyad.events.explain import explain as explain_text
    from dyad.pipeline import build_pipeline
    from dyad.serialize import event_dict, mention_dict, to_json

    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise click.BadParameter("the text is empty", param_hint="TEXT")
    try:
        nlp = build_pipeline(model, kb=kb, verbs=verbs, petrarch=petrarch)
    except DyadError as err:
        _fail(err)
    ex = explain_text(text, date, nlp)
    if fmt == "json":
        click.echo(
            to_json(
                {
                    "text": ex.text,
                    "date": ex.date.isoformat() if ex.date else None,
                    "tokens": [asdict(t) for t in ex.tokens],
                    "mentions": [mention_dict(m) for m in ex.mentions],
                    "decisions": [asdict(d) for d in ex.decisions],
                    "events": [event_dict(e) for e in ex.events],
                }
            )
        )
        return
    from dyad.display import explain_view

    _console().print(explain_view(ex))


@main.command("eval")
@click.argument("suites", nargs=-1)
@click.option(
    "--data", default=None, help="Gold data folder (default: ../shared/data when it exists)."
)
@click.option(
    "--json",
    "json_path",
    default=None,
    help="Also write metrics and error cases to this JSON file.",
)
@click.option(
    "--show-errors",
    type=int,
    default=0,
    show_default=True,
    help="Show the worst N cases per suite.",
)
@click.option(
    "--update-baseline", is_flag=True, help="Raise the floors in the baseline to these results."
)
@click.option(
    "--allow-regression", is_flag=True, help="With --update-baseline: allow lowering a floor."
)
@click.option(
    "--baseline",
    "baseline_path",
    default="eval/baseline.json",
    show_default=True,
    help="Floors file to check (and, with --update-baseline, update).",
)
@click.option(
    "--model", default=None, help="Installed spaCy pipeline (default en_core_web_sm 3.8.0)."
)
@SENTENCES_OPTION
def eval_command(
    suites: tuple[str, ...],
    data: str | None,
    json_path: str | None,
    show_errors: int,
    update_baseline: bool,
    allow_regression: bool,
    baseline_path: str,
    model: str | None,
    sentences: str,
) -> None:
    """Score dyad against gold data, suite by suite, and check the accuracy floors.

    SUITES: plover-gsr petrarch2-unittest petr2-gsr conflibert polnear actors seed (default:
    all). The pipeline is the one `dyad code` runs. Floors and gold hashes are pinned in
    eval/baseline.json; the command fails (exit 1) when a metric drops below its floor or a
    suite's gold data changed.

    \b
    Example:
      dyad eval plover-gsr seed --show-errors 10
      dyad eval --update-baseline        # raise floors after an improvement
    """
    import subprocess
    from dataclasses import asdict
    from pathlib import Path

    from dyad.display import eval_view
    from dyad.errors import EvalError
    from dyad.eval import baseline as gate
    from dyad.eval.runner import default_data_dir, run_suites

    try:
        folder = Path(data) if data else default_data_dir()
        if folder is None or not folder.is_dir():
            raise EvalError("E401", origin=data or "../shared/data")
        if update_baseline and sentences != "all":
            raise click.UsageError("floors are pinned for --sentences all")
        run = run_suites(list(suites), folder, model, sentences)
        pinned = gate.load(Path(baseline_path))
        if update_baseline:
            commit = subprocess.run(
                ["git", "describe", "--always", "--dirty"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            pinned = gate.update(
                pinned, run.results, run.shas, commit or "unknown", allow_regression
            )
            gate.save(pinned, Path(baseline_path))
    except DyadError as err:
        _fail(err)
    verdicts = {r.suite: gate.verdicts(r, pinned) for r in run.results}
    changed = {r.suite: gate.gold_changed(r.suite, run.shas[r.suite], pinned) for r in run.results}
    _console(wide=True).print(eval_view(run.results, verdicts, changed, show_errors))
    if json_path:
        payload = {
            r.suite: {
                "size": r.size,
                "seconds": round(run.seconds[r.suite], 1),
                "gold_sha256": run.shas[r.suite],
                "metrics": r.metrics,
                "tables": r.tables,
                "notes": r.notes,
                "cases": [asdict(c) for c in r.cases],
            }
            for r in run.results
        }
        Path(json_path).write_text(
            json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8"
        )
    failing = [f"{v.suite}.{v.metric}" for vs in verdicts.values() for v in vs if not v.ok]
    failing += [f"{s} (gold data changed)" for s, c in changed.items() if c]
    if failing:
        click.echo(f"accuracy gate failed: {', '.join(failing)}", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
