"""Adding a field to `Event` takes the field and its migration (docs/store.md, "Adding a
field"): the JSON, the table rows, the columns the tables must have and the web API's model
all take it from the field, and the migration adds its column to an existing database.

Proved on `WitnessedEvent`, a subclass of `Event` with one field more, written as it would be
in dyad.records, and `ADD_WITNESSES`, the migration as it would be appended to
`dyad.store.schema.MIGRATIONS`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import BaseModel

from dyad.forms import api_columns
from dyad.records import Article, CodedArticle, Event
from dyad.serialize import event_dict
from dyad.store import database, parquet
from dyad.store.database import Store, connect
from dyad.store.rows import article_rows
from dyad.store.schema import LATEST_VERSION, MIGRATIONS, Migration, table_columns
from tests.serve.conftest import fixture_articles


@dataclass(frozen=True, slots=True)
class WitnessedEvent(Event):
    witnesses: int | None = None
    """How many people saw it happen."""


ADD_WITNESSES = Migration(
    LATEST_VERSION + 1,
    "events.witnesses: how many people saw it happen",
    "ALTER TABLE events ADD COLUMN witnesses INTEGER;",
)


def witnessed(event: Event, witnesses: int) -> WitnessedEvent:
    fields = {f.name: getattr(event, f.name) for f in dataclasses.fields(event)}
    return WitnessedEvent(**fields | {"id": "witnessed"}, witnesses=witnesses)


def an_event() -> Event:
    return next(e for coded in fixture_articles() for e in coded.events)


def add_the_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store as it is once ADD_WITNESSES is appended to the migrations."""
    monkeypatch.setattr(database, "MIGRATIONS", (*MIGRATIONS, ADD_WITNESSES))
    monkeypatch.setattr(database, "LATEST_VERSION", ADD_WITNESSES.version)


def test_the_json_writes_the_new_field_after_the_others():
    out = event_dict(witnessed(an_event(), 12))
    assert list(out)[-1] == "witnesses"
    assert out["witnesses"] == 12
    assert {k: v for k, v in out.items() if k != "witnesses"} == event_dict(an_event()) | {
        "id": "witnessed"
    }


def test_the_rows_hold_the_new_field_and_the_table_wants_its_column():
    coded = CodedArticle(Article("w", "text"), events=(witnessed(an_event(), 12),))
    (row,) = article_rows(coded, "model", dt.datetime(2026, 1, 1))["events"]
    assert row["witnesses"] == 12
    assert table_columns("events", WitnessedEvent) == {
        **table_columns("events"),
        "witnesses": "INTEGER",
    }


def test_the_web_api_serves_the_new_field_as_nullable():
    from dyad.serve.models import Event as ApiEvent
    from dyad.serve.models import with_columns

    @with_columns(WitnessedEvent)
    class Witnessed(BaseModel):
        article_id: str

    assert "witnesses" not in ApiEvent.model_fields
    field = Witnessed.model_fields["witnesses"]
    assert field.annotation == int | None
    assert field.description == "How many people saw it happen."
    assert "witnesses" in {c.name for c in api_columns(WitnessedEvent)}  # the query's SELECT


def test_the_migration_adds_the_column_to_an_existing_database(tmp_path: Path, monkeypatch):
    path = tmp_path / "dyad.duckdb"
    with Store(path, model="before") as store:  # written before the field was added
        store.write(fixture_articles())
        old = _events(store.con)
    assert "witnesses" not in old[0]

    add_the_migration(monkeypatch)
    new = CodedArticle(Article("w", "A witnessed event."), events=(witnessed(an_event(), 12),))
    with Store(path, model="after") as store:  # opening it migrates it
        con = store.con
        assert database.schema_version(con) == ADD_WITNESSES.version
        made = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'events'"
        ).fetchall()
        wanted = table_columns("events", WitnessedEvent)
        assert {n: t.replace('"', "") for n, t in made} == {
            n: t.replace('"', "") for n, t in wanted.items()
        }
        assert _events(con) == [{**e, "witnesses": None} for e in old]  # the old rows as they were
        store.write([new])  # closes its connection after the batch: readers get in
        found = store.con.execute("SELECT witnesses FROM events WHERE article_id = 'w'")
        assert found.fetchall() == [(12,)]


def test_parquet_parts_hold_the_new_column(tmp_path: Path, monkeypatch):
    add_the_migration(monkeypatch)
    parquet.table_schemas.cache_clear()  # the tables' schemas, read off a migrated database
    new = CodedArticle(Article("w", "A witnessed event."), events=(witnessed(an_event(), 12),))
    try:
        parquet.write_parts([new], tmp_path, "p")
    finally:
        parquet.table_schemas.cache_clear()
    con = connect(":memory:")
    found = con.execute(
        "SELECT witnesses FROM read_parquet(?, hive_partitioning = true)",
        [str(tmp_path / "events" / "*" / "*.parquet")],
    ).fetchall()
    con.close()
    assert found == [(12,)]


def _events(con: database.Connection) -> list[dict[str, object]]:
    cur = con.execute("SELECT * FROM events ORDER BY id")
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
