"""Time expressions in a Doc: spaCy DATE entities and weekday names, resolved."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from dyad.dates.resolve import (
    RELATIVE_DAYS,
    WEEKDAYS,
    names_a_story_day,
    resolve_date,
    story_day,
)
from dyad.dates.tense import PAST, clause_direction
from dyad.doc import Found
from dyad.lexicons import word_set
from dyad.nlp.sentences import layout
from dyad.records import DateRef

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_YEAR_PREPOSITIONS = word_set("dyad.dates", "year_prepositions.csv")
AFTER_ARTICLE_DAYS = 7
"""A date whose period starts more than this many days after the article date is flagged
(`DateRef.after_article`). A week because that is as far ahead as a weekday reads ("next
Friday" in a Friday article): beyond it only a calendar date, a named period ("next
month") or a misreading reaches, and the reader should see which. Not tuned on any gold;
the dates suite (``dyad eval dates``) counts the flags where gold and dyad disagree."""


def _is_number_not_year(span: Span) -> bool:
    """A bare number tagged DATE that is an age, a count or a time ("He was 95", "1846
    persons", "resolution 2259", "1800 UTC"), not a year."""
    words = [t for t in span if not t.is_punct and t.lower_ not in _YEAR_PREPOSITIONS]
    if len(words) != 1 or not words[0].text.isdigit():
        return False
    token = words[0]
    number = int(token.text)
    if len(token.text) != 4 or not 1000 <= number <= 2100:
        return True
    if token.dep_ in ("nummod", "compound", "appos", "quantmod") and token.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text.isupper() and after.is_alpha:  # "1800 UTC", "2259 UN"
        return True
    before = token.doc[token.i - 1] if token.i else None
    return number < 1900 and (before is None or before.lower_ not in _YEAR_PREPOSITIONS)


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and (span.doc[end - 1].is_space or span.doc[end - 1].is_punct):
        end -= 1
    return _ago_tail(span.doc[start:end])


# Counts that start "<count> <unit> ago"
_FEW = frozenset({"a", "an", "several", "few", "many", "some"})


def _ago_tail(span: Span) -> Span:
    """The tail "<count> <unit> ago" of an entity that took in the words before it ("the
    cathedral 900 years ago" -> "900 years ago")."""
    if len(span) < 4 or span[-1].lower_ != "ago":
        return span
    count = span[-3]
    if not (count.like_num or count.lower_ in _FEW):
        return span
    start = count.i  # and the words that modify the tail: "about", the "a" of "a few"
    while start > span.start and start <= span.doc[start - 1].head.i < span.end:
        start -= 1
    return span.doc[start : span.end]


def _candidates(doc: Doc) -> list[Span]:
    # a TIME that names its day ("earlier today", "yesterday morning") dates like a DATE
    # and so does one of the story's days ("that night", "the next morning", "last night")
    spans = [
        e
        for e in doc.ents
        if e.label_ == "DATE"
        or (
            e.label_ == "TIME"
            and (any(w.lower_ in RELATIVE_DAYS for w in e) or names_a_story_day(e.text))
        )
    ]
    covered = {i for s in spans for i in range(s.start, s.end)}
    text = layout(doc).text  # doc.text is rebuilt per access
    for match in _WEEKDAY.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and span.start not in covered and span[0].text[:1].isupper():
            spans.append(span)
    for match in _STORY_TIME.finditer(text):
        span = doc.char_span(*match.span(match.lastindex or 0))
        if span is not None and span.start not in covered:
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


# The time the story is at: "since then", "at that time", "at the time" (but "at the time of
# the fire", "at the time when", which name it); the time last named before them
_STORY_TIME = re.compile(
    r"\b(?:since|by|before|from) (then)\b|\bat (th(?:at|e) time)\b(?!\s+(?:of|when|that)\b)",
    re.I,
)
_STORY_TIMES = frozenset({"then", "that time", "the time"})


# Words after a day that tell it from an event: "the morning following the shooting"
_FROM_AN_EVENT = frozenset({"following", "after", "before", "of", "preceding"})


def _relative_to_an_event(span: Span) -> bool:
    """Whether a day is told from an event named after it ("the morning following the
    shooting", "the day of the funeral", "the night before the vote")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.lower_ in _FROM_AN_EVENT


def after_article(date: dt.date, article_date: dt.date | None) -> bool:
    """Whether ``date`` starts more than `AFTER_ARTICLE_DAYS` days after the article date."""
    return article_date is not None and (date - article_date).days > AFTER_ARTICLE_DAYS


def extract_dates(
    doc: Doc, article_date: dt.date | None, headline: bool = False
) -> list[Found[DateRef]]:
    """Every resolvable point-in-time expression, in text order; ``headline``: ``doc`` is an
    article's title (`dyad.dates.tense.clause_direction`). A day of the story ("the same
    day", "the next morning") counts from the last day named before it, the dateline's
    included (in a past clause, the last one not after the article date); with none before
    it, or a month or a year named since, it is left unresolved. The story's time ("since
    then", "at that time") is the last time named before it, of any period."""
    out: list[Found[DateRef]] = []
    last_day: dt.date | None = None
    last_past_day: dt.date | None = None
    last: tuple[dt.date, str] | None = None  # the last time named, any period
    last_past: tuple[dt.date, str] | None = None
    for found in _candidates(doc):
        span = _trim(found)
        if not len(span) or _is_number_not_year(span):
            continue
        direction = clause_direction(span, headline)
        # a past event's day counts from the last day named that is not after the article;
        # "the morning following the shooting" counts from the shooting, not from a day
        day = None
        if not _relative_to_an_event(span):
            day = story_day(span.text, last_past_day if direction == PAST else last_day)
        if day is not None:
            resolved: tuple[dt.date, str] | None = (day, "day")
        elif span.text.lower() in _STORY_TIMES:
            resolved = last_past if direction == PAST else last
        else:
            resolved = resolve_date(span.text, article_date, direction)
        if resolved is None:
            continue
        date, granularity = resolved
        last = resolved
        if article_date is None or date <= article_date:
            last_past = resolved
        if granularity == "day":
            last_day = date
            if article_date is None or date <= article_date:
                last_past_day = date
        else:  # the story moved to a month or a year: which day it is, is not known
            last_day = last_past_day = None
        ref = DateRef(
            span.start_char,
            span.end_char,
            span.text,
            date,
            granularity,
            after_article=after_article(date, article_date),
        )
        out.append(Found(span.start, span.end, ref))
    return out
