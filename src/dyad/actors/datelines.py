"""Datelines: the place a wire story was filed from is not an actor.

"KUALA LUMPUR, Malaysia — Malaysian police arrested ..." and "WASHINGTON (Reuters) - The
president ..." open a paragraph with the place of filing in capitals, an optional region
or country, an optional agency in parentheses, and a dash. A reader takes that place as a
place; coded as an actor it made MYSGOV a party of the story (issue #24). Written here as a
pattern rather than taken from a library because it is a typographic convention of wire
copy, which no parser or NER model marks.
"""

from __future__ import annotations

import re

# A paragraph's start: a city in capitals of four characters or more (so that "US — China
# talks" or "UN, EU — ..." stay sentences), then ", Region" in any case, then "(Agency)",
# then a dash of any kind followed by a space.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'\- ]{2,}[A-Z.](?:,[ \t]*[A-Z][\w.'\- ]{0,40}?)?[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?(?:—|–|--?)[ \t]"
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline in ``text``, the dash included."""
    return [m.span() for m in _DATELINE.finditer(text)]


def in_dateline(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether characters ``start..end`` lie inside one of the datelines ``spans``."""
    return any(s <= start and end <= e for s, e in spans)
