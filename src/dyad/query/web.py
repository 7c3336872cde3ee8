"""The read queries behind `dyad serve`: lists of events, quotes and pairs, articles, actors,
totals, and the `Lookups` they read. The rest of the dashboard's SQL is beside it in
`dyad.query`: `filters` (which events a request means), `timeline`, `country`, `places`.

Values always travel as ``?`` parameters. The few pieces of SQL that vary with a request (which
filters apply, the sort column) are fixed strings chosen here from whitelists, never text taken
from the request. Functions take a cursor (one per request: DuckDB connections are not
thread-safe) and return rows as dicts; their documented shapes are `dyad.serve.models`.

The pair and party queries read `Lookups`: tables derived from the database once, when the app
starts, so that a request never joins millions of rows (see bench/serve_results.md).

A *party* is a country (ISO3) or, when an actor has none, its code (``IGOUNO``): the same rule
as the ``event_dyads`` view, applied to event parties, mentions and speakers alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from dyad.forms import api_columns
from dyad.query.actor_rows import ActorRows, build_actor_rows
from dyad.query.filters import (
    ACTOR_MATCH,
    DEFAULT_INCLUDE,
    EVENT_SORTS,
    ORDERS,
    EventFilter,
    Include,
    conditions,
)
from dyad.query.filters import (
    where as _where,
)
from dyad.query.quotes import STATEMENT_KINDS
from dyad.query.said import QuoteFilter, quotes
from dyad.records import Article, Event

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

INTERVALS = ("day", "week", "month")
DYAD_SORTS = {"events": "events", "goldstein": "mean_goldstein", "last_date": "last_date"}
# What a statement by a speaker of one country says about another: quote kinds counted in
# the timeline and listed on the pair page (stances such as "Putin thanked Xi" are events too).
PAIR_QUOTE_KINDS = STATEMENT_KINDS
# Nobody reads more than this on one page; it also bounds what an article or actor returns.
RECORDS_CAP = 1000


Row = dict[str, Any]
"""A result row: column name -> value (the schemas the API documents are in dyad.serve.models)."""


def _columns(record: type, alias: str = "") -> str:
    """The columns of ``record``'s table that the API offers (`dyad.forms.api_columns`), for a
    SELECT list: a field added to the record is selected too."""
    return ", ".join(f'{alias}"{c.name}"' for c in api_columns(record))


def _page(total: int, limit: int, offset: int, items: list[Row]) -> Row:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def rows_of(cur: duckdb.DuckDBPyConnection) -> list[Row]:
    """The rows of the cursor's last query as dicts."""
    columns = [d[0] for d in cur.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def _one(cur: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """The one row of an aggregate query. fetchall, not fetchone: DuckDB refuses to register
    a table on a cursor whose last result was not read to the end."""
    (row,) = cur.fetchall()
    return row


def _scalar(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    cur.execute(sql, list(params))
    return _one(cur)[0]


@dataclass(frozen=True)
class Lookups:
    """Tables derived from the database when the app starts, held as Arrow tables and
    registered on a request's cursor. Each is sorted so that one pair's or one party's rows are
    a contiguous slice (zero-copy), found in ``at``.

    Sound because the app's connection is read-only and DuckDB's file lock keeps writers out
    while it is open: the database cannot change under them.

    - ``pair_events``: one row per event and unordered pair (as `event_dyads_all`: counted
      events, negated and hypothetical ones flagged; each event once): ``a, b, event_id,
      date, event, quad_code, goldstein, a_to_b, b_to_a, negated, hypothetical,
      article_id, article_date`` (the event's article and its date).
    - ``pair_quotes``: one row per statement and party it mentions other than its speaker's:
      ``a, b, date, a_to_b`` (the speaker is ``a``).
    - ``party_events``: one row per event and party: ``party, role, event_id, date, event,
      quad_code, negated, hypothetical``.
    - ``event_parties``: the parties of every event, newest event first, by event date:
      ``event_id, role, idx, party, code, name, text``. A page of events lists events of a
      few dates, so their parties lie in a short slice (the table has no index on event_id).
    - ``pair_totals``: the `dyads` rows of every pair, without negated and hypothetical
      events (`dyads` counts them on the fly when asked).
    - ``said_about``: the ``quote_mentions`` rows of quotes whose speaker's party is not
      the party mentioned, by speaker's party and party mentioned (keys not kept), newest
      article first: ``article_id, idx, date, kind, parties`` (every party the quote
      mentions), for "what a's speakers said about b" (`dyad.query.said`).
    - ``actors``: every actor's event parties and quotes, found by name, code or id
      (`dyad.query.actor_rows`).
    """

    pair_events: Any
    pair_quotes: Any
    party_events: Any
    event_parties: Any
    pair_totals: Any
    said_about: Any
    actors: ActorRows
    at: dict[tuple[str, str, str], tuple[int, int]] = field(default_factory=dict)
    modes: tuple[str, ...] = ()
    """The PLOVER modes of the stored events, for the pages' mode facet."""
    sectors: tuple[str, ...] = ()
    """The sector codes of the stored events' parties (``GOV``), for the sector facets."""

    def rows(self, table: str, key: str, other: str) -> Any:
        """The slice of ``table`` for one key (a pair ``a < b``, or a party and a role)."""
        offset, length = self.at.get((table, key, other), (0, 0))
        return getattr(self, table).slice(offset, length)

    def knows(self, party: str) -> bool:
        """Whether ``party`` takes part in an event of the database."""
        return any((("party_events", party, role)) in self.at for role in ("actor", "recipient"))

    def parties_between(self, newest: dt.date | None, oldest: dt.date | None) -> Any:
        """The slice of ``event_parties`` from the first event of ``newest`` to the last of
        ``oldest`` (None: events without a date, which come last)."""
        table = self.event_parties
        first = self.at.get(("event_parties", str(newest or ""), ""), (0, 0))[0]
        last = self.at.get(("event_parties", str(oldest or ""), ""), (table.num_rows, 0))
        return table.slice(first, sum(last) - first)


_LOOKUPS = {
    "pair_events": (
        """
        SELECT least(d.actor, d.recipient) AS a, greatest(d.actor, d.recipient) AS b,
               d.event_id, any_value(d.date) AS date, any_value(d.event) AS event,
               any_value(d.quad_code) AS quad_code, any_value(d.goldstein) AS goldstein,
               bool_or(d.reciprocal OR d.actor < d.recipient) AS a_to_b,
               bool_or(d.reciprocal OR d.actor > d.recipient) AS b_to_a,
               any_value(d.negated) AS negated, any_value(d.hypothetical) AS hypothetical,
               any_value(d.article_id) AS article_id, any_value(t.date) AS article_date
        FROM event_dyads_all d JOIN articles t ON t.id = d.article_id
        GROUP BY ALL ORDER BY a, b, date, event_id
        """,
        "a, b",
        "a, b",
    ),
    "pair_quotes": (
        """
        WITH said AS (
            SELECT DISTINCT q.article_id, q.idx,
                   coalesce(q.speaker_country, q.speaker_code) AS speaker,
                   coalesce(m.actor_country, m.actor_code) AS party
            FROM quotes q JOIN mentions m ON m.article_id = q.article_id
             AND m.start >= q.start AND m."end" <= q."end"
            WHERE list_contains(?, q.kind)
        )
        SELECT least(speaker, party) AS a, greatest(speaker, party) AS b, t.date,
               speaker < party AS a_to_b
        FROM said JOIN articles t ON t.id = said.article_id
        WHERE speaker <> '' AND party <> '' AND speaker <> party AND t.date IS NOT NULL
        ORDER BY a, b, t.date
        """,
        "a, b",
        "a, b",
    ),
    "party_events": (
        """
        SELECT DISTINCT coalesce(p.country, p.code) AS party, p.role, p.event_id, e.date,
               e.event, e.quad_code, coalesce(e.negated, FALSE) AS negated,
               coalesce(e.hypothetical, FALSE) AS hypothetical
        FROM event_parties p JOIN events e ON e.id = p.event_id
        WHERE coalesce(p.country, p.code) IS NOT NULL
        ORDER BY party, role, e.date DESC NULLS LAST, p.event_id
        """,
        "party, role",
        "party, role",
    ),
    "event_parties": (
        """
        SELECT p.event_id, p.role, p.idx, coalesce(p.country, p.code) AS party, p.code, p.name,
               p.text, e.date
        FROM event_parties p JOIN events e ON e.id = p.event_id
        ORDER BY e.date DESC NULLS LAST, p.event_id, p.role, p.idx
        """,
        "coalesce(date::VARCHAR, ''), ''",
        "1 DESC",  # '' (no date) sorts after every date, as NULLS LAST does in the table
    ),
    # The pair page's two quote lists read 2M quote_mentions rows each and then the mentioned
    # parties of their page by article id (100-130 ms per list at 1M events); a slice of this
    # lookup holds both (bench/serve_results.md).
    "said_about": (
        """
        WITH mentioned AS (
            SELECT article_id, idx, list_sort(list(party)) AS parties
            FROM quote_mentions GROUP BY ALL
        )
        SELECT k.speaker, k.party, k.article_id, k.idx, k.date, k.kind, m.parties
        FROM quote_mentions k JOIN mentioned m USING (article_id, idx)
        WHERE k.speaker <> k.party
        ORDER BY k.speaker, k.party, k.date DESC NULLS LAST, k.article_id, k.idx
        """,
        "speaker, party",
        "speaker, party",
    ),
}
# Key columns of a lookup that only its slices' offsets need.
_DROPPED = {"said_about": ["speaker", "party"]}


def _pair_totals_sql(include: Include) -> str:
    """The `dyads` rows of every pair, from the ``pair_events`` lookup."""
    return f"""
        SELECT a, b, count(*) AS events,
               count(*) FILTER (WHERE quad_code = 1) AS quad1,
               count(*) FILTER (WHERE quad_code = 2) AS quad2,
               count(*) FILTER (WHERE quad_code = 3) AS quad3,
               count(*) FILTER (WHERE quad_code = 4) AS quad4,
               avg(goldstein) AS mean_goldstein, min(date) AS first_date, max(date) AS last_date
        FROM pair_events p{_where(include.conditions("p"))} GROUP BY a, b
        """


def build_lookups(con: duckdb.DuckDBPyConnection) -> Lookups:
    """Derive the `Lookups` from the database (a few seconds for a million events)."""
    cur = con.cursor()
    tables = {
        name: cur.sql(sql, params=[list(PAIR_QUOTE_KINDS)] if "?" in sql else None).to_arrow_table()
        for name, (sql, _keys, _order) in _LOOKUPS.items()
    }
    at: dict[tuple[str, str, str], tuple[int, int]] = {}
    for name, (_sql, keys, order) in _LOOKUPS.items():
        # Same order as the table's, so cumulative counts are the slice offsets.
        cur.register("lookup", tables[name])
        offset = 0
        for key, other, n in cur.execute(
            f"SELECT {keys}, count(*) FROM lookup GROUP BY ALL ORDER BY {order}"
        ).fetchall():
            at[(name, key, other)] = (offset, n)
            offset += n
        cur.unregister("lookup")
    for name, dropped in _DROPPED.items():
        tables[name] = tables[name].drop_columns(dropped)
    cur.register("pair_events", tables["pair_events"])
    tables["pair_totals"] = cur.sql(_pair_totals_sql(DEFAULT_INCLUDE)).to_arrow_table()
    actors = build_actor_rows(cur)
    modes = cur.execute(
        "SELECT DISTINCT mode FROM events WHERE mode IS NOT NULL AND mode <> '' ORDER BY 1"
    ).fetchall()
    sectors = cur.execute(
        "SELECT DISTINCT upper(sector) FROM event_parties WHERE sector <> '' ORDER BY 1"
    ).fetchall()
    cur.close()
    return Lookups(
        **tables,
        actors=actors,
        at=at,
        modes=tuple(m for (m,) in modes),
        sectors=tuple(s for (s,) in sectors),
    )


# The columns of a lookup relation that `dyad.query.filters.conditions` reads.
_LOOKUP_EVENT = "event_id AS id, date, event, quad_code, negated, hypothetical"
# The same columns of the events table.
_EVENT_COLUMNS = "id, date, event, quad_code, negated, hypothetical"


def party_rows(cur: duckdb.DuckDBPyConnection, lookups: Lookups, party: str) -> str:
    """A relation (SQL, to put after FROM) of the ``party_events`` rows of ``party`` in
    either role (an event where it is both actor and recipient twice), registered on
    ``cur``."""
    for role in ("actor", "recipient"):
        cur.register(f"{role}_side", lookups.rows("party_events", party, role))
    return "(SELECT * FROM actor_side UNION ALL SELECT * FROM recipient_side)"


def facet_conditions(
    cur: duckdb.DuckDBPyConnection, lookups: Lookups, f: EventFilter, x: str
) -> tuple[list[str], list[Any]]:
    """The WHERE clauses of `conditions` on a relation ``x`` with an ``id`` column, and
    their parameters, with the actor and recipient facets (a party in that role, from the
    ``party_events`` lookup, as event lists take them) as conditions too: for aggregates
    (a pair's timeline, a country's trend) that count the events a page's table lists."""
    clauses, params = conditions(f, x)
    for role, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            cur.register(f"{role}_facet", lookups.rows("party_events", value, role))
            clauses.append(f"{x}.id IN (SELECT event_id FROM {role}_facet)")
    return clauses, params


def _event_order(sort: str, order: str) -> str:
    # Identifiers cannot be parameters: both come from whitelists.
    return f"ORDER BY {EVENT_SORTS[sort]} {ORDERS[order]}, id"


def _matching(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    f: EventFilter,
    page: EventPage,
) -> tuple[int, list[str], list[dt.date | None]]:
    """(how many events match, the ids and dates of the page's events)."""
    order = _event_order(page.sort, page.order)
    sources = []
    if f.pair:
        a, b = sorted(f.pair)
        cur.register("pair_rows", lookups.rows("pair_events", a, b))
        sources.append(f"SELECT {_LOOKUP_EVENT} FROM pair_rows")
    for role, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            cur.register(f"{role}_rows", lookups.rows("party_events", value, role))
            sources.append(f"SELECT {_LOOKUP_EVENT} FROM {role}_rows")
    if f.country:
        sides = party_rows(cur, lookups, f.country)
        sources.append(f"SELECT DISTINCT {_LOOKUP_EVENT} FROM {sides}")
    if f.party:
        # The actor's rows from the lookups, not its name, code and id matched over every
        # event party (the speaker page's events: 200 ms at 1M events; serve_results.md).
        acted = lookups.actors.register(cur, "events", f.party)
        sources.append(f"SELECT DISTINCT {_LOOKUP_EVENT} FROM {acted}")
        f = replace(f, party=None)
    if not sources and (f.q or f.actor_sector or f.recipient_sector):
        # Filters that are subqueries over millions of rows (text, parties) are evaluated
        # once, for the count and the page: the speaker page's events took two such
        # semi-joins (bench/serve_results.md).
        sources.append(f"SELECT {_EVENT_COLUMNS} FROM events")
    if not sources:
        # The events table: count and page apart, so that an unfiltered count(*) is read
        # from metadata instead of counting a materialized million rows.
        clauses, params = conditions(f, "e")
        total = _scalar(cur, f"SELECT count(*) FROM events e{_where(clauses)}", params)
        cur.execute(
            f"SELECT id, date FROM events e{_where(clauses)} {order} LIMIT ? OFFSET ?",
            [*params, page.limit, page.offset],
        )
        rows = cur.fetchall()
        return total, [r[0] for r in rows], [r[1] for r in rows]
    clauses, params = conditions(f, "c")
    # The lookups hold no Goldstein score or confidence of every event: join them to sort.
    joined = (
        "" if page.sort == "date" else ", e.goldstein, e.confidence FROM c JOIN events e USING (id)"
    )
    cur.execute(
        f"""
        WITH c AS ({" INTERSECT ".join(sources)}),
        m AS (SELECT c.id, c.date{joined or " FROM c"}{_where(clauses)}),
        page AS (SELECT * FROM m {order} LIMIT ? OFFSET ?)
        SELECT (SELECT count(*) FROM m), (SELECT list(id {order}) FROM page),
               (SELECT list(date {order}) FROM page)
        """,
        [*params, page.limit, page.offset],
    )
    total, ids, dates = _one(cur)
    return total, ids or [], dates or []


def _evidence(cur: duckdb.DuckDBPyConnection, found: list[Row]) -> dict[str, tuple[str, str]]:
    """Event id -> (its article's title, its evidence sentence) for the events ``found``
    (rows with ``id, article_id, sentence_start, sentence_end``)."""
    # The evidence is cut from its article in a query of its own: joined to the events, the
    # articles made DuckDB scan the events table instead of using its primary key (30-90 ms
    # for 50 events at 1M events; 10-20 ms apart: bench/serve_results.md).
    articles = sorted({r["article_id"] for r in found})
    cur.execute(
        f"""
        SELECT v.id, t.title, substring(t.text, v.s + 1, v.e - v.s) AS evidence
        FROM articles t
        JOIN (VALUES {", ".join("(?, ?, ?::INTEGER, ?::INTEGER)" for _ in found)})
            v(id, article_id, s, e) ON t.id = v.article_id
        WHERE t.id IN ({", ".join("?" * len(articles))})
        """,
        [
            *(
                v
                for r in found
                for v in (r["id"], r["article_id"], r["sentence_start"], r["sentence_end"])
            ),
            *articles,
        ],
    )
    return {event_id: (title, evidence) for event_id, title, evidence in cur.fetchall()}


def _event_rows(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    ids: list[str],
    dates: list[dt.date | None],
) -> list[Row]:
    """Events by id (``dates`` theirs) with their evidence sentence and parties, in the
    order of ``ids``."""
    if not ids:
        return []
    # Lists of constants, not subqueries: DuckDB then looks them up in the primary-key
    # indexes of events and articles instead of scanning them.
    marks = ", ".join("?" * len(ids))
    cur.execute(
        f"SELECT {_columns(Event, 'e.')}, e.article_id FROM events e WHERE e.id IN ({marks})", ids
    )
    found = rows_of(cur)
    if not found:
        return []
    cut = _evidence(cur, found)
    rows = {
        r["id"]: r
        | {"title": cut[r["id"]][0], "evidence": cut[r["id"]][1], "actor": [], "recipient": []}
        for r in found
        if r["id"] in cut
    }
    known = [d for d in dates if d is not None]
    newest = max(known) if known else None
    oldest = None if None in dates or not known else min(known)
    cur.register("page_parties", lookups.parties_between(newest, oldest))
    cur.execute(
        f"""
        SELECT event_id, role,
               list(struct_pack(party := party, code := code, name := name, text := text)
                    ORDER BY idx) AS parties
        FROM page_parties WHERE event_id IN ({marks}) GROUP BY ALL
        """,
        ids,
    )
    for event_id, role, parties in cur.fetchall():
        rows[event_id][role] = parties
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True, slots=True)
class EventPage:
    """Which page of a list of events: ``sort`` a key of `EVENT_SORTS`, ``order`` of
    `ORDERS` (ties by id)."""

    limit: int = 50
    offset: int = 0
    sort: str = "date"
    order: str = "desc"


def events(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    f: EventFilter,
    limit: int = 50,
    offset: int = 0,
    sort: str = "date",
    order: str = "desc",
) -> Row:
    """Events matching ``f``, newest first unless ``sort`` (a key of `EVENT_SORTS`) and
    ``order`` say otherwise, with their parties and evidence sentence."""
    page = EventPage(limit, offset, sort, order)
    total, ids, dates = _matching(cur, lookups, f, page)
    return _page(total, limit, offset, _event_rows(cur, lookups, ids, dates))


def dyads(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    sort: str = "events",
    order: str = "desc",
    limit: int = 50,
    offset: int = 0,
    country: str | None = None,
    include: Include = DEFAULT_INCLUDE,
) -> Row:
    """Unordered country pairs with their event counts (each event once per pair), counts
    per quad class, mean Goldstein and first and last event date; negated and hypothetical
    events only as ``include`` says."""
    if include == DEFAULT_INCLUDE:
        cur.register("pair_totals", lookups.pair_totals)
    else:
        cur.register("pair_events", lookups.pair_events)
        cur.register("pair_totals", cur.sql(_pair_totals_sql(include)).to_arrow_table())
    where, params = (" WHERE a = ? OR b = ?", [country, country]) if country else ("", [])
    total = _scalar(cur, f"SELECT count(*) FROM pair_totals{where}", params)
    # Identifiers cannot be parameters: the ORDER BY comes from the DYAD_SORTS whitelist.
    cur.execute(
        f"""
        SELECT * FROM pair_totals{where}
        ORDER BY {DYAD_SORTS[sort]} {ORDERS[order]}, a, b LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    )
    return _page(total, limit, offset, rows_of(cur))


EVERY = 10**9
"""A limit that no list reaches: all of its rows."""


def every_event(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    f: EventFilter,
    sort: str = "date",
    order: str = "desc",
    chunk: int = 500,
) -> Iterator[Row]:
    """Every event matching ``f``, in the order of `events`, read ``chunk`` events at a
    time: for a download of more rows than a page holds. The ids are chosen once (paging
    with offsets would sort the matches again for every chunk)."""
    _total, ids, dates = _matching(cur, lookups, f, EventPage(EVERY, 0, sort, order))
    for start in range(0, len(ids), chunk):
        yield from _event_rows(
            cur, lookups, ids[start : start + chunk], dates[start : start + chunk]
        )


def article(cur: duckdb.DuckDBPyConnection, lookups: Lookups, article_id: str) -> Row | None:
    """An article with its mentions, quotes, events, amounts, dates and locations."""
    cur.execute(f"SELECT {_columns(Article)} FROM articles WHERE id = ?", [article_id])
    found = rows_of(cur)
    if not found:
        return None
    detail = found[0]
    cur.execute(
        "SELECT url, date, title, source, kind, similarity FROM article_sources "
        f"WHERE article_id = ? AND kind <> 'self' ORDER BY date, url LIMIT {RECORDS_CAP}",
        [article_id],
    )
    detail["copies"] = rows_of(cur)
    # Table names come from this fixed tuple, not from the request.
    for table in ("mentions", "quotes", "amounts", "dates", "locations"):
        cur.execute(
            f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY idx "
            f"LIMIT {RECORDS_CAP}",
            [article_id],
        )
        detail[table] = rows_of(cur)
    # All of them: the article page shows negated and hypothetical events with their flags.
    every = EventFilter(article_id=article_id, include=Include(negated=True, hypothetical=True))
    found_events = events(cur, lookups, every, RECORDS_CAP)["items"]
    detail["events"] = sorted(found_events, key=lambda e: e["start"])
    return detail


def actor_profile(
    cur: duckdb.DuckDBPyConnection,
    lookups: Lookups,
    query: str,
    limit: int = 50,
    quotes_offset: int = 0,
    with_events: bool = True,
    quotes_order: str = "desc",
) -> Row | None:
    """An actor by canonical name (case-insensitive), code (``RUSGOV``) or id
    (``person:vladimir-putin``): its mentions, events as actor and recipient, quotes, and
    the latest ``limit`` events (none unless ``with_events``: the speaker page lists them
    with its own filters) and quotes (from ``quotes_offset``). None when nothing matches."""
    mention = ACTOR_MATCH.format(n="actor_name", c="actor_code", i="actor_id")
    cur.execute(
        f"""
        SELECT count(*), mode(actor_name), mode(actor_country),
               list_sort(list_distinct(list(nullif(actor_code, ''))))
        FROM mentions WHERE {mention}
        """,
        [query] * 3,
    )
    n_mentions, name, country, codes = _one(cur)
    # Counted as its list of events is: without negated and hypothetical events; its party
    # rows come from the lookups (`dyad.query.actor_rows`).
    acted_rows = lookups.actors.register(cur, "events", query)
    flags = _where(DEFAULT_INCLUDE.conditions("p"))
    role_counts = dict(
        cur.execute(
            f"SELECT p.role, count(DISTINCT p.event_id) FROM {acted_rows} p{flags} GROUP BY p.role"
        ).fetchall()
    )
    said = quotes(
        cur, QuoteFilter(speaker_exact=query), limit, quotes_offset, quotes_order, lookups
    )
    if not (n_mentions or role_counts or said["total"]):
        return None
    acted = events(cur, lookups, EventFilter(party=query), limit) if with_events else None
    if name is None and said["items"]:
        name, country = said["items"][0]["speaker_name"], said["items"][0]["speaker_country"]
    return {
        "query": query,
        "name": name,
        "country": country,
        "codes": codes or [],
        "mentions": n_mentions,
        "events_as_actor": role_counts.get("actor", 0),
        "events_as_recipient": role_counts.get("recipient", 0),
        "quotes": said["total"],
        "events": acted["items"] if acted else [],
        "recent_quotes": said["items"],
        "quotes_page": said,
    }


def totals(cur: duckdb.DuckDBPyConnection, lookups: Lookups) -> Row:
    """How much the database holds."""
    cur.execute(
        """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM events) AS events,
               (SELECT count(*) FROM quotes) AS quotes,
               ? AS pairs,
               (SELECT min(date) FROM articles) AS first_date,
               (SELECT max(date) FROM articles) AS last_date
        """,
        [lookups.pair_totals.num_rows],
    )
    return rows_of(cur)[0]


def article_span(cur: duckdb.DuckDBPyConnection) -> tuple[dt.date | None, dt.date | None]:
    """The first and last date of the stored articles: the range time charts show."""
    cur.execute("SELECT min(date), max(date) FROM articles")
    first, last = _one(cur)
    return first, last


def quad_series(
    cur: duckdb.DuckDBPyConnection,
    interval: str = "month",
    include: Include = DEFAULT_INCLUDE,
    span: tuple[dt.date | None, dt.date | None] = (None, None),
) -> list[Row]:
    """The events aggregates count (``counted``; negated and hypothetical ones as
    ``include`` says) per period between the dates of ``span``: counts per quad class and
    mean Goldstein."""
    assert interval in INTERVALS
    clauses = ["date IS NOT NULL", "counted", *include.conditions("events")]
    params: list[Any] = [interval]
    for condition, value in (("date >= ?", span[0]), ("date <= ?", span[1])):
        if value is not None:
            clauses.append(condition)
            params.append(value)
    cur.execute(
        f"""
        SELECT date_trunc(?, date)::DATE AS period,
               count(*) FILTER (WHERE quad_code = 1) AS quad1,
               count(*) FILTER (WHERE quad_code = 2) AS quad2,
               count(*) FILTER (WHERE quad_code = 3) AS quad3,
               count(*) FILTER (WHERE quad_code = 4) AS quad4,
               avg(goldstein) AS goldstein_mean
        FROM events{_where(clauses)} GROUP BY 1 ORDER BY 1
        """,
        params,
    )
    return rows_of(cur)


def outside(
    cur: duckdb.DuckDBPyConnection,
    span: tuple[dt.date | None, dt.date | None],
    include: Include = DEFAULT_INCLUDE,
) -> Row:
    """How many counted events are dated before and after ``span`` (the stored articles'
    dates): events dated from a year the text mentions, which time charts leave out."""
    first, last = span
    flags = "".join(f" AND {c}" for c in include.conditions("events"))
    cur.execute(
        f"""
        SELECT count(*) FILTER (WHERE date < ?) AS before,
               count(*) FILTER (WHERE date > ?) AS after
        FROM events WHERE counted{flags}
        """,
        [first, last],
    )
    return rows_of(cur)[0]
