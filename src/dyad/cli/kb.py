"""``dyad kb``: what the actor knowledge base knows, a user KB checked, the KB exported.

Thin commands over `dyad.actors.knowledge.load_kb` and `dyad.actors.userkb`; none loads
spaCy.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from dyad.cli.common import KB_OPTION, console, fail, parse_date
from dyad.errors import DyadError


@click.group("kb")
def kb_group() -> None:
    """Look up, check and export the actor knowledge base (who held which office when).

    \b
    Example:
      dyad kb who "Lavrov" --date 2016-05-01
      dyad kb check my_ministers.csv
      dyad kb who "Jane Doe" --kb dyad+csv:my_ministers.csv
      dyad kb export --kb dyad+csv:my_ministers.csv -o merged.csv
    """


def _span(start: dt.date | None, end: dt.date | None) -> str:
    return f"{start or '…'} – {end or 'now'}"


@kb_group.command("who")
@click.argument("name")
@click.option("--date", callback=parse_date, default=None, help="The date (default: latest).")
@KB_OPTION
@click.option("--all-roles", is_flag=True, help="List every role, not only the one held then.")
def who_command(name: str, date: dt.date | None, kb: str, all_roles: bool) -> None:
    """Show what the knowledge base knows about NAME on a date: the code, the office, its
    dates and its source (``unsourced``: no open source supports it; correct it with a
    user KB).

    \b
    Example:
      dyad kb who "Lavrov" --date 2016-05-01
      dyad kb who "Putin" --all-roles
    """
    from rich.table import Table

    from dyad.actors.knowledge import load_kb
    from dyad.actors.userkb import role_code, who

    try:
        found = who(load_kb(kb), name, date)
    except DyadError as err:
        fail(err)
    if not found:
        click.echo(f"{name!r}: not in the knowledge base {kb!r}")
        sys.exit(1)
    table = Table(
        "name",
        "id",
        "code",
        "office",
        "dates",
        "source",
        title=f"{name} on {date or 'the latest date'}",
    )
    for k in found:
        roles = k.roles if all_roles else ((k.role,) if k.role else ())
        if not roles:
            note = "no role on that date" if k.kind == "person" else k.kind
            table.add_row(k.name, k.key, k.code or "-", note, "", "")
        for role in roles:
            mark = " *" if all_roles and role == k.role else ""
            office = f"{role.igo}:{role.title}" if role.igo else role.title
            table.add_row(
                k.name,
                k.key,
                (role_code(role) or "-") + mark,
                office,
                _span(role.start, role.end),
                role.source or "-",
            )
    console(wide=True).print(table)


@kb_group.command("check")
@click.argument("file", type=click.Path(path_type=Path))
def check_command(file: Path) -> None:
    """Check a user KB FILE (CSV: name, country, sector, title, start, end, source; optional
    id, aliases, gender, note) against the shipped knowledge base; errors name the file
    and line. Use it with ``--kb dyad+csv:FILE`` in any command.

    \b
    Example:
      dyad kb check my_ministers.csv
      dyad code --kb dyad+csv:my_ministers.csv article.txt
    """
    from dyad.actors.kb import load_default_kb
    from dyad.actors.userkb import person_for, read_user_kb

    try:
        kb = load_default_kb()
        rows = read_user_kb(file, kb)
        known = sum(person_for(kb, r) is not None for r in rows)
    except DyadError as err:
        fail(err)
    click.echo(
        f"{file}: {len(rows)} rows ok ({known} about people dyad knows, {len(rows) - known} new)"
    )


@kb_group.command("export")
@KB_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="CSV file to write (default: stdout).",
)
def export_command(kb: str, output: Path | None) -> None:
    """Write the knowledge base's people and their roles (merged with any user KB in
    ``--kb``) as CSV, in the user KB format: a file to edit down to the rows to change (read
    back whole, later rows of one office cut earlier ones: docs/actors.md).

    \b
    Example:
      dyad kb export -o dyad_people.csv
      dyad kb export --kb dyad+csv:my_ministers.csv -o merged.csv
    """
    from dyad.actors.knowledge import load_kb
    from dyad.actors.userkb import write_kb

    try:
        merged = load_kb(kb)
    except DyadError as err:
        fail(err)
    if output is None:
        write_kb(merged, sys.stdout)
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as f:
            n = write_kb(merged, f)
    except OSError as err:
        raise click.FileError(str(output), str(err)) from err
    click.echo(f"{n} roles -> {output}", err=True)
