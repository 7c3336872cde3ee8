"""Fast sentence and offset lookups on a parsed Doc.

spaCy recomputes ``token.sent``, ``doc.sents`` and ``doc.text`` on every access, which
is quadratic for stages that ask per token on long articles (a 56k-character interview took
minutes). `layout` builds the lookups once per Doc and caches them in ``doc.user_data``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span

_KEY = "dyad_layout"


@dataclass(frozen=True, slots=True)
class Layout:
    """A Doc's text, sentences and token offsets, read once by `layout`: what the stages ask
    token by token is answered from these by bisection, not by spaCy rebuilding them."""

    text: str
    """``doc.text``, which spaCy rebuilds from the tokens on every access."""
    sentences: tuple[Span, ...]
    sentence_starts: tuple[int, ...]
    """Token index of each sentence's first token."""
    token_starts: tuple[int, ...]
    """Character offset of each token."""

    def sentence_of(self, token_i: int) -> int:
        return max(0, bisect_right(self.sentence_starts, token_i) - 1)

    def sentence_span(self, token_i: int) -> Span:
        return self.sentences[self.sentence_of(token_i)]

    def sentence_at_char(self, char: int) -> int:
        """The index of the sentence holding character ``char`` (the last one if past the end)."""
        token_i = max(0, bisect_right(self.token_starts, char) - 1)
        return self.sentence_of(token_i)

    def first_token_from(self, char: int) -> int | None:
        """Index of the first token starting at or after ``char``."""
        i = bisect_left(self.token_starts, char)
        return i if i < len(self.token_starts) else None

    def last_token_before(self, char: int, doc: Doc) -> int | None:
        """Index of the last token ending at or before ``char``."""
        i = bisect_right(self.token_starts, char) - 1
        while i >= 0 and doc[i].idx + len(doc[i]) > char:
            i -= 1
        return i if i >= 0 else None


def layout(doc: Doc) -> Layout:
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, Layout):
        return cached
    columns = doc.to_array([IDX, SENT_START]).astype("int64")
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        sentence_starts = tuple(s.start for s in doc.sents)  # the hook, or spaCy's error
    else:
        # what doc.sents yields, without making a Token per token: a sentence starts at 0
        # and at every later token whose sent_start is 1
        sentence_starts = (0, *(numpy.flatnonzero(columns[1:, 1] == 1) + 1).tolist())
    ends = (*sentence_starts[1:], len(doc))
    built = Layout(
        text=doc.text,
        sentences=tuple(doc[a:b] for a, b in zip(sentence_starts, ends, strict=True) if len(doc)),
        sentence_starts=sentence_starts if len(doc) else (),
        token_starts=tuple(columns[:, 0].tolist()),
    )
    doc.user_data[_KEY] = built
    return built
