"""Scoring functions: pure, small, and tested on hand-made gold so the harness cannot flatter.

Every scorer returns plain numbers; what counts as a match is defined by the suites.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf(matched_predictions: int, predictions: int, matched_gold: int, gold: int) -> PRF:
    """Precision = matched predictions / predictions, recall = matched gold / gold.

    With nothing predicted precision is 0 (and with no gold, recall is 0): an empty output
    never scores well.
    """
    p = matched_predictions / predictions if predictions else 0.0
    r = matched_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f)


def accuracy(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else 0.0


def macro_f1(
    gold: Sequence[Hashable], predicted: Sequence[Hashable], labels: Iterable[Hashable]
) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (labels absent from both count 0)."""
    labels = list(labels)
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        scores.append(prf(tp, tp + fp, tp, tp + fn).f1)
    return sum(scores) / len(scores) if scores else 0.0


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Counter[str]]:
    """gold label -> Counter of predicted labels."""
    table: dict[str, Counter[str]] = {}
    for g, p in zip(gold, predicted, strict=True):
        table.setdefault(g, Counter())[p] += 1
    return table


def word_overlap(a: set[int], b: set[int]) -> float:
    """|A ∩ B| / max(|A|, |B|) over word positions; 0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def match_best_first(
    gold: Sequence[G],
    predicted: Sequence[P],
    score: Callable[[G, P], float],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """One-to-one matching: all pairs scoring at least ``threshold``, taken best first, each
    gold and each prediction used once. Returns (gold index, prediction index, score)."""
    pairs = [
        (s, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if (s := score(g, p)) >= threshold and s > 0
    ]
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, s))
    return out
