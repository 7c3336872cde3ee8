"""Event clusters: the mentions of one real-world event, across articles, grouped as one.

The same meeting reported by five papers is one event with five mentions (GDELT's Events and
Mentions). Each stored event is a mention; ``event_clusters`` gives it the id of its cluster
(issue 21, section 2; what counts as the same event: docs/clusters.md).

Two mentions can be of one event when they have the same **key**: the PLOVER type and the
parties on each side (countries, or codes for organizations; actors and recipients as sets).
Whether a mention is negated or hypothetical is not in the key: the flag is often wrong on
reports of a real event ("Trump might have encouraged Zelensky ... in a phone call"), and
the pair aggregates leave flagged mentions out anyway, so a cluster's flagged mentions add
nothing to them. A mention without two different parties
(no pair to count) is a cluster of its own, as is an undated one. Within a key, mentions are
taken in order of date then id; a mention joins the first cluster it fits, else starts one:

- **window**: its date is at most `WINDOW` days after the cluster's first mention's date;
- **place**: neither it nor a mention of the cluster names a place another one contradicts
  (two different countries, or two different towns: `places_differ`);
- **text**: its sentence shares at least `MIN_OVERLAP` of the content words of the shorter
  of its sentence and one of the cluster's sentences (`overlap`).

The result depends only on the set of stored mentions, not on the order they arrived in. It
is kept up to date incrementally (`recluster`): when mentions of a key are added or removed
from day D on, the mentions of that key before D keep their clusters (the rule takes mentions
in date order), and those from D on are assigned again, joining the clusters still open
(first mention from D - `WINDOW` on). A cluster's id is its first mention's event id.

Hand-written rather than taken from a library: the grouping is a sort and one pass with three
tests, and what it needs from the store (keep the clusters before D, redo those after) is not
what a clustering library offers (scikit-learn's are batch and not windowed in time).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import duckdb
import pyarrow as pa

WINDOW = 2
"""Days after a cluster's first mention that a mention may be dated to join it (a span of
three days: news of day D is dated D, the next day, and D - 1 when the clause's own date
("on Monday") and its article's differ). Chosen with `MIN_OVERLAP` on the fit half of the
check set (data/clusters, `dyad eval clusters`, docs/clusters.md); re-run it when it changes."""
MIN_OVERLAP = 0.3
"""Share of the shorter sentence's content words that two mentions' sentences must share to
join (0: the text is not looked at). Chosen with `WINDOW` from the grid of
`dyad.eval.clusters` (windows 0-7 days, overlaps 0-0.5) on the fit half of the check set: no
setting reached a cluster precision of 0.90 there, so the most precise one was taken (0.818,
recall 0.220), the smallest window among those tied; re-run `dyad eval clusters` when it
changes."""

SELECT_KEYS = """
    SELECT e.id AS event_id, e.article_id, e.date,
           CASE WHEN count(DISTINCT p.party) >= 2 AND e.date IS NOT NULL THEN
               e.event || '|' ||
               coalesce(string_agg(DISTINCT p.party, ',' ORDER BY p.party)
                        FILTER (WHERE p.role = 'actor'), '') || '|' ||
               coalesce(string_agg(DISTINCT p.party, ',' ORDER BY p.party)
                        FILTER (WHERE p.role = 'recipient'), '')
           END AS key
    FROM {events} e
    LEFT JOIN (SELECT event_id, role, coalesce(country, code) AS party FROM event_parties
               WHERE coalesce(country, code) IS NOT NULL) p ON p.event_id = e.id
    {where}
    GROUP BY e.id, e.article_id, e.date, e.event
"""
"""Each event's cluster key (NULL: a cluster of its own) from its parties."""

_KEYS_SCHEMA = pa.schema([("key", pa.string()), ("since", pa.date32())])


@dataclass(frozen=True, slots=True)
class Mention:
    """What the grouping reads of one stored event."""

    event_id: str
    date: dt.date
    words: frozenset[str] = frozenset()
    country: str | None = None
    """Its place's country (``event_loc.country``), if it has one."""
    town: int | None = None
    """Its place's GeoNames id when the place is a populated place (feature ``P``)."""


@dataclass
class _Cluster:
    id: str
    first: dt.date
    mentions: list[Mention] = field(default_factory=list)


_WORD = re.compile(r"[^\W_]+")


