"""Attributions the candidate rules miss, proposed by a word tagger on the adapted MiniLM.

The candidates of `dyad.quotes.candidates` come from the parse, and when the parse hangs the
reported words elsewhere than the rules look ("[the fears] stoked by the mayor", "[the plan]
the minister rejected", content deep in a clause) no candidate exists to be scored: of PolNeAR
train's attributions the shipped models miss, about half have no candidate at all
(docs/quotes.md). The tagger reads each sentence and gives every word piece four
probabilities: that it lies in a cue, in a source, in a content, and that a content starts
there. Runs of content words become proposed contents, each attributed to the nearest run
of cue words and that cue's nearest source. ``scripts/train_quotes_tagger.py`` adapts the
first three layers of all-MiniLM-L6-v2 to PolNeAR train's annotations, as the quote encoder
does (`dyad.quotes.encoder`), with its own low-rank updates and a linear head
(``data/quote_tagger.safetensors``).

A proposal is a quote only where dyad's other quotes leave room (`extract_quotes` drops the
ones overlapping them), so the tagger adds recall and never overrides the rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
from spacy.tokens import Span

from dyad.quotes.encoder import (
    CharSpan,
    MiniLM,
    head_weights,
    minilm_from,
    pieces_in,
    shipped_weights,
)
from dyad.quotes.marks import EDGE_PUNCTUATION

WEIGHTS = "data/quote_tagger.safetensors"
CUE, SOURCE, CONTENT, CONTENT_START = range(4)
# A word belongs to a part when the mean probability of its pieces reaches this: even odds
# for each yes/no target as trained, not tuned.
WORD_THRESHOLD = 0.5
# A proposed content is kept when its words' mean content probability reaches this. On
# fold 0 of PolNeAR train (the tagger and the linear model trained on the other four folds;
# a throwaway script with torch's probabilities), F1 at 0.3 was 0.7787 with the linear model
# alone and 0.7942 / 0.8018 / 0.8035 / 0.7988 / 0.7848 with proposals at 0.5 / 0.6 / 0.7 /
# 0.8 / 0.9; `scripts/train_quotes_tagger.py --score-fold 0` gives 0.8037 at 0.7.
PROPOSAL_THRESHOLD = 0.7
_EDGE = frozenset(EDGE_PUNCTUATION)
# The sentence's closing punctuation is no part of what was said either, but the tagger's
# probability is read with it (as measured).
_STOPS = frozenset({".", "!", "?", "...", "\u2026"})

WordRun = tuple[int, int]  # token positions within a sentence, end exclusive


@dataclass(frozen=True, slots=True)
class Proposal:
    """A content the tagger found, with the cue and source runs it is attributed to
    (`Span`s of the doc; ``source`` is None when the tagger marked none near the cue)."""

    content: Span
    cue: Span
    source: Span | None
    probability: float


class SpanTagger:
    """Word-piece probabilities of cue, source, content and content start, per sentence."""

    def __init__(self, encoder: MiniLM, head: dict[str, np.ndarray]) -> None:
        self.encoder = encoder
        self.weight = head["head.weight"]
        self.bias = head["head.bias"]

    def piece_probabilities(self, sentence: str) -> tuple[np.ndarray, list[CharSpan]]:
        """A (pieces, 4) array of probabilities and each piece's character span."""
        states, offsets = self.encoder.hidden_states(sentence)
        z = states @ self.weight.T + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), offsets

    def proposals(self, sentence: Span) -> Iterator[Proposal]:
        """The attributions this tagger proposes in one sentence of a parsed doc."""
        words = self.word_probabilities(sentence)
        cues = _runs(words[:, CUE] >= WORD_THRESHOLD)
        sources = _runs(words[:, SOURCE] >= WORD_THRESHOLD)
        for start, end in _contents(words):
            start, end = _trimmed(sentence, start, end, _EDGE)
            if end <= start:
                continue
            probability = float(words[start:end, CONTENT].mean())
            start, end = _trimmed(sentence, start, end, _EDGE | _STOPS)
            if end <= start or probability < PROPOSAL_THRESHOLD:
                continue
            cue = _nearest([c for c in cues if _apart(c, (start, end))], (start, end))
            if cue is None:
                continue
            # the one who speaks is neither the cue nor inside what is said
            source = _nearest(
                [s for s in sources if _apart(s, cue) and _apart(s, (start, end))], cue
            )
            yield Proposal(
                sentence[start:end],
                sentence[cue[0] : cue[1]],
                sentence[source[0] : source[1]] if source is not None else None,
                probability,
            )

    def word_probabilities(self, sentence: Span) -> np.ndarray:
        """A (words, 4) array: per token of ``sentence``, its pieces' mean probabilities of
        cue, source and content, and its first piece's of a content start (zeros for a word
        cut off a long sentence)."""
        pieces, offsets = self.piece_probabilities(sentence.text)
        out = np.zeros((len(sentence), 4), dtype=np.float32)
        base = sentence.start_char
        for k, token in enumerate(sentence):
            rows = pieces_in(offsets, (token.idx - base, token.idx - base + len(token)))
            if rows:
                out[k, :CONTENT_START] = pieces[rows, :CONTENT_START].mean(0)
                out[k, CONTENT_START] = pieces[rows[0], CONTENT_START]
        return out


def _runs(flags: np.ndarray) -> list[WordRun]:
    """The maximal runs of consecutive True."""
    out: list[WordRun] = []
    start = None
    for k, flag in enumerate(flags):
        if flag and start is None:
            start = k
        elif not flag and start is not None:
            out.append((start, k))
            start = None
    if start is not None:
        out.append((start, len(flags)))
    return out


def _contents(words: np.ndarray) -> list[WordRun]:
    """Runs of content words, split where a word starts a new content ("[…] and [...]")."""
    out: list[WordRun] = []
    for start, end in _runs(words[:, CONTENT] >= WORD_THRESHOLD):
        cuts = [k for k in range(start + 1, end) if words[k, CONTENT_START] >= WORD_THRESHOLD]
        bounds = [start, *cuts, end]
        out.extend(pairwise(bounds))
    return out


def _trimmed(sentence: Span, start: int, end: int, edges: frozenset[str]) -> WordRun:
    """The run without the words in ``edges`` (punctuation, quotation marks) at its ends."""
    while start < end and sentence[start].text in edges:
        start += 1
    while end > start and sentence[end - 1].text in edges:
        end -= 1
    return start, end


def _apart(a: WordRun, b: WordRun) -> bool:
    """Whether two runs share no word."""
    return a[1] <= b[0] or b[1] <= a[0]


def _nearest(runs: list[WordRun], to: WordRun) -> WordRun | None:
    """The run closest to ``to`` (the words between them fewest; the earlier on a tie)."""
    return min(runs, key=lambda r: max(to[0] - r[1], r[0] - to[1]), default=None)


@lru_cache(maxsize=1)
def load_span_tagger() -> SpanTagger:
    """The shipped tagger: the base model from its package, dyad's updates and head.

    Raises:
        ModelError: E102 when the base model package or dyad's weights are missing.
    """
    return tagger_from(shipped_weights(WEIGHTS))


def tagger_from(trained: dict[str, np.ndarray]) -> SpanTagger:
    """A tagger of the installed base model with ``trained`` updates and head."""
    return SpanTagger(minilm_from(trained), head_weights(trained))
