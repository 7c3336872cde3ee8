"""Partitioned Parquet output, readable as is by DuckDB, Spark and pandas.

Layout: ``OUT/<table>/date=YYYY-MM-DD/part-<name>-0.parquet``, one folder per table (the
same tables and columns as the DuckDB store). Events are partitioned by the event's date,
every other table by its article's date (``date=__HIVE_DEFAULT_PARTITION__`` when unknown).
Each writer owns the files named after its part name: writing a part again replaces its
files, so re-running a task (a retried Dask task, the same chunk of a re-run) never
duplicates rows.

Read back with DuckDB: ``SELECT * FROM read_parquet('OUT/events/*/*.parquet',
hive_partitioning = true)``; `attach_parquet` imports a folder into a dyad database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds

from dyad.errors import StoreError
from dyad.records import CodedArticle, InputFailure
from dyad.store import clusters
from dyad.store.database import connect, migrate
from dyad.store.locks import WriterLock
from dyad.store.rows import article_rows, failure_row, last_of_each_article
from dyad.store.schema import CLUSTER_TABLES, DERIVED_TABLES, TABLES, quote_mentions_select
from dyad.store.sources import (
    SOURCE_COLUMNS,
    CopyFinder,
    Split,
    index_stored,
    insert_prints,
    source_row,
)

PARTITION = "date"
SOURCES = "article_sources"
"""The one table of Parquet output besides the records' (`TABLES`): where each article was
published, its copies' URLs included (`dyad.store.sources`)."""
OUTPUT_TABLES = (*TABLES, SOURCES)


