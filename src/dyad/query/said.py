"""The dashboard's lists of quotes (`/api/quotes`, the pair, speaker and search pages): which
quotes a request means (`QuoteFilter`) and a page of them, newest article first.

A list is read in two steps. First the keys (article id, index, article date) of every
matching quote, to count them and choose the page; then the page's quotes, by lists of
constant article ids, which DuckDB answers from the ``article_id`` indexes of ``quotes`` and
``quote_mentions`` instead of scanning them. A filter on a mentioned party reads the keys from
``quote_mentions`` (one row per quote and party mentioned in it, with the quote's date, kind
and speaker's party: docs/store.md), never from the two million mentions of a million
quotes (bench/serve_results.md).

Values travel as ``?`` parameters; the SQL that varies is chosen from fixed strings here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyad.query.filters import ACTOR_MATCH, ORDERS, rows_by_key, where

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

Key = tuple[str, int]
"""A quote's key: (article id, index in the article's quotes)."""


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes a request means; None (or empty ``kinds``) leaves a field unfiltered."""

    speaker: str | None = None
    """Part of the speaker's resolved name (case-insensitive) or, unresolved, of the words
    naming the speaker, as in `dyad quotes`."""
    speaker_country: str | None = None
    """The speaker's party: its country, or its code when it has none."""
    mentioned: str | None = None
    """A party that an actor mention inside the quote names."""
    q: str | None = None
    """Part of the quote's text (case-insensitive)."""
    kinds: Sequence[str] | None = None
    speaker_exact: str | None = None
    """An actor's name, code or id (`dyad.query.web.actor_profile`)."""
    date_from: dt.date | None = None
    """The article's date is on or after it."""
    date_to: dt.date | None = None


def _quote_clauses(f: QuoteFilter, with_mentions: bool) -> tuple[list[str], list[Any]]:
    """Conditions on ``quotes q`` for the fields of ``f`` that only the quotes table holds
    (all of them unless ``with_mentions``: then the keys come from ``quote_mentions``)."""
    speaker = (
        "(contains(lower(q.speaker_name), lower(?)) OR (q.speaker_name IS NULL AND "
        "contains(lower(q.speaker_text), lower(?))))"
    )
    exact = ACTOR_MATCH.format(n="q.speaker_name", c="q.speaker_code", i="q.speaker_id")
    article_date = "q.article_id IN (SELECT id FROM articles WHERE date {op} ?)"
    found: list[tuple[str, list[Any], object]] = [
        (speaker, [f.speaker, f.speaker], f.speaker),
        ("contains(lower(q.text), lower(?))", [f.q], f.q),
        (exact, [f.speaker_exact] * 3, f.speaker_exact),
    ]
    if not with_mentions:
        found += [
            (
                "coalesce(q.speaker_country, q.speaker_code) = ?",
                [f.speaker_country],
                f.speaker_country,
            ),
            ("list_contains(?, q.kind)", [list(f.kinds or ())], f.kinds or None),
            (article_date.format(op=">="), [f.date_from], f.date_from),
            (article_date.format(op="<="), [f.date_to], f.date_to),
        ]
    used = [(sql, values) for sql, values, on in found if on is not None]
    return [sql for sql, _ in used], [v for _, values in used for v in values]


def _mention_clauses(f: QuoteFilter) -> tuple[list[str], list[Any]]:
    """Conditions on ``quote_mentions k`` (``f.mentioned`` set)."""
    found: list[tuple[str, Any]] = [
        ("k.party = ?", f.mentioned),
        ("k.speaker = ?", f.speaker_country),
        ("list_contains(?, k.kind)", list(f.kinds) if f.kinds else None),
        ("k.date >= ?", f.date_from),
        ("k.date <= ?", f.date_to),
    ]
    return [sql for sql, v in found if v is not None], [v for _sql, v in found if v is not None]


def _matching(f: QuoteFilter) -> tuple[str, list[Any]]:
    """(a relation of the matching quotes' ``article_id, idx, date``, SQL to put after FROM;
    its parameters)."""
    if f.mentioned is None:
        clauses, params = _quote_clauses(f, with_mentions=False)
        keyed = (
            "(SELECT q.article_id, q.idx, a.date FROM quotes q "
            f"JOIN articles a ON a.id = q.article_id{where(clauses)})"
        )
        return keyed, params
    clauses, params = _mention_clauses(f)
    more, more_params = _quote_clauses(f, with_mentions=True)
    if more:  # rare (the API's speaker, said_by and q with mentioned): a semi-join on quotes
        clauses.append(
            f"(k.article_id, k.idx) IN (SELECT q.article_id, q.idx FROM quotes q{where(more)})"
        )
        params += more_params
    return f"(SELECT k.article_id, k.idx, k.date FROM quote_mentions k{where(clauses)})", params


def quotes(
    cur: duckdb.DuckDBPyConnection,
    f: QuoteFilter,
    limit: int = 50,
    offset: int = 0,
    order: str = "desc",
) -> dict[str, Any]:
    """A page of the quotes matching ``f``, newest article first (``order`` ``asc``: oldest
    first; quotes of one article in their order in the text), each with the parties it
    mentions: ``{"total", "limit", "offset", "items"}``."""
    keyed, params = _matching(f)
    # From the ORDERS whitelist; quotes of one article keep their order in the text.
    newest = f"ORDER BY date {ORDERS[order]}, article_id, idx"
    if not params:  # every quote: count(*) is read from metadata, not from a million keys
        (total,) = cur.execute("SELECT count(*) FROM quotes").fetchall()[0]
        cur.execute(
            f"SELECT article_id, idx FROM {keyed} {newest} LIMIT ? OFFSET ?", [limit, offset]
        )
        keys: list[Key] = [(a, i) for a, i in cur.fetchall()]
    else:  # the matches once (a text search scans every quote), counted and paged
        cur.execute(
            f"""
            WITH m AS (SELECT * FROM {keyed}),
            page AS (SELECT * FROM m {newest} LIMIT ? OFFSET ?)
            SELECT (SELECT count(*) FROM m),
                   (SELECT list(struct_pack(article_id, idx) {newest}) FROM page)
            """,
            [*params, limit, offset],
        )
        ((total, page),) = cur.fetchall()
        keys = [(k["article_id"], k["idx"]) for k in page or []]
    return {"total": total, "limit": limit, "offset": offset, "items": _quote_rows(cur, keys)}


def _quote_rows(cur: duckdb.DuckDBPyConnection, keys: list[Key]) -> list[dict[str, Any]]:
    """The quotes of ``keys``, in their order, with their article's title and date and the
    parties mentioned inside them."""
    found = rows_by_key(
        cur,
        """
        SELECT q.article_id, q.idx, a.title, a.date, q.kind, q.text, q.start, q."end",
               q.speaker_text, q.speaker_name, q.speaker_code, q.speaker_country
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.article_id IN ({articles}) AND a.id IN ({articles})
        """,
        keys,
    )
    mentioned = rows_by_key(
        cur,
        """
        SELECT article_id, idx, list_sort(list(party)) AS parties
        FROM quote_mentions WHERE article_id IN ({articles}) GROUP BY ALL
        """,
        keys,
    )
    return [
        found[k] | {"mentioned": mentioned[k]["parties"] if k in mentioned else []}
        for k in keys
        if k in found
    ]
