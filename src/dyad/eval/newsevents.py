"""dyad's PLOVER news-event corpus (``data/events``): loading, validating annotations.

The corpus is whole Wikinews articles split into sentences (the title is sentence 0), each
sentence annotated with its PLOVER events or explicitly with none (docs/annotation.md,
data/events/README.md). Annotators name spans by their text; `validate_annotations` finds
them in the sentence and `resolve_annotation` turns them into character offsets into the
article's raw title or text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from dyad.eval.metrics import prf
from dyad.records import PLOVER_TYPES, Actor, Event, Participant

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


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
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
        if "header" not in record:
            records.append(record)
    return records


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
        return code
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