@cache
def _stop_words() -> frozenset[str]:
    # Imported here, not with the module: every reader of the store (`dyad serve`, `dyad
    # report`, `dyad sql`) imports dyad.store, and spaCy's import takes over a second; the
    # grouping runs where articles are written, which has spaCy loaded already.
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def content_words(text: str) -> frozenset[str]:
    """The words of a sentence that say what happened: case-folded, stop words (spaCy's
    English list) and one-letter words out."""
    return (
        frozenset(w for w in (m.group().casefold() for m in _WORD.finditer(text)) if len(w) > 1)
        - _stop_words()
    )


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the words of the shorter (the overlap coefficient): a short
    headline's words found in a long sentence count fully."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def places_differ(a: Mention, b: Mention) -> bool:
    """Two places that cannot be one event's: in different countries, or two different
    towns. A mention without a place, or with a region or country, contradicts none in it."""
    if a.country and b.country and a.country != b.country:
        return True
    return a.town is not None and b.town is not None and a.town != b.town


def fits(mention: Mention, cluster: _Cluster, window: int, min_overlap: float) -> bool:
    if (mention.date - cluster.first).days > window:
        return False
    if any(places_differ(mention, m) for m in cluster.mentions):
        return False
    if min_overlap <= 0:
        return True
    return any(overlap(mention.words, m.words) >= min_overlap for m in cluster.mentions)


def group(
    mentions: Sequence[Mention],
    kept: dict[str, tuple[str, dt.date]] | None = None,
    *,
    window: int = WINDOW,
    min_overlap: float = MIN_OVERLAP,
) -> dict[str, str]:
    """The cluster id of each of ``mentions`` (all of one key): in order of date then id,
    each joins the first open cluster it `fits`, else starts one named after it. ``kept``
    gives the clusters of the mentions that keep theirs (those before the day the key
    changed from) and the date of each one's cluster's first mention; the others are
    assigned."""
    kept = kept or {}
    clusters: dict[str, _Cluster] = {}
    out: dict[str, str] = {}
    for mention in sorted(mentions, key=lambda m: (m.date, m.event_id)):
        if mention.event_id in kept:
            cid, first = kept[mention.event_id]
            cluster = clusters.setdefault(cid, _Cluster(cid, first))
            cluster.mentions.append(mention)
            out[mention.event_id] = cid
            continue
        found = next(
            (c for c in clusters.values() if fits(mention, c, window, min_overlap)),
            None,
        )
        if found is None:
            found = clusters[mention.event_id] = _Cluster(mention.event_id, mention.date)
        found.mentions.append(mention)
        out[mention.event_id] = found.id
    return out


def key_rows(
    con: duckdb.DuckDBPyConnection, where: str, params: Sequence[object] = ()
) -> list[tuple[str, str, dt.date | None, str | None]]:
    """(event id, article id, date, key) of the events ``where`` selects (on ``e``)."""
    sql = SELECT_KEYS.format(events="events", where=where)
    return con.execute(sql, list(params)).fetchall()


