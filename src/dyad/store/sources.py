"""Where each stored article was published: its own URL and those of its copies.

A batch of coded articles is split (`CopyFinder.split`) into the articles to store and the
copies of an article stored before or earlier in the batch (`dyad.store.copies` says what a
copy is). A copy is not stored as an article: it becomes a row of ``article_sources`` (its
URL, date, title, source, origin, how it matched and how similar it is) under the article it
copies, and its coded records are dropped, so that the events and quotes of one story count
once however many papers printed it. Every stored article has a row of its own there too
(``kind = 'self'``), so ``article_sources`` lists every URL a story was seen at.

The fingerprint of each stored article (its text hash and MinHash band keys) is kept in
``article_prints``, so that an article arriving in a later ingest is compared with those
already stored. An article whose id is stored already is re-ingested, never turned into a
copy: what is stored is not lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from dyad.records import Article, CodedArticle, InputFailure
from dyad.store.copies import (
    Fingerprint,
    Match,
    best_match,
    fingerprint,
    shingle_hashes,
    words,
)

SOURCE_COLUMNS = (
    "id",
    "article_id",
    "url",
    "date",
    "title",
    "source",
    "origin",
    "kind",
    "similarity",
    "recorded_at",
)
"""The columns of ``article_sources`` (migration 9)."""
_PRINT_SCHEMA = pa.schema(
    [("article_id", pa.string()), ("text_hash", pa.string()), ("keys", pa.list_(pa.int64()))]
)
INDEX_CHUNK = 2000
"""Stored articles fingerprinted per query when a store is indexed (`index_stored`)."""


def source_row(
    article: Article, stored_id: str, match: Match | None, now: dt.datetime
) -> dict[str, Any]:
    """The ``article_sources`` row of ``article`` as published, under the stored article
    ``stored_id`` (itself when ``match`` is None)."""
    return {
        "id": article.id,
        "article_id": stored_id,
        "url": article.url,
        "date": article.date,
        "title": article.title,
        "source": article.source,
        "origin": article.origin,
        "kind": match.kind if match else "self",
        "similarity": match.similarity if match else 1.0,
        "recorded_at": now,
    }


def print_row(article_id: str, print_: Fingerprint) -> dict[str, Any]:
    return {"article_id": article_id, "text_hash": print_.text_hash, "keys": list(print_.keys)}


@dataclass
class Split:
    """A batch split: what to store as articles, and the rows of the copies and prints."""

    items: list[CodedArticle | InputFailure] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    prints: list[dict[str, Any]] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    """The ids of the batch's articles that are copies (not stored as articles)."""


class _Batch:
    """The articles of a batch kept so far, by text hash and band key."""

    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.by_key: dict[int, list[str]] = {}
        self.shingles: dict[str, tuple[str, np.ndarray]] = {}

    def add(self, article_id: str, print_: Fingerprint) -> None:
        if print_.text_hash:
            self.by_hash.setdefault(print_.text_hash, article_id)
        for key in print_.keys:
            self.by_key.setdefault(key, []).append(article_id)
        self.shingles[article_id] = (print_.text_hash, print_.shingles)

    def candidates(self, print_: Fingerprint) -> set[str]:
        found = {self.by_hash[print_.text_hash]} if print_.text_hash in self.by_hash else set()
        for key in print_.keys:
            found.update(self.by_key.get(key, ()))
        return found


