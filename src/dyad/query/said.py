"""The dashboard's lists of quotes (`/api/quotes`, the pair, speaker and search pages): which
quotes a request means (`QuoteFilter`) and a page of them, newest article first.

A list is read in two steps. First the keys (article id, index, article date) of every
matching quote, to count them and choose the page; then the page's quotes, by lists of
constant article ids, which DuckDB answers from the ``article_id`` indexes of ``quotes`` and
``quote_mentions`` instead of scanning them. A filter on a mentioned party reads the keys from
``quote_mentions`` (one row per quote and party mentioned in it, with the quote's date, kind
and speaker's party: docs/store.md), never from the two million mentions of a million
quotes (bench/serve_results.md). Given the `dyad.query.web.Lookups`, the two lists the
dashboard asks for most read a slice of them instead: what one party's speakers said about
another (the pair page: ``said_about``, with the parties each quote mentions) and what one
actor said (the speaker page: `dyad.query.actor_rows`).

Values travel as ``?`` parameters; the SQL that varies is chosen from fixed strings here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from dyad.query.filters import ACTOR_MATCH, ORDERS, rows_by_key, where

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

    from dyad.query.actor_rows import ActorRows

Key = tuple[str, int]
"""A quote's key: (article id, index in the article's quotes)."""


class Lookups(Protocol):
    """What this module reads of `dyad.query.web.Lookups` (which imports this module)."""

    @property
    def actors(self) -> ActorRows: ...

    def rows(self, table: str, key: str, other: str) -> Any: ...


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


def _from_lookups(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups | None, f: QuoteFilter
) -> tuple[str, list[Any]] | None:
    """As `_matching`, from a slice of the lookups registered on ``cur`` when ``f`` is
    what one holds (its relation then has the quotes' mentioned ``parties`` too, or NULL);
    else None."""
    if lookups is None or f.speaker is not None or f.q is not None:
        return None
    dates: list[tuple[str, Any]] = [("date >= ?", f.date_from), ("date <= ?", f.date_to)]
    if f.speaker_exact is not None and not (f.speaker_country or f.mentioned or f.kinds):
        rows = lookups.actors.register(cur, "quotes", f.speaker_exact)
        clauses = [(sql, value) for sql, value in dates if value is not None]
        columns = "article_id, idx, date, NULL::VARCHAR[] AS parties"
    elif (
        f.speaker_exact is None
        and f.mentioned is not None
        and f.speaker_country not in (None, f.mentioned)
    ):
        cur.register("said_rows", lookups.rows("said_about", f.speaker_country, f.mentioned))
        rows = "said_rows"
        kinds: tuple[str, Any] = ("list_contains(?, kind)", list(f.kinds) if f.kinds else None)
        clauses = [(sql, value) for sql, value in (kinds, *dates) if value is not None]
        columns = "article_id, idx, date, parties"
    else:
        return None
    keyed = f"(SELECT {columns} FROM {rows}{where([sql for sql, _ in clauses])})"
    return keyed, [value for _, value in clauses]


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
    lookups: Lookups | None = None,
) -> dict[str, Any]:
    """A page of the quotes matching ``f``, newest article first (``order`` ``asc``: oldest
    first; quotes of one article in their order in the text), each with the parties it
    mentions: ``{"total", "limit", "offset", "items"}``. ``lookups``: read the pair page's
    and the speaker page's lists from them (the same rows)."""
    total, keys, mentioned = _page_keys(cur, f, limit, offset, order, lookups)
    items = _quote_rows(cur, keys, mentioned)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


EVERY = 10**9
"""A limit that no list reaches: all of its rows."""


def every_quote(
    cur: duckdb.DuckDBPyConnection,
    f: QuoteFilter,
    order: str = "desc",
    lookups: Lookups | None = None,
    chunk: int = 500,
) -> Iterator[dict[str, Any]]:
    """Every quote matching ``f``, in the order of `quotes`, read ``chunk`` quotes at a
    time: for a download of more rows than a page holds. The keys are chosen once."""
    _total, keys, mentioned = _page_keys(cur, f, EVERY, 0, order, lookups)
    for start in range(0, len(keys), chunk):
        yield from _quote_rows(cur, keys[start : start + chunk], mentioned)


def _page_keys(
    cur: duckdb.DuckDBPyConnection,
    f: QuoteFilter,
    limit: int,
    offset: int,
    order: str,
    lookups: Lookups | None,
) -> tuple[int, list[Key], dict[Key, list[str]] | None]:
    """(how many quotes match ``f``, the keys of the page's quotes, the parties each
    mentions when a lookup gave them)."""
    # From the ORDERS whitelist; quotes of one article keep their order in the text.
    newest = f"ORDER BY date {ORDERS[order]}, article_id, idx"
    if f == QuoteFilter():  # every quote: count(*) is read from metadata, not a million keys
        keyed, _ = _matching(f)
        (total,) = cur.execute("SELECT count(*) FROM quotes").fetchall()[0]
        cur.execute(
            f"SELECT article_id, idx FROM {keyed} {newest} LIMIT ? OFFSET ?", [limit, offset]
        )
        return total, [(a, i) for a, i in cur.fetchall()], None
    # The matches once (a text search scans every quote), counted and paged.
    sliced = _from_lookups(cur, lookups, f)
    keyed, params = sliced or _matching(f)
    parties = ", parties" if sliced else ""
    cur.execute(
        f"""
        WITH m AS (SELECT * FROM {keyed}),
        page AS (SELECT * FROM m {newest} LIMIT ? OFFSET ?)
        SELECT (SELECT count(*) FROM m),
               (SELECT list(struct_pack(article_id, idx{parties}) {newest}) FROM page)
        """,
        [*params, limit, offset],
    )
    ((total, page),) = cur.fetchall()
    keys = [(k["article_id"], k["idx"]) for k in page or []]
    if not page or page[0].get("parties") is None:  # not from said_about: read with the rows
        return total, keys, None
    return total, keys, {(k["article_id"], k["idx"]): k["parties"] for k in page}


def _quote_rows(
    cur: duckdb.DuckDBPyConnection, keys: list[Key], known: dict[Key, list[str]] | None = None
) -> list[dict[str, Any]]:
    """The quotes of ``keys``, in their order, with their article's title and date and the
    parties mentioned inside them (``known``: those, read already)."""
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
    if known is None:
        read = rows_by_key(
            cur,
            """
            SELECT article_id, idx, list_sort(list(party)) AS parties
            FROM quote_mentions WHERE article_id IN ({articles}) GROUP BY ALL
            """,
            keys,
        )
        known = {k: row["parties"] for k, row in read.items()}
    return [found[k] | {"mentioned": known.get(k, [])} for k in keys if k in found]
