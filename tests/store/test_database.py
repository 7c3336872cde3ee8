from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dyad.errors import StoreError
from dyad.records import InputFailure
from dyad.store.database import Store, connect
from dyad.store.schema import LATEST_VERSION, MIGRATIONS

model = pytest.mark.model

TABLES = (
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


def counts(path) -> dict[str, int]:
    con = connect(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_a_new_database_is_migrated_and_records_its_version(tmp_path):
    con = connect(tmp_path / "d.duckdb")
    rows = con.execute("SELECT version FROM schema_migrations").fetchall()
    con.close()
    assert rows == [(m.version,) for m in MIGRATIONS]


@model
def test_storing_an_article_twice_keeps_one_copy(tmp_path, seed):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([seed])
    first = counts(db)
    with Store(db) as store:
        store.write([seed])
    assert counts(db) == first
    assert first["articles"] == 1 and first["events"] == len(seed.events)
    assert first["quotes"] == len(seed.quotes)


@model
def test_an_article_repeated_within_one_batch_is_stored_once(tmp_path, seed):
    # real corpora repeat stories (the BBC set has the same text under two file names)
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        assert store.write([seed, seed]) == (1, 0)
    assert counts(db)["articles"] == 1
    assert counts(db)["events"] == len(seed.events)


@model
def test_an_article_repeated_within_one_parquet_part_is_written_once(tmp_path, seed):
    from dyad.store.parquet import write_parts

    written = write_parts([seed, seed], tmp_path / "out", "p1")
    assert written["articles"] == 1 and written["events"] == len(seed.events)


@model
def test_a_failing_batch_stores_nothing_and_keeps_earlier_batches(
    tmp_path, seed, code, monkeypatch
):
    db = tmp_path / "d.duckdb"
    other = code("Turkey invaded Syria on Wednesday.", "2019-10-15")
    with Store(db) as store:
        store.write([other])
    before = counts(db)

    import dyad.store.database as database

    real = database._rows_to_table

    def broken(rows, columns, schema=None):
        if "quad_code" in columns:  # fail on the events table, after articles were inserted
            raise duckdb.ConversionException("simulated crash while writing events")
        return real(rows, columns, schema)

    monkeypatch.setattr(database, "_rows_to_table", broken)
    with Store(db) as store, pytest.raises(StoreError, match="E303"):
        store.write([seed])
    assert counts(db) == before


def test_input_failures_are_recorded_once_per_origin(tmp_path):
    db = tmp_path / "d.duckdb"
    failure = InputFailure(origin="bad.txt", code="E003", message="E003: bad.txt looks binary")
    for _ in range(2):
        with Store(db) as store:
            store.write([failure])
    con = connect(db, read_only=True)
    assert con.execute("SELECT origin, code FROM errors").fetchall() == [("bad.txt", "E003")]
    con.close()


@model
def test_event_dyads_pair_meeting_participants_once(tmp_path, seed):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([seed])
    con = connect(db, read_only=True)
    rows = con.execute(
        "SELECT event, actor, recipient, reciprocal FROM event_dyads ORDER BY event, actor, recipient"
    ).fetchall()
    con.close()
    assert ("CONSULT", "CHN", "RUS", True) in rows
    assert ("SUPPORT", "RUS", "CHN", False) in rows


@model
def test_read_only_connection_refuses_writes(tmp_path, seed):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([seed])
    con = connect(db, read_only=True)
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM articles")
    con.close()


def test_opening_a_missing_or_foreign_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="E301"):
        connect(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a dyad database"):
        connect(other, read_only=True)


@model
def test_event_place_size_and_date_granularity_are_stored_and_read_back(tmp_path, code):
    # https://en.wikinews.org/wiki/Stampede_during_funeral_procession_of_Qasem_Soleimani_causes_deaths,_delays_burial
    # and https://en.wikinews.org/wiki/Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk
    # (Wikinews, CC BY 2.5)
    placed = code(
        "He was killed last week by a United States military airstrike in Iraq.", "2020-01-09"
    )
    sized = code("Belarusian KGB arrested 33 Russian individuals.", "2020-08-03")
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([placed, sized])
    con = connect(db, read_only=True)
    try:
        rows = con.execute(
            "SELECT event_text, date, date_granularity, event_loc.name, size.arrested "
            "FROM events ORDER BY event_text"
        ).fetchall()
    finally:
        con.close()
    assert [r for r in rows if r[0] in ("airstrike", "arrested")] == [
        ("airstrike", dt.date(2019, 12, 30), "week", "Iraq", None),
        ("arrested", dt.date(2020, 8, 3), "day", None, 33),
    ]

    from dyad.store.parquet import write_parts

    write_parts([placed, sized], tmp_path / "out", "p1")
    parquet = duckdb.sql(
        f"SELECT event_loc.geonameid FROM read_parquet('{tmp_path}/out/events/*/*.parquet', "
        "hive_partitioning = true) WHERE event_text = 'airstrike'"
    ).fetchall()
    assert parquet == [(99237,)]


@model
def test_a_database_of_an_earlier_version_is_migrated_with_its_rows(tmp_path, seed, monkeypatch):
    import dyad.store.database as database
    from dyad.store.schema import MIGRATIONS

    db = tmp_path / "d.duckdb"
    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS[:2])
    with Store(db) as store:
        store.write([seed])
    monkeypatch.setattr(database, "MIGRATIONS", MIGRATIONS)
    con = connect(db)  # migrates to the latest version
    try:
        version = con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
        granularities = con.execute("SELECT DISTINCT date_granularity FROM events").fetchall()
    finally:
        con.close()
    assert version == LATEST_VERSION
    assert granularities == [("day",)]
    assert counts(db)["events"] == len(seed.events)
