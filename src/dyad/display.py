"""Human-readable renderings (rich renderables) for the CLI; building them prints nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from dyad.events.explain import Explanation
from dyad.query.dedup import COUNTS
from dyad.query.report import Report
from dyad.records import CodedArticle

# Styles by record kind, in the order they are layered (later wins where spans overlap).
STYLES = {
    "mention": "cyan",
    "quote": "green",
    "amount": "magenta",
    "date": "yellow",
    "event": "bold red",
}


def _actor(code: str | None, name: str | None) -> str:
    return f"{name or '?'} ({code})" if code else (name or "?")


def article_view(coded: CodedArticle) -> Group:
    """The article text with its spans highlighted, then a table per kind of record."""
    parts: list[Any] = [*_highlighted(coded)]
    parts += [_events_table(coded), _quotes_table(coded), _amounts_table(coded)]
    if coded.errors:
        parts.append(Text("\n".join(e.message for e in coded.errors), style="red"))
    return Group(*parts)


def _highlighted(coded: CodedArticle) -> list[Text]:
    """The article's title and metadata, its text styled by record kind, and the legend."""
    a = coded.article
    text = Text(a.text)
    for m in coded.mentions:
        text.stylize(STYLES["mention"], m.start, m.end)
    for q in coded.quotes:
        text.stylize(STYLES["quote"], q.start, q.end)
    for am in coded.amounts:
        text.stylize(STYLES["amount"], am.start, am.end)
    for d in coded.dates:
        text.stylize(STYLES["date"], d.start, d.end)
    for e in coded.events:
        text.stylize(STYLES["event"], e.start, e.end)
    header = Text(f"{a.title or '(no title)'}\n", style="bold")
    header.append(f"{a.date or 'no date'}  {a.url or ''}  id {a.id}\n", style="dim")
    legend = Text("  ".join(f"[{k}]" for k in STYLES), style="dim")
    for k, style in STYLES.items():
        legend.stylize(
            style, legend.plain.index(f"[{k}]"), legend.plain.index(f"[{k}]") + len(k) + 2
        )
    return [header, text, legend]


def _events_table(coded: CodedArticle) -> Table:
    events = Table(title="events", show_lines=False)
    for col in (
        "type",
        "mode",
        "cameo",
        "goldstein",
        "actor",
        "recipient",
        "words",
        "date",
        "conf",
    ):
        events.add_column(col)
    for e in coded.events:
        flags = (" (negated)" if e.negated else "") + (" (hypothetical)" if e.hypothetical else "")
        events.add_row(
            (e.event or "-") + flags,
            e.mode or "",
            e.cameo or "",
            f"{e.goldstein:+.1f}" if e.goldstein is not None else "",
            ", ".join(_actor(p.actor.code, p.actor.name) for p in e.actor),
            ", ".join(_actor(p.actor.code, p.actor.name) for p in e.recipient),
            e.event_text,
            str(e.date or ""),
            f"{e.confidence:.2f}",
        )
    return events


def _quotes_table(coded: CodedArticle) -> Table:
    quotes = Table(title="quotes")
    for col in ("speaker", "as written", "cue", "kind", "quote"):
        quotes.add_column(col)
    for q in coded.quotes:
        s = q.speaker
        quotes.add_row(
            (s.name or "?") if s else "-",
            s.text if s else "",
            q.cue.text if q.cue else "",
            q.kind,
            q.text if len(q.text) < 120 else q.text[:117] + "...",
        )
    return quotes


def _amounts_table(coded: CodedArticle) -> Table:
    amounts = Table(title="amounts and dates")
    for col in ("text", "value", "unit / granularity", "object"):
        amounts.add_column(col)
    for am in coded.amounts:
        amounts.add_row(am.text, f"{am.value:,.0f}", am.unit, am.object or "")
    for d in coded.dates:
        amounts.add_row(d.text, d.value, d.granularity, "")
    return amounts


