"""Time expressions in a Doc: spaCy DATE entities and weekday names, resolved."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from dyad.dates.resolve import WEEKDAYS, resolve_date
from dyad.records import DateRef

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_FUTURE_AUX = ("will", "shall", "'ll")


def _future(span: Span) -> bool:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)


def _candidates(doc: Doc) -> list[Span]:
    spans = [e for e in doc.ents if e.label_ == "DATE"]
    covered = {i for s in spans for i in range(s.start, s.end)}
    for match in _WEEKDAY.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and span.start not in covered and span[0].text[:1].isupper():
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def extract_dates(doc: Doc, article_date: dt.date | None) -> list[DateRef]:
    """Every resolvable point-in-time expression, in text order."""
    out: list[DateRef] = []
    for span in _candidates(doc):
        resolved = resolve_date(span.text, article_date, future=_future(span))
        if resolved is None:
            continue
        value, granularity = resolved
        out.append(DateRef(span.start_char, span.end_char, span.text, value, granularity))
    return out
