"""Suite ``conflibert``: 1,349 news sentences labelled with five classes (ConfliBERT).

Classes: 0 statement / no cooperation or conflict event, 1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict. dyad's class is the quad class of its
highest-confidence event, 0 when it finds none. No dyad component is trained on these
sentences. Metrics: accuracy and macro-F1 over the five classes.
"""

from __future__ import annotations

from pathlib import Path

from dyad.eval.base import Case, Coder, SuiteResult, describe_event, require
from dyad.eval.metrics import accuracy, confusion, macro_f1

GOLD = "event-classification/conflibert_cameo/train.tsv"
LABELS = ("0", "1", "2", "3", "4")


def files(data: Path) -> list[Path]:
    return [require(data / GOLD)]


def run(data: Path, coder: Coder) -> SuiteResult:
    rows = []
    for line in (data / GOLD).read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip() in LABELS:
            rows.append((text.strip(), label.strip()))
    coded = coder.code([(text, None) for text, _ in rows])
    gold, predicted, cases = [], [], []
    for i, ((text, label), result) in enumerate(zip(rows, coded, strict=True)):
        events = [e for e in result.events if e.event]
        top = max(events, key=lambda e: e.confidence) if events else None
        got = str(top.quad_code) if top else "0"
        gold.append(label)
        predicted.append(got)
        if got != label:
            cases.append(
                Case(
                    str(i + 1),
                    text,
                    f"class {label}",
                    f"class {got}: {describe_event(top) if top else 'no event'}",
                )
            )
    table = confusion(gold, predicted)
    rows_out = [["gold \\ dyad", *LABELS]] + [
        [g, *[str(table[g][p] if g in table else 0) for p in LABELS]] for g in LABELS
    ]
    return SuiteResult(
        "conflibert",
        {"accuracy": accuracy(gold, predicted), "macro_f1": macro_f1(gold, predicted, LABELS)},
        len(rows),
        cases,
        {"confusion (gold rows, dyad columns)": rows_out},
    )
