"""The ``quote_mentions`` table: derived from quotes, mentions and articles when they are
written (a batch, a Parquet import) and, by migration 7, for what a store held before."""

from __future__ import annotations

import pytest

import dyad.store.database as database
from dyad.store.database import Store, connect
from dyad.store.parquet import attach_parquet, open_parquet, write_parts
from dyad.store.schema import MIGRATIONS, quote_mentions_select
from tests.serve.conftest import fixture_articles

ORDERED = " ORDER BY article_id, idx, party"


def stored_and_derived(con) -> tuple[list[tuple], list[tuple]]:
    stored = con.execute(f"SELECT * FROM quote_mentions{ORDERED}").fetchall()
    derived = con.execute(f"SELECT * FROM ({quote_mentions_select()}){ORDERED}").fetchall()
    return stored, derived


def written(path) -> tuple[list[tuple], list[tuple]]:
    con = connect(path, read_only=True)
    try:
        return stored_and_derived(con)
    finally:
        con.close()


def test_a_written_batch_stores_the_parties_its_quotes_mention(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write(fixture_articles())
    stored, derived = written(db)
    assert stored == derived
    # Putin's quote about China, Xi's about Russia: (speaker's party, party mentioned)
    assert {(row[4], row[5]) for row in stored} == {("RUS", "CHN"), ("CHN", "RUS")}


def test_storing_articles_again_replaces_their_quote_mentions(tmp_path):
    db = tmp_path / "d.duckdb"
    for _ in range(2):
        with Store(db) as store:
            store.write(fixture_articles())
    stored, derived = written(db)
    assert stored == derived and len(stored) == 2


def test_an_imported_parquet_dataset_gets_its_quote_mentions(tmp_path):
    out, db = tmp_path / "out", tmp_path / "d.duckdb"
    write_parts(fixture_articles(), out, "p1")
    for _ in range(2):  # importing again replaces
        attach_parquet(out, db)
    stored, derived = written(db)
    assert stored == derived and len(stored) == 2
    con = open_parquet(out)  # read in place: derived on the fly
    try:
        assert stored_and_derived(con)[0] == stored
    finally:
        con.close()


def test_migration_7_derives_the_quote_mentions_of_a_store_made_before(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    db = tmp_path / "d.duckdb"
    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS[:6])
    with Store(db) as store:
        store.write(fixture_articles())
    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS)
    connect(db).close()  # migrates
    stored, derived = written(db)
    assert stored == derived and len(stored) == 2
