"""Suite ``seed``: the canonical example article against expectations written down by hand
(``eval/data/seed.json``): its 13 statements with speakers, the CONSULT and SUPPORT events,
no conflict events, "$200 billion" of trade, "on Wednesday" = 2026-02-04, Moscow and Beijing.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.ingest import read_articles
from dyad.records import Article, CodedArticle, Event

SEED = "seed/seed-article.txt"  # relative to the parent of the data folder (../shared)


def expectations() -> dict[str, Any]:
    text = resources.files("dyad.eval").joinpath("data/seed.json").read_text("utf-8")
    found: dict[str, Any] = json.loads(text)
    return found


def seed_path(data: Path) -> Path:
    shared = data.parent / SEED
    return shared if shared.exists() else require(Path("examples") / "seed-article.txt")


def files(data: Path) -> list[Path]:
    return [seed_path(data)]


def _event_ok(e: Event, want: dict[str, Any]) -> bool:
    if e.event != want["event"] or ("words" in want and e.event_text != want["words"]):
        return False
    if "mode" in want and e.mode != want["mode"]:
        return False
    actors = {p.actor.country for p in e.actor}
    recipients = {p.actor.country for p in e.recipient}
    return set(want["actors"]) <= actors and set(want["recipients"]) <= recipients


Check = tuple[dict[str, float], list[Case]]
"""What one check of `score` gives: its metrics, and the cases it failed."""


def score(coded: CodedArticle, want: dict[str, Any]) -> SuiteResult:
    metrics: dict[str, float] = {}
    cases: list[Case] = []
    for check in (_statements, _events, _no_conflict, _records):
        values, failed = check(coded, want)
        metrics.update(values)
        cases += failed
    return SuiteResult("seed", metrics, len(want["statements"]), cases)


def _statements(coded: CodedArticle, want: dict[str, Any]) -> Check:
    """The expected statements found (by their first words), and with the right speaker."""
    cases = []
    found = right = 0
    for s in want["statements"]:
        quote = next((q for q in coded.quotes if q.text.startswith(s["starts"])), None)
        name = quote.speaker.name if quote and quote.speaker else None
        found += quote is not None
        right += name == s["speaker"]
        if name != s["speaker"]:
            cases.append(
                Case(
                    "statement",
                    s["starts"],
                    s["speaker"],
                    "not found" if quote is None else str(name),
                )
            )
    n = len(want["statements"])
    return {"statements_found": found / n, "speakers_right": right / n}, cases


def _events(coded: CodedArticle, want: dict[str, Any]) -> Check:
    """The expected events found (`_event_ok`)."""
    cases = []
    found = 0
    for w in want["events"]:
        if any(_event_ok(e, w) for e in coded.events):
            found += 1
        else:
            cases.append(
                Case(
                    "event",
                    w.get("words", w["event"]),
                    json.dumps(w),
                    "; ".join(f"{e.event} {e.event_text}" for e in coded.events),
                )
            )
    return {"events_found": found / len(want["events"])}, cases


def _no_conflict(coded: CodedArticle, want: dict[str, Any]) -> Check:
    """No conflict event (quad class 3 or 4): the article reports none."""
    conflict = [e for e in coded.events if e.quad_code in (3, 4)]
    cases = [
        Case("conflict", e.event_text, "no conflict event", f"{e.event} {e.event_text}")
        for e in conflict
    ]
    return {"no_conflict": 0.0 if conflict else 1.0}, cases


def _records(coded: CodedArticle, want: dict[str, Any]) -> Check:
    """The expected amounts, dates and locations found."""
    checks = [
        any(
            a.text == w["text"]
            and a.value == w["value"]
            and a.unit == w["unit"]
            and a.object == w["object"]
            for a in coded.amounts
        )
        for w in want["amounts"]
    ]
    checks += [
        any(d.text == w["text"] and d.value == w["value"] for d in coded.dates)
        for w in want["dates"]
    ]
    checks += [
        any(x.text == w["text"] and x.geonameid == w["geonameid"] for x in coded.locations)
        for w in want["locations"]
    ]
    cases = []
    if not all(checks):
        cases.append(
            Case(
                "records",
                "amounts, dates, locations",
                "all found",
                f"{sum(checks)}/{len(checks)} found",
            )
        )
    return {"records_right": sum(checks) / len(checks)}, cases


def run(data: Path, coder: Coder) -> SuiteResult:
    want = expectations()
    (article,) = [a for a in read_articles([str(seed_path(data))]) if isinstance(a, Article)]
    (coded,) = coder.code([(article.text, dt.date.fromisoformat(want["date"]))])
    return score(coded, want)
