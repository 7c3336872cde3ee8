"""Article dates: the publication date a record, a crawl header or a page gives, as a UTC day.

What is stored is a calendar date (`Article.date`): the UTC date of the instant the value
names when it has a time ("December 18, 2016 8:31 PM EST" -> 2016-12-19), the day as written
when it has none ("Dec 11, 2016" -> 2016-12-11). A time without a zone is read as UTC. A month
or a year alone gives its first day ("2016-12" -> 2016-12-01). The time itself is not kept.

Values are tried by the standard library first (exact and fast: ISO 8601, then RFC 2822 as in
e-mail and RSS), then by dateparser (everything else, in English) with relative expressions
("yesterday") turned off: they would be read against today, not against the article. Numeric
dates are read month first (``12/11/2016`` is December 11) unless ``day_first``; dotted ones
(``11.12.2016``) day first, the convention of every language that writes them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

# Longer values are not dates but text that landed in the date field; dateparser's time
# grows with the length of what it is given. English only: with every language, a value that
# is no date ("yesterday" with relative dates off) took 5.7 s, with English 0.23 s.
_MAX_CHARS = 100
_DIGIT = re.compile(r"[0-9]")
# Hand-written because dateparser's DATE_ORDER is one order for every separator, and dotted
# numeric dates are day-first wherever they are written (German, Russian, Turkish feeds).
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
# An RFC 2822 date-time, whole ("Sun, 11 Dec 2016 10:00:00 GMT", as in RSS): email.utils
# reads anything loosely ("11 Dec 2016 8:31 PM EST" as 08:31), so only these go to it, the
# rest to dateparser.
_RFC2822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s+(?:[+-]\d{4}|[A-Za-z]{1,5})"
)


def parse_published(value: object, *, day_first: bool = False) -> dt.date | None:
    """The UTC calendar date ``value`` names, or None when it names none.

    ``value`` is a string (any format above) or a number (a Unix timestamp in seconds or
    milliseconds, or ``YYYYMMDD``). Anything else, and any string that is no date, gives None:
    the caller decides whether that is worth a warning.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # JSON writers give 1481450400.0 for a whole number of seconds
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    if isinstance(value, int) and abs(value) >= 10**_MAX_CHARS:
        return None  # str() of a huge int raises; no timestamp is this long
    text = str(value).strip()
    if len(text) > _MAX_CHARS or not text.isprintable() or _DIGIT.search(text) is None:
        return None  # a date dyad reads names its year in digits
    return _parse_text(text, day_first)


# dateparser takes 3-26 ms a value on this shared machine (the standard library µs), and
# a feed repeats its date strings (every article of a day, when it gives no time).
@lru_cache(maxsize=4096)
def _parse_text(text: str, day_first: bool) -> dt.date | None:
    found = _iso(text) or _rfc2822(text) or _dateparser(text, day_first)
    if found is None:
        return None
    try:
        return (found.astimezone(dt.UTC) if found.tzinfo is not None else found).date()
    except OverflowError:  # 0001-01-01T00:00+05:00 has no UTC date
        return None


def _iso(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc2822(text: str) -> dt.datetime | None:
    if not _RFC2822.fullmatch(text):
        return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def _dateparser(text: str, day_first: bool) -> dt.datetime | None:
    order = "DMY" if day_first or _DOTTED.fullmatch(text) else "MDY"
    try:
        found = _parser(order).get_date_data(text).date_obj
    except (ValueError, TypeError, OverflowError, OSError, AttributeError):
        # dateparser lets a few out-of-range values through to datetime (a timestamp past
        # year 9999, day 0): those are no dates either
        return None
    return found


@cache
def _parser(order: str) -> DateDataParser:
    # imported here: dateparser takes ~0.6 s to import (3 runs on this machine), and most
    # inputs carry ISO dates the standard library reads
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PARSERS": ["timestamp", "absolute-time"],
            "REQUIRE_PARTS": ["year"],
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_MONTH_OF_YEAR": "first",
            "DATE_ORDER": order,
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": True,
        },
    )
