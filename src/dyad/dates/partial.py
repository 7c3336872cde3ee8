"""Calendar dates written without their year ("24 April", "in March", "the 12th") and ranges
of days ("24-25 April"): the year, month or day the clause's tense gives.

dateparser reads the day and month of such an expression well, but chooses the year from
its own settings: ``PREFER_DATES_FROM`` makes "April" in an April article next April when
set to ``future``, and a range of days is not a date to it at all ("24-25 April" reads as the
24th of April of the year 25, which it completes to 1925 or 2025). Here the range is cut to
its first day before dateparser sees it, and the year is chosen from the article date and
the direction (`dyad.dates.tense`): past is on or before the article date, future on or after
it, anything else the reading nearest it.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_JOIN = r"\s*(?:-|–|—|to|and|or|through|until)\s*"
MONTH_NAME = re.compile(rf"\b{_MONTH}(?!\w)", re.I)
# "24-25 April", "24 to 26 April" -> "24 April"; "April 24-25" -> "April 24";
# "30 April - 2 May", "April 30 to May 2" -> "30 April", "April 30"
_DAYS_BEFORE_MONTH = re.compile(
    rf"\b(\d{{1,2}}){_ORDINAL}{_JOIN}\d{{1,2}}{_ORDINAL}\s+({_MONTH})", re.I
)
_DAYS_AFTER_MONTH = re.compile(
    rf"\b({_MONTH}\s+\d{{1,2}}){_ORDINAL}{_JOIN}\d{{1,2}}{_ORDINAL}\b", re.I
)
_ACROSS_MONTHS = re.compile(
    rf"^(\d{{1,2}}{_ORDINAL}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}{_ORDINAL}){_JOIN}"
    rf"(?:\d{{1,2}}{_ORDINAL}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}).*$",
    re.I,
)
# "2019-20", "2019–2020" (a season, a fiscal year): its first year
_YEARS = re.compile(r"^((?:1[89]|20)\d\d)\s*(?:-|–|/)\s*(?:\d\d|(?:1[89]|20)\d\d)$")
# "early April", "mid-April", "the end of March": the month
_PART_OF_MONTH = re.compile(
    rf"^(?:early|mid|late|(?:the )?(?:end|beginning|middle|start) of)[- ]+(?={_MONTH})", re.I
)
# "last May", "next April": the month (the word's direction is read by `word_direction`)
_MONTH_OF_YEAR = re.compile(rf"^(?:last|next|this|coming|past|previous)\s+(?={_MONTH})", re.I)
_DAY_OF_MONTH = re.compile(rf"^(?:the )?(\d{{1,2}}){_ORDINAL}$", re.I)
_BACKWARD = re.compile(r"\b(?:last|past|previous)\b", re.I)
_FORWARD = re.compile(r"\b(?:next|coming)\b", re.I)


def first_of_range(text: str) -> str:
    """``text`` with a range of days or years cut to where it starts, and a part of a month
    ("early April", "last May") to the month: what dateparser can read."""
    text = _MONTH_OF_YEAR.sub("", _PART_OF_MONTH.sub("", text))
    years = _YEARS.match(text)
    if years:
        return years.group(1)
    across = _ACROSS_MONTHS.match(text)
    if across:
        return across.group(1)
    text = _DAYS_BEFORE_MONTH.sub(r"\1 \2", text)
    return _DAYS_AFTER_MONTH.sub(r"\1", text)


def names_a_month(text: str) -> bool:
    """Whether ``text`` names a calendar month ("24 April", "in March", "Sept. 3")."""
    return MONTH_NAME.search(text) is not None


def word_direction(text: str, direction: str) -> str:
    """The direction the expression's own words give ("last March", "next April"), else
    ``direction``."""
    if _BACKWARD.search(text):
        return "past"
    if _FORWARD.search(text):
        return "future"
    return direction


def day_of_month(text: str) -> int | None:
    """The day of "the 12th", "15th", when that is all ``text`` says."""
    found = _DAY_OF_MONTH.match(text)
    if found is None or not found.group(0)[-1:].isalpha():  # a bare number is no day
        return None
    day = int(found.group(1))
    return day if 1 <= day <= 31 else None


def place_in_year(month: int, day: int | None, base: dt.date, direction: str) -> dt.date | None:
    """The first day of the day (``day``) or month (``day`` None) of ``month`` in the year
    ``direction`` gives from ``base``: past, the latest one that has begun by ``base``;
    future, the earliest one not over before ``base``; otherwise the one nearest ``base``."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            first = dt.date(year, month, day or 1)
        except ValueError:  # 29 February of a common year
            continue
        candidates.append((first, _last_day(first, day is None)))
    return _pick(candidates, base, direction)


def place_in_month(day: int, base: dt.date, direction: str) -> dt.date | None:
    """The ``day``-th of the month ``direction`` gives from ``base`` (as `place_in_year`)."""
    candidates = []
    for offset in (-1, 0, 1):
        month = base.month + offset
        year = base.year + (month - 1) // 12
        try:
            first = dt.date(year, (month - 1) % 12 + 1, day)
        except ValueError:  # the 31st of a shorter month
            continue
        candidates.append((first, first))
    return _pick(candidates, base, direction)


def _last_day(first: dt.date, whole_month: bool) -> dt.date:
    if not whole_month:
        return first
    following = first.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def _pick(
    candidates: list[tuple[dt.date, dt.date]], base: dt.date, direction: str
) -> dt.date | None:
    """The first day of the candidate period (first day, last day) ``direction`` picks."""
    if direction == "past":
        begun = [first for first, _ in candidates if first <= base]
        return max(begun) if begun else None
    if direction == "future":
        ahead = [first for first, last in candidates if last >= base]
        return min(ahead) if ahead else None

    def distance(period: tuple[dt.date, dt.date]) -> int:
        first, last = period
        return max((first - base).days, (base - last).days, 0)

    return min(candidates, key=distance)[0] if candidates else None
