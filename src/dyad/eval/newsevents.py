"""dyad's PLOVER news-event corpus (``data/events``): loading, validating annotations.

The corpus is whole Wikinews articles split into sentences (the title is sentence 0), each
sentence annotated with its PLOVER events or explicitly with none (docs/annotation.md,
data/events/README.md). Annotators name spans by their text; `validate_annotations` finds
them in the sentence and `resolve_annotation` turns them into character offsets into the
article's raw title or text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from dyad.eval.base import Case, Coder, SuiteResult
from dyad.eval.metrics import match_best_first, prf
from dyad.nlp.cleanup import raw_offsets
from dyad.records import PLOVER_TYPES, Actor, Article, CodedArticle, Event, Participant

CORPUS = Path(__file__).resolve().parents[3] / "data" / "events"
"""The corpus in a source checkout of dyad (it is data of the repository, not the package)."""

SPLITS = ("train", "dev", "test")
PARTY_ROLES = ("actors", "recipients")
EVENT_KEYS = frozenset(
    {"type", "mode", "trigger", "actors", "recipients", "negated", "hypothetical", "note"}
)
# An actor code: ISO3 country + optional 3-letter sector (RUSGOV, RUS); IGO, NGO or IMG +
# an organization key (IGOUNO, NGOMSF, IMGISI); or UNK + sector for a party whose country
# the article does not give (UNKREB).
_CODE = re.compile(r"^(?:[A-Z]{3}(?:[A-Z]{3})?|(?:IGO|NGO|IMG)[A-Z0-9]{0,6})$")
_ORGANIZATION_PREFIXES = ("IGO", "NGO", "IMG")


def read_headed_jsonl(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A corpus file: its ``{"header": {...}}`` line (empty if none) and its other records.

    Raises:
        ValueError: naming the file and line of a line that is not a JSON object.
    """
    header: dict[str, Any] = {}
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{n}: not a JSON object")
        if "header" in record:
            header = record["header"]
        else:
            records.append(record)
    return header, records


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return read_headed_jsonl(path)[1]


