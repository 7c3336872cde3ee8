"""The scorers on tiny hand-made gold: perfect is 1, empty is 0, partial cases are exact."""

from __future__ import annotations

import pytest

from dyad.eval.metrics import (
    PRF,
    accuracy,
    confusion,
    macro_f1,
    match_best_first,
    prf,
    word_overlap,
)


def test_prf_perfect_empty_and_partial():
    assert prf(3, 3, 3, 3) == PRF(1.0, 1.0, 1.0)
    assert prf(0, 0, 0, 5) == PRF(0.0, 0.0, 0.0)
    assert prf(0, 4, 0, 0) == PRF(0.0, 0.0, 0.0)
    p = prf(2, 4, 2, 8)
    assert (p.precision, p.recall) == (0.5, 0.25) and p.f1 == pytest.approx(1 / 3)


def test_accuracy_and_macro_f1():
    gold = ["0", "1", "1", "4"]
    assert accuracy(gold, gold) == 1.0 and macro_f1(gold, gold, ["0", "1", "4"]) == 1.0
    assert accuracy(gold, ["2", "2", "2", "2"]) == 0.0
    assert accuracy(gold, ["0", "1", "0", "0"]) == 0.5
    # label 0: tp1 fp2 fn0 -> f1 0.5; label 1: tp1 fp0 fn1 -> 2/3; label 4: 0
    assert macro_f1(gold, ["0", "1", "0", "0"], ["0", "1", "4"]) == pytest.approx(
        (0.5 + 2 / 3 + 0) / 3
    )
    with pytest.raises(ValueError):
        accuracy(gold, ["0"])


def test_confusion_counts_pairs():
    table = confusion(["A", "A", "B"], ["A", "B", "B"])
    assert table["A"]["A"] == 1 and table["A"]["B"] == 1 and table["B"]["B"] == 1


def test_word_overlap_uses_the_longer_span():
    assert word_overlap({1, 2, 3, 4}, {1, 2, 3, 4}) == 1.0
    assert word_overlap({1, 2, 3, 4}, {3, 4}) == 0.5
    assert word_overlap({1, 2}, set()) == 0.0


def test_matching_is_one_to_one_and_best_first():
    gold = [{1, 2, 3, 4}, {10, 11}]
    pred = [{1, 2, 3}, {1, 2, 3, 4}, {20}]
    pairs = match_best_first(gold, pred, word_overlap, 0.3)
    assert pairs == [(0, 1, 1.0)]  # pred 0 cannot reuse gold 0; gold 1 has no match
    assert match_best_first(gold, [], word_overlap, 0.3) == []
