"""Time expressions to calendar values, resolved against the article's date.

Calendar expressions ("Feb 3", "in March", "two days ago", "in 2025") go to dateparser.
Weekdays and today/yesterday/tomorrow are resolved here, because news uses them relative
to the publication day ("said on Wednesday" in a Wednesday article is that day) while
dateparser picks the previous week's day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from dyad.dates.partial import (
    MONTH_NAME,
    day_of_month,
    first_of_range,
    names_a_month,
    place_in_month,
    place_in_year,
    word_direction,
)
from dyad.dates.tense import AROUND, FUTURE, NEAREST, PAST, PRESENT
from dyad.lexicons import int_map

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# "last night", not "the last night" (of a convention)
_LAST_NIGHT = re.compile(r"^(?:(?:on|during|since|by|until|from|of) )?last night\b", re.I)
# A day of the story, told from the day the text last named: "the same day", "that night",
# "later that evening", "the next morning", "the day before". News tells its story in days,
# and such a day follows the last one named; read from the article date instead they drift
# (`dyad.dates.extract` gives them the day to count from, or leaves them unresolved).
_STORY_DAY = re.compile(
    r"^(?:(?:on|during|in|at|by|until) )?(?:(?:later|earlier) )?"
    r"(?:(that(?: same)?|the same|the following|the next|the previous|the preceding|the) "
    r"(day|night|evening|morning|afternoon)|the (day|night) (before|after))$",
    re.I,
)
_STORY_OFFSETS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "before": -1}
# Expressions that are lengths of time, ages or eras rather than points in time.
_NOT_A_POINT = re.compile(
    r"\b(anniversary|\d+s\b|decades?|centur(y|ies)|old|long|lasting|period|term|"
    r"seasons?|quarters?|hours?|minutes?|seconds?|weeks?|weekends?)\b",
    re.I,
)
_DURATION = re.compile(
    r"^(for |over |about |some |nearly |almost |more than |less than |the past |the last |"
    r"just |only |another |within |under )?"
    r"(\d+|a|an|several|few|many|a few|a couple of|(?:(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)-?)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|"
    r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred)"
    r"[- ](days?|months?|years?)$",
    re.I,
)
# Expressions relative to a moment of the story, not to the article: "a month later", "three
# days after", "the following day", "the next year". Read from the article date they run away
# ("seven years later" in a 2019 article is 2026): they are left unresolved.
_ANAPHORIC = re.compile(
    r"(?:\b(?:later|after|afterwards?|hence)$|^the (?:next|following|previous|preceding)\b)",
    re.I,
)
# What is left of an expression that names no time: "11 and" (ages: "aged 11 and seven")
_NO_TIME_WORDS = frozenset({"and", "or", "to", "of", "the", "a"})
_CALENDAR_DAY = re.compile(rf"(?:{MONTH_NAME.pattern})\s+\d|\d\s+(?:{MONTH_NAME.pattern})", re.I)
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "two" -> 2, the number words amounts read too (lexicons/data); used for those _WEEKS_AGO names
_NUMBER_WORDS = int_map("dyad.lexicons", "number_words.csv")
# Week expressions and "earlier this month", which dateparser does not resolve.
_NAMED_WEEK = re.compile(r"^(?:(?:earlier|later) )?(last|this|next|past) week$", re.I)
_WEEKS_AGO = re.compile(r"^(\d+|a|an|one|two|three|four|five|six) weeks? ago$", re.I)
_PERIOD_PREPOSITION = re.compile(r"^(?:in|during|since|from|by|until)\s+", re.I)
_THIS_MONTH_OR_YEAR = re.compile(
    r"^(?:(?:earlier|later) )?(?:this|in the) (month|year)$|^(?:earlier|later) in the (week)$",
    re.I,
)
# A weekend is a range of days, valued as such by its first day, the Saturday
_WEEKEND = re.compile(r"^(this past|this coming|this|last|past|next|coming) weekend$", re.I)
_SATURDAY = 5
# A season names no month or week the output can write: it is valued by its year. Its first
# month (the meteorological seasons of the northern hemisphere); winter spans two years and
# is left unresolved.
_SEASON = re.compile(
    r"^(last|this past|past|this|this coming|next) (spring|summer|autumn|fall)$", re.I
)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_WEEK_OFFSETS = {"last": -1, "past": -1, "this": 0, "next": 1}
# "late this week", "early next year", "last week's (action)": the period itself
_PART_OF = re.compile(r"^(?:early|late|earlier|later|mid)[- ]+", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_LEADING = re.compile(r"^(on|in|at|since|by|from|until|till|during|of|the|this|that)\s+", re.I)


@lru_cache(maxsize=64)
def _parser(base: dt.date, prefer: str) -> Any:
    from dateparser.date import DateDataParser  # slow import: only when dates are resolved

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


def _weekday(text: str, base: dt.date, direction: str) -> dt.date | None:
    """News convention: a weekday is the last such day on or before the article date; the
    next one on or after it when the clause speaks of the future ("will meet on Friday") or
    the present (a schedule); around a plan told in the past, the one nearest the article
    date ("said the lockdown would begin on Saturday"). "Last" and "next" win."""
    words = text.lower().split()
    for i, word in enumerate(words):
        day = word.strip(".,")
        if day in WEEKDAYS:
            target = WEEKDAYS.index(day)
            previous = words[i - 1] if i else ""
            ahead = (target - base.weekday()) % 7
            if previous == "next" or (direction in (FUTURE, PRESENT) and previous != "last"):
                delta = ahead or (7 if previous == "next" else 0)
                return base + dt.timedelta(days=delta)
            if direction == AROUND and previous != "last":
                # seven days hold one of each weekday: -3..+3 around the article date
                return base + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
            delta = (base.weekday() - target) % 7
            if previous == "last" and delta == 0:
                delta = 7
            return base - dt.timedelta(days=delta)
    return None


def story_day(text: str, reference: dt.date | None) -> dt.date | None:
    """The day a story-relative expression names ("the same day", "that night", "the next
    morning", "the day before"), counted from ``reference``, the last day the text named;
    None if ``text`` is no such expression or there is no day to count from."""
    found = _STORY_DAY.match(_POSSESSIVE.sub("", text.strip(" ,.")))
    if found is None or reference is None:
        return None
    which = (found.group(1) or found.group(4) or "").lower().split()
    if which == ["the"] and found.group(2).lower() == "day":
        return None  # "the day" alone names no day of the story ("on the day of the vote")
    offset = _STORY_OFFSETS.get(which[-1], 0) if which else 0
    if found.group(4) and which[-1] == "after":
        offset = 1
    return reference + dt.timedelta(days=offset)


def names_a_story_day(text: str) -> bool:
    """Whether ``text`` is a story-relative day (`story_day`) or "last night"."""
    text = _POSSESSIVE.sub("", text.strip(" ,."))
    return _STORY_DAY.match(text) is not None or _LAST_NIGHT.search(text) is not None


def resolve_date(
    text: str, base: dt.date | None, direction: str = NEAREST
) -> tuple[dt.date, str] | None:
    """``(date, granularity)`` for a time expression, ``date`` the first day of the period it
    names, or None if it is not a point in time or cannot be resolved (relative expressions
    need ``base``, the article date).

    ``direction`` (one of `dyad.dates.tense.DIRECTIONS`) says which way to read an expression
    without a year ("May 1", "in March", "Friday"): past is on or before the article date,
    future on or after it; present reads a weekday forward and a calendar date as nearest;
    around (a plan told in the past) and nearest take the reading closest to the article
    date, but nearest reads a weekday as the last one.
    """
    text = _POSSESSIVE.sub("", text.strip(" ,."))
    if _ANAPHORIC.search(text) or _names_no_time(text):
        return None
    cleaned = _LEADING.sub("", text.strip()).strip(" ,.")
    cleaned = _PART_OF.sub("", _LEADING.sub("", cleaned))
    if base is not None:
        period = _named_period(_PART_OF.sub("", _PERIOD_PREPOSITION.sub("", text)), base, direction)
        if period is not None:
            return period
    if not cleaned or _NOT_A_POINT.search(cleaned) or _DURATION.match(cleaned):
        return None
    lower = cleaned.lower()
    if base is not None:
        if _LAST_NIGHT.search(text):
            return base - dt.timedelta(days=1), "day"
        for word, delta in RELATIVE_DAYS.items():
            if re.search(rf"\b{word}\b", lower):
                return base + dt.timedelta(days=delta), "day"
        # "Saturday, April 27" is the 27th: the calendar date is the finer statement
        if not _HAS_YEAR.search(cleaned) and not _CALENDAR_DAY.search(cleaned):
            day = _weekday(cleaned, base, direction)
            if day is not None:
                return day, "day"
    if base is None and not _HAS_YEAR.search(cleaned):
        return None
    return _calendar(first_of_range(cleaned), base, word_direction(cleaned, direction))


def _calendar(text: str, base: dt.date | None, direction: str) -> tuple[dt.date, str] | None:
    """A calendar expression: dateparser reads it; the year of one that names a month but no
    year, and the month of "the 12th", come from ``base`` and ``direction``
    (`dyad.dates.partial`), not from dateparser's preferences."""
    if base is not None and not _HAS_YEAR.search(text):
        ordinal = day_of_month(text)
        if ordinal is not None:
            placed = place_in_month(ordinal, base, direction)
            return (placed, "day") if placed else None
    found = _parse(text, base or dt.date(2000, 1, 1), PAST if direction == PAST else FUTURE)
    if found is None:
        return None
    date, granularity = found
    if base is None or _HAS_YEAR.search(text) or not names_a_month(text):
        return found  # explicit years, and relative expressions ("two months ago")
    if granularity not in ("day", "month"):
        return None
    day = date.day if granularity == "day" else None
    placed = place_in_year(date.month, day, base, direction)
    return (placed, granularity) if placed else None


def _names_no_time(text: str) -> bool:
    """Whether ``text`` names no time: no number that can be a year and no word but joiners
    ("11 and"), or a month name in lower case alone ("march away", "may")."""
    words = re.findall(r"[a-z]+", text.lower())
    if not re.search(r"\d{3,4}", text) and all(w in _NO_TIME_WORDS for w in words):
        return True
    return text.islower() and MONTH_NAME.fullmatch(text) is not None


def _week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def _named_period(text: str, base: dt.date, direction: str) -> tuple[dt.date, str] | None:
    named = _NAMED_WEEK.match(text)
    if named:
        offset = _WEEK_OFFSETS[named.group(1).lower()]
        if offset == 0 and direction == FUTURE and base.weekday() == 6:
            offset = 1  # on a Sunday nothing of the week is ahead: "will ... this week" is next
        return _week_start(base + dt.timedelta(weeks=offset)), "week"
    weekend = _WEEKEND.match(text)
    if weekend:
        return _weekend(weekend.group(1).lower(), base, direction), "day"
    season = _SEASON.match(text)
    if season:
        which, name = season.group(1).lower(), season.group(2).lower()
        return dt.date(_season_year(which, _SEASON_START[name], base, direction), 1, 1), "year"
    ago = _WEEKS_AGO.match(text)
    if ago:
        count = ago.group(1).lower()
        weeks = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        return _week_start(base - dt.timedelta(weeks=weeks)), "week"
    current = _THIS_MONTH_OR_YEAR.match(text)
    if current:
        unit = (current.group(1) or current.group(2)).lower()
        if unit == "week":
            return _week_start(base), "week"
        if unit == "month":
            return base.replace(day=1), "month"
        return dt.date(base.year, 1, 1), "year"
    return None


def _season_year(which: str, start: int, base: dt.date, direction: str) -> int:
    """The year of a named season that begins in month ``start``: "last" summer is the last
    one over, "this past" the last one begun, "next" the next to begin; "this" summer the
    one begun by the article date in a past clause, else the one not yet over."""
    begun = base.month >= start
    over = base.month >= start + 3
    if which == "last":
        return base.year if over else base.year - 1
    if which in ("this past", "past"):
        return base.year if begun else base.year - 1
    if which in ("next", "this coming"):
        return base.year if not begun else base.year + 1
    if direction == PAST:
        return base.year if begun else base.year - 1
    return base.year if not over else base.year + 1


def _weekend(which: str, base: dt.date, direction: str) -> dt.date:
    """The Saturday of a named weekend: "this weekend" is the one under way or, in a past
    clause, the last one begun by the article date and, in a future one, the coming one;
    "this past" weekend the last one begun, "last" weekend the last one over, "next"/"this
    coming" the next to begin."""
    since = (base.weekday() - _SATURDAY) % 7  # days since the last Saturday (0: today)
    current = base - dt.timedelta(days=since) if since <= 1 else None  # a weekend under way
    last = base - dt.timedelta(days=since)
    coming = base + dt.timedelta(days=(_SATURDAY - base.weekday()) % 7 or 7)
    if which == "this past":
        return last
    if which in ("last", "past"):
        return last - dt.timedelta(days=7) if current else last
    if which in ("next", "coming", "this coming"):
        return coming
    if current:
        return current
    return coming if direction in (FUTURE, PRESENT, AROUND) else last


# dateparser takes milliseconds per expression, and expressions recur: on 300 BBC articles
# given a date, 820 of 1,471 calls were answered from this cache
@lru_cache(maxsize=4096)
def _parse(text: str, anchor: dt.date, prefer: str) -> tuple[dt.date, str] | None:
    """``(first day, granularity)`` of dateparser's reading of ``text``."""
    data = _parser(anchor, prefer).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    value = data.date_obj.date()
    if data.period == "day":
        return value, "day"
    if data.period == "month":
        return value.replace(day=1), "month"
    if data.period == "year":
        return dt.date(value.year, 1, 1), "year"
    return None
