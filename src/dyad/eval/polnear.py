"""Suite ``polnear``: quote attribution on PolNeAR dev (US political news, 2016).

For each article the first annotator's attributions are gold. A gold attribution (its
content span) is matched by a dyad quote when their word overlap |A∩B| / max(|A|,|B|)
reaches the threshold (0.3, also reported at 0.8), one to one, best first. Words are the
whitespace-separated words of the raw article text; dyad's spans, made on its cleaned text,
are mapped back to raw offsets (`dyad.nlp.cleanup.raw_offsets`). Speaker accuracy: of the
quotes matched at 0.3 whose gold source has a non-pronoun word, the share whose resolved
speaker name (or speaker text) shares such a word with it. Gold sources that are only a
pronoun ("he", 22% of PolNeAR dev's) cannot be compared by words and are counted apart
(``pronoun_sources``): PolNeAR does not say whom the pronoun means.
"""

from __future__ import annotations

import ast
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.eval.metrics import match_best_first, prf, word_overlap
from dyad.nlp.cleanup import raw_offsets
from dyad.records import Quote

GOLD = "quotes/polnear/polnear_dev.jsonl"
# Pronouns and articles do not identify a speaker ("he" matches nobody).
PRONOUNS = frozenset(
    {
        *("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she"),
        *("her", "hers", "it", "its", "they", "them", "their", "this", "that", "who"),
        *("which", "the", "a", "an"),
    }
)
_WORD = re.compile(r"\S+")


def files(data: Path) -> list[Path]:
    return [require(data / GOLD)]


def load(data: Path) -> list[dict[str, Any]]:
    """The first annotator's record of each article of the dev split."""
    return first_annotations(data / GOLD)


def first_annotations(path: Path) -> list[dict[str, Any]]:
    """The first annotator's record of each article in a PolNeAR JSONL file (train or dev),
    attributions parsed."""
    seen: set[str] = set()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["doc"] in seen:
            continue
        seen.add(record["doc"])
        atts = record["attributions"]
        record["attributions"] = ast.literal_eval(atts) if isinstance(atts, str) else atts
        out.append(record)
    return out


class Words:
    """Word positions of a raw text, for turning character spans into word sets."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def of(self, start: int, end: int) -> set[int]:
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        return set(range(first, last))


def _content_words(att: dict[str, Any], words: Words) -> set[int]:
    out: set[int] = set()
    for start, end in att["content"]["spans"]:
        out |= words.of(start, end)
    return out


def _tokens(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in PRONOUNS}


def run(data: Path, coder: Coder) -> SuiteResult:
    records = load(data)
    coded = coder.code([(r["text"], None) for r in records])
    tally = Tally()
    for record, result in zip(records, coded, strict=True):
        tally.add(record, result.article.text, result.quotes)
    return SuiteResult(
        "polnear",
        tally.metrics(),
        sum(len([a for a in r["attributions"] if a.get("content")]) for r in records),
        tally.cases,
        notes=[
            f"{len(records)} articles, {tally.counts[0.3][2]} gold attributions, "
            f"{tally.counts[0.3][1]} dyad quotes; speaker accuracy over {tally.speaker_n} "
            f"matched quotes, {tally.pronoun_sources} more with a pronoun-only gold source "
            "not scored"
        ],
    )


class Tally:
    """The suite's counts over articles: matches, predictions and gold at each overlap
    threshold, and speakers. Also scores quotes found otherwise than by `run` (the folds of
    ``scripts/train_quotes.py``)."""

    def __init__(self) -> None:
        self.counts = {0.3: [0, 0, 0], 0.8: [0, 0, 0]}  # matched, predicted, gold
        self.speaker_n = self.speaker_ok = self.pronoun_sources = 0
        self.cases: list[Case] = []

    def add(self, record: dict[str, Any], text: str, quotes: Sequence[Quote]) -> None:
        """Count one article: its PolNeAR ``record`` and the ``quotes`` dyad found in its
        cleaned ``text``."""
        raw = record["text"]
        words = Words(raw)
        gold = [a for a in record["attributions"] if a.get("content") and a["content"].get("spans")]
        gold_words = [_content_words(a, words) for a in gold]
        pred_words = _predicted_words(raw, text, quotes, words)
        for threshold, store in self.counts.items():
            pairs = match_best_first(gold_words, pred_words, word_overlap, threshold)
            store[0] += len(pairs)
            store[1] += len(pred_words)
            store[2] += len(gold_words)
            if threshold != 0.3:
                continue
            matched_gold = {g for g, _, _ in pairs}
            for gi, pi, _ in pairs:
                self._speaker(record["doc"], gold[gi], next(q for q in quotes if q.statement == pi))
            for gi, att in enumerate(gold):
                if gi not in matched_gold:
                    source = (att.get("source") or {}).get("text")
                    self.cases.append(
                        Case(
                            record["doc"],
                            att["content"]["text"][:300],
                            f"quote by {source!r}",
                            "missed",
                            1.0,
                        )
                    )

    def _speaker(self, doc_id: str, att: dict[str, Any], q: Quote) -> None:
        source = (att.get("source") or {}).get("text")
        if not source:
            return
        if not _tokens(source):
            self.pronoun_sources += 1
            return
        self.speaker_n += 1
        said = q.speaker.name or q.speaker.text if q.speaker else None
        if _tokens(said) & _tokens(source):
            self.speaker_ok += 1
        else:
            self.cases.append(
                Case(doc_id, q.text[:300], f"speaker {source!r}", f"speaker {said!r}", 0.5)
            )

    def metrics(self) -> dict[str, float]:
        at3 = prf(*(self.counts[0.3][i] for i in (0, 1, 0, 2)))
        at8 = prf(*(self.counts[0.8][i] for i in (0, 1, 0, 2)))
        return {
            "precision_03": at3.precision,
            "recall_03": at3.recall,
            "f1_03": at3.f1,
            "precision_08": at8.precision,
            "recall_08": at8.recall,
            "f1_08": at8.f1,
            "speaker_accuracy": self.speaker_ok / self.speaker_n if self.speaker_n else 0.0,
        }


def _predicted_words(raw: str, text: str, quotes: Sequence[Quote], words: Words) -> list[set[int]]:
    """The words of each statement dyad found (a split quote's parts are one statement, as
    PolNeAR's multi-span contents are one attribution)."""
    mapping = raw_offsets(raw, text)
    by_statement: dict[int, set[int]] = {}
    for q in quotes:
        start = mapping[q.start]
        end = mapping[max(q.start, q.end - 1)] + 1
        by_statement.setdefault(q.statement, set()).update(words.of(start, end))
    return list(by_statement.values())
