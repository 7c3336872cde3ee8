"""The output contract: records to JSON-ready dicts, made in this one place.

``docs/output.md`` documents every field; a test checks the two agree.
"""

from __future__ import annotations

import json
from typing import Any

from dyad.records import (
    Actor,
    Amount,
    Article,
    CodedArticle,
    DateRef,
    Event,
    InputFailure,
    Location,
    Mention,
    Participant,
    Quote,
    Size,
    Speaker,
    StageError,
    TextSpan,
)


def actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "name": actor.name,
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "id": actor.id,
    }


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "date": article.date.isoformat() if article.date else None,
        "title": article.title,
        "source": article.source,
        "text": article.text,
    }


def mention_dict(m: Mention) -> dict[str, Any]:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "actor": actor_dict(m.actor),
    }


def _span(s: TextSpan | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _speaker(s: Speaker | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "name": s.name,
        "actor": actor_dict(s.actor),
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "cue": _span(q.cue),
        "speaker": _speaker(q.speaker),
        "sentence": q.sentence,
        "statement": q.statement,
    }


def _participant(p: Participant) -> dict[str, Any]:
    return {**(actor_dict(p.actor) or {}), "text": p.text, "start": p.start, "end": p.end}


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date.isoformat() if e.date else None,
        "date_source": e.date_source,
        "date_granularity": e.date_granularity,
        "event": e.event,
        "mode": e.mode,
        "context": list(e.context),
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "quad_code": e.quad_code,
        "actor": [_participant(p) for p in e.actor],
        "recipient": [_participant(p) for p in e.recipient],
        "event_text": e.event_text,
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end,
        "confidence": e.confidence,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "rule": e.rule,
        "event_loc": location_dict(e.event_loc) if e.event_loc else None,
        "size": _size(e.size),
    }


def _size(s: Size | None) -> dict[str, int | None] | None:
    if s is None:
        return None
    return {"dead": s.dead, "injured": s.injured, "arrested": s.arrested}


def amount_dict(a: Amount) -> dict[str, Any]:
    return {
        "start": a.start,
        "end": a.end,
        "text": a.text,
        "value": a.value,
        "unit": a.unit,
        "object": a.object,
        "kind": a.kind,
    }


def date_dict(d: DateRef) -> dict[str, Any]:
    return {
        "start": d.start,
        "end": d.end,
        "text": d.text,
        "value": d.value,
        "granularity": d.granularity,
    }


def location_dict(loc: Location) -> dict[str, Any]:
    return {
        "start": loc.start,
        "end": loc.end,
        "text": loc.text,
        "name": loc.name,
        "country": loc.country,
        "lat": loc.lat,
        "lon": loc.lon,
        "geonameid": loc.geonameid,
        "feature": loc.feature,
        "admin1": loc.admin1,
    }


def error_dict(e: StageError | InputFailure) -> dict[str, Any]:
    out: dict[str, Any] = {"stage": e.stage, "code": e.code, "message": e.message}
    if isinstance(e, InputFailure):
        out["origin"] = e.origin
    return out


def coded_dict(coded: CodedArticle) -> dict[str, Any]:
    """The whole output object of one article."""
    return {
        "article": article_dict(coded.article),
        "mentions": [mention_dict(m) for m in coded.mentions],
        "quotes": [quote_dict(q) for q in coded.quotes],
        "events": [event_dict(e) for e in coded.events],
        "amounts": [amount_dict(a) for a in coded.amounts],
        "dates": [date_dict(d) for d in coded.dates],
        "locations": [location_dict(loc) for loc in coded.locations],
        "errors": [error_dict(e) for e in coded.errors],
    }


def failure_dict(failure: InputFailure) -> dict[str, Any]:
    """An input that never became an article, in the same shape as an article's output."""
    return {"article": None, "errors": [error_dict(failure)]}


def to_json(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