def load_articles(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    return _read_jsonl(corpus / "articles.jsonl")


def load_sentences(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    return _read_jsonl(corpus / "sentences.jsonl")


def read_annotations(path: Path) -> list[dict[str, Any]]:
    """One annotator's file: a JSON object per sentence, ``{"sid", "events": [...]}``."""
    return _read_jsonl(path)


def country_of(code: str) -> str | None:
    """The party key an event's triple compares: the country of a national actor (``RUS``
    for ``RUSGOV``), the whole code of an international organization (``IGOUNO``), ``NGO``
    and ``IMG`` for non-governmental organizations and transnational armed groups (whose
    keys annotators cannot know), None when the country is unknown (``UNK...``)."""
    if code.startswith("IGO"):
        return code
    if code.startswith(("NGO", "IMG")):
        return code[:3]
    if code.startswith("UNK"):
        return None
    return code[:3]


def _known_country(iso3: str) -> bool:
    # XKX (Kosovo) and PSE are in use in news and in dyad's knowledge base
    return iso3 in ("XKX", "PSE") or pycountry.countries.get(alpha_3=iso3) is not None


def _find(text: str, needle: str, at: int) -> int | None:
    """Offset of the ``at``-th (0-based) occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(at + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start


def _span_problems(sentence: dict[str, Any], span: Any, what: str) -> list[str]:
    if isinstance(span, str):
        span = {"text": span}
    if not isinstance(span, dict) or not isinstance(span.get("text"), str) or not span["text"]:
        return [f"{what}: needs a non-empty text"]
    at = span.get("at", 0)
    if not isinstance(at, int) or at < 0:
        return [f"{what}: 'at' must be a whole number >= 0"]
    if _find(sentence["text"], span["text"], at) is None:
        return [f"{what}: {span['text']!r} (occurrence {at}) is not in the sentence"]
    if at == 0 and _find(sentence["text"], span["text"], 1) is not None and "at" not in span:
        return [f"{what}: {span['text']!r} occurs twice in the sentence; give 'at'"]
    return []


def _party_problems(sentence: dict[str, Any], party: Any, what: str) -> list[str]:
    if not isinstance(party, dict):
        return [f"{what}: must be an object with text and code"]
    problems = _span_problems(sentence, party, what)
    code = party.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        problems.append(
            f"{what}: code {code!r} is not ISO3[+sector], IGO/NGO/IMG+key or UNK+sector"
        )
    elif not code.startswith((*_ORGANIZATION_PREFIXES, "UNK")) and not _known_country(code[:3]):
        problems.append(f"{what}: {code[:3]!r} is no ISO 3166 alpha-3 country")
    return problems


def event_problems(sentence: dict[str, Any], event: Any, where: str) -> list[str]:
    if not isinstance(event, dict):
        return [f"{where}: an event must be an object"]
    problems = [f"{where}: unknown key {k!r}" for k in sorted(set(event) - EVENT_KEYS)]
    if event.get("type") not in PLOVER_TYPES:
        problems.append(f"{where}: type {event.get('type')!r} is no PLOVER type")
    if event.get("mode") is not None and not isinstance(event.get("mode"), str):
        problems.append(f"{where}: mode must be a string or null")
    problems += _span_problems(sentence, event.get("trigger"), f"{where} trigger")
    for role in PARTY_ROLES:
        parties = event.get(role, [])
        if not isinstance(parties, list):
            problems.append(f"{where}: {role} must be a list")
            continue
        for i, party in enumerate(parties):
            problems += _party_problems(sentence, party, f"{where} {role}[{i}]")
    for flag in ("negated", "hypothetical"):
        if not isinstance(event.get(flag, False), bool):
            problems.append(f"{where}: {flag} must be true or false")
    return problems


def validate_annotations(
    records: list[dict[str, Any]],
    sentences: dict[str, dict[str, Any]],
    articles: dict[str, dict[str, Any]] | None = None,
    expected: set[str] | None = None,
) -> list[str]:
    """Every problem of one annotator's records: unknown or repeated sentence ids, spans not
    in their sentence, unknown types or codes; with ``expected``, sentence ids left out."""
    problems: list[str] = []
    seen: set[str] = set()
    for record in records:
        sid = record.get("sid")
        if sid not in sentences:
            problems.append(f"unknown sentence id {sid!r}")
            continue
        if sid in seen:
            problems.append(f"{sid}: annotated twice")
        seen.add(sid)
        events = record.get("events")
        if not isinstance(events, list):
            problems.append(f"{sid}: 'events' must be a list ([] for no event)")
            continue
        for k, event in enumerate(events):
            problems += event_problems(sentences[sid], event, f"{sid} event {k}")
    for sid in sorted((expected or set()) - seen):
        problems.append(f"{sid}: not annotated")
    return problems


def _resolve_span(sentence: dict[str, Any], span: Any) -> dict[str, Any]:
    if isinstance(span, str):
        span = {"text": span}
    start = _find(sentence["text"], span["text"], span.get("at", 0))
    assert start is not None  # validated
    begin = sentence["start"] + start
    return {"start": begin, "end": begin + len(span["text"]), "text": span["text"]}


def resolve_annotation(sentence: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    """A validated annotated event with its spans as offsets into the article's raw title
    (sentence 0) or text, the form stored in ``gold.jsonl``."""
    resolved: dict[str, Any] = {
        "type": event["type"],
        "mode": event.get("mode"),
        "trigger": _resolve_span(sentence, event["trigger"]),
        "negated": bool(event.get("negated", False)),
        "hypothetical": bool(event.get("hypothetical", False)),
    }
    for role in PARTY_ROLES:
        resolved[role] = [
            {**_resolve_span(sentence, p), "code": p["code"]} for p in event.get(role, [])
        ]
    return resolved


# ---- scoring ---------------------------------------------------------------------------
# Types whose parties all act (PLOVER manual, "Compound and Reciprocal Actors": in a
# meeting every entity is an actor and there is no recipient): compared as one set.
RECIPROCAL_TYPES = frozenset({"CONSULT"})


@dataclass(frozen=True, slots=True)
class Scored:
    """An event as the corpus scores it: its type and its parties' countries."""

    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    confidence: float = 1.0

    @property
    def triple(self) -> tuple[str, frozenset[str], frozenset[str]]:
        if self.type in RECIPROCAL_TYPES:
            return (self.type, self.actors | self.recipients, frozenset())
        return (self.type, self.actors, self.recipients)


def gold_scored(event: dict[str, Any]) -> Scored:
    """A gold event (``gold.jsonl`` form) as scored."""

    def countries(role: str) -> frozenset[str]:
        found = (country_of(p["code"]) for p in event.get(role, []))
        return frozenset(c for c in found if c)

    return Scored(event["type"], countries("actors"), countries("recipients"))


def party_country(actor: Actor) -> str | None:
    """`country_of` for a dyad actor: its country, an IGO's whole code, NGO, IMG."""
    code = actor.code or ""
    if code.startswith("IGO"):
        # "leaders of African Union member states": the organization's code with a sector
        sector = actor.sector or ""
        return code[: -len(sector)] if sector and code.endswith(sector) else code
    if code.startswith(("NGO", "IMG")) or (actor.sector == "NGO" and not actor.country):
        return code[:3] if code else "NGO"
    return actor.country


def dyad_scored(event: Event) -> Scored:
    def countries(parties: tuple[Participant, ...]) -> frozenset[str]:
        found = (party_country(p.actor) for p in parties)
        return frozenset(c for c in found if c)

    return Scored(
        event.event or "", countries(event.actor), countries(event.recipient), event.confidence
    )


def _matched(gold: list[Scored], predicted: list[Scored], key: Callable[[Scored], Any]) -> int:
    """How many events of one sentence match one to one on ``key``."""
    return sum((Counter(map(key, gold)) & Counter(map(key, predicted))).values())


@dataclass(frozen=True, slots=True)
class Tally:
    """Sentence-level counts over a set of sentences."""

    gold: int = 0
    predicted: int = 0
    type_matched: int = 0
    triple_matched: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.type_matched + other.type_matched,
            self.triple_matched + other.triple_matched,
        )

    def metrics(self) -> dict[str, float]:
        t = prf(self.type_matched, self.predicted, self.type_matched, self.gold)
        x = prf(self.triple_matched, self.predicted, self.triple_matched, self.gold)
        return {
            "type_precision": t.precision,
            "type_recall": t.recall,
            "type_f1": t.f1,
            "triple_precision": x.precision,
            "triple_recall": x.recall,
            "triple_f1": x.f1,
        }


def tally(gold: list[Scored], predicted: list[Scored]) -> Tally:
    """One sentence: events match one to one on type alone, and on (type, actor countries,
    recipient countries)."""
    return Tally(
        len(gold),
        len(predicted),
        _matched(gold, predicted, lambda e: e.type),
        _matched(gold, predicted, lambda e: e.triple),
    )


# ---- gold --------------------------------------------------------------------------------
GOLD_FILE = "gold.jsonl"


def load_gold(corpus: Path = CORPUS) -> dict[str, dict[str, Any]]:
    """sentence id -> ``{"sid", "split", "events": [...]}`` of the adjudicated gold."""
    return {r["sid"]: r for r in _read_jsonl(corpus / GOLD_FILE)}


def build_gold(
    annotations: list[list[dict[str, Any]]],
    adjudicated: list[dict[str, Any]],
    sentences: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """The gold records: each sentence's first annotation, replaced by its adjudicated one
    where there is one, with spans resolved to offsets; in corpus order."""
    chosen: dict[str, list[dict[str, Any]]] = {}
    for records in annotations:
        for r in records:
            chosen.setdefault(r["sid"], r["events"])
    for r in adjudicated:
        chosen[r["sid"]] = r["events"]
    out = []
    for sid, sentence in sentences.items():
        if sid not in chosen:
            continue
        events = [resolve_annotation(sentence, e) for e in chosen[sid]]
        out.append({"sid": sid, "split": sentence["split"], "events": events})
    return out


# ---- agreement ---------------------------------------------------------------------------


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two annotators' labels for the same items."""
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def aligned_events(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """Pairs of one sentence's resolved events whose triggers overlap (most overlap first),
    then each unpaired event with None."""
    matched = match_best_first(first, second, lambda a, b: _overlap(a["trigger"], b["trigger"]), 1)
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = [
        (first[i], second[j]) for i, j, _ in matched
    ]
    used_a = {i for i, _, _ in matched}
    used_b = {j for _, j, _ in matched}
    pairs += [(a, None) for i, a in enumerate(first) if i not in used_a]
    pairs += [(None, b) for j, b in enumerate(second) if j not in used_b]
    return pairs


def agreement(
    first: dict[str, list[dict[str, Any]]], second: dict[str, list[dict[str, Any]]]
) -> dict[str, float]:
    """Agreement of two annotators over the sentences both annotated (events resolved).

    - ``sentence_event_*``: whether a sentence has an event at all (observed, kappa);
    - ``type_*``: events aligned by overlapping triggers; an event the other annotator has
      not is paired with "no event", and a sentence both leave empty counts once as "no
      event" for both (observed agreement, Cohen's kappa over the 17 labels);
    - ``party_agreement``: of aligned events of the same type, the share whose actor and
      recipient countries are the same (the corpus's triple);
    - ``triple_f1``: the second annotator scored against the first with the corpus's
      sentence-level scorer (P = R = F1 when both annotate as many events).
    """
    sids = sorted(set(first) & set(second))
    has_event = [(str(bool(first[s])), str(bool(second[s]))) for s in sids]
    labels: list[tuple[str, str]] = []
    same_type = same_parties = 0
    total = Tally()
    for sid in sids:
        a_events, b_events = first[sid], second[sid]
        total += tally([gold_scored(e) for e in a_events], [gold_scored(e) for e in b_events])
        if not a_events and not b_events:
            labels.append(("NONE", "NONE"))
            continue
        for a, b in aligned_events(a_events, b_events):
            labels.append((a["type"] if a else "NONE", b["type"] if b else "NONE"))
            if a and b and a["type"] == b["type"]:
                same_type += 1
                same_parties += gold_scored(a).triple == gold_scored(b).triple
    return {
        "sentences": float(len(sids)),
        "events_first": float(sum(len(first[s]) for s in sids)),
        "events_second": float(sum(len(second[s]) for s in sids)),
        "sentence_event_observed": sum(a == b for a, b in has_event) / len(sids) if sids else 0,
        "sentence_event_kappa": cohen_kappa(has_event),
        "type_observed": sum(a == b for a, b in labels) / len(labels) if labels else 0.0,
        "type_kappa": cohen_kappa(labels),
        "party_agreement": same_parties / same_type if same_type else 0.0,
        "triple_f1": total.metrics()["triple_f1"],
        "type_f1": total.metrics()["type_f1"],
    }


# ---- the suite -----------------------------------------------------------------------------
SUITE_SPLITS = ("dev", "test")
"""What ``dyad eval news-events`` codes: dev, gated by floors, and test, only reported."""


def files(data: Path) -> list[Path]:
    """The corpus files the suite reads (its own, in the repository; ``data`` is unused)."""
    return [CORPUS / "articles.jsonl", CORPUS / "sentences.jsonl", CORPUS / GOLD_FILE]


def sentence_finder(sentences: list[dict[str, Any]]) -> Callable[[int, str], str]:
    """(raw offset into the text, or ``title``'s part) -> sentence id, for one article's
    sentences."""
    body = sorted((s["start"], s["sid"]) for s in sentences if s["part"] == "body")
    title = next(s["sid"] for s in sentences if s["part"] == "title")
    starts = [start for start, _ in body]

    def find(offset: int, part: str) -> str:
        if part == "title" or not body:
            return title
        return body[max(0, bisect_right(starts, offset) - 1)][1]

    return find


def predicted_by_sentence(
    coded: CodedArticle, raw: str, sentences: list[dict[str, Any]]
) -> dict[str, list[Event]]:
    """One coded article's events by the corpus sentence their trigger starts in."""
    to_raw = raw_offsets(raw, coded.article.text)
    find = sentence_finder(sentences)
    out: dict[str, list[Event]] = {}
    for e in coded.events:
        offset = e.start if e.part == "title" else to_raw[min(e.start, len(to_raw) - 1)]
        out.setdefault(find(offset, e.part), []).append(e)
    return out


def score_split(
    sids: Iterable[str],
    gold: dict[str, list[dict[str, Any]]],
    predicted: dict[str, list[Event]],
    counted: Callable[[Event], bool],
) -> tuple[Tally, dict[str, Tally]]:
    """The tally over the sentences ``sids`` (``gold``: their gold events by sentence id) of
    the events ``counted`` keeps, and one per gold or predicted type (type alone)."""
    total = Tally()
    by_type: dict[str, Tally] = {}
    for sid in sids:
        g = [gold_scored(e) for e in gold.get(sid, [])]
        p = [dyad_scored(e) for e in predicted.get(sid, []) if counted(e)]
        total += tally(g, p)
        for t in {e.type for e in (*g, *p)}:
            one = tally([e for e in g if e.type == t], [e for e in p if e.type == t])
            by_type[t] = by_type.get(t, Tally()) + one
    return total, by_type


def right_events(
    gold_events: list[dict[str, Any]], events: list[Event]
) -> list[tuple[Event, bool]]:
    """One sentence's events, surest first, each with whether it matches a gold event of the
    sentence (type, actor and recipient countries) one to one."""
    remaining = Counter(gold_scored(e).triple for e in gold_events)
    out = []
    for e in sorted(events, key=lambda e: -e.confidence):
        key = dyad_scored(e).triple
        right = remaining[key] > 0
        remaining[key] -= right
        out.append((e, right))
    return out


def reliability(
    sids: list[str], gold: dict[str, list[dict[str, Any]]], predicted: dict[str, list[Event]]
) -> list[list[str]]:
    """Events by confidence band against the share that match a gold event (type, actor and
    recipient countries), one to one within their sentence, surest first."""
    bands = [(0.0, 0.1), (0.1, 0.15), (0.15, 0.2), (0.2, 0.3), (0.3, 0.5), (0.5, 1.01)]
    counts = {b: [0, 0, 0.0] for b in bands}
    for sid in sids:
        for e, right in right_events(gold.get(sid, []), predicted.get(sid, [])):
            band = next(b for b in bands if b[0] <= e.confidence < b[1])
            counts[band][0] += 1
            counts[band][1] += right
            counts[band][2] += e.confidence
    rows = [["confidence", "events", "mean confidence", "share right"]]
    for (low, high), (n, hits, total) in counts.items():
        if n:
            rows.append(
                [f"{low:.2f}-{min(high, 1.0):.2f}", str(n), f"{total / n:.3f}", f"{hits / n:.3f}"]
            )
    return rows


def code_corpus_articles(coder: Coder, articles: list[dict[str, Any]]) -> list[CodedArticle]:
    """Articles of one of dyad's corpus files (id, url, date, title, text), coded whole as
    ``dyad code`` codes them."""
    return coder.code_articles(
        [
            Article(
                id=a["id"],
                text=a["text"],
                date=dt.date.fromisoformat(a["date"]),
                title=a["title"],
                url=a["url"],
            )
            for a in articles
        ]
    )


def run(data: Path, coder: Coder) -> SuiteResult:
    articles = [a for a in load_articles() if a["split"] in SUITE_SPLITS]
    sentences = load_sentences()
    gold = {sid: r["events"] for sid, r in load_gold().items()}
    by_article: dict[str, list[dict[str, Any]]] = {}
    for s in sentences:
        by_article.setdefault(s["article"], []).append(s)
    coded = code_corpus_articles(coder, articles)
    predicted: dict[str, list[Event]] = {}
    for a, c in zip(articles, coded, strict=True):
        predicted.update(predicted_by_sentence(c, a["text"], by_article[a["id"]]))
    result = SuiteResult("news-events", {}, 0)
    table = [
        [
            "split",
            "events counted",
            "gold",
            "type P",
            "type R",
            "type F1",
            "triple P",
            "triple R",
            "triple F1",
        ]
    ]
    for split in SUITE_SPLITS:
        sids = [s["sid"] for s in sentences if s["split"] == split and s["sid"] in gold]
        for name, counted in (("counted", lambda e: e.counted), ("all", lambda e: True)):
            total, by_type = score_split(sids, gold, predicted, counted)
            m = total.metrics()
            table.append(
                [f"{split}, {name}", str(total.predicted), str(total.gold)]
                + [f"{m[k]:.3f}" for k in METRIC_ORDER]
            )
            if split == "dev" and name == "counted":
                result.metrics = m
                result.size = total.gold
                result.tables["dev: by type (counted events)"] = _type_table(by_type)
        if split == "dev":
            result.tables["dev: reliability of confidence"] = reliability(sids, gold, predicted)
            text_of = {s["sid"]: s["text"] for s in sentences}
            result.cases = dev_cases(sids, text_of, gold, predicted)
    result.tables["splits (test is reported, never gated or tuned on)"] = table
    result.notes.append(
        "events 'counted' are those dyad counts in pair aggregates (confidence at or above "
        "the default threshold); metrics and floors are dev's counted events"
    )
    return result


def dev_cases(
    sids: Iterable[str],
    text_of: dict[str, str],
    gold: dict[str, list[dict[str, Any]]],
    predicted: dict[str, list[Event]],
) -> list[Case]:
    """Dev's sentences whose counted events differ from the gold ones (type and parties'
    countries), worst first by how many events are wrong or missed. Test's are never shown:
    reading its errors would be tuning on it."""
    cases = []
    for sid in sids:
        g = Counter(gold_scored(e).triple for e in gold.get(sid, []))
        p = Counter(dyad_scored(e).triple for e in predicted.get(sid, []) if e.counted)
        if g == p:
            continue
        cases.append(
            Case(
                sid,
                text_of.get(sid, ""),
                _triples(g) or "no event",
                _triples(p) or "no event",
                float(sum(((g - p) + (p - g)).values())),
            )
        )
    return cases


def _triples(events: Counter[tuple[str, frozenset[str], frozenset[str]]]) -> str:
    def side(countries: frozenset[str]) -> str:
        return "+".join(sorted(countries)) or "?"

    return "; ".join(
        f"{t} {side(a)} -> {side(r)}" for t, a, r in sorted(events.elements(), key=str)
    )


METRIC_ORDER = (
    "type_precision",
    "type_recall",
    "type_f1",
    "triple_precision",
    "triple_recall",
    "triple_f1",
)


def _type_table(by_type: dict[str, Tally]) -> list[list[str]]:
    rows = [["type", "gold", "dyad", "P", "R", "F1"]]
    for t in sorted(by_type):
        tt = by_type[t]
        m = tt.metrics()
        rows.append(
            [
                t,
                str(tt.gold),
                str(tt.predicted),
                f"{m['type_precision']:.3f}",
                f"{m['type_recall']:.3f}",
                f"{m['type_f1']:.3f}",
            ]
        )
    return rows
