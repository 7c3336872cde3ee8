"""Commands that show how dyad codes and how well: ``dyad explain`` and ``dyad eval``."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from dyad.cli.common import KB_OPTION, SENTENCES_OPTION, console, fail, parse_date
from dyad.errors import DyadError


@click.command()
@click.argument("text")
@click.option(
    "--date", callback=parse_date, default=None, help="Article date the text is read against."
)
@click.option("--model", default=None, help="Installed spaCy pipeline (default en_core_web_sm).")
@KB_OPTION
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

    from dyad.api import explain as explain_text
    from dyad.serialize import event_dict, mention_dict, to_json

    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise click.BadParameter("the text is empty", param_hint="TEXT")
    try:
        ex = explain_text(text, date, model=model, kb=kb, verbs=verbs, petrarch=petrarch)
    except DyadError as err:
        fail(err)
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

    console().print(explain_view(ex))


@click.command("eval")
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

    SUITES: plover-gsr news-events petrarch2-unittest petr2-gsr conflibert polnear actors
    news-actors geovirus gwn dates kb-coverage seed (default: all). The pipeline is the one
    `dyad code` runs. Floors and gold hashes are pinned in eval/baseline.json; the command
    fails (exit 1) when a metric drops below its floor or a suite's gold data changed.

    \b
    Example:
      dyad eval plover-gsr seed --show-errors 10
      dyad eval --update-baseline        # raise floors after an improvement
    """
    from pathlib import Path

    from dyad.display import eval_view
    from dyad.eval import baseline as gate
    from dyad.eval.runner import data_dir, run_suites

    try:
        folder = data_dir(data)
        if update_baseline and sentences != "all":
            raise click.UsageError("floors are pinned for --sentences all")
        run = run_suites(list(suites), folder, model, sentences)
        pinned = gate.load(Path(baseline_path))
        if update_baseline:
            pinned = gate.update(
                pinned, run.results, run.shas, gate.measured_at(), allow_regression
            )
            gate.save(pinned, Path(baseline_path))
    except DyadError as err:
        fail(err)
    verdicts = {r.suite: gate.verdicts(r, pinned) for r in run.results}
    changed = {r.suite: gate.gold_changed(r.suite, run.shas[r.suite], pinned) for r in run.results}
    console(wide=True).print(eval_view(run.results, verdicts, changed, show_errors))
    if json_path:
        Path(json_path).write_text(
            json.dumps(run.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8"
        )
    failing = [f"{v.suite}.{v.metric}" for vs in verdicts.values() for v in vs if not v.ok]
    failing += [f"{s} (gold data changed)" for s, c in changed.items() if c]
    if failing:
        click.echo(f"accuracy gate failed: {', '.join(failing)}", err=True)
        sys.exit(1)
