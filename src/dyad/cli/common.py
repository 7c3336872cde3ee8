"""What the commands share: options, the console, and how an error ends a command."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, NoReturn

import click

from dyad.errors import DyadError
from dyad.ingest.sources import DEFAULT_MAX_BYTES
from dyad.query.dedup import DEDUPS, DEFAULT_DEDUP

if TYPE_CHECKING:
    from dyad.runners.local import PipelineSpec

DB_OPTION = click.option(
    "--db", default="dyad.duckdb", show_default=True, help="DuckDB database file."
)


def dedup_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--dedup``: what a command counts as one event (`dyad.query.dedup`)."""
    return click.option(
        "--dedup",
        type=click.Choice(DEDUPS),
        default=DEFAULT_DEDUP,
        show_default=True,
        help=help,
    )


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
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


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """The options of the commands that code articles (`pipeline_options`), named as the
    keyword arguments of `dyad.api.ingest`."""

    date: dt.date | None
    model: str | None
    kb: str
    verbs: str
    petrarch: bool
    max_bytes: int
    workers: int | None
    sentences: str

    def api_arguments(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def spec(self) -> PipelineSpec:
        """The pipeline the options choose, for `dyad.api.code_paths`."""
        from dyad.runners.local import PipelineSpec  # imports spaCy: only when a command codes

        return PipelineSpec(self.model, self.kb, self.verbs, self.petrarch, self.sentences)


KB_OPTION = click.option(
    "--kb",
    default="dyad",
    show_default=True,
    help="Actor knowledge base: 'dyad', 'petrarch:DIR' and user KBs 'csv:FILE' after them, "
    "joined by '+' (dyad+csv:mine.csv; docs/cli.md).",
)
"""``--kb``, for every command that reads the actor knowledge base."""

# The options of the commands that code articles, in the order --help lists them.
_PIPELINE_OPTIONS = (
    click.option(
        "--date",
        callback=parse_date,
        default=None,
        help="Article date for inputs without one (YYYY-MM-DD).",
    ),
    click.option(
        "--model", default=None, help="Installed spaCy pipeline (default en_core_web_sm 3.8.0)."
    ),
    KB_OPTION,
    click.option(
        "--verbs",
        default="dyad",
        show_default=True,
        help="Verb dictionary: 'dyad' or PETRARCH-format files joined by ';'.",
    ),
    click.option(
        "--max-bytes",
        type=int,
        default=None,
        help="Largest article, file or JSONL line accepted (default 20 MB).",
    ),
    click.option(
        "--petrarch",
        is_flag=True,
        help="Code as PETRARCH does: keep every dictionary code (event null when it has no "
        "PLOVER type) and only events with both a source and a target.",
    ),
    click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes that code (default: all cores for ingest, 1 for code).",
    ),
    SENTENCES_OPTION,
)


def pipeline_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options of a command that codes articles; the command gets them as one
    `PipelineOptions`, its ``pipeline`` argument."""

    @functools.wraps(f)
    def command(
        *args: Any,
        date: dt.date | None,
        model: str | None,
        kb: str,
        verbs: str,
        max_bytes: int | None,
        petrarch: bool,
        workers: int | None,
        sentences: str,
        **kwargs: Any,
    ) -> Any:
        pipeline = PipelineOptions(
            date, model, kb, verbs, petrarch, max_bytes or DEFAULT_MAX_BYTES, workers, sentences
        )
        return f(*args, pipeline=pipeline, **kwargs)

    decorated: Callable[..., Any] = command
    for option in reversed(_PIPELINE_OPTIONS):  # as if stacked on the command in this order
        decorated = option(decorated)
    return decorated


def console(stderr: bool = False, wide: bool = False) -> Any:
    """A rich console; ``wide`` output (eval tables) gets 140 columns when not on a terminal."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() or not wide else 140
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def fail(err: DyadError) -> NoReturn:
    click.echo(f"error: {err}", err=True)
    sys.exit(2)
