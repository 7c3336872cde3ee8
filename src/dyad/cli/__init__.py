"""The ``dyad`` command: thin commands over the API. The only package that prints.

Every command wraps one API call and shows an example in its ``--help``. The commands live
by what they do: `dyad.cli.coding` (code, ingest, attach), `dyad.cli.reading` (report, sql,
quotes, export, serve), `dyad.cli.checking` (explain, eval), `dyad.cli.kb` (kb who, check,
export); `dyad.cli.common` holds their shared options.
"""

from __future__ import annotations

import click

from dyad.cli.checking import eval_command, explain
from dyad.cli.coding import attach, code, ingest
from dyad.cli.kb import kb_group
from dyad.cli.reading import export, quotes, report, serve, sql
from dyad.version import __version__


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
    from dyad.store.locks import set_notifier

    # A command that waits for another process's lock on the database says so.
    set_notifier(lambda text: click.echo(f"dyad: {text}", err=True))


for _command in (
    code,
    ingest,
    attach,
    report,
    sql,
    quotes,
    export,
    serve,
    explain,
    eval_command,
    kb_group,
):
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main()
