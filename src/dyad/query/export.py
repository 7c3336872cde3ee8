"""The read queries behind `dyad export`: events (with their parties and article) and quotes,
streamed from the database in batches.

Nothing here holds the whole result: the rows are selected one window of dates at a time
(`WINDOW` rows at most, a day at least), fetched `BATCH` at a time (``fetchmany``), turned into
records and yielded, so an export's memory is bounded by one window however large the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from dyad.query.dedup import has_clusters
from dyad.records import Actor, Event, Location, Participant, Quote, Size, Speaker, TextSpan

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

BATCH = 5_000
"""Rows fetched from DuckDB at a time (``fetchmany``): what Python holds of a query."""
WINDOW = 50_000
"""Rows a query selects at most (one window of dates, `_windows`; a single day may hold
more): what DuckDB holds of a query to sort it and join its parties. About 0.5 kB each in
DuckDB; fewer, larger windows save little (a window's query costs milliseconds)."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which events to export. Without ``min_confidence``, the events pair aggregates count
    (``events.counted``); with it, every event whose confidence is at least that. Negated and
    hypothetical events only with ``flagged`` (most formats have no field to say so)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    pair: tuple[str, str] | None = None
    """Two parties (ISO3 country, or actor code for IGOs), in either direction."""
    min_confidence: float | None = None
    flagged: bool = False
    """Keep negated and hypothetical events too."""
    dedup: str = "cluster"
    """One record per event cluster (`cluster`: the cluster's first selected mention, by
    date then id), per day, parties and CAMEO code (`one-a-day`), or per event (`none`);
    `dyad.query.dedup`."""


@dataclass(frozen=True, slots=True)
class Story:
    """The article an event or quote was found in, as the export formats cite it."""

    id: str
    url: str | None
    date: dt.date | None
    title: str | None
    source: str | None
    length: int
    """Characters of the analysed text (GDELT's MentionDocLen)."""
    coded_at: dt.datetime | None
    dyad_version: str | None
    people: tuple[str, ...] = ()
    """Resolved names of the people the article mentions (POLECAT's Story People), likewise
    ``organizations`` (IGOs, NGOs, armed groups) and ``places`` (its place names)."""
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cluster:
    """The event cluster an exported event is a mention of (GDELT's event): its id (its
    first mention's event id) and, over all its mentions, how many there are, in how many
    published articles (copies included) and from how many publishers."""

    id: str
    mentions: int = 1
    articles: int = 1
    sources: int = 1


@dataclass(frozen=True, slots=True)
class ExportedEvent:
    event: Event
    story: Story
    cluster: Cluster | None = None
    """None when the store has no clusters (a Parquet folder, a store of schema 9 or
    older): the event is then its own, with one mention."""


@dataclass(frozen=True, slots=True)
class ExportedQuote:
    quote: Quote
    story: Story
    text: str | None
    """The article's text (Citron's documents carry it), with the article's first quote
    only."""


# The events where two parties face each other as the pair aggregates (`event_dyads`) pair
# them: one an actor and the other a recipient, or both actors of an event without
# recipients (a meeting). Co-actors of a directed event are not a pair. It must match the
# view's rule (`dyad.store.schema._event_dyads_view`), which reads counted events only.
_PAIR = """
    SELECT a.event_id
    FROM event_parties a JOIN event_parties b ON a.event_id = b.event_id
    WHERE coalesce(a.country, a.code) = ? AND coalesce(b.country, b.code) = ?
      AND (
          (a.role = 'actor' AND b.role = 'recipient')
          OR (a.role = 'recipient' AND b.role = 'actor')
          OR (a.role = 'actor' AND b.role = 'actor' AND NOT EXISTS (
              SELECT 1 FROM event_parties r
              WHERE r.event_id = a.event_id AND r.role = 'recipient'))
      )
"""


def _selection(s: Selection, e: str = "e") -> tuple[str, list[Any]]:
    """The SQL condition on events aliased ``e`` that ``s`` selects, without its dedup, and
    its parameters."""
    clauses = [f"{e}.confidence >= ?" if s.min_confidence is not None else f"{e}.counted"]
    params: list[Any] = [s.min_confidence] if s.min_confidence is not None else []
    if not s.flagged:
        clauses.append(
            f"NOT coalesce({e}.negated, FALSE) AND NOT coalesce({e}.hypothetical, FALSE)"
        )
    if s.date_from is not None:
        clauses.append(f"{e}.date >= ?")
        params.append(s.date_from)
    if s.date_to is not None:
        clauses.append(f"{e}.date <= ?")
        params.append(s.date_to)
    if s.pair is not None:
        clauses.append(f"{e}.id IN ({_PAIR})")
        params.extend(s.pair)
    return " AND ".join(clauses), params


# The unit of each dedup, for an event aliased x (with its cluster xc): one record each.
_UNITS = {
    "cluster": "coalesce(xc.cluster_id, x.id)",
    "one-a-day": (
        "concat_ws('|', x.date, coalesce(x.cameo, x.event), (SELECT string_agg("
        "p.role || ':' || coalesce(p.country, p.code, '?'), ',' ORDER BY p.role, p.idx) "
        "FROM event_parties p WHERE p.event_id = x.id))"
    ),
}


def _deduplicated(cursor: duckdb.DuckDBPyConnection, s: Selection) -> bool:
    """Keep, in the temporary table ``export_units``, the id of each selected unit's first
    event (by date, then id); False when every selected event is exported (``none``)."""
    if s.dedup == "none":
        return False
    selected, params = _selection(s, "x")
    cursor.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE export_units AS
        SELECT arg_min(x.id, struct_pack(d := x.date, i := x.id)) AS id
        FROM events x LEFT JOIN {_clusters(cursor)} xc ON xc.event_id = x.id
        WHERE {selected} GROUP BY {_UNITS[s.dedup]}
        """,
        params,
    )
    return True


def _clusters(cursor: duckdb.DuckDBPyConnection) -> str:
    """``event_clusters``, or an empty stand-in for a store made before it (each event is
    then its own cluster)."""
    if has_clusters(cursor):
        return "event_clusters"
    return "(SELECT ''::VARCHAR AS event_id, ''::VARCHAR AS cluster_id, '' AS article_id LIMIT 0)"


def _with_units(s: Selection, units: bool) -> tuple[str, list[Any]]:
    selected, params = _selection(s)
    if units:
        selected += " AND e.id IN (SELECT id FROM export_units)"
    return selected, params


# People, organizations and places per article, for POLECAT's Story columns only.
_STORY = """
    , story AS (
        SELECT m.article_id,
               list(DISTINCT m.actor_name ORDER BY m.actor_name)
                   FILTER (WHERE m.actor_id LIKE 'person:%') AS people,
               list(DISTINCT m.actor_name ORDER BY m.actor_name)
                   FILTER (WHERE split_part(m.actor_id, ':', 1) IN ('igo', 'ngo', 'group'))
                   AS organizations
        FROM mentions m WHERE m.article_id IN (SELECT article_id FROM events e WHERE {where})
        GROUP BY m.article_id
    ),
    places AS (
        SELECT article_id, list(DISTINCT name ORDER BY name) AS places
        FROM locations
        WHERE article_id IN (SELECT article_id FROM events e WHERE {where}) GROUP BY article_id
    )
"""

_EVENTS = """
    WITH parties AS (
        -- unordered: DuckDB's ordered aggregates are slow; _participants sorts by idx
        SELECT event_id, list(struct_pack(role, idx, name, code, country, sector, actor_id,
                                          text, start, "end")) AS parties
        FROM event_parties WHERE event_id IN (SELECT id FROM events e WHERE {where})
        GROUP BY event_id
    ),
    mine AS (SELECT c.event_id, c.cluster_id FROM {clusters} c
             WHERE c.event_id IN (SELECT id FROM events e WHERE {where})),
    cluster_counts AS (
        SELECT c.cluster_id, count(DISTINCT c.event_id) AS mentions,
               count(DISTINCT s.id) AS articles,
               count(DISTINCT coalesce(s.source, s.url, s.id)) AS sources
        FROM {clusters} c LEFT JOIN article_sources s ON s.article_id = c.article_id
        WHERE c.cluster_id IN (SELECT cluster_id FROM mine) GROUP BY c.cluster_id
    ) {story}
    SELECT e.id, e.date, e.event, e.mode, e.context, e.cameo, e.goldstein, e.quad_code,
           e.event_text, e.sentence, e.start, e."end", e.confidence, e.negated,
           e.hypothetical, e.date_source, e.date_granularity, e.event_loc, e.size, e.rule,
           e.sentence_start, e.sentence_end, e.part, e.counted, p.parties,
           a.id, a.url, a.date, a.title, a.source, length(a.text), a.coded_at, a.dyad_version,
           m.cluster_id, k.mentions, k.articles, k.sources
           {story_columns}
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN parties p ON p.event_id = e.id
    LEFT JOIN mine m ON m.event_id = e.id LEFT JOIN cluster_counts k ON k.cluster_id = m.cluster_id
    {story_joins}
    WHERE {where}
    ORDER BY e.date NULLS LAST, e.id
"""


def _rows(cursor: duckdb.DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def _location(value: dict[str, Any] | None) -> Location | None:
    if value is None:
        return None
    return Location(**value)


def _participants(parties: list[dict[str, Any]] | None, role: str) -> tuple[Participant, ...]:
    return tuple(
        Participant(
            Actor(p["name"], p["code"], p["country"], p["sector"], p["actor_id"]),
            p["start"],
            p["end"],
            p["text"],
        )
        for p in sorted(parties or (), key=lambda p: p["idx"])
        if p["role"] == role
    )


def _event(row: tuple[Any, ...]) -> Event:
    (id_, date, kind, mode, context, cameo, goldstein, quad, text, sentence, start, end) = row[:12]
    size = row[18]
    return Event(
        id=id_,
        date=date,
        event=kind,
        mode=mode,
        context=tuple(context or ()),
        cameo=cameo,
        goldstein=goldstein,
        quad_code=quad,
        actor=_participants(row[24], "actor"),
        recipient=_participants(row[24], "recipient"),
        event_text=text,
        sentence=sentence,
        start=start,
        end=end,
        confidence=row[12],
        negated=bool(row[13]),
        hypothetical=bool(row[14]),
        date_source=row[15],
        date_granularity=row[16],
        event_loc=_location(row[17]),
        size=Size(**size) if size is not None else None,
        rule=row[19] or "",
        sentence_start=row[20],
        sentence_end=row[21],
        part=row[22],
        counted=bool(row[23]),
    )


def _story(values: tuple[Any, ...], extra: tuple[Any, ...] = ()) -> Story:
    lists = [tuple(v or ()) for v in extra]
    return Story(*values, *lists)


def _windows(
    cursor: duckdb.DuckDBPyConnection, days_sql: str, params: list[Any]
) -> list[tuple[dt.date | None, dt.date | None]]:
    """Consecutive date ranges of at most about `WINDOW` rows each (a single day may hold
    more), in date order, from ``days_sql``'s (date, rows) per day; (None, None) last for the
    undated rows."""
    windows: list[tuple[dt.date | None, dt.date | None]] = []
    first = last = None
    held = 0
    undated = False
    for day, rows in cursor.execute(days_sql, params).fetchall():
        if day is None:
            undated = True
            continue
        if held and held + rows > WINDOW:
            windows.append((first, last))
            first, held = None, 0
        first = first or day
        last, held = day, held + rows
    if first is not None:
        windows.append((first, last))
    return [*windows, (None, None)] if undated else windows


def _in_window(column: str, window: tuple[dt.date | None, dt.date | None]) -> tuple[str, list[Any]]:
    if window[0] is None:
        return f"{column} IS NULL", []
    return f"{column} BETWEEN ? AND ?", list(window)


def exported_events(
    con: duckdb.DuckDBPyConnection, selection: Selection, story: bool = False
) -> Iterator[ExportedEvent]:
    """The selected events, oldest first, each with its parties and article; with ``story``
    also the people, organizations and places its article mentions.

    The query runs once per window of dates (`_windows`), so that neither DuckDB nor Python
    ever holds more than a window's rows: the memory an export needs does not grow with
    the store."""
    cursor = con.cursor()
    try:
        selected, params = _with_units(selection, _deduplicated(cursor, selection))
        clusters = _clusters(cursor)
        days = f"SELECT e.date, count(*) FROM events e WHERE {selected} GROUP BY 1 ORDER BY 1"
        for window in _windows(cursor, days, params):
            in_window, bounds = _in_window("e.date", window)
            where = f"{selected} AND {in_window}"
            sql = _EVENTS.format(
                where=where,
                clusters=clusters,
                story=_STORY.format(where=where) if story else "",
                story_columns=", s.people, s.organizations, l.places" if story else "",
                story_joins=(
                    "LEFT JOIN story s ON s.article_id = a.id "
                    "LEFT JOIN places l ON l.article_id = a.id"
                    if story
                    else ""
                ),
            )
            # The selection is written in parties, mine, story and places, and the WHERE.
            cursor.execute(sql, (params + bounds) * (5 if story else 3))
            for row in _rows(cursor):
                yield ExportedEvent(_event(row), _story(row[25:33], row[37:]), _cluster(row))
    finally:
        cursor.close()


def _cluster(row: tuple[Any, ...]) -> Cluster | None:
    cluster_id, mentions, articles, sources = row[33:37]
    if cluster_id is None:
        return None
    return Cluster(cluster_id, mentions, articles, sources)


_QUOTES = """
    SELECT q.start, q."end", q.text, q.kind, q.cue_start, q.cue_end, q.cue_text,
           q.speaker_start, q.speaker_end, q.speaker_text, q.speaker_name, q.speaker_code,
           q.speaker_country, q.speaker_sector, q.speaker_id, q.sentence, q.statement,
           a.id, a.url, a.date, a.title, a.source, length(a.text), a.coded_at, a.dyad_version,
           -- the text once per article, with its first quote: a batch holds few copies
           CASE WHEN row_number() OVER (PARTITION BY a.id ORDER BY q.statement, q.idx) = 1
                THEN a.text END
    FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE list_contains(?, q.kind) AND {where}
    ORDER BY a.date NULLS LAST, a.id, q.statement, q.idx
"""


def _quote(row: tuple[Any, ...]) -> Quote:
    start, end, text, kind, c_start, c_end, c_text, s_start, s_end, s_text = row[:10]
    cue = TextSpan(c_start, c_end, c_text) if c_start is not None else None
    speaker = None
    if s_start is not None:
        actor = None
        if row[11] is not None or row[14] is not None:
            actor = Actor(row[10], row[11], row[12], row[13], row[14])
        speaker = Speaker(s_start, s_end, s_text, row[10], actor)
    return Quote(start, end, text, kind, cue, speaker, row[15], row[16] or 0)


def exported_quotes(
    con: duckdb.DuckDBPyConnection, selection: Selection, kinds: tuple[str, ...]
) -> Iterator[ExportedQuote]:
    """The quotes of ``kinds``, article by article (oldest first) and statement by statement,
    one window of article dates at a time (as `exported_events`). A selection other than the
    default keeps the articles that have a selected event."""
    articles = "TRUE"
    params: list[Any] = []
    if replace(selection, dedup=Selection().dedup) != Selection():  # quotes: no dedup
        selected, params = _selection(selection)
        articles = f"a.id IN (SELECT article_id FROM events e WHERE {selected})"
    cursor = con.cursor()
    try:
        days = (
            "SELECT a.date, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE list_contains(?, q.kind) AND {articles} GROUP BY 1 ORDER BY 1"
        )
        for window in _windows(cursor, days, [list(kinds), *params]):
            in_window, bounds = _in_window("a.date", window)
            sql = _QUOTES.format(where=f"{articles} AND {in_window}")
            cursor.execute(sql, [list(kinds), *params, *bounds])
            for row in _rows(cursor):
                yield ExportedQuote(_quote(row), _story(row[17:25]), row[25])
    finally:
        cursor.close()