def add_events(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> dict[str, dt.date]:
    """Give the stored events ``event_ids`` their ``event_clusters`` rows, keyed and not yet
    grouped (each its own cluster); returns the keys they touch, from the first date each."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    rows = key_rows(con, "WHERE e.id IN (SELECT unnest(?))", [ids])
    _insert(con, rows)
    return _touched((key, date) for _, _, date, key in rows)


def add_unclustered(con: duckdb.DuckDBPyConnection) -> dict[str, dt.date]:
    """`add_events` for every stored event without a cluster (stored before migration 10,
    or imported by `dyad attach`)."""
    rows = key_rows(
        con,
        "WHERE NOT EXISTS (SELECT 1 FROM event_clusters c WHERE c.event_id = e.id)",
    )
    _insert(con, rows)
    return _touched((key, date) for _, _, date, key in rows)


def cluster_unclustered(con: duckdb.DuckDBPyConnection) -> int:
    """Group every stored event without a cluster into the clusters (a store opened to write
    after migration 10, a Parquet folder read in place); returns how many were added."""
    before = con.execute("SELECT count(*) FROM event_clusters").fetchone()
    recluster(con, add_unclustered(con))
    after = con.execute("SELECT count(*) FROM event_clusters").fetchone()
    return (after[0] if after else 0) - (before[0] if before else 0)


def _insert(
    con: duckdb.DuckDBPyConnection, rows: list[tuple[str, str, dt.date | None, str | None]]
) -> None:
    if not rows:
        return
    table = pa.table(
        {
            "event_id": [r[0] for r in rows],
            "article_id": [r[1] for r in rows],
            "cluster_id": [r[0] for r in rows],
            "key": pa.array([r[3] for r in rows], pa.string()),
            "date": pa.array([r[2] for r in rows], pa.date32()),
        }
    )
    con.register("new_clusters", table)
    try:
        con.execute(
            "INSERT INTO event_clusters (event_id, article_id, cluster_id, key, date) "
            "SELECT event_id, article_id, cluster_id, key, date FROM new_clusters"
        )
    finally:
        con.unregister("new_clusters")


def removed_keys(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, dt.date]:
    """The keys (from the first date each) of the clustered events of ``article_ids``, read
    before those articles' rows are deleted: their clusters are grouped again."""
    if not article_ids:
        return {}
    rows = con.execute(
        "SELECT key, min(date) FROM event_clusters WHERE article_id IN (SELECT unnest(?)) "
        "AND key IS NOT NULL GROUP BY key",
        [list(article_ids)],
    ).fetchall()
    return dict(rows)


def _touched(pairs: Iterable[tuple[str | None, dt.date | None]]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for key, date in pairs:
        if key is not None and date is not None:
            out[key] = min(out.get(key, date), date)
    return out


def merge_touched(*touched: dict[str, dt.date]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for t in touched:
        for key, date in t.items():
            out[key] = min(out.get(key, date), date)
    return out


def recluster(
    con: duckdb.DuckDBPyConnection,
    touched: dict[str, dt.date],
    *,
    window: int = WINDOW,
    min_overlap: float = MIN_OVERLAP,
) -> int:
    """Group again, for each key of ``touched``, its mentions dated from the key's day on
    (those before keep their clusters); returns how many mentions changed cluster."""
    if not touched:
        return 0
    since = pa.table(
        {"key": list(touched), "since": pa.array(list(touched.values()), pa.date32())},
        schema=_KEYS_SCHEMA,
    )
    con.register("touched_keys", since)
    try:
        rows = con.execute(
            f"""
            SELECT c.event_id, c.key, c.date, c.cluster_id, c.date < t.since AS kept, f.date,
                   e.event_loc.country, e.event_loc.geonameid, e.event_loc.feature,
                   CASE WHEN e.part = 'title' THEN a.title ELSE
                   substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) END
            FROM event_clusters c JOIN touched_keys t ON t.key = c.key
            JOIN events e ON e.id = c.event_id JOIN articles a ON a.id = e.article_id
            LEFT JOIN event_clusters f ON f.event_id = c.cluster_id
            WHERE c.date >= t.since - INTERVAL {int(window)} DAY
            """
        ).fetchall()
    finally:
        con.unregister("touched_keys")
    by_key: dict[str, list[Mention]] = {}
    kept: dict[str, tuple[str, dt.date]] = {}
    current: dict[str, str] = {}
    for row in rows:
        event_id, key, date, cluster_id, was_kept, first = row[:6]
        country, geonameid, feature, text = row[6:]
        town = int(geonameid) if geonameid is not None and feature == "P" else None
        words = content_words(text or "") if min_overlap > 0 else frozenset()
        by_key.setdefault(key, []).append(Mention(event_id, date, words, country or None, town))
        current[event_id] = cluster_id
        if was_kept:
            kept[event_id] = (cluster_id, first or date)
    changed: dict[str, str] = {}
    for key in sorted(by_key):
        got = group(by_key[key], kept, window=window, min_overlap=min_overlap)
        changed.update({e: c for e, c in got.items() if c != current[e]})
    if changed:
        con.register(
            "changed_clusters",
            pa.table({"event_id": list(changed), "cluster_id": list(changed.values())}),
        )
        try:
            con.execute(
                "UPDATE event_clusters SET cluster_id = n.cluster_id FROM changed_clusters n "
                "WHERE event_clusters.event_id = n.event_id"
            )
        finally:
            con.unregister("changed_clusters")
    return len(changed)


def cluster_all(
    con: duckdb.DuckDBPyConnection, *, window: int = WINDOW, min_overlap: float = MIN_OVERLAP
) -> int:
    """Group every stored event again from scratch (another window or overlap: the
    evaluation's fitting); returns how many mentions changed cluster."""
    con.execute("UPDATE event_clusters SET cluster_id = event_id")
    rows = con.execute(
        "SELECT key, min(date) FROM event_clusters WHERE key IS NOT NULL GROUP BY key"
    ).fetchall()
    return recluster(con, dict(rows), window=window, min_overlap=min_overlap)
