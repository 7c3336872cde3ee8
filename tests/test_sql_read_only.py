"""`dyad sql` is read-only in fact: no writes, no files, no URLs, no extensions, no settings."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.store.database import connect

SECRET = "name,password\nroot,hunter2\n"


@pytest.fixture
def db(tmp_path) -> str:
    path = tmp_path / "d.duckdb"
    connect(path).close()  # an empty dyad database, migrated
    return str(path)


@pytest.fixture
def files(tmp_path) -> Path:
    """A folder of files a query must not read: a CSV, a JSON file, a Parquet file."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "secret.csv").write_text(SECRET)
    (folder / "secret.json").write_text('{"password": "hunter2"}\n')
    con = duckdb.connect()
    con.execute(f"COPY (SELECT 'hunter2' AS password) TO '{folder / 'secret.parquet'}'")
    con.close()
    return folder


def _sql(db: str, query: str):
    return CliRunner().invoke(main, ["sql", query, "--db", db, "--format", "jsonl"])


def _refused(result) -> bool:
    return result.exit_code == 2 and "E304" in result.stderr and "hunter2" not in result.stdout


def test_a_plain_query_still_runs(db):
    result = _sql(db, "SELECT count(*) AS n FROM articles")
    assert result.exit_code == 0 and json.loads(result.stdout) == {"n": 0}


@pytest.mark.parametrize(
    "query",
    [
        "INSERT INTO errors (code) VALUES ('E999')",
        "DELETE FROM articles",
        "UPDATE articles SET title = 'x'",
        "DROP TABLE events",
        "CREATE TABLE t (a INTEGER)",
        "CREATE VIEW v AS SELECT 1",
        "ALTER TABLE articles ADD COLUMN x INTEGER",
    ],
)
def test_writes_to_the_store_are_refused(db, query):
    assert _refused(_sql(db, query))
    assert _sql(db, "SELECT count(*) AS n FROM errors").stdout.strip() == '{"n": 0}'


@pytest.mark.parametrize(
    "template",
    [
        "COPY articles TO '{out}/copy.csv'",
        "COPY (SELECT 1 AS a) TO '{out}/copy.parquet' (FORMAT parquet)",
        "EXPORT DATABASE '{out}/export'",
        "ATTACH '{out}/other.duckdb' AS other",
        "SELECT 1; COPY (SELECT 1) TO '{out}/second.csv'",
    ],
)
def test_nothing_is_written_to_a_file(db, tmp_path, template):
    out = tmp_path / "out"
    out.mkdir()
    assert _refused(_sql(db, template.format(out=out)))
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * FROM read_csv('{f}/secret.csv')",
        "SELECT * FROM read_csv_auto('{f}/secret.csv')",
        "SELECT * FROM '{f}/secret.csv'",
        "SELECT * FROM read_text('{f}/secret.csv')",
        "SELECT * FROM read_blob('{f}/secret.csv')",
        "SELECT * FROM read_json('{f}/secret.json')",
        "SELECT * FROM read_json_auto('{f}/secret.json')",
        "SELECT * FROM read_parquet('{f}/secret.parquet')",
        "SELECT * FROM parquet_metadata('{f}/secret.parquet')",
        "SELECT * FROM sniff_csv('{f}/secret.csv')",
        "SELECT * FROM glob('{f}/*')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM 'https://example.com/data.csv'",
    ],
)
def test_no_file_or_url_is_read(db, files, template):
    assert _refused(_sql(db, template.format(f=files)))


@pytest.mark.parametrize(
    "query",
    ["INSTALL httpfs", "FORCE INSTALL httpfs", "LOAD httpfs", "ATTACH 'sqlite:x.db' AS s"],
)
def test_extensions_are_neither_installed_nor_loaded(db, query):
    assert _refused(_sql(db, query))


@pytest.mark.parametrize(
    "query",
    [
        "SET enable_external_access = true",
        "RESET enable_external_access",
        "SET lock_configuration = false",
        "SET autoload_known_extensions = true",
        "SET temp_directory = '/tmp/elsewhere'",
        "SET enable_external_access = true; SELECT * FROM read_csv('/etc/passwd')",
    ],
)
def test_the_lock_cannot_be_undone_by_the_query(db, query):
    assert _refused(_sql(db, query))


def test_a_query_error_that_is_no_refusal_keeps_its_own_code(db):
    result = _sql(db, "SELECT * FROM no_such_table")
    assert result.exit_code == 2 and "E303" in result.stderr
