"""Direct quotations from quotation marks, at the character level.

Works on cleaned text (see `dyad.nlp.cleanup`), where every double quotation mark is the
straight ``"``. Within a paragraph marks pair up left to right. News style continues a quote
over paragraphs by leaving the first paragraph's quote open and opening the next paragraph
with a new mark; such a run becomes one quote.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters that are no part of what was said at the edges of a quote's span.
EDGE_PUNCTUATION = " ,;:-\n\"'"


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    start: int
    """Offset of the first character inside the opening mark."""
    end: int
    """Offset of the closing mark (end-exclusive content), or the paragraph end if unclosed."""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return [(s, e) for s, e in spans if e > s]


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Spans inside double quotation marks, merged across paragraphs when a quote is left
    open at a paragraph's end and the next paragraph starts with a mark."""
    found: list[QuoteMarks] = []
    pending_start: int | None = None
    for p_start, p_end in _paragraphs(text):
        marks = [i for i in range(p_start, p_end) if text[i] == '"']
        continues = pending_start is not None and marks and marks[0] == p_start
        if pending_start is not None and not continues:
            found.append(QuoteMarks(pending_start, _trim_end(text, p_start - 1)))
            pending_start = None
        if continues:
            marks = marks[1:]
        opened: int | None = pending_start if continues else None
        pending_start = None
        for i in marks:
            if opened is None:
                opened = i + 1
            else:
                found.append(QuoteMarks(opened, i))
                opened = None
        if opened is not None:
            pending_start = opened
    if pending_start is not None:
        found.append(QuoteMarks(pending_start, _trim_end(text, len(text))))
    return [q for q in found if q.end > q.start]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " \n":
        end -= 1
    return end
