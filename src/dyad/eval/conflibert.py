"""Suite ``conflibert``: 1,349 news sentences labelled with five classes (ConfliBERT).

Classes: 0 statement / no cooperation or conflict event, 1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict. The labels are CAMEO quad classes as
the Phoenix event data assigns them by CAMEO root (`dyad.events.scoring.phoenix_quad`:
appeals 02 are 0, yielding 08 is 2, reducing relations 16 is 3), not PLOVER's: the label
most often given to sentences whose top dyad event has a given CAMEO root is that root's
Phoenix class for every root from 02 to 20 (docs/eval.md). So dyad's class is the Phoenix
quad class of its highest-confidence event's CAMEO code, 0 when it finds none. The PLOVER
quad class of that event (the definition until issue #5) is still reported as
``plover_quad_accuracy`` and ``plover_quad_macro_f1``. No dyad component is trained on these
sentences. Metrics: accuracy and macro-F1 over the five classes.
"""

from __future__ import annotations

from pathlib import Path

from dyad.eval.base import Case, Coder, SuiteResult, describe_event, require
from dyad.eval.metrics import accuracy, confusion, macro_f1
from dyad.events.scoring import phoenix_quad

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
    gold, predicted, plover, cases = [], [], [], []
    for i, ((text, label), result) in enumerate(zip(rows, coded, strict=True)):
        events = [e for e in result.events if e.event]
        top = max(events, key=lambda e: e.confidence) if events else None
        got = str(phoenix_quad(top.cameo or "")) if top else "0"
        gold.append(label)
        predicted.append(got)
        plover.append(str(top.quad_code) if top else "0")
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
        {
            "accuracy": accuracy(gold, predicted),
            "macro_f1": macro_f1(gold, predicted, LABELS),
            "plover_quad_accuracy": accuracy(gold, plover),
            "plover_quad_macro_f1": macro_f1(gold, plover, LABELS),
        },
        len(rows),
        cases,
        {"confusion (gold rows, dyad columns)": rows_out},
    )
