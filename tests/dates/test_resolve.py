from __future__ import annotations

import datetime as dt

import pytest

from dyad.dates.resolve import period_start, resolve_date

ARTICLE = dt.date(2026, 2, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("on Wednesday", "2026-02-04", "day"),
        ("Monday", "2026-02-02", "day"),
        ("last Wednesday", "2026-01-28", "day"),
        ("next Friday", "2026-02-06", "day"),
        ("yesterday", "2026-02-03", "day"),
        ("two days ago", "2026-02-02", "day"),
        ("on Feb 3", "2026-02-03", "day"),
        ("February 3, 2026", "2026-02-03", "day"),
        ("in March", "2025-03", "month"),
        ("in 2025", "2025", "year"),
        ("January 2024", "2024-01", "month"),
    ],
)
def test_time_expressions_in_past_clauses_resolve_against_the_article_date(
    text, value, granularity
):
    assert resolve_date(text, ARTICLE, "past") == (value, granularity)


def test_without_tense_the_reading_nearest_the_article_date_wins():
    assert resolve_date("May 1", dt.date(2020, 4, 14)) == ("2020-05-01", "day")
    assert resolve_date("January 4", dt.date(2020, 12, 30)) == ("2021-01-04", "day")
    assert resolve_date("in March", ARTICLE) == ("2026-03", "month")


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("last week", "2026-W05", "week"),
        ("earlier this week", "2026-W06", "week"),
        ("next week", "2026-W07", "week"),
        ("two weeks ago", "2026-W04", "week"),
        ("earlier this month", "2026-02", "month"),
        ("last month", "2026-01", "month"),
        ("this year", "2026", "year"),
    ],
)
def test_weeks_and_current_periods_resolve_to_their_period(text, value, granularity):
    assert resolve_date(text, ARTICLE, "past") == (value, granularity)


def test_a_period_starts_on_its_first_day():
    assert period_start("2026-W05", "week") == dt.date(2026, 1, 26)  # a Monday
    assert period_start("2026-03", "month") == dt.date(2026, 3, 1)
    assert period_start("1994", "year") == dt.date(1994, 1, 1)
    assert period_start("2026-02-04", "day") == dt.date(2026, 2, 4)


def test_future_clauses_look_forward():
    assert resolve_date("Monday", ARTICLE, "future") == ("2026-02-09", "day")
    assert resolve_date("in March", ARTICLE, "future") == ("2026-03", "month")


@pytest.mark.parametrize(
    "text",
    [
        "three years",
        "for 10 days",
        "for seventeen years",
        "twenty-five years",
        "the 80th anniversary",
        "the 1990s",
        "the past week",
        "decades",
    ],
)
def test_durations_anniversaries_and_eras_are_not_dates(text):
    assert resolve_date(text, ARTICLE) is None


def test_relative_expressions_need_an_article_date():
    assert resolve_date("on Wednesday", None) is None
    assert resolve_date("February 3, 2026", None) == ("2026-02-03", "day")
