"""Suite ``plover-gsr``: the PLOVER gold-standard sentences (dev half).

Scoring (issue 3's definitions): (a) top-event type accuracy — the highest-confidence event
has the gold type, no event counts as wrong; (b) triple P/R/F1 — a gold record is matched
when one event has the gold type, every gold source and target country among its parties,
and a gold source among its actors; P = matched / events emitted, R = matched / records;
(c) a confusion table of gold type against top-event type.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from dyad.eval.base import Case, Coder, SuiteResult, describe_event, party_key, require
from dyad.eval.metrics import accuracy, confusion, prf
from dyad.records import Event

GOLD = "event-coding/plover_gsr/plover_gsr_dev.jsonl"
# PLOVER 0.5b1 names in the gold -> today's names (issue 3).
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# The gold's dates are a placeholder, not the news date: "All date fields are set to
# `2000-01-01.'" (PLOVER_GSR_CAMEO_readme.tex, "Additional comments on the coding"). Coding
# on that day made people's dated roles wrong (President Bush, 2001-2009, was no president
# yet), so the sentences are coded without a date, as undated text is.
DATE: dt.date | None = None


def files(data: Path) -> list[Path]:
    return [require(data / GOLD)]


def load(data: Path) -> list[dict[str, Any]]:
    records = []
    for line in (data / GOLD).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("text") and record.get("event") != "DOCUMENT":
            records.append(record)
    return records


def _codes(value: object) -> set[str]:
    if not isinstance(value, list):
        return set()
    return {a["code"] for a in value if isinstance(a, dict) and a.get("code")}


def matches(event: Event, gold_type: str, sources: set[str], targets: set[str]) -> bool:
    """Whether ``event`` matches a gold record (type, every gold party, a source acting)."""
    if event.event != gold_type:
        return False
    actors = {party_key(p.actor) for p in event.actor}
    parties = actors | {party_key(p.actor) for p in event.recipient}
    if not sources <= parties or not targets <= parties:
        return False
    return not (event.actor and sources and not sources & actors)


def run(data: Path, coder: Coder) -> SuiteResult:
    records = load(data)
    coded = coder.code([(r["text"], DATE) for r in records])
    gold_types, top_types, cases = [], [], []
    matched = emitted = 0
    for record, result in zip(records, coded, strict=True):
        gold_type = RENAMED.get(record["event"], record["event"])
        sources, targets = _codes(record.get("source")), _codes(record.get("target"))
        events = list(result.events)
        emitted += len(events)
        top = max(events, key=lambda e: e.confidence) if events else None
        gold_types.append(gold_type)
        top_types.append(top.event if top and top.event else "NONE")
        hit = any(matches(e, gold_type, sources, targets) for e in events)
        matched += hit
        if not hit or top_types[-1] != gold_type:
            gold = f"{gold_type} {sorted(sources)}->{sorted(targets)}"
            got = "; ".join(describe_event(e) for e in events) or "no event"
            cases.append(Case(record["id"], record["text"], gold, got, 1.0 + (not hit)))
    scores = prf(matched, emitted, matched, len(records))
    table = confusion(gold_types, top_types)
    predicted_labels = sorted({p for row in table.values() for p in row})
    # column heads are abbreviated to four letters so the table fits a terminal
    rows = [["gold \\ top", *[p[:4] for p in predicted_labels]]]
    for gold_type in sorted(table):
        rows.append([gold_type, *[str(table[gold_type].get(p, 0) or "") for p in predicted_labels]])
    return SuiteResult(
        "plover-gsr",
        {
            "type_accuracy": accuracy(gold_types, top_types),
            "triple_precision": scores.precision,
            "triple_recall": scores.recall,
            "triple_f1": scores.f1,
        },
        len(records),
        cases,
        {"confusion (gold rows, top-event columns)": rows},
    )
