"""dyad's time-expression gold (``data/dates``): loading, checking and agreement.

Annotators read whole Wikinews articles of the news-event corpus (``data/events``) and mark
every time expression with the period it refers to, the tense and the anchor (the word whose
event it dates) and that event's date (docs/annotation-dates.md). The dates suite's halves
follow the corpus's split: articles of its dev and test splits are the dates **test** half,
its train articles the dates **dev** half.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyad.eval.metrics import match_best_first
from dyad.eval.newsevents import CORPUS, cohen_kappa, load_articles, read_headed_jsonl

GOLD = Path(__file__).resolve().parents[3] / "data" / "dates"
"""The gold in a source checkout of dyad (data of the repository, not of the package)."""
GOLD_FILE = "gold.jsonl"
HALVES = ("dev", "test")
HALF_OF_SPLIT = {"train": "dev", "dev": "test", "test": "test"}
"""The dates half of an article by its news-event split: the test half holds the articles
the event corpus keeps out of training (dev and test), so no rule tuned on them is scored."""
PARTS = ("title", "body")
TENSES = ("past", "present", "future")
KEYS = frozenset(
    {
        "article",
        "part",
        "start",
        "end",
        "text",
        "value",
        "range",
        "tense",
        "anchor",
        "anchor_start",
        "anchor_end",
        "event_date",
        "note",
    }
)
# A period as the guidelines write it: a day, an ISO week, a month or a year.
PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotation file: the articles it covers and its expressions, in file order."""

    header: dict[str, Any]
    articles: tuple[str, ...]
    expressions: tuple[dict[str, Any], ...]


def read_gold(path: Path) -> Gold:
    """An annotation file: its header line, then one expression per line."""
    header, expressions = read_headed_jsonl(path)
    articles = tuple(header.get("articles") or dict.fromkeys(e["article"] for e in expressions))
    return Gold(header, articles, tuple(expressions))


def halves(corpus: Path = CORPUS) -> dict[str, str]:
    """Article id -> ``dev`` or ``test``: its half of the dates suite."""
    return {a["id"]: HALF_OF_SPLIT[a["split"]] for a in load_articles(corpus)}


def granularity(value: str | None) -> str:
    """``day``, ``week``, ``month``, ``year`` or ``none`` of a period as gold writes it."""
    if value is None:
        return "none"
    if "W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "none")


def problems(gold: Gold, articles: dict[str, dict[str, Any]]) -> list[str]:
    """Everything wrong with an annotation file, as ``where: what`` lines (none: valid).
    ``articles``: the corpus's articles by id."""
    out = [f"header: {a!r} is no article of the corpus" for a in gold.articles if a not in articles]
    for n, e in enumerate(gold.expressions, start=1):
        where = f"expression {n} ({e.get('article')})"
        out += [f"{where}: {p}" for p in _expression_problems(e, articles, gold.articles)]
    return out


def _expression_problems(
    e: dict[str, Any], articles: dict[str, dict[str, Any]], covered: Iterable[str]
) -> list[str]:
    out = [f"unknown key {k!r}" for k in sorted(set(e) - KEYS)]
    article = articles.get(e.get("article", ""))
    if article is None or e["article"] not in covered:
        return [*out, f"article {e.get('article')!r} is not covered by the header"]
    if e.get("part") not in PARTS:
        return [*out, f"part {e.get('part')!r} is neither title nor body"]
    raw = article["title"] if e["part"] == "title" else article["text"]
    if _slice(raw, e.get("start"), e.get("end")) != e.get("text"):
        out.append(f"text {e.get('text')!r} is not at {e.get('start')}:{e.get('end')}")
    for key in ("value", "event_date"):
        if e.get(key) is not None and not PERIOD.match(str(e[key])):
            out.append(f"{key} {e[key]!r} is no YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD")
    if e.get("tense") not in TENSES:
        out.append(f"tense {e.get('tense')!r} is not one of {', '.join(TENSES)}")
    anchor = (e.get("anchor"), e.get("anchor_start"), e.get("anchor_end"))
    if any(a is not None for a in anchor) and _slice(raw, anchor[1], anchor[2]) != anchor[0]:
        out.append(f"anchor {anchor[0]!r} is not at {anchor[1]}:{anchor[2]}")
    return out


def _slice(raw: str, start: Any, end: Any) -> str | None:
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(raw):
        return None
    return raw[start:end]


def overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Characters two spans share over the longer one's (0: disjoint or other part)."""
    if (a["article"], a["part"]) != (b["article"], b["part"]):
        return 0.0
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return max(0, shared) / max(a["end"] - a["start"], b["end"] - b["start"])


def matched_pairs(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one pairs of overlapping spans (most overlap first), within an article part."""
    return [(first[i], second[j]) for i, j, _ in match_best_first(first, second, overlap, 1e-9)]


def agreement(first: Gold, second: Gold) -> dict[str, float]:
    """Agreement of two annotations over the articles both cover.

    - ``span_f1``: spans matched one to one by overlap, 2 x matched / (first's + second's);
      ``span_exact``: the share of matched spans with the same offsets;
    - ``value_agreement``, ``event_date_agreement``, ``anchor_agreement``: of matched
      spans, the share with the same value, event date (null counts as a value), and
      overlapping anchors (or both none);
    - ``tense_kappa``, ``granularity_kappa``: Cohen's kappa of matched spans' tenses and of
      their values' granularities (day, week, month, year, none), with observed agreement.
    """
    both = set(first.articles) & set(second.articles)
    a = [e for e in first.expressions if e["article"] in both]
    b = [e for e in second.expressions if e["article"] in both]
    pairs = matched_pairs(a, b)
    n = len(pairs)

    def share(same: Iterable[bool]) -> float:
        return sum(same) / n if n else 0.0

    tenses = [(x["tense"], y["tense"]) for x, y in pairs]
    grains = [(granularity(x["value"]), granularity(y["value"])) for x, y in pairs]
    return {
        "articles": float(len(both)),
        "expressions_first": float(len(a)),
        "expressions_second": float(len(b)),
        "matched": float(n),
        "span_f1": 2 * n / (len(a) + len(b)) if a or b else 0.0,
        "span_exact": share(x["start"] == y["start"] and x["end"] == y["end"] for x, y in pairs),
        "value_agreement": share(x.get("value") == y.get("value") for x, y in pairs),
        "event_date_agreement": share(x.get("event_date") == y.get("event_date") for x, y in pairs),
        "anchor_agreement": share(_same_anchor(x, y) for x, y in pairs),
        "tense_observed": share(p == q for p, q in tenses),
        "tense_kappa": cohen_kappa(tenses),
        "granularity_observed": share(p == q for p, q in grains),
        "granularity_kappa": cohen_kappa(grains),
    }


def _same_anchor(x: dict[str, Any], y: dict[str, Any]) -> bool:
    if x.get("anchor_start") is None or y.get("anchor_start") is None:
        return x.get("anchor_start") is None and y.get("anchor_start") is None
    return min(x["anchor_end"], y["anchor_end"]) > max(x["anchor_start"], y["anchor_start"])
