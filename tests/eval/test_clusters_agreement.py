"""scripts/clusters_agreement.py: the agreement of the cluster check set's two annotations,
on hand-made labels, and the shipped files joining row for row."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def agreement():
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("clusters_agreement")
    finally:
        sys.path.remove(str(SCRIPTS))


def test_kappa_is_one_for_identical_decisions_and_zero_for_chance(agreement):
    assert agreement.kappa([(True, True), (False, False)]) == (1.0, 1.0)
    # each annotator says yes half the time, independently: agreement is what chance gives
    observed, k = agreement.kappa([(True, True), (True, False), (False, True), (False, False)])
    assert observed == 0.5
    assert k == 0.0


def test_same_event_pairs_compare_within_a_set_and_skip_mentions_either_calls_no_event(agreement):
    m = [("s1", "1"), ("s1", "2"), ("s1", "3"), ("s2", "4")]
    first = {m[0]: "a", m[1]: "a", m[2]: "b", m[3]: "a"}
    second = {m[0]: "a", m[1]: "b", m[2]: "-", m[3]: "a"}
    # only (1, 2) counts: 3 is "-" for the second annotator, 4 is alone in its set
    assert agreement.same_event_pairs(m, first, second) == [(True, False)]


def test_every_doubly_annotated_mention_is_a_row_of_the_check_set(agreement):
    first = agreement.read_labels(agreement.DATA / "gold.tsv")
    second = agreement.read_labels(agreement.DATA / "second.tsv")
    assert len(second) >= 100
    assert second.keys() <= first.keys()
