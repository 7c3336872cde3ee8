"""An actor's events and quotes, found by name, code or id without scanning the store.

The speaker page (`/speaker/RUSGOV`) and ``/api/events?involving=`` ask for the rows of an
actor named by its canonical name (case-insensitive), its code or its id
(`dyad.query.filters.ACTOR_MATCH`): a match on three columns of two million event parties
and a million quotes, 400-1,700 ms per page at a million events (bench/serve_results.md).
Instead, `ActorRows` holds those rows once, sorted by (code, lowered name, id) so that the
rows of one such triple are a contiguous slice, and finds a request's slices through three
small dicts: a request becomes a few dict lookups and a zero-copy slice.

A store table of the same rows (one per event party, mention and quote, with its lowered
name, code and id) was tried first and was no faster: matching its three key columns took
100-120 ms per query at a million events, counting an actor's events by role 325 ms
(bench/serve_results.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

Span = tuple[int, int]
"""(first row, number of rows) of a slice."""

_KEYS = "code, name_key, actor_id"
# The same order in the table and in its groups, so that cumulative counts are offsets.
_KEY_ORDER = "code NULLS LAST, name_key NULLS LAST, actor_id NULLS LAST"

_SOURCES = {
    # One row per event party (an actor both actor and recipient of an event: two rows),
    # with what an event list filters and sorts on (the columns of `Lookups.party_events`).
    "events": f"""
        SELECT p.code, lower(p.name) AS name_key, p.actor_id, p.role, p.event_id, e.date,
               e.event, e.quad_code, coalesce(e.negated, FALSE) AS negated,
               coalesce(e.hypothetical, FALSE) AS hypothetical
        FROM event_parties p JOIN events e ON e.id = p.event_id
        WHERE p.code IS NOT NULL OR p.name IS NOT NULL OR p.actor_id IS NOT NULL
        ORDER BY {_KEY_ORDER}, e.date DESC NULLS LAST, p.event_id
        """,
    # One row per quote with a resolved speaker, dated by its article.
    "quotes": f"""
        SELECT q.speaker_code AS code, lower(q.speaker_name) AS name_key,
               q.speaker_id AS actor_id, q.article_id, q.idx, a.date
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_code IS NOT NULL OR q.speaker_name IS NOT NULL
           OR q.speaker_id IS NOT NULL
        ORDER BY {_KEY_ORDER}, a.date DESC NULLS LAST, q.article_id, q.idx
        """,
}


@dataclass(frozen=True)
class KeyedSlices:
    """Where the rows of each actor key lie in a table sorted by (code, lowered name, id)."""

    by_code: dict[str, list[Span]]
    by_name: dict[str, list[Span]]
    """Lowered names (DuckDB's ``lower``)."""
    by_id: dict[str, list[Span]]

    def spans(self, name: str, code: str, actor_id: str) -> list[Span]:
        """The slices of the rows whose lowered name is ``name``, code ``code`` or id
        ``actor_id``, each row once, in table order."""
        indexes = ((self.by_name, name), (self.by_code, code), (self.by_id, actor_id))
        found = sorted(span for index, key in indexes for span in index.get(key, ()))
        merged: list[list[int]] = []
        for start, length in found:
            if merged and start <= merged[-1][0] + merged[-1][1]:
                last = merged[-1]
                last[1] = max(last[1], start + length - last[0])
            else:
                merged.append([start, length])
        return [(start, length) for start, length in merged]


def _slices(cur: duckdb.DuckDBPyConnection, table: Any) -> KeyedSlices:
    """The `KeyedSlices` of ``table`` (sorted by `_KEY_ORDER` first)."""
    cur.register("keyed", table)
    groups = cur.execute(
        f"SELECT {_KEYS}, count(*) FROM keyed GROUP BY ALL ORDER BY {_KEY_ORDER}"
    ).fetchall()
    cur.unregister("keyed")
    found = KeyedSlices({}, {}, {})
    offset = 0
    for code, name, actor_id, n in groups:
        for index, key in ((found.by_code, code), (found.by_name, name), (found.by_id, actor_id)):
            if key is None:
                continue
            spans = index.setdefault(key, [])
            if spans and sum(spans[-1]) == offset:  # the same code's triples: one slice
                spans[-1] = (spans[-1][0], spans[-1][1] + n)
            else:
                spans.append((offset, n))
        offset += n
    return found


@dataclass(frozen=True)
class ActorRows:
    """Every actor's event-party rows (``role, event_id, date, event, quad_code, negated,
    hypothetical``) and quotes (``article_id, idx, date``: the article's), as Arrow tables
    sorted by actor key (which is not kept in them), with where each key's rows lie."""

    events: Any
    quotes: Any
    event_keys: KeyedSlices
    quote_keys: KeyedSlices

    def register(self, cur: duckdb.DuckDBPyConnection, kind: str, query: str) -> str:
        """Register on ``cur`` the rows of kind ``events`` or ``quotes`` of the actor whose
        canonical name (case-insensitive), code or id is ``query``, as `ACTOR_MATCH` finds
        them; returns the relation (SQL, to put after FROM) of those rows."""
        # DuckDB's lower and upper, as the SQL match uses, not Python's.
        cur.execute("SELECT lower(?), upper(?)", [query, query])
        ((name, code),) = cur.fetchall()
        table = self.events if kind == "events" else self.quotes
        keys = self.event_keys if kind == "events" else self.quote_keys
        spans = keys.spans(name, code, query) or [(0, 0)]
        names = [f"actor_{kind}_{i}" for i in range(len(spans))]
        for view, (start, length) in zip(names, spans, strict=True):
            cur.register(view, table.slice(start, length))
        return "(" + " UNION ALL ".join(f"SELECT * FROM {view}" for view in names) + ")"


def build_actor_rows(cur: duckdb.DuckDBPyConnection) -> ActorRows:
    """Read every actor's rows from the database (a few seconds for a million events)."""
    tables, keys = {}, {}
    for kind, sql in _SOURCES.items():
        table = cur.sql(sql).to_arrow_table()
        keys[kind] = _slices(cur, table)
        tables[kind] = table.drop_columns(["code", "name_key", "actor_id"])
    return ActorRows(tables["events"], tables["quotes"], keys["events"], keys["quotes"])
