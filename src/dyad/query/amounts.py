"""The amounts of a pair page (`/api/dyads/{a}/{b}/amounts`): amounts reported in the
articles of the pair's events.

The articles and their dates come from the pair's slice of the ``pair_events`` lookup
(`dyad.query.web.Lookups`), so that neither the events nor the articles table is joined for
the count and the page's choice; the page's rows are then read by lists of constant article
ids, so that a page joins only its own articles.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from dyad.query.filters import ORDERS, rows_by_key, where

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

    from dyad.query.web import Lookups

AMOUNT_SORTS = {"date": "date", "value": "value"}
"""Sort keys of a pair's amounts -> column: the article's date, the amount's value."""


def pair_amounts(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    a: str,
    b: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 50,
    offset: int = 0,
    sort: str = "date",
    order: str = "desc",
) -> dict[str, Any]:
    """Amounts reported in the articles that hold an event between ``a`` and ``b`` (one the
    pair's aggregates count), newest article first unless ``sort`` (a key of
    `AMOUNT_SORTS`) and ``order`` say otherwise, with the words around each; ``date_from``
    and ``date_to`` bound the article's date."""
    cur.register("pair_rows", lookups.rows("pair_events", *sorted((a, b))))
    bounds = (("article_date >= ?", date_from), ("article_date <= ?", date_to))
    used = [(c, v) for c, v in bounds if v is not None]
    articles = "SELECT DISTINCT article_id, article_date AS date FROM pair_rows" + where(
        [c for c, _ in used]
    )
    # Identifiers cannot be parameters: both come from whitelists. The page's two lists are
    # ordered as the page, so that their article ids and indexes pair up in its order.
    ranked = f"{AMOUNT_SORTS[sort]} {ORDERS[order]}, article_id, idx"
    cur.execute(
        f"""
        WITH k AS (SELECT m.article_id, m.idx, p.date, m.value FROM amounts m
                   JOIN ({articles}) p USING (article_id)),
        page AS (SELECT * FROM k ORDER BY {ranked}
                 LIMIT ? OFFSET ?)
        SELECT (SELECT count(*) FROM k), (SELECT list(article_id ORDER BY {ranked}) FROM page),
               (SELECT list(idx ORDER BY {ranked}) FROM page)
        """,
        [*(v for _, v in used), limit, offset],
    )
    ((total, ids, indexes),) = cur.fetchall()
    keys = list(zip(ids or [], indexes or [], strict=True))
    return {"total": total, "limit": limit, "offset": offset, "items": _amount_rows(cur, keys)}


def _amount_rows(cur: duckdb.DuckDBPyConnection, keys: list[tuple[str, int]]) -> list[Any]:
    """The amounts of ``keys`` (article id, index), in their order, with the words around."""
    found = rows_by_key(
        cur,
        """
        SELECT m.article_id, m.idx, t.title, t.date, m.text, m.value, m.unit, m.object, m.kind,
               substring(t.text, greatest(m.start - 80, 0) + 1,
                         m."end" - greatest(m.start - 80, 0) + 80) AS context
        FROM amounts m JOIN articles t ON t.id = m.article_id
        WHERE m.article_id IN ({articles}) AND t.id IN ({articles})
        """,
        keys,
    )
    return [found[k] for k in keys if k in found]
