from __future__ import annotations

import datetime as dt

import pytest

from dyad.dates.resolve import resolve_date, story_day
from dyad.records import DateRef, period_value

ARTICLE = dt.date(2026, 2, 4)  # a Wednesday


def resolved(text: str, base: dt.date | None, direction: str = "nearest"):
    """`resolve_date`'s period as the output writes it: ``(value, granularity)``."""
    found = resolve_date(text, base, direction)
    return None if found is None else (period_value(*found), found[1])


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
    assert resolved(text, ARTICLE, "past") == (value, granularity)


def test_without_tense_the_reading_nearest_the_article_date_wins():
    assert resolved("May 1", dt.date(2020, 4, 14)) == ("2020-05-01", "day")
    assert resolved("January 4", dt.date(2020, 12, 30)) == ("2021-01-04", "day")
    assert resolved("in March", ARTICLE) == ("2026-03", "month")


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
    assert resolved(text, ARTICLE, "past") == (value, granularity)


def test_a_period_resolves_to_its_first_day():
    assert resolve_date("last week", ARTICLE) == (dt.date(2026, 1, 26), "week")  # a Monday
    assert resolve_date("in March", ARTICLE, "past") == (dt.date(2025, 3, 1), "month")
    assert resolve_date("in 1994", ARTICLE) == (dt.date(1994, 1, 1), "year")
    assert resolve_date("yesterday", ARTICLE) == (dt.date(2026, 2, 3), "day")


@pytest.mark.parametrize(
    ("date", "granularity", "value"),
    [
        (dt.date(2026, 1, 26), "week", "2026-W05"),
        (dt.date(2024, 12, 30), "week", "2025-W01"),  # ISO week 1 of 2025 starts in 2024
        (dt.date(2026, 3, 1), "month", "2026-03"),
        (dt.date(1994, 1, 1), "year", "1994"),
        (dt.date(2026, 2, 4), "day", "2026-02-04"),
    ],
)
def test_a_date_ref_writes_its_value_from_its_date_and_granularity(date, granularity, value):
    assert DateRef(0, 4, "then", date, granularity).value == value


def test_future_clauses_look_forward():
    assert resolved("Monday", ARTICLE, "future") == ("2026-02-09", "day")
    assert resolved("in March", ARTICLE, "future") == ("2026-03", "month")


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
        "just two months",
        "in just 24 months",
        "within two months",
    ],
)
def test_durations_anniversaries_and_eras_are_not_dates(text):
    assert resolved(text, ARTICLE) is None


def test_relative_expressions_need_an_article_date():
    assert resolved("on Wednesday", None) is None
    assert resolved("February 3, 2026", None) == ("2026-02-03", "day")


APRIL_15 = dt.date(2018, 4, 15)  # the article date


@pytest.mark.parametrize(
    ("text", "direction", "value"),
    [
        ("24-25 April", "past", "2017-04-24"),
        ("24-25 April", "future", "2018-04-24"),
        ("24-25 April", "nearest", "2018-04-24"),
        ("April 24-25", "future", "2018-04-24"),
        ("24 to 26 April", "future", "2018-04-24"),
        ("24–25 April", "future", "2018-04-24"),
        ("30 April - 2 May", "future", "2018-04-30"),
        ("April 30 to May 2", "past", "2017-04-30"),
        ("September 3-5, 2019", "past", "2019-09-03"),
    ],
)
def test_a_range_of_days_is_its_first_day_in_the_year_the_tense_gives(text, direction, value):
    assert resolved(text, APRIL_15, direction) == (value, "day")


@pytest.mark.parametrize(
    ("text", "direction", "value", "granularity"),
    [
        ("in April", "past", "2018-04", "month"),  # the article's month has begun
        ("in April", "future", "2018-04", "month"),  # and is not over
        ("in May", "past", "2017-05", "month"),
        ("in March", "future", "2019-03", "month"),
        ("early April", "future", "2018-04", "month"),
        ("mid-April", "past", "2018-04", "month"),
        ("the end of March", "past", "2018-03", "month"),
        ("last May", "nearest", "2017-05", "month"),
        ("April 15", "past", "2018-04-15", "day"),  # the article's day is not after it
        ("April 16", "past", "2017-04-16", "day"),
        ("April 14", "future", "2019-04-14", "day"),
        ("the 12th", "past", "2018-04-12", "day"),
        ("the 20th", "past", "2018-03-20", "day"),
        ("the 20th", "future", "2018-04-20", "day"),
        ("2019-20", "nearest", "2019", "year"),
    ],
)
def test_a_date_without_its_year_takes_the_year_the_tense_gives(
    text, direction, value, granularity
):
    assert resolved(text, APRIL_15, direction) == (value, granularity)


def test_the_29th_of_february_falls_in_a_leap_year():
    assert resolved("February 29", dt.date(2021, 3, 1), "past") == ("2020-02-29", "day")


@pytest.mark.parametrize("direction", ["past", "future", "present", "nearest"])
def test_a_calendar_date_never_runs_more_than_a_year_from_its_article(direction):
    for text in ("24-25 April", "April 24-25", "24 April", "in April", "the 24th"):
        date, _ = resolve_date(text, APRIL_15, direction)
        assert abs((date - APRIL_15).days) <= 366, (text, date)


