"""Coded articles as table rows: the one place records are flattened for storage (DuckDB
tables and Parquet parts share it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from dyad.records import CodedArticle, InputFailure
from dyad.serialize import event_dict
from dyad.store.schema import TABLES
from dyad.version import __version__


def last_of_each_article(
    items: Iterable[CodedArticle | InputFailure],
) -> list[CodedArticle | InputFailure]:
    """``items`` with only the last of several articles sharing an id (corpora repeat
    stories: the BBC set holds the same text under two file names, and an id is a hash of the
    text), as re-ingesting would keep it."""
    items = list(items)
    last = {item.article.id: i for i, item in enumerate(items) if isinstance(item, CodedArticle)}
    return [
        item
        for i, item in enumerate(items)
        if isinstance(item, InputFailure) or last[item.article.id] == i
    ]


def article_rows(
    coded: CodedArticle, model: str, now: dt.datetime
) -> dict[str, list[dict[str, Any]]]:
    a = coded.article
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["articles"].append(
        {
            "id": a.id,
            "url": a.url,
            "date": a.date,
            "title": a.title,
            "source": a.source,
            "text": a.text,
            "origin": a.origin,
            "model": model,
            "dyad_version": __version__,
            "coded_at": now,
        }
    )
    for i, m in enumerate(coded.mentions):
        out["mentions"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "kind": m.kind,
                "sentence": m.sentence,
                "actor_name": m.actor.name,
                "actor_code": m.actor.code,
                "actor_country": m.actor.country,
                "actor_sector": m.actor.sector,
                "actor_id": m.actor.id,
            }
        )
    for i, q in enumerate(coded.quotes):
        s, c = q.speaker, q.cue
        sa = s.actor if s else None
        out["quotes"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "sentence": q.sentence,
                "cue_start": c.start if c else None,
                "cue_end": c.end if c else None,
                "cue_text": c.text if c else None,
                "speaker_start": s.start if s else None,
                "speaker_end": s.end if s else None,
                "speaker_text": s.text if s else None,
                "speaker_name": s.name if s else None,
                "speaker_code": sa.code if sa else None,
                "speaker_country": sa.country if sa else None,
                "speaker_sector": sa.sector if sa else None,
                "speaker_id": sa.id if sa else None,
                "statement": q.statement,
            }
        )
    for e in coded.events:
        # the output contract's fields, with parties in their own table and a real date
        fields = {k: v for k, v in event_dict(e).items() if k not in ("actor", "recipient")}
        out["events"].append({**fields, "article_id": a.id, "date": e.date})
        for role, parts in (("actor", e.actor), ("recipient", e.recipient)):
            for i, p in enumerate(parts):
                out["event_parties"].append(
                    {
                        "event_id": e.id,
                        "article_id": a.id,
                        "role": role,
                        "idx": i,
                        "name": p.actor.name,
                        "code": p.actor.code,
                        "country": p.actor.country,
                        "sector": p.actor.sector,
                        "actor_id": p.actor.id,
                        "text": p.text,
                        "start": p.start,
                        "end": p.end,
                    }
                )
    for i, am in enumerate(coded.amounts):
        out["amounts"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": am.start,
                "end": am.end,
                "text": am.text,
                "value": am.value,
                "unit": am.unit,
                "object": am.object,
                "kind": am.kind,
            }
        )
    for i, d in enumerate(coded.dates):
        out["dates"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": d.start,
                "end": d.end,
                "text": d.text,
                "value": d.value,
                "granularity": d.granularity,
            }
        )
    for i, loc in enumerate(coded.locations):
        out["locations"].append(
            {
                "article_id": a.id,
                "idx": i,
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
        )
    for err in coded.errors:
        out["errors"].append(
            {
                "article_id": a.id,
                "origin": a.origin,
                "stage": err.stage,
                "code": err.code,
                "message": err.message,
                "recorded_at": now,
            }
        )
    return out


def failure_row(item: InputFailure, now: dt.datetime) -> dict[str, Any]:
    return {
        "article_id": None,
        "origin": item.origin,
        "stage": item.stage,
        "code": item.code,
        "message": item.message,
        "recorded_at": now,
    }
