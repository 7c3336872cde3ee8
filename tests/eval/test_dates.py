"""The dates suite and its gold (`dyad.eval.dates`, `dyad.eval.dates_gold`): checking annotation
files, agreement of two annotations, and scoring an article (the model, one article of the
corpus's train split, with one hand-written gold expression)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.eval.base import Coder
from dyad.eval.dates import _dateline_end, run
from dyad.eval.dates_gold import Gold, agreement, granularity, halves, problems, read_gold
from dyad.eval.newsevents import load_articles

FIXTURE = Path(__file__).parent / "data" / "dates_gold.jsonl"
ARTICLE = "wn-54bcc3697d"  # train split: the dates dev half


def expression(start, end, value, tense="past", anchor=None, event_date=None, article="a"):
    return {
        "article": article,
        "part": "body",
        "start": start,
        "end": end,
        "text": "x" * (end - start),
        "value": value,
        "tense": tense,
        "anchor": "y" if anchor else None,
        "anchor_start": anchor[0] if anchor else None,
        "anchor_end": anchor[1] if anchor else None,
        "event_date": event_date,
    }


def gold(*expressions, articles=("a",)):
    return Gold({}, tuple(articles), tuple(expressions))


def test_the_corpus_dev_and_test_articles_are_the_dates_test_half():
    split = {a["id"]: a["split"] for a in load_articles()}
    half = halves()
    assert {half[i] for i, s in split.items() if s == "train"} == {"dev"}
    assert {half[i] for i, s in split.items() if s in ("dev", "test")} == {"test"}


@pytest.mark.parametrize(
    ("value", "grain"),
    [
        ("2019-10-14", "day"),
        ("2019-W42", "week"),
        ("2019-10", "month"),
        ("2019", "year"),
        (None, "none"),
    ],
)
def test_a_gold_value_has_the_granularity_of_its_form(value, grain):
    assert granularity(value) == grain


def test_two_annotations_agree_on_matched_spans_values_and_tenses():
    first = gold(
        expression(0, 8, "2019-01-03", anchor=(20, 28), event_date="2019-01-03"),
        expression(30, 40, "2019-01", "past"),
        expression(50, 55, None, "future"),
    )
    second = gold(
        expression(0, 8, "2019-01-03", anchor=(20, 28), event_date="2019-01-03"),
        expression(32, 40, "2018-01", "past"),  # overlaps, other offsets and value
        expression(70, 75, "2019", "past"),  # the first has nothing here
    )
    found = agreement(first, second)
    assert (found["matched"], found["span_f1"]) == (2.0, 2 * 2 / 6)
    assert (found["span_exact"], found["value_agreement"]) == (0.5, 0.5)
    assert found["event_date_agreement"] == 1.0  # the same date, and null for both
    assert found["tense_observed"] == 1.0
    assert found["granularity_observed"] == 1.0


def test_agreement_counts_only_the_articles_both_cover():
    first = gold(
        expression(0, 8, "2019"), expression(0, 8, "2019", article="b"), articles=("a", "b")
    )
    second = gold(expression(0, 8, "2019"))
    assert agreement(first, second)["expressions_first"] == 1.0


def test_an_annotation_file_is_checked_against_the_raw_text():
    articles = {a["id"]: a for a in load_articles()}
    (good,) = read_gold(FIXTURE).expressions
    bad = dict(good, start=good["start"] + 1, value="January 3", tense="then", colour="red")
    found = problems(Gold({}, (ARTICLE,), (good, bad)), articles)
    assert len(found) == 4
    assert all(line.startswith(f"expression 2 ({ARTICLE})") for line in found)
    assert problems(read_gold(FIXTURE), articles) == []


def test_the_dateline_is_the_short_first_line_ending_in_a_year():
    assert _dateline_end("Sunday, January 6, 2019\xa0\n\n\nOn Thursday, ...") == 24
    assert _dateline_end("On Thursday, a senator proposed term limits.\n") == 0


@pytest.mark.model
def test_the_suite_scores_an_article_found_valued_and_its_event_dated():
    result = run(Path("."), Coder(), FIXTURE)
    assert result.size == 1
    assert result.metrics["detection_recall"] == 1.0
    assert result.metrics["value_accuracy"] == 1.0
    assert result.metrics["event_date_accuracy"] == 1.0
    # dyad finds "Thursday" and "1947" (which the fixture leaves out); its dateline
    # "Sunday, January 6, 2019" is not scored
    assert result.metrics["detection_precision"] == 0.5


def test_value_recall_counts_every_valued_gold_expression_found_or_not():
    from dyad.eval.dates import Tally

    tally = Tally(gold=10, predicted=8, matched=6, valued=5, value_right=4, valued_gold=9)
    tally.anchored, tally.event_right = 4, 3
    assert tally.metrics() == {
        "detection_recall": 0.6,
        "detection_precision": 0.75,
        "value_accuracy": 0.8,
        "value_recall": 4 / 9,
        "event_date_accuracy": 0.75,
    }
