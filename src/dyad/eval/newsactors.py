"""Suite ``news-actors``: every actor mention of whole Wikinews articles, coded by reading.

The corpus (``data/news-actors``, docs/annotation-actors.md) marks, in 22 articles none of
which the news-event corpus holds, each span that refers to an actor (a name, a surname, a
description such as "the ambassador", a pronoun, a country or capital acting as a state, an
organization) with the code a reader gives it on the article's date, or with no code when
neither the article nor general knowledge tells who it is. dyad codes each article as
``dyad code`` does; a gold mention is matched to the dyad mention overlapping it most.

Metrics per split (dev gated, test only reported): ``country_accuracy`` over mentions whose
gold has a country (or organization), ``code_accuracy`` over those whose gold has a full
code, and ``unknown_left_uncoded``, the share of mentions the gold leaves uncoded that dyad
leaves without a country too.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from dyad.eval.base import Case, Coder, SuiteResult
from dyad.eval.metrics import match_best_first
from dyad.eval.newsevents import (
    code_corpus_articles,
    cohen_kappa,
    country_of,
    read_headed_jsonl,
)
from dyad.nlp.cleanup import raw_offsets
from dyad.records import Actor, CodedArticle, Mention

CORPUS = Path(__file__).resolve().parents[3] / "data" / "news-actors"
"""The corpus in a source checkout of dyad (it is data of the repository, not the package)."""
ARTICLES_FILE = CORPUS / "articles.jsonl"
GOLD_FILE = CORPUS / "gold.jsonl"
ANNOTATION = CORPUS / "annotation"
ADJUDICATED_FILE = ANNOTATION / "adjudicated.jsonl"
FIRST_PASS = ("annA", "annB")
"""The annotators whose files together cover every article once (the gold's first pass)."""

KINDS = frozenset({"name", "surname", "description", "pronoun", "country", "organization", "group"})
KEYS = frozenset({"article", "text", "at", "code", "kind", "referent", "note"})
_CODE = re.compile(r"^(?:[A-Z]{3}(?:[A-Z]{3})?|(?:IGO|NGO|IMG)[A-Z0-9]{0,6})$")
SUITE_SPLITS = ("dev", "test")


def load_articles() -> list[dict[str, Any]]:
    """The corpus's articles (``articles.jsonl``), without its header."""
    return read_headed_jsonl(ARTICLES_FILE)[1]


def read_annotation(path: Path) -> list[dict[str, Any]]:
    """One annotator's file: a JSON object per mention (docs/annotation-actors.md)."""
    return read_headed_jsonl(path)[1]


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` in ``text`` as a whole word (not "he" inside "the")."""
    if not needle:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.start() for m in pattern.finditer(text)]


def span_of(article: dict[str, Any], mention: dict[str, Any]) -> tuple[int, int] | None:
    """The raw (start, end) of an annotated mention: the ``at``-th (from 0) whole-word
    occurrence of its text in the article's text; None when there is no such occurrence."""
    starts = occurrences(article["text"], mention.get("text", ""))
    at = mention.get("at", 0)
    if not isinstance(at, int) or not 0 <= at < len(starts):
        return None
    return starts[at], starts[at] + len(mention["text"])


def validate(mentions: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[str]:
    """Every problem of an annotation file, one line each, naming the record."""
    problems = []
    seen: set[tuple[str, int, int]] = set()
    for n, m in enumerate(mentions, start=1):
        where = f"record {n} ({m.get('text')!r})"
        if unknown := set(m) - KEYS:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        article = articles.get(m.get("article", ""))
        if article is None:
            problems.append(f"{where}: unknown article {m.get('article')!r}")
            continue
        span = span_of(article, m)
        if span is None:
            count = len(occurrences(article["text"], m.get("text", "")))
            problems.append(f"{where}: 'at' {m.get('at', 0)!r} but the text occurs {count} times")
        elif (m["article"], *span) in seen:
            problems.append(f"{where}: the same span twice")
        else:
            seen.add((m["article"], *span))
        code = m.get("code")
        if not isinstance(code, str) or (code and not _CODE.match(code)):
            problems.append(f"{where}: code {code!r} is neither empty nor an actor code")
        if m.get("kind") not in KINDS:
            problems.append(f"{where}: kind {m.get('kind')!r} is not one of {sorted(KINDS)}")
    return problems


def resolved(mentions: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[Any]:
    """Mentions with their raw ``start`` and ``end`` (valid ones only)."""
    out = []
    for m in mentions:
        span = span_of(articles[m["article"]], m)
        if span is not None:
            out.append({**m, "start": span[0], "end": span[1]})
    return out


def gold_key(code: str) -> str | None:
    """What the country metric compares: ISO3, an IGO's whole code, NGO, IMG; None for an
    uncoded mention or a party of unknown country (``UNKREB``)."""
    return country_of(code) if code else None


def dyad_key(actor: Actor | None) -> str | None:
    """The same key for what dyad coded (its country, or the organization's code)."""
    if actor is None or not actor.code:
        return None
    return actor.country or gold_key(actor.code)


def same_code(gold: str, actor: Actor | None) -> bool:
    """Full codes equal. dyad writes a country named as a whole ("Turkey") as the bare
    country (``TUR``); the guidelines code a country acting as a state ``TURGOV``: both mean
    the state, so for a country mention a bare country equals the country + GOV. (A person
    dyad codes with a bare country, "Tony Mendez" ``USA``, gets no such leniency.)"""
    got = (actor.code or "") if actor else ""
    if actor is not None and (actor.id or "").startswith("country:") and len(got) == 3:
        return gold in {got, got + "GOV"}
    return got == gold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: dict[str, Any], found: list[tuple[tuple[int, int], Mention]]) -> Mention | None:
    """The dyad mention (raw span, mention) overlapping the gold span most, if any."""
    span = (gold["start"], gold["end"])
    best = max(found, key=lambda f: _overlap(span, f[0]), default=None)
    return best[1] if best is not None and _overlap(span, best[0]) > 0 else None


def raw_mentions(coded: CodedArticle, raw: str) -> list[tuple[tuple[int, int], Mention]]:
    """The article's mentions, each with its span in the raw text the gold indexes."""
    to_raw = raw_offsets(raw, coded.article.text)
    last = len(to_raw) - 1
    return [
        ((to_raw[min(m.start, last)], to_raw[min(max(m.end - 1, m.start), last)] + 1), m)
        for m in coded.mentions
    ]


def load_gold() -> list[dict[str, Any]]:
    """The gold mentions, with raw ``start`` and ``end`` (``gold.jsonl``)."""
    return read_headed_jsonl(GOLD_FILE)[1]


def files(data: Path) -> list[Path]:
    """The corpus files the suite reads (its own, in the repository; ``data`` is unused)."""
    return [ARTICLES_FILE, GOLD_FILE]


def score(gold: list[dict[str, Any]], got: list[Mention | None]) -> dict[str, float]:
    """The three metrics of gold mentions against the dyad mention matched to each (None
    when none overlaps it; one dyad mention may be matched to several gold ones)."""
    with_country = [(g, m) for g, m in zip(gold, got, strict=True) if gold_key(g["code"])]
    with_code = [(g, m) for g, m in with_country if not g["code"].startswith(("UNK", "NGO", "IMG"))]
    unknown = [(g, m) for g, m in zip(gold, got, strict=True) if not gold_key(g["code"])]

    def share(pairs: list[Any], right: Any) -> float:
        return sum(1 for p in pairs if right(*p)) / len(pairs) if pairs else 0.0

    return {
        "country_accuracy": share(
            with_country, lambda g, m: dyad_key(m.actor if m else None) == gold_key(g["code"])
        ),
        "code_accuracy": share(with_code, lambda g, m: same_code(g["code"], m and m.actor)),
        "unknown_left_uncoded": share(unknown, lambda g, m: dyad_key(m and m.actor) is None),
    }


def run(data: Path, coder: Coder) -> SuiteResult:
    articles = [a for a in load_articles() if a["split"] in SUITE_SPLITS]
    gold = load_gold()
    coded = code_corpus_articles(coder, articles)
    found = {a["id"]: raw_mentions(c, a["text"]) for a, c in zip(articles, coded, strict=True)}
    split_of = {a["id"]: a["split"] for a in articles}
    result = SuiteResult("news-actors", {}, 0)
    table = [
        [
            "split",
            "mentions",
            "country accuracy",
            "code accuracy",
            "unknown (gold uncoded)",
            "unknown left uncoded",
        ]
    ]
    by_kind: dict[str, Counter[str]] = {}
    for split in SUITE_SPLITS:
        g = [m for m in gold if split_of.get(m["article"]) == split]
        got = [match(m, found[m["article"]]) for m in g]
        metrics = score(g, got)
        unknown = sum(1 for m in g if not gold_key(m["code"]))
        left = f"{metrics['unknown_left_uncoded']:.3f}" if unknown else "-"
        country, code = metrics["country_accuracy"], metrics["code_accuracy"]
        table.append([split, str(len(g)), f"{country:.3f}", f"{code:.3f}", str(unknown), left])
        if split != "dev":
            continue
        result.metrics, result.size = metrics, len(g)
        for m, d in zip(g, got, strict=True):
            actor = d.actor if d else None
            right = (
                dyad_key(actor) == gold_key(m["code"])
                if gold_key(m["code"])
                else dyad_key(actor) is None
            )
            by_kind.setdefault(m["kind"], Counter())["right" if right else "wrong"] += 1
            if not right:
                result.cases.append(
                    Case(
                        id=f"{m['article']}:{m['start']}",
                        text=m["text"],
                        gold=m["code"] or "(uncoded)",
                        got=(actor.code or "(uncoded)") if actor else "(no mention)",
                    )
                )
    result.tables["splits (test is reported, never gated or tuned on)"] = table
    result.tables["dev: country right by kind of mention"] = [["kind", "mentions", "right"]] + [
        [k, str(c.total()), f"{c['right'] / c.total():.3f}"] for k, c in sorted(by_kind.items())
    ]
    return result


def agreement(first: Path, second: Path) -> dict[str, Any]:
    """Agreement of two annotators on the articles both annotated: mentions aligned by the
    largest overlap of their spans; on aligned pairs, country and full-code agreement."""
    articles = {a["id"]: a for a in load_articles()}
    a = resolved(read_annotation(first), articles)
    b = resolved(read_annotation(second), articles)
    shared = {m["article"] for m in a} & {m["article"] for m in b}
    a = [m for m in a if m["article"] in shared]
    b = [m for m in b if m["article"] in shared]

    def overlap(x: dict[str, Any], y: dict[str, Any]) -> float:
        same = x["article"] == y["article"]
        return _overlap((x["start"], x["end"]), (y["start"], y["end"])) if same else 0

    pairs = [(a[i], b[j]) for i, j, _ in match_best_first(a, b, overlap, 1)]
    countries = [(gold_key(x["code"]) or "-", gold_key(y["code"]) or "-") for x, y in pairs]
    codes = [(x["code"] or "-", y["code"] or "-") for x, y in pairs]
    return {
        "articles": len(shared),
        "mentions (first, second, aligned)": (len(a), len(b), len(pairs)),
        "mention F1": round(2 * len(pairs) / (len(a) + len(b)), 3) if a or b else 0.0,
        "country agreement (observed, kappa)": (
            round(sum(x == y for x, y in countries) / len(pairs), 3) if pairs else 0.0,
            round(cohen_kappa(countries), 3),
        ),
        "code agreement (observed, kappa)": (
            round(sum(x == y for x, y in codes) / len(pairs), 3) if pairs else 0.0,
            round(cohen_kappa(codes), 3),
        ),
    }


def build_gold() -> int:
    """gold.jsonl: the first pass (each article annotated once), with adjudicated records
    replacing the first pass's on the articles annotated twice."""
    articles = {a["id"]: a for a in load_articles()}
    first = [m for name in FIRST_PASS for m in read_annotation(ANNOTATION / f"{name}.jsonl")]
    adjudicated = read_annotation(ADJUDICATED_FILE) if ADJUDICATED_FILE.exists() else []
    redone = {m["article"] for m in adjudicated}
    mentions = resolved([m for m in first if m["article"] not in redone] + adjudicated, articles)
    mentions.sort(key=lambda m: (m["article"], m["start"]))
    header = {
        "header": {
            "kind": "gold",
            "schema": "data/news-actors/README.md",
            "licence": read_headed_jsonl(ARTICLES_FILE)[0]["licence"],
            "built_by": "scripts/news_actors_corpus.py gold",
            "count": len(mentions),
        }
    }
    lines = [json.dumps(r, ensure_ascii=False) for r in (header, *mentions)]
    GOLD_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(mentions)
