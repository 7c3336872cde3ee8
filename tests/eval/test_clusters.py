"""The ``clusters`` suite: its check set reads as documented, and its scores count what
docs/clusters.md says, on hand-made gold."""

from __future__ import annotations

from collections import Counter

import pytest

from dyad.eval.clusters import GOLD_FILE, GoldMention, load_gold, score


def gm(set_: str, n: int, label: str) -> GoldMention:
    return GoldMention(set_, "fit", "wikinews", (set_, "text", n, n + 1, "CONSULT"), label, "")


def test_a_cluster_of_one_event_is_right_and_one_of_two_events_is_wrong():
    gold = [gm("s", 0, "a"), gm("s", 1, "a"), gm("s", 2, "b")]
    gold += [gm("t", 0, "a"), gm("t", 1, "a"), gm("u", 0, "a"), gm("u", 1, "a")]
    clusters = ["x", "x", "x", "y", "y", "z1", "z2"]
    got = score(gold, {g.key: c for g, c in zip(gold, clusters, strict=True)})
    assert got["clusters_scored"] == 2  # u's mentions are apart: no cluster to judge
    assert got["cluster_precision"] == 0.5  # s's cluster mixes a and b, t's is one event
    assert got["pair_precision"] == pytest.approx(2 / 4)  # s: 1 of 3 pairs right; t: 1 of 1
    assert got["recall"] == pytest.approx(2 / 3)  # s's and t's a-a merged, u's not


def test_a_mention_of_no_single_event_counts_only_for_strict_precision():
    gold = [gm("s", 0, "a"), gm("s", 1, "a"), gm("s", 2, "-")]
    got = score(gold, {g.key: "x" for g in gold})
    assert got["cluster_precision"] == 1.0
    assert got["strict_cluster_precision"] == 0.0
    assert got["recall"] == 1.0 and got["pairs_same"] == 1


def test_mentions_dyad_no_longer_codes_are_counted_missing_not_wrong():
    gold = [gm("s", 0, "a"), gm("s", 1, "a"), gm("s", 2, "a")]
    got = score(gold, {gold[0].key: "x", gold[1].key: "x"})
    assert got["missing"] == 1
    assert got["recall"] == 1.0


def test_nothing_merged_scores_zero_precision_not_perfect():
    gold = [gm("s", 0, "a"), gm("s", 1, "a")]
    got = score(gold, {gold[0].key: "x", gold[1].key: "y"})
    assert got["cluster_precision"] == 0.0 and got["recall"] == 0.0


def test_the_check_set_has_two_halves_of_labelled_sets():
    gold = load_gold()
    assert {g.half for g in gold} == {"fit", "held"}
    assert {g.corpus for g in gold} == {"wikinews", "guardian"}
    # each set lies in one half and one corpus
    halves = {(g.set, g.half, g.corpus) for g in gold}
    assert len(halves) == len({g.set for g in gold})
    # the Guardian's text is not openly licensed: none is copied
    assert all(not g.sentence for g in gold if g.corpus == "guardian")
    assert all(g.key[0].startswith("guardian-") for g in gold if g.corpus == "guardian")
    labels = Counter(g.label for g in gold)
    assert set(labels) <= set("-abcdefghijklmnopqrstuvwxyz")
    assert GOLD_FILE.read_text(encoding="utf-8").startswith("# dyad event-cluster check set")