@lru_cache(maxsize=1)
def table_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of every table, read off a freshly migrated in-memory database."""
    con = duckdb.connect(":memory:")
    migrate(con)
    cur = con.cursor()  # a fresh cursor: migrate leaves results open on the connection
    schemas = {
        t: cur.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in OUTPUT_TABLES
    }
    con.close()
    return schemas


def _partition_value(value: object) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else None


def write_parts(
    items: Iterable[CodedArticle | InputFailure],
    out: Path | str,
    part: str,
    model: str = "",
    sources: list[dict[str, Any]] | None = None,
) -> dict[str, int]:
    """Write the rows of ``items`` as part ``part`` of the dataset at ``out``; returns rows
    written per table. Files of an earlier write of the same part are replaced.
    ``sources``: the ``article_sources`` rows (`ParquetSink` gives its copies' too); by
    default each article is its own source."""
    out = Path(out)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in OUTPUT_TABLES}
    article_dates: dict[str, dt.date | None] = {}
    for item in last_of_each_article(items):
        if isinstance(item, InputFailure):
            tables["errors"].append(failure_row(item, now))
            continue
        article_dates[item.article.id] = item.article.date
        for table, rows in article_rows(item, model, now).items():
            tables[table].extend(rows)
        if sources is None:
            tables[SOURCES].append(source_row(item.article, item.article.id, None, now))
    if sources is not None:  # the last row of each source, as for articles
        tables[SOURCES] = list({r["id"]: r for r in sources}.values())
    event_dates = {r["id"]: r["date"] for r in tables["events"]}
    written = {}
    for table, rows in tables.items():
        _remove_part(out / table, part)
        if not rows:
            written[table] = 0
            continue
        schema = table_schemas()[table]
        columns = {c: [r.get(c) for r in rows] for c in schema.names}
        if table in ("events", "articles", SOURCES):  # their own date names the partition
            arrow = pa.table(columns, schema=schema)
            partitioning = ds.partitioning(pa.schema([(PARTITION, pa.date32())]), flavor="hive")
        else:
            if table == "event_parties":
                keys = [event_dates.get(r["event_id"]) for r in rows]
            else:
                keys = [article_dates.get(r.get("article_id") or "") for r in rows]
            columns[PARTITION] = [_partition_value(k) for k in keys]
            arrow = pa.table(columns, schema=schema.append(pa.field(PARTITION, pa.string())))
            partitioning = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
        ds.write_dataset(
            arrow,
            out / table,
            format="parquet",
            partitioning=partitioning,
            basename_template=f"part-{part}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        written[table] = len(rows)
    return written


def part_name(items: Iterable[CodedArticle | InputFailure]) -> str:
    """A name that is the same whenever the same articles (or failed inputs) are written
    together, so that writing them again replaces, not duplicates, their part."""
    keys = sorted(i.origin if isinstance(i, InputFailure) else i.article.id for i in items)
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


class ParquetSink:
    """`ingest`'s writer for Parquet output: batches are gathered into parts of about
    ``part_size`` articles (readers of Parquet prefer few large files to many small ones),
    each named by its content.

    A copy of an article written before, in this run or an earlier one into the same folder,
    is written as an ``article_sources`` row, not as an article (`dyad.store.sources`); the
    ids of the last batch's copies are in `batch_copies`. To find them the sink keeps the
    texts and fingerprints of the folder's articles in a DuckDB file in a temporary folder
    (read from the folder's ``articles`` when it opens), removed when it closes.
    ``copies=False`` writes every article as its own."""

    def __init__(
        self, out: Path | str, model: str = "", part_size: int = 1024, *, copies: bool = True
    ) -> None:
        self.out = Path(out)
        self.model = model
        self.part_size = part_size
        self._pending: list[CodedArticle | InputFailure] = []
        self._sources: list[dict[str, Any]] = []
        self._copies: list[str] = []
        self.batch_copies: list[str] = []
        self.out.mkdir(parents=True, exist_ok=True)
        self._index: _CopyIndex | None = _CopyIndex(self.out) if copies else None

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            if exc_type is None:  # an interrupted run keeps the parts already complete
                self._flush()
        finally:
            if self._index is not None:
                self._index.close()

    def write(self, batch: list[CodedArticle | InputFailure]) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if self._index is None:
            coded = [i.article for i in batch if isinstance(i, CodedArticle)]
            self._sources.extend(source_row(a, a.id, None, now) for a in coded)
            self._pending.extend(batch)
            self.batch_copies = []
        else:
            split = self._index.split(last_of_each_article(batch), now)
            self._pending.extend(split.items)
            self._sources.extend(split.sources)
            self._copies.extend(split.copies)
            self.batch_copies = split.copies
        if len(self._pending) + len(self._copies) >= self.part_size:
            self._flush()

    def _flush(self) -> None:
        if self._pending or self._sources:
            name = part_name([*self._pending, *(InputFailure(c, "", "") for c in self._copies)])
            write_parts(self._pending, self.out, name, self.model, self._sources)
            self._pending, self._sources, self._copies = [], [], []


class _CopyIndex:
    """The articles of a Parquet folder (their ids, texts and fingerprints) in a temporary
    DuckDB file, for `CopyFinder`."""

    def __init__(self, out: Path) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="dyad-copies-")
        self.con = duckdb.connect(str(Path(self._dir.name) / "copies.duckdb"))
        migrate(self.con)
        if any((out / "articles").glob("*/*.parquet")):
            pattern = str(out / "articles" / "*" / "*.parquet")
            self.con.execute(
                "INSERT INTO articles (id, text) SELECT id, text FROM "
                "read_parquet(?, hive_partitioning = true, union_by_name = true) "
                "QUALIFY row_number() OVER (PARTITION BY id) = 1",
                [pattern],
            )
        index_stored(self.con)

    def split(self, items: list[CodedArticle | InputFailure], now: dt.datetime) -> Split:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            split = CopyFinder(con).split(items, now)
            stored = [i.article for i in split.items if isinstance(i, CodedArticle)]
            ids = [a.id for a in stored]
            con.execute("DELETE FROM article_prints WHERE article_id IN (SELECT unnest(?))", [ids])
            con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            con.register("new_texts", pa.table({"id": ids, "text": [a.text for a in stored]}))
            con.execute("INSERT INTO articles (id, text) SELECT id, text FROM new_texts")
            con.unregister("new_texts")
            insert_prints(con, split.prints)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return split

    def close(self) -> None:
        self.con.close()
        self._dir.cleanup()


def remove_parts(out: Path | str, prefix: str) -> None:
    """Remove, in every table, the files of each part whose name starts with ``prefix``."""
    for table in OUTPUT_TABLES:
        _remove_part(Path(out) / table, prefix + "*")


def _remove_part(folder: Path, part: str) -> None:
    if folder.exists():
        for old in folder.glob(f"*/part-{part}-*.parquet"):
            old.unlink()
        for empty in [p for p in folder.iterdir() if p.is_dir() and not any(p.iterdir())]:
            shutil.rmtree(empty)


def attach_parquet(folder: Path | str, db: Path | str) -> dict[str, int]:
    """Import a Parquet dataset written by `write_parts` into a dyad database, in one
    transaction; articles already there are replaced (idempotent). Returns rows per table."""
    folder = Path(folder)
    writer = WriterLock(str(db))  # one writer at a time, as for `dyad ingest`
    try:
        return _attach(folder, db)
    finally:
        writer.release()


def _attach(folder: Path, db: Path | str) -> dict[str, int]:
    con = connect(db)
    counts = {}
    removed: dict[str, dt.date] = {}
    try:
        con.execute("BEGIN TRANSACTION")
        articles = folder / "articles"
        if articles.exists():
            con.execute(
                "CREATE TEMP TABLE incoming AS "
                "SELECT DISTINCT id FROM read_parquet(?, hive_partitioning = true)",
                [str(articles / "*" / "*.parquet")],
            )
            ids = [r[0] for r in con.execute("SELECT id FROM incoming").fetchall()]
            removed = clusters.removed_keys(con, ids)  # their clusters are grouped again
            for table in (*DERIVED_TABLES, *CLUSTER_TABLES, *TABLES):
                key = "id" if table == "articles" else "article_id"
                con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM incoming)")
        for table in TABLES:
            files = folder / table
            if not any(files.glob("*/*.parquet")):
                counts[table] = 0
                continue
            columns = [
                r[0] for r in con.execute(f"SELECT * FROM {table} LIMIT 0").description or []
            ]
            quoted = ", ".join(f'"{c}"' for c in columns)
            source = "read_parquet(?, hive_partitioning = true, union_by_name = true)"
            pattern = [str(files / "*" / "*.parquet")]
            con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {source}", pattern)
            row = con.execute(f"SELECT count(*) FROM {source}", pattern).fetchone()
            counts[table] = int(row[0]) if row else 0
        if articles.exists():
            con.execute(
                f"INSERT INTO quote_mentions SELECT * FROM ({quote_mentions_select()}) "
                "WHERE article_id IN (SELECT id FROM incoming)"
            )
        counts[SOURCES] = _attach_sources(con, folder, articles.exists())
        # the imported events join the stored clusters, and those of replaced ones regroup
        clusters.recluster(con, clusters.merge_touched(removed, clusters.add_unclustered(con)))
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return counts


def _attach_sources(con: duckdb.DuckDBPyConnection, folder: Path, articles: bool) -> int:
    """Import the folder's ``article_sources`` rows (replacing those of the same ids), make
    the imported articles' own rows where the folder has none (written before migration 9)
    and fingerprint them; returns the rows imported. Copies of articles already in the
    database are not looked for among the imported articles."""
    imported = 0
    if articles:
        con.execute("DELETE FROM article_prints WHERE article_id IN (SELECT id FROM incoming)")
        con.execute("DELETE FROM article_sources WHERE id IN (SELECT id FROM incoming)")
    files = folder / SOURCES
    if any(files.glob("*/*.parquet")):
        source = "read_parquet(?, hive_partitioning = true, union_by_name = true)"
        pattern = [str(files / "*" / "*.parquet")]
        quoted = ", ".join(f'"{c}"' for c in SOURCE_COLUMNS)
        con.execute(f"DELETE FROM {SOURCES} WHERE id IN (SELECT id FROM {source})", pattern)
        con.execute(
            f"INSERT INTO {SOURCES} ({quoted}) SELECT {quoted} FROM {source} "
            "QUALIFY row_number() OVER (PARTITION BY id ORDER BY recorded_at DESC) = 1",
            pattern,
        )
        row = con.execute(f"SELECT count(*) FROM {source}", pattern).fetchone()
        imported = int(row[0]) if row else 0
    if articles:
        con.execute(
            f"INSERT INTO {SOURCES} SELECT id, id, url, date, title, source, origin, 'self', "
            "1.0, coded_at FROM articles WHERE id IN (SELECT id FROM incoming) "
            f"AND id NOT IN (SELECT id FROM {SOURCES})"
        )
        index_stored(con)
    return imported


def open_parquet(folder: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only view of a Parquet folder written by `write_parts`, as a dyad database: an
    in-memory DuckDB whose tables are views over the folder's files (nothing is copied), so
    the read queries of `dyad.query` run on it as on a database file.

    Raises:
        StoreError: E301 when the folder holds no dyad tables.
    """
    folder = Path(folder)
    found = [t for t in TABLES if any((folder / t).glob("*/*.parquet"))]
    if not folder.is_dir() or "events" not in found:
        reason = "no events/ Parquet files (written by `dyad ingest --out`)"
        raise StoreError("E301", origin=str(folder), reason=reason)
    con = duckdb.connect(":memory:")
    migrate(con)  # every table, empty, for those the folder lacks; and the event_dyads view
    cur = con.cursor()
    for table in found:
        columns = ", ".join(f'"{c}"' for c in table_schemas()[table].names)
        pattern = str(folder / table / "*" / "*.parquet").replace("'", "''")
        cur.execute(f"DROP TABLE {table}")
        # The partition column is dropped for the tables that do not hold it themselves.
        cur.execute(
            f"CREATE VIEW {table} AS SELECT {columns} FROM read_parquet('{pattern}', "
            "hive_partitioning = true, union_by_name = true)"
        )
    # A folder written before migration 9 has no sources: each article is its own.
    cur.execute(f"DROP TABLE {SOURCES}")
    if any((folder / SOURCES).glob("*/*.parquet")):
        columns = ", ".join(f'"{c}"' for c in SOURCE_COLUMNS)
        pattern = str(folder / SOURCES / "*" / "*.parquet").replace("'", "''")
        cur.execute(
            f"CREATE VIEW {SOURCES} AS SELECT {columns} FROM read_parquet('{pattern}', "
            "hive_partitioning = true, union_by_name = true)"
        )
    else:
        cur.execute(
            f"CREATE VIEW {SOURCES} AS SELECT id, id AS article_id, url, date, title, source, "
            "origin, 'self' AS kind, 1.0 AS similarity, coded_at AS recorded_at FROM articles"
        )
    # Derived on the fly: the files hold only the records.
    cur.execute("DROP TABLE quote_mentions")
    cur.execute(f"CREATE VIEW quote_mentions AS {quote_mentions_select()}")
    cur.close()
    return con


def open_store(path: Path | str, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a dyad database file, or to a Parquet folder (`open_parquet`).
    ``memory_limit`` (``"512MB"``) caps DuckDB's memory, its cache of the blocks it read
    included (by default up to 80% of the machine's).

    Raises:
        StoreError: E301 when it cannot be opened.
    """
    con = open_parquet(path) if Path(path).is_dir() else connect(path, read_only=True)
    if memory_limit is not None:
        if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", memory_limit):
            con.close()
            raise ValueError(f"memory_limit {memory_limit!r} is not a size such as '512MB'")
        con.execute(f"SET memory_limit = '{memory_limit}'")
    return con