def explain_view(ex: Explanation) -> Group:
    """The parse, the actors found and every coding decision, for `dyad explain`."""
    parts: list[Any] = [Text(ex.text, style="bold"), Text(f"date {ex.date or 'none'}", style="dim")]
    parse = Table(title="parse")
    for col in ("i", "token", "lemma", "pos", "dep", "head", "entity"):
        parse.add_column(col, justify="right" if col in ("i", "head") else "left")
    by_i = {t.i: t.text for t in ex.tokens}
    for t in ex.tokens:
        head = "ROOT" if t.head == t.i else f"{t.head} {by_i.get(t.head, '')}"
        parse.add_row(str(t.i), t.text, t.lemma, t.pos, t.dep, head, t.entity)
    actors = Table(title="actors found")
    for col in ("words", "kind", "code", "name", "resolves to"):
        actors.add_column(col)
    for m in ex.mentions:
        target = ""
        if m.antecedent is not None and m.antecedent < len(ex.mentions):
            target = ex.mentions[m.antecedent].text
        actors.add_row(m.text, m.kind, m.actor.code or "-", m.actor.name or "", target)
    decisions = Text("coding decisions\n", style="bold")
    for d in ex.decisions:
        emitted = d.outcome == "emitted"
        decisions.append(f"{d.trigger}", style="bold")
        decisions.append(f"  {d.outcome}", style="green" if emitted else "yellow")
        if d.event or d.cameo:
            decisions.append(f"  {d.event or '-'} {d.cameo or ''}")
        if d.actors or d.recipients:
            decisions.append(f"  {', '.join(d.actors) or '?'} -> {', '.join(d.recipients) or '-'}")
        decisions.append("\n")
        if d.rule:
            decisions.append(f"    rule: {' '.join(d.rule.split())}\n", style="dim")
        decisions.append(f"    why:  {d.reason}\n")
    parts += [parse, actors, decisions]
    if not ex.decisions:
        parts.append(Text("No verb or event noun in the text: nothing to code.", style="yellow"))
    return Group(*parts)


def report_view(report: Report, db: str) -> Group:
    head = Text(
        f"{db}: {report.articles} articles "
        f"({report.first_date or '?'} to {report.last_date or '?'}), "
        f"{report.events} events, {report.quotes} quotes, {report.errors} errors",
        style="bold",
    )
    types = Table(title="events by type")
    types.add_column("type")
    types.add_column("events", justify="right")
    for name, n in report.events_by_type:
        types.add_row(name, str(n))
    pairs = Table(title="top country pairs", caption=f"counting {COUNTS[report.dedup]}")
    for col in ("pair", "events", "mean Goldstein", "cooperation", "conflict"):
        pairs.add_column(col, justify="right" if col != "pair" else "left")
    for p in report.top_pairs:
        mean = f"{p.mean_goldstein:+.2f}" if p.mean_goldstein is not None else ""
        pairs.add_row(f"{p.a}-{p.b}", str(p.events), mean, str(p.cooperation), str(p.conflict))
    speakers = Table(title="top speakers")
    speakers.add_column("speaker")
    speakers.add_column("quotes", justify="right")
    for name, n in report.top_speakers:
        speakers.add_row(name, str(n))
    return Group(head, types, pairs, speakers)


def table_view(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    table = Table()
    for c in columns:
        table.add_column(c)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def eval_view(
    results: Sequence[Any],
    verdicts: dict[str, list[Any]],
    changed: dict[str, bool],
    show_errors: int,
) -> Group:
    """All suites in one table (metric, value, floor, status), then tables and worst cases."""
    table = Table(title="dyad eval")
    for col in ("suite", "size", "metric", "value", "floor", "status"):
        table.add_column(col, justify="right" if col in ("size", "value", "floor") else "left")
    for result in results:
        for i, v in enumerate(verdicts[result.suite]):
            status = "ok" if v.ok else "BELOW FLOOR"
            if changed.get(result.suite):
                status = "GOLD CHANGED"
            floor = f"{v.floor:.3f}" if v.floor is not None else "-"
            table.add_row(
                result.suite if i == 0 else "",
                str(result.size) if i == 0 else "",
                v.metric,
                f"{v.value:.3f}",
                floor,
                status,
                style=None if status == "ok" else "bold red",
            )
    parts: list[Any] = [table]
    for result in results:
        for title, rows in result.tables.items():
            extra = Table(title=f"{result.suite}: {title}")
            for col in rows[0]:
                extra.add_column(col)
            for row in rows[1:]:
                extra.add_row(*row)
            parts.append(extra)
        for note in result.notes:
            parts.append(Text(f"{result.suite}: {note}", style="dim"))
        if show_errors and result.cases:
            worst = sorted(result.cases, key=lambda c: -c.badness)[:show_errors]
            cases = Table(
                title=f"{result.suite}: {len(worst)} of {len(result.cases)} error cases",
                show_lines=True,
            )
            for col in ("id", "text", "gold", "dyad"):
                cases.add_column(col)
            for c in worst:
                cases.add_row(c.id, c.text, c.gold, c.got)
            parts.append(cases)
    return Group(*parts)
