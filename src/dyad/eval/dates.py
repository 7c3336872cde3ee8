"""Suite ``dates``: time expressions in whole Wikinews articles, found and resolved.

Gold: ``data/dates/gold.jsonl`` (`dyad.eval.dates_gold`), made by annotators
reading each article (docs/annotation-dates.md). Each article is coded as ``dyad code``
codes it, body and title (the title as a Doc of its own, as the pipeline codes it), and
dyad's time expressions, made on the cleaned text, are mapped back to raw offsets.

Scores, per half (dev gated by floors, test only reported; `dyad.eval.dates_gold.HALVES`):

- detection recall and precision: gold and dyad expressions matched one to one by
  character overlap, most overlap first. The dateline (the body's first line, which repeats
  the publication date) is not scored: the guidelines tell annotators not to mark it;
- value accuracy: over matched expressions whose gold value is not null, dyad's value
  (``2019-10-14``, ``2019-W42``, ``2019-10``, ``2019``) equals the gold one; value recall:
  the same count over every gold expression with a value, found or not;
- event-date accuracy: over gold expressions with an anchor and an event date, the date dyad
  gives the event at the anchor equals the gold event date. Where dyad coded an event whose
  trigger overlaps the anchor, its date (`dyad.records.Event.date`, with its granularity);
  elsewhere the date dyad would give an event there: `dyad.events.circumstances.event_date`
  for the anchor and its clause's verb, the same call that dates dyad's events. Expressions
  dyad missed still count here (the event then gets another date or the article's).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyad.doc import TITLE, Found
from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.eval.dates_gold import (
    GOLD,
    GOLD_FILE,
    HALVES,
    Gold,
    halves,
    matched_pairs,
    read_gold,
)
from dyad.eval.metrics import prf
from dyad.eval.newsevents import CORPUS, load_articles
from dyad.events.circumstances import event_date
from dyad.nlp.cleanup import raw_offsets
from dyad.nlp.syntax import clause_verb
from dyad.pipeline import build_pipeline, code_inspected
from dyad.records import Article, DateRef, Event, period_value

# How many of dev's wrong cases the suite shows.
MAX_CASES = 60


@dataclass
class Tally:
    """Counts over one half of the gold."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    valued: int = 0
    """Matched expressions with a gold value."""
    value_right: int = 0
    valued_gold: int = 0
    """Gold expressions with a value, matched or not."""
    anchored: int = 0
    event_right: int = 0
    from_event: int = 0
    """Anchors where dyad coded an event (the rest are dated as a clause would be)."""
    flagged: int = 0
    flagged_right: int = 0
    """Flagged dates (`DateRef.after_article`) whose value is the gold one."""
    by_tense: Counter[tuple[str, bool]] = field(default_factory=Counter)

    def metrics(self) -> dict[str, float]:
        detection = prf(self.matched, self.predicted, self.matched, self.gold)
        return {
            "detection_recall": detection.recall,
            "detection_precision": detection.precision,
            "value_accuracy": self.value_right / self.valued if self.valued else 0.0,
            "value_recall": self.value_right / self.valued_gold if self.valued_gold else 0.0,
            "event_date_accuracy": self.event_right / self.anchored if self.anchored else 0.0,
        }


@dataclass(frozen=True, slots=True)
class Part:
    """One coded part of an article: its Doc, dyad's dates and events in it, and per offset
    of its cleaned text the raw offset it came from."""

    doc: Doc
    dates: list[Found[DateRef]]
    events: tuple[Event, ...]
    to_raw: list[int]
    date: dt.date


def files(data: Path) -> list[Path]:
    """The gold files the suite reads (in the repository; ``data`` is unused)."""
    return [require(GOLD / GOLD_FILE), CORPUS / "articles.jsonl"]


def run(data: Path, coder: Coder, gold_path: Path | None = None) -> SuiteResult:
    gold = read_gold(gold_path or GOLD / GOLD_FILE)
    articles = {a["id"]: a for a in load_articles()}
    half_of = halves()
    nlp = build_pipeline(coder.model)
    tallies = {h: Tally() for h in HALVES}
    cases: list[Case] = []
    for article_id in gold.articles:
        article = articles[article_id]
        parts = _code(nlp, article)
        expressions = [e for e in gold.expressions if e["article"] == article_id]
        half = half_of[article_id]
        found = _score_article(article, parts, expressions, tallies[half])
        if half == "dev":
            cases += found
    return _result(gold, tallies, cases)


def _code(nlp: Language, article: dict[str, Any]) -> dict[str, Part]:
    """The article's body and title, each coded by the whole pipeline (the title as the
    pipeline codes titles)."""
    date = dt.date.fromisoformat(article["date"])
    out = {}
    for part, raw in (("body", article["text"]), ("title", article["title"] or "")):
        if not raw:
            continue
        text_part = TITLE if part == "title" else None
        coded, doc = code_inspected(
            nlp, Article(article["id"], raw, date=date), text_part=text_part
        )
        dates = []
        for ref in coded.dates:
            span = doc.char_span(ref.start, ref.end)
            if span is not None:  # a DateRef is made from a span of the Doc: always found
                dates.append(Found(span.start, span.end, ref))
        to_raw = raw_offsets(raw, coded.article.text)
        out[part] = Part(doc, dates, coded.events, to_raw, date)
    return out


