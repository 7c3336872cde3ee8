"""Coded articles as table rows: the one place records are flattened for storage (DuckDB
tables and Parquet parts share it). A record's columns come from its fields (`dyad.forms`);
this module adds the store's own (`dyad.store.schema.TABLE_RECORDS`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from dyad.forms import as_row
from dyad.records import CodedArticle, InputFailure, StageError
from dyad.store.schema import TABLES
from dyad.version import __version__

# The lists of an article that are stored one table each, a row per record with its index.
LISTS = ("mentions", "quotes", "amounts", "dates", "locations")
# An event's lists of participants, stored in table event_parties with the list's name as role.
ROLES = ("actor", "recipient")


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
    """The rows of one coded article, by table."""
    a = coded.article
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["articles"].append(as_row(a, model=model, dyad_version=__version__, coded_at=now))
    for table in LISTS:
        records = getattr(coded, table)
        out[table] = [as_row(r, article_id=a.id, idx=i) for i, r in enumerate(records)]
    for e in coded.events:
        out["events"].append(as_row(e, article_id=a.id))
        for role in ROLES:
            out["event_parties"].extend(
                as_row(p, event_id=e.id, article_id=a.id, role=role, idx=i)
                for i, p in enumerate(getattr(e, role))
            )
    out["errors"] = [_error_row(a.id, a.origin, err, now) for err in coded.errors]
    return out


def failure_row(item: InputFailure, now: dt.datetime) -> dict[str, Any]:
    """The ``errors`` row of an input that never became an article."""
    return _error_row(None, item.origin, StageError(item.stage, item.code, item.message), now)


def _error_row(
    article_id: str | None, origin: str | None, error: StageError, now: dt.datetime
) -> dict[str, Any]:
    return as_row(error, article_id=article_id, origin=origin, recorded_at=now)