def test_present_reads_a_weekday_forward_and_a_calendar_date_as_nearest():
    assert resolved("Monday", ARTICLE, "present") == ("2026-02-09", "day")
    assert resolved("Wednesday", ARTICLE, "present") == ("2026-02-04", "day")
    assert resolved("in January", ARTICLE, "present") == ("2026-01", "month")


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("last week's", "2026-W05", "week"),
        ("late this week", "2026-W06", "week"),
        ("early next week", "2026-W07", "week"),
        ("late last year", "2025", "year"),
        ("earlier today", "2026-02-04", "day"),
    ],
)
def test_a_part_of_a_period_or_its_possessive_is_the_period(text, value, granularity):
    assert resolved(text, ARTICLE, "past") == (value, granularity)


def test_a_weekday_with_its_calendar_date_is_that_date():
    assert resolved("Saturday, April 27", dt.date(2019, 4, 20), "future") == ("2019-04-27", "day")
    assert resolved("Friday, 3 May", dt.date(2019, 5, 6), "past") == ("2019-05-03", "day")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Saturday", "2026-02-07"),  # three days ahead
        ("Sunday", "2026-02-01"),  # three days back
        ("Wednesday", "2026-02-04"),
        ("last Thursday", "2026-01-29"),
        ("next Monday", "2026-02-09"),
    ],
)
def test_around_reads_a_weekday_as_the_one_nearest_the_article(text, value):
    assert resolved(text, ARTICLE, "around") == (value, "day")


@pytest.mark.parametrize(
    "text",
    [
        "a month later",
        "Nine months later",
        "seven years later",
        "three days after",
        "the next year",
        "the following day",
    ],
)
def test_a_time_counted_from_a_moment_of_the_story_is_not_read_from_the_article(text):
    # "seven years later" in a 2019 article was 2026
    assert resolved(text, ARTICLE, "past") is None


@pytest.mark.parametrize("text", ["11 and", "march", "may"])
def test_words_that_name_no_time_are_not_dates(text):
    # "aged 11 and seven", "watch the Americans march away": tagged DATE by the model
    assert resolved(text, ARTICLE, "nearest") is None
    assert resolved("March", ARTICLE, "past") == ("2025-03", "month")
    assert resolved("1789", ARTICLE, "past") == ("1789", "year")


def test_last_night_is_the_night_before_the_article_date():
    assert resolved("last night's", ARTICLE, "past") == ("2026-02-03", "day")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the same day", "2026-01-30"),
        ("later that evening", "2026-01-30"),
        ("the next morning", "2026-01-31"),
        ("the following day", "2026-01-31"),
        ("the day before", "2026-01-29"),
    ],
)
def test_a_day_of_the_story_counts_from_the_day_it_follows(text, value):
    assert story_day(text, dt.date(2026, 1, 30)).isoformat() == value


def test_a_day_of_the_story_with_no_day_to_count_from_is_not_resolved():
    assert story_day("the next day", None) is None
    assert resolved("the next day", ARTICLE, "past") is None
    assert story_day("the day", dt.date(2026, 1, 30)) is None


@pytest.mark.parametrize(
    ("text", "base", "direction", "value"),
    [
        ("this past weekend", "2019-02-11", "past", "2019-02-09"),  # a Monday: two days ago
        ("this weekend", "2019-06-24", "past", "2019-06-22"),
        ("this weekend", "2019-06-20", "future", "2019-06-22"),  # a Thursday: the coming one
        ("this weekend", "2019-06-23", "past", "2019-06-22"),  # a Sunday: the one under way
        ("last weekend", "2019-06-23", "past", "2019-06-15"),
        ("next weekend", "2019-06-20", "future", "2019-06-22"),
    ],
)
def test_a_weekend_is_valued_by_its_saturday_in_the_direction_of_the_clause(
    text, base, direction, value
):
    assert resolved(text, dt.date.fromisoformat(base), direction) == (value, "day")


def test_earlier_in_the_month_is_the_article_month():
    assert resolved("earlier in the month", dt.date(2019, 1, 23), "past") == ("2019-01", "month")


def test_on_a_sunday_what_is_still_to_come_this_week_is_in_the_next_week():
    sunday = dt.date(2019, 5, 19)
    assert resolved("late this week", sunday, "future") == ("2019-W21", "week")
    assert resolved("this week", sunday, "past") == ("2019-W20", "week")


@pytest.mark.parametrize(
    ("text", "base", "direction", "value"),
    [
        ("last summer", "2019-03-15", "past", "2018"),
        ("last summer", "2019-10-01", "past", "2019"),  # this year's is over
        ("this summer", "2019-03-15", "future", "2019"),
        ("next spring", "2019-10-01", "future", "2020"),
    ],
)
def test_a_named_season_is_valued_by_its_year(text, base, direction, value):
    assert resolved(text, dt.date.fromisoformat(base), direction) == (value, "year")


def test_winter_spans_two_years_and_is_not_resolved():
    assert resolved("last winter", dt.date(2019, 3, 15), "past") is None
