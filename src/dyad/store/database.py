"""DuckDB storage: open and migrate, and write coded articles idempotently and atomically.

Only `dyad.store` imports duckdb and pyarrow (this module, `parquet` and `locks`). Writes go batch
by batch, each in one transaction that first deletes what the batch's articles had stored
(so re-ingesting an article replaces it) and then inserts; a failure rolls the whole batch
back, so a crash never leaves half an article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dyad.errors import StoreError
from dyad.records import CodedArticle, InputFailure
from dyad.store import clusters
from dyad.store.locks import BATCH_WAIT, LOCK_WAIT, WRITER_WAIT, WriterLock, open_database
from dyad.store.rows import article_rows, failure_row, last_of_each_article
from dyad.store.schema import (
    CLUSTER_TABLES,
    DERIVED_TABLES,
    LATEST_VERSION,
    MIGRATIONS,
    SOURCE_TABLES,
    TABLES,
    quote_mentions_select,
)
from dyad.store.sources import CopyFinder, Split, index_stored, source_row

DEFAULT_DB = "dyad.duckdb"
Connection = duckdb.DuckDBPyConnection
"""What `connect` returns, for annotations in modules that do not import duckdb themselves."""


def connect(
    path: str | Path = DEFAULT_DB, *, read_only: bool = False, wait: float = LOCK_WAIT
) -> duckdb.DuckDBPyConnection:
    """A connection to the database at ``path``, migrated to the latest schema when writable.

    While another process holds the file (an ingest writing a batch, a reader when this
    one writes), it tries again for up to ``wait`` seconds (`dyad.store.locks`).

    Raises:
        StoreError: E301 when it cannot be opened, E302 when it is newer than this dyad,
            E306 when another process still holds it after ``wait`` seconds.
    """
    origin = str(path)
    if read_only and not Path(path).exists():
        raise StoreError("E301", origin=origin, reason="no such file (run `dyad ingest` first)")
    con = open_database(origin, read_only=read_only, wait=wait)
    version = schema_version(con)
    if read_only and version == 0:
        con.close()
        raise StoreError("E301", origin=origin, reason="not a dyad database (no schema)")
    if version > LATEST_VERSION:
        con.close()
        raise StoreError("E302", origin=origin, found=version, known=LATEST_VERSION)
    if not read_only:
        migrate(con)
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations the database lacks, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
    )
    current = schema_version(con)
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [
                    migration.version,
                    migration.description,
                    dt.datetime.now(dt.UTC).replace(tzinfo=None),
                ],
            )
            con.execute("COMMIT")
        except duckdb.Error as e:
            con.execute("ROLLBACK")
            raise StoreError(
                "E305", version=migration.version, reason=str(e).splitlines()[0]
            ) from e
    return schema_version(con)


def _rows_to_table(
    rows: list[dict[str, Any]], columns: Sequence[str], schema: pa.Schema | None = None
) -> pa.Table:
    data = {c: [r.get(c) for r in rows] for c in columns}
    return pa.table(data, schema=schema) if schema is not None else pa.table(data)


class Store:
    """A writable store. Use as a context manager; `write` one batch at a time.

    The store holds `dyad.store.locks.WriterLock` from start to close, so that a second
    ingest of the same database queues behind this one, and DuckDB's file lock only while it
    writes a batch: `con` opens the connection when a batch needs it and `release` closes it
    after the batch, so that `dyad serve`, `report` and `sql` read the file between batches.

    A copy of an article stored before or earlier in the batch (`dyad.store.copies`) is not
    stored as an article: its URL is added to the stored article's ``article_sources``
    (`dyad.store.sources`); ``copies=False`` stores every article as its own. The ids of
    the last batch's copies are in `batch_copies`. Each batch's events join the stored event
    clusters, and the clusters its replaced events were in are grouped again
    (`dyad.store.clusters`).
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        model: str = "",
        *,
        wait: float = WRITER_WAIT,
        copies: bool = True,
    ) -> None:
        self.path = str(path)
        self.model = model
        self.batch_copies: list[str] = []
        self._con: duckdb.DuckDBPyConnection | None = None
        self._writer = WriterLock(self.path, wait)
        try:
            self._con = connect(self.path, wait=BATCH_WAIT)  # migrated once, under the lock
            self._columns = {
                table: [
                    r[0]
                    for r in self.con.execute(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = ? ORDER BY ordinal_position",
                        [table],
                    ).fetchall()
                ]
                for table in (*TABLES, *DERIVED_TABLES, *SOURCE_TABLES, *CLUSTER_TABLES)
            }
            # A store migrated to an earlier version (in tests of migrations) lacks them.
            self._derived = [t for t in DERIVED_TABLES if self._columns[t]]
            self._sources = all(self._columns[t] for t in SOURCE_TABLES)
            self._copies = copies and self._sources
            self._clusters = all(self._columns[t] for t in CLUSTER_TABLES)
            if self._copies:  # the articles stored before migration 9 or imported
                self.con.execute("BEGIN TRANSACTION")
                index_stored(self.con)
                self.con.execute("COMMIT")
            if self._clusters:  # the events stored before migration 10 or imported
                self.con.execute("BEGIN TRANSACTION")
                clusters.cluster_unclustered(self.con)
                self.con.execute("COMMIT")
        except BaseException:
            self.close()
            raise
        self.release()
        self._schemas: dict[str, pa.Schema] = {}

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The write connection, opened again when a batch needs it after `release` (the
        database was migrated when the store opened)."""
        if self._con is None:
            self._con = open_database(self.path, read_only=False, wait=BATCH_WAIT)
        return self._con

    def release(self) -> None:
        """Close the write connection (DuckDB checkpoints it), letting readers in until
        the next batch."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.release()
        self._writer.release()

    def _schema(self, table: str) -> pa.Schema:
        """The Arrow schema of a table, read from DuckDB once, so empty and all-null columns
        insert with the right types."""
        if table not in self._schemas:
            self._schemas[table] = (
                self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            )
        return self._schemas[table]

    def write(self, batch: Iterable[CodedArticle | InputFailure]) -> tuple[int, int]:
        """Store a batch atomically; returns (articles stored, failures recorded).

        What the batch's articles stored before goes, and so do the input-failure rows of the
        inputs the batch stores or fails again (same origin, ``path:line``): an error fixed in
        the input and ingested again leaves no stale error row.

        Raises:
            StoreError: E310 when the disk is full, E303 when the transaction fails otherwise;
                either way nothing of the batch is stored and earlier batches stay.
        """
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows = _BatchRows(self.model, now)
        items = last_of_each_article(batch)
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            split = self._split(items, now)
            for item in split.items:
                rows.add(item)
            rows.replaced(items)
            removed = clusters.removed_keys(con, rows.ids) if self._clusters else {}
            self._delete_replaced(rows.ids, rows.origins)
            self._derive(self._insert(rows.tables))
            if self._clusters:  # the batch's events join the clusters stored
                added = clusters.add_events(con, [e["id"] for e in rows.tables["events"]])
                clusters.recluster(con, clusters.merge_touched(removed, added))
            if self._sources:
                self._insert({"article_sources": split.sources, "article_prints": split.prints})
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException) as e:
            self._rollback()
            raise write_error(self.path, e) from e
        finally:
            self.release()  # readers get in between batches (dyad.store.locks)
        self.batch_copies = split.copies
        return rows.stored, rows.failures

    def _split(self, items: list[CodedArticle | InputFailure], now: dt.datetime) -> Split:
        """The batch's articles to store and copies, with their ``article_sources`` and
        ``article_prints`` rows (every article its own source when copies are not looked
        for; its print is then made when the store is next opened)."""
        if self._copies:
            return CopyFinder(self.con).split(items, now)
        coded = [i.article for i in items if isinstance(i, CodedArticle)]
        return Split(items=list(items), sources=[source_row(a, a.id, None, now) for a in coded])

    def _delete_replaced(self, ids: list[str], origins: list[str]) -> None:
        con = self.con
        if ids:
            con.register("batch_ids", pa.table({"id": ids}))
            derived = (*self._derived, *(CLUSTER_TABLES if self._clusters else ()))
            for table in (*derived, *REPLACED_BY_ARTICLE):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM batch_ids)")
            if self._sources:  # its own source row or its copy row; its copies' rows stay
                con.execute("DELETE FROM article_sources WHERE id IN (SELECT id FROM batch_ids)")
                con.execute(
                    "DELETE FROM article_prints WHERE article_id IN (SELECT id FROM batch_ids)"
                )
            con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM batch_ids)")
            con.unregister("batch_ids")
        if origins:
            con.execute(
                "DELETE FROM errors WHERE article_id IS NULL AND origin IN (SELECT unnest(?))",
                [origins],
            )

    def _insert(self, tables: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
        """Insert the rows of each table; returns them as Arrow tables."""
        con = self.con
        inserted = {}
        for table, rows in tables.items():
            if not rows:
                continue
            columns = self._columns[table]
            arrow = _rows_to_table(rows, columns, self._schema(table))
            con.register("batch_rows", arrow)
            quoted = ", ".join(f'"{c}"' for c in columns)
            con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM batch_rows")
            con.unregister("batch_rows")
            inserted[table] = arrow
        return inserted

    def _derive(self, inserted: dict[str, pa.Table]) -> None:
        """Insert the derived rows of the batch's articles, made from the batch's own rows
        (not from the tables: that would read every stored quote and mention per batch)."""
        needs = ("quotes", "mentions", "articles")
        if "quote_mentions" not in self._derived or not all(t in inserted for t in needs):
            return
        con = self.con
        for table in needs:
            con.register(f"batch_{table}", inserted[table])
        con.execute(
            "INSERT INTO quote_mentions "
            + quote_mentions_select("batch_quotes", "batch_mentions", "batch_articles")
        )
        for table in needs:
            con.unregister(f"batch_{table}")

    def _rollback(self) -> None:
        """Roll back the open transaction, if there is one: a COMMIT that failed (the disk
        full while DuckDB wrote its log) has ended it already, and a ROLLBACK then raises
        "cannot rollback - no transaction is active", hiding the cause."""
        # nothing to roll back then: what the failed transaction wrote is not committed
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")


# The tables whose rows belong to an article, deleted before it is stored again (articles last;
# the derived tables are deleted before these, `_delete_replaced`).
REPLACED_BY_ARTICLE = (
    "mentions",
    "quotes",
    "event_parties",
    "amounts",
    "dates",
    "locations",
    "errors",
    "events",
)
# Write failures that mean the disk (or the user's quota) is full, by the C library's text of
# the error, which DuckDB puts in its messages: (errno name, its text here).
DISK_FULL = tuple(
    (name, os.strerror(getattr(errno, name)))
    for name in ("ENOSPC", "EDQUOT")
    if hasattr(errno, name)
)


class _BatchRows:
    """A batch as rows by table, with the ids it replaces and the origins whose input-failure
    rows it replaces: its failures' and its articles' (a fixed line ingested again)."""

    def __init__(self, model: str, now: dt.datetime) -> None:
        self.model = model
        self.now = now
        self.tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.ids: list[str] = []
        self.origins: list[str] = []
        self.failures = 0
        self.stored = 0

    def replaced(self, items: list[CodedArticle | InputFailure]) -> None:
        """Replace, besides what the stored articles replace, what the batch's copies had
        stored (a copy row, or nothing) and the input-failure rows of their inputs."""
        known = set(self.ids)
        for item in items:
            if isinstance(item, CodedArticle) and item.article.id not in known:
                self.ids.append(item.article.id)
                if item.article.origin is not None:
                    self.origins.append(item.article.origin)

    def add(self, item: CodedArticle | InputFailure) -> None:
        if isinstance(item, InputFailure):
            self.origins.append(item.origin)
            self.tables["errors"].append(failure_row(item, self.now))
            self.failures += 1
            return
        self.ids.append(item.article.id)
        self.stored += 1
        if item.article.origin is not None:
            self.origins.append(item.article.origin)
        for table, rows in article_rows(item, self.model, self.now).items():
            self.tables[table].extend(rows)


def write_error(path: str, error: BaseException) -> StoreError:
    """The coded error of a failed write to the database at ``path``: E310 naming the cause
    when the disk is full (found anywhere in the chain of causes), else E303."""
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    cause: BaseException | None = error
    while cause is not None:
        for name, text in DISK_FULL:
            if getattr(cause, "errno", None) == getattr(errno, name) or text in str(cause):
                return StoreError("E310", origin=path, cause=f"{text} ({name})", reason=reason)
        cause = cause.__cause__ or cause.__context__
    return StoreError("E303", reason=reason)