def _predicted(article: dict[str, Any], parts: dict[str, Part]) -> list[dict[str, Any]]:
    """dyad's time expressions of the article, in raw offsets, without the dateline."""
    out = []
    dateline_end = _dateline_end(article["text"])
    for name, part in parts.items():
        for found in part.dates:
            ref = found.record
            start, end = part.to_raw[ref.start], part.to_raw[ref.end]
            if name == "body" and end <= dateline_end:
                continue
            out.append(
                {"article": article["id"], "part": name, "start": start, "end": end, "ref": ref}
            )
    return out


def _dateline_end(text: str) -> int:
    """Where the body's dateline ("Sunday, January 6, 2019") ends; 0 without one."""
    first = text.split("\n", 1)[0]
    return len(first) if len(first.strip()) <= 40 and first.strip()[-4:].isdigit() else 0


def _score_article(
    article: dict[str, Any],
    parts: dict[str, Part],
    expressions: list[dict[str, Any]],
    tally: Tally,
) -> list[Case]:
    predicted = _predicted(article, parts)
    pairs = matched_pairs(expressions, predicted)
    tally.gold += len(expressions)
    tally.predicted += len(predicted)
    tally.matched += len(pairs)
    cases = []
    matched_ids = {id(g) for g, _ in pairs}
    for g in expressions:
        if g.get("value") is not None:
            tally.valued_gold += 1
        if id(g) not in matched_ids:
            cases.append(_case(article, g, "not found", 1.0))
    for g, p in pairs:
        ref = p["ref"]
        tally.flagged += ref.after_article
        tally.flagged_right += ref.after_article and ref.value == g.get("value")
        if g.get("value") is None:
            continue
        right = ref.value == g["value"]
        tally.valued += 1
        tally.value_right += right
        tally.by_tense[(g.get("tense", "?"), right)] += 1
        if not right:
            cases.append(_case(article, g, f"value {ref.value} ({ref.text!r})", 2.0))
    for g in expressions:
        if g.get("anchor_start") is None or g.get("event_date") is None:
            continue
        got, from_event = _event_date_at(parts[g["part"]], g)
        tally.anchored += 1
        tally.from_event += from_event
        tally.event_right += got == g["event_date"]
        if got != g["event_date"]:
            where = "event" if from_event else "clause"
            cases.append(_case(article, g, f"{where} at {g['anchor']!r} dated {got}", 1.5))
    return cases


def _event_date_at(part: Part, g: dict[str, Any]) -> tuple[str | None, bool]:
    """The date dyad gives the event at the gold anchor (its value), and whether dyad coded
    an event there."""
    start = bisect_left(part.to_raw, g["anchor_start"])
    end = max(start + 1, bisect_left(part.to_raw, g["anchor_end"]))
    doc = part.doc
    at = [e for e in part.events if e.start < end and start < e.end]
    if at:
        event = min(at, key=lambda e: abs(e.start - start))
        value = period_value(event.date, event.date_granularity) if event.date else None
        return value, True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, False
    token = span.root
    date, _, granularity = event_date(doc, {token.i, clause_verb(token).i}, part.dates, part.date)
    return (period_value(date, granularity) if date else None), False


def _case(article: dict[str, Any], g: dict[str, Any], got: str, badness: float) -> Case:
    raw = article["title"] if g["part"] == "title" else article["text"]
    context = raw[max(0, g["start"] - 80) : g["end"] + 80].replace("\n", " ")
    want = f"{g['text']!r} = {g.get('value')} ({g.get('tense')}), event {g.get('event_date')}"
    return Case(f"{g['article']}:{g['part']}@{g['start']}", context, want, got, badness)


def _result(gold: Gold, tallies: dict[str, Tally], cases: list[Case]) -> SuiteResult:
    dev = tallies["dev"]
    result = SuiteResult("dates", dev.metrics(), dev.gold)
    result.cases = sorted(cases, key=lambda c: -c.badness)[:MAX_CASES]
    table = [["half", "gold", "dyad", *(k.replace("_", " ") for k in METRICS)]]
    for half in HALVES:
        t = tallies[half]
        m = t.metrics()
        table.append([half, str(t.gold), str(t.predicted)] + [f"{m[k]:.3f}" for k in METRICS])
    result.tables["halves (test is reported, never gated or tuned on)"] = table
    result.tables["counts"] = [
        ["half", "valued gold", "matched valued", "anchored", "dated from an event", "flagged"],
        *[
            [
                h,
                str(tallies[h].valued_gold),
                str(tallies[h].valued),
                str(tallies[h].anchored),
                str(tallies[h].from_event),
                f"{tallies[h].flagged} ({tallies[h].flagged_right} right)",
            ]
            for h in HALVES
        ],
    ]
    result.tables["dev: value accuracy by gold tense"] = [
        ["tense", "matched valued", "right"],
        *[
            [
                tense,
                str(dev.by_tense[(tense, True)] + dev.by_tense[(tense, False)]),
                str(dev.by_tense[(tense, True)]),
            ]
            for tense in sorted({t for t, _ in dev.by_tense})
        ],
    ]
    result.notes.append(
        f"gold: {len(gold.expressions)} expressions in {len(gold.articles)} articles "
        f"({gold.header.get('annotator', '?')}); metrics and floors are the dev half's"
    )
    return result


METRICS = (
    "detection_recall",
    "detection_precision",
    "value_accuracy",
    "value_recall",
    "event_date_accuracy",
)
