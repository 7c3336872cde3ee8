"""Suites ``petrarch2-unittest`` and ``petr2-gsr``: PETRARCH2's own test records.

``petrarch2-unittest`` codes with the records' validation dictionaries only (fictional
actors such as Arnor/ARN); ``petr2-gsr`` with the full Phoenix dictionaries loaded alongside
dyad's knowledge base. Both keep events whose code has no PLOVER type (the dictionaries use
CAMEO statement codes and some WEIS codes). A dyad event gives (actor code, recipient code,
CAMEO) triples: every actor with every recipient; in a meeting (all parties actors) the
first actor with each other one.
Metrics: records fully right (exactly the expected set; records expecting no event must get
none), and triple P/R/F1 on full codes and on two-digit root codes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.eval.metrics import prf
from dyad.records import CodedArticle

UNITTEST = "event-coding/petrarch2_unittest/unittest_records.jsonl"
UNITTEST_DICTS = "event-coding/petrarch2_unittest/validation_dictionaries"
GSR = "event-coding/petr2_gsr/PETR2_GSR_validation.jsonl"
PHOENIX = "dictionaries/phoenix"

Triple = tuple[str, str, str]


def triples(coded: CodedArticle) -> list[Triple]:
    out = []
    for e in coded.events:
        if e.cameo is None:
            continue
        actors = [p.actor.code or "---" for p in e.actor]
        recipients = [p.actor.code or "---" for p in e.recipient]
        if recipients:
            out += [(a, r, e.cameo) for a in actors for r in recipients]
        elif len(actors) > 1:
            out += [(actors[0], other, e.cameo) for other in actors[1:]]
        else:
            out += [(a, "---", e.cameo) for a in actors]
    return out


def _date(record: dict[str, Any]) -> dt.date | None:
    raw = str(record.get("date") or "")
    return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])) if len(raw) == 8 else None


def _score(name: str, records: list[dict[str, Any]], coded: list[CodedArticle]) -> SuiteResult:
    right = 0
    full = [0, 0, 0]  # matched, predicted, gold
    root = [0, 0, 0]
    cases = []
    for record, result in zip(records, coded, strict=True):
        expected = [(e["source"], e["target"], e["code"]) for e in record["expected_events"]]
        if record.get("expect_no_event"):
            expected = []
        got = triples(result)
        if set(got) == set(expected):
            right += 1
        else:
            cases.append(
                Case(
                    record["id"],
                    record["text"],
                    str(expected or "no event"),
                    str(got or "no event"),
                )
            )
        for store, key in ((full, lambda t: t), (root, lambda t: (t[0], t[1], t[2][:2]))):
            g = Counter(key(t) for t in expected)
            p = Counter(key(t) for t in got)
            store[0] += sum((g & p).values())
            store[1] += sum(p.values())
            store[2] += sum(g.values())
    f, r = prf(full[0], full[1], full[0], full[2]), prf(root[0], root[1], root[0], root[2])
    return SuiteResult(
        name,
        {
            "records_right": right / len(records) if records else 0.0,
            "triple_precision": f.precision,
            "triple_recall": f.recall,
            "triple_f1": f.f1,
            "root_precision": r.precision,
            "root_recall": r.recall,
            "root_f1": r.f1,
        },
        len(records),
        cases,
    )


def _load(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def unittest_files(data: Path) -> list[Path]:
    folder = require(data / UNITTEST_DICTS)
    return [require(data / UNITTEST), *sorted(folder.glob("*.txt"))]


def run_unittest(data: Path, coder: Coder) -> SuiteResult:
    records = _load(data / UNITTEST)
    folder = data / UNITTEST_DICTS
    verbs = str(next(folder.glob("*erbs.txt")))
    coded = coder.code(
        [(r["text"], _date(r)) for r in records],
        kb=f"petrarch:{folder}",
        verbs=verbs,
        petrarch=True,
    )
    return _score("petrarch2-unittest", records, coded)


def gsr_files(data: Path) -> list[Path]:
    return [require(data / GSR)]


def run_gsr(data: Path, coder: Coder) -> SuiteResult:
    records = _load(data / GSR)
    coded = coder.code(
        [(r["text"], _date(r)) for r in records],
        kb=f"dyad+petrarch:{data / PHOENIX}",
        petrarch=True,
    )
    return _score("petr2-gsr", records, coded)