class CopyFinder:
    """Finds the copies in batches written to the database behind ``con`` (its
    ``articles`` and ``article_prints`` tables): copies of what it stores, and of what the
    batch stores before them."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def split(self, items: Sequence[CodedArticle | InputFailure], now: dt.datetime) -> Split:
        coded = [i for i in items if isinstance(i, CodedArticle)]
        prints = {c.article.id: fingerprint(c.article.text) for c in coded}
        stored = self._stored([c.article.id for c in coded])
        known = self._stored_candidates(prints)
        texts = self._stored_shingles({s for ids in known.values() for s in ids})
        out = Split()
        batch = _Batch()
        for item in items:
            if not isinstance(item, CodedArticle):
                out.items.append(item)
                continue
            article = item.article
            print_ = prints[article.id]
            match = None
            if article.id not in stored:
                ids = (known.get(article.id, set()) | batch.candidates(print_)) - {article.id}
                match = best_match(print_, _compared(ids, batch, texts))
            if match is not None:
                out.sources.append(source_row(article, match.article_id, match, now))
                out.copies.append(article.id)
                continue
            out.items.append(item)
            out.sources.append(source_row(article, article.id, None, now))
            out.prints.append(print_row(article.id, print_))
            batch.add(article.id, print_)
        return out

    def _stored(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def _stored_candidates(self, prints: dict[str, Fingerprint]) -> dict[str, set[str]]:
        """For each article of the batch, the stored articles with its text hash or one of
        its band keys."""
        keys = pa.table(
            {
                "id": [i for i, p in prints.items() for _ in p.keys],
                "key": pa.array([k for p in prints.values() for k in p.keys], pa.int64()),
            }
        )
        hashes = pa.table(
            {
                "id": [i for i, p in prints.items() if p.text_hash],
                "text_hash": [p.text_hash for p in prints.values() if p.text_hash],
            }
        )
        self.con.register("batch_keys", keys)
        self.con.register("batch_hashes", hashes)
        try:
            rows = self.con.execute(
                """
                SELECT b.id, p.article_id FROM batch_hashes b
                JOIN article_prints p ON p.text_hash = b.text_hash
                UNION
                SELECT b.id, k.article_id FROM batch_keys b
                JOIN (SELECT article_id, unnest(keys) AS key FROM article_prints) k
                  ON k.key = b.key
                """
            ).fetchall()
        finally:
            self.con.unregister("batch_keys")
            self.con.unregister("batch_hashes")
        out: dict[str, set[str]] = {}
        for batch_id, stored_id in rows:
            out.setdefault(batch_id, set()).add(stored_id)
        return out

    def _stored_shingles(self, ids: set[str]) -> dict[str, tuple[str, np.ndarray]]:
        if not ids:
            return {}
        # The text hash is stored with the print; only the shingles are computed (a whole
        # `fingerprint` would also run the MinHash, half its time, for nothing).
        rows = self.con.execute(
            """
            SELECT a.id, a.text, p.text_hash FROM articles a
            JOIN article_prints p ON p.article_id = a.id
            WHERE a.id IN (SELECT unnest(?))
            """,
            [sorted(ids)],
        ).fetchall()
        return {
            article_id: (text_hash, shingle_hashes(words(text)))
            for article_id, text, text_hash in rows
        }


def _compared(
    ids: Iterable[str], batch: _Batch, stored: dict[str, tuple[str, np.ndarray]]
) -> list[tuple[str, str, np.ndarray]]:
    """The candidates ``ids`` with their text hash and shingles, in a fixed order."""
    out = []
    for article_id in sorted(ids):
        found = batch.shingles.get(article_id) or stored.get(article_id)
        if found is not None:
            out.append((article_id, *found))
    return out


def index_stored(con: duckdb.DuckDBPyConnection, chunk: int = INDEX_CHUNK) -> int:
    """Fingerprint the stored articles that have no ``article_prints`` row (those stored
    before migration 9, or imported by `dyad attach`); returns how many. They are indexed as
    they are, none merged into another."""
    done = 0
    while True:
        rows = con.execute(
            "SELECT id, text FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM article_prints p WHERE p.article_id = a.id) LIMIT ?",
            [chunk],
        ).fetchall()
        if not rows:
            return done
        insert_prints(con, [print_row(i, fingerprint(t or "")) for i, t in rows])
        done += len(rows)


def insert_prints(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = pa.Table.from_pylist(rows, schema=_PRINT_SCHEMA)
    con.register("new_prints", table)
    try:
        con.execute("INSERT INTO article_prints SELECT article_id, text_hash, keys FROM new_prints")
    finally:
        con.unregister("new_prints")
