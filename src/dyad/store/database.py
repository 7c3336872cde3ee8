"""DuckDB storage: open and migrate, and write coded articles idempotently and atomically.

The only module (with `dyad.store.parquet`) that imports duckdb and pyarrow. Writes go batch
by batch, each in one transaction that first deletes what the batch's articles had stored
(so re-ingesting an article replaces it) and then inserts; a failure rolls the whole batch
back, so a crash never leaves half an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dyad import __version__
from dyad.errors import StoreError
from dyad.records import CodedArticle, InputFailure
from dyad.store.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = "dyad.duckdb"


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the database at ``path``, migrated to the latest schema when writable.

    Raises:
        StoreError: E301 when it cannot be opened, E302 when it is newer than this dyad.
    """
    origin = str(path)
    if read_only and not Path(path).exists():
        raise StoreError("E301", origin=origin, reason="no such file (run `dyad ingest` first)")
    try:
        con = duckdb.connect(origin, read_only=read_only)
    except duckdb.Error as e:
        raise StoreError("E301", origin=origin, reason=str(e).splitlines()[0]) from e
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


def _article_rows(
    coded: CodedArticle, model: str, now: dt.datetime
) -> dict[str, list[dict[str, Any]]]:
    a = coded.article
    out: dict[str, list[dict[str, Any]]] = {
        t: []
        for t in (
            "articles",
            "mentions",
            "quotes",
            "events",
            "event_parties",
            "amounts",
            "dates",
            "locations",
            "errors",
        )
    }
    out["articles"].append(
        {
            "id": a.id,
            "url": a.url,
            "date": a.date,
            "title": a.title,
            "source": a.source,
            "text": a.text,
            "origin": a.origin,
            "model": model,
            "dyad_version": __version__,
            "coded_at": now,
        }
    )
    for i, m in enumerate(coded.mentions):
        out["mentions"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "kind": m.kind,
                "sentence": m.sentence,
                "actor_name": m.actor.name,
                "actor_code": m.actor.code,
                "actor_country": m.actor.country,
                "actor_sector": m.actor.sector,
                "actor_id": m.actor.id,
            }
        )
    for i, q in enumerate(coded.quotes):
        s, c = q.speaker, q.cue
        sa = s.actor if s else None
        out["quotes"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "sentence": q.sentence,
                "cue_start": c.start if c else None,
                "cue_end": c.end if c else None,
                "cue_text": c.text if c else None,
                "speaker_start": s.start if s else None,
                "speaker_end": s.end if s else None,
                "speaker_text": s.text if s else None,
                "speaker_name": s.name if s else None,
                "speaker_code": sa.code if sa else None,
                "speaker_country": sa.country if sa else None,
                "speaker_sector": sa.sector if sa else None,
                "speaker_id": sa.id if sa else None,
                "statement": q.statement,
            }
        )
    for e in coded.events:
        out["events"].append(
            {
                "id": e.id,
                "article_id": a.id,
                "date": e.date,
                "date_source": e.date_source,
                "event": e.event,
                "mode": e.mode,
                "context": list(e.context),
                "cameo": e.cameo,
                "goldstein": e.goldstein,
                "quad_code": e.quad_code,
                "event_text": e.event_text,
                "sentence": e.sentence,
                "start": e.start,
                "end": e.end,
                "sentence_start": e.sentence_start,
                "sentence_end": e.sentence_end,
                "confidence": e.confidence,
                "negated": e.negated,
                "hypothetical": e.hypothetical,
                "rule": e.rule,
            }
        )
        for role, parts in (("actor", e.actor), ("recipient", e.recipient)):
            for i, p in enumerate(parts):
                out["event_parties"].append(
                    {
                        "event_id": e.id,
                        "article_id": a.id,
                        "role": role,
                        "idx": i,
                        "name": p.actor.name,
                        "code": p.actor.code,
                        "country": p.actor.country,
                        "sector": p.actor.sector,
                        "actor_id": p.actor.id,
                        "text": p.text,
                        "start": p.start,
                        "end": p.end,
                    }
                )
    for i, am in enumerate(coded.amounts):
        out["amounts"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": am.start,
                "end": am.end,
                "text": am.text,
                "value": am.value,
                "unit": am.unit,
                "object": am.object,
                "kind": am.kind,
            }
        )
    for i, d in enumerate(coded.dates):
        out["dates"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": d.start,
                "end": d.end,
                "text": d.text,
                "value": d.value,
                "granularity": d.granularity,
            }
        )
    for i, loc in enumerate(coded.locations):
        out["locations"].append(
            {
                "article_id": a.id,
                "idx": i,
                "start": loc.start,
                "end": loc.end,
                "text": loc.text,
                "name": loc.name,
                "country": loc.country,
                "lat": loc.lat,
                "lon": loc.lon,
                "geonameid": loc.geonameid,
                "feature": loc.feature,
                "admin1": loc.admin1,
            }
        )
    for err in coded.errors:
        out["errors"].append(
            {
                "article_id": a.id,
                "origin": a.origin,
                "stage": err.stage,
                "code": err.code,
                "message": err.message,
                "recorded_at": now,
            }
        )
    return out


class Store:
    """A writable store. Use as a context manager; `write` one batch at a time."""

    def __init__(self, path: str | Path = DEFAULT_DB, model: str = "") -> None:
        self.path = str(path)
        self.model = model
        self.con = connect(path)
        self._columns = {
            table: [
                r[0]
                for r in self.con.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            ]
            for table in (
                "articles",
                "mentions",
                "quotes",
                "events",
                "event_parties",
                "amounts",
                "dates",
                "locations",
                "errors",
            )
        }
        self._schemas: dict[str, pa.Schema] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

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

        Raises:
            StoreError: E303 when the transaction fails (nothing of the batch is stored).
        """
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in self._columns}
        ids: list[str] = []
        origins: list[str] = []
        for item in batch:
            if isinstance(item, InputFailure):
                origins.append(item.origin)
                tables["errors"].append(
                    {
                        "article_id": None,
                        "origin": item.origin,
                        "stage": item.stage,
                        "code": item.code,
                        "message": item.message,
                        "recorded_at": now,
                    }
                )
                continue
            ids.append(item.article.id)
            for table, rows in _article_rows(item, self.model, now).items():
                tables[table].extend(rows)
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            if ids:
                id_list = pa.table({"id": ids})
                con.register("batch_ids", id_list)
                for table in (
                    "mentions",
                    "quotes",
                    "event_parties",
                    "amounts",
                    "dates",
                    "locations",
                    "errors",
                    "events",
                ):
                    con.execute(
                        f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM batch_ids)"
                    )
                con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM batch_ids)")
                con.unregister("batch_ids")
            if origins:
                con.execute(
                    "DELETE FROM errors WHERE article_id IS NULL AND origin IN (SELECT unnest(?))",
                    [origins],
                )
            for table, rows in tables.items():
                if not rows:
                    continue
                columns = self._columns[table]
                arrow = _rows_to_table(rows, columns, self._schema(table))
                con.register("batch_rows", arrow)
                quoted = ", ".join(f'"{c}"' for c in columns)
                con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM batch_rows")
                con.unregister("batch_rows")
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException) as e:
            con.execute("ROLLBACK")
            raise StoreError("E303", reason=str(e).splitlines()[0]) from e
        return len(ids), len(origins)
