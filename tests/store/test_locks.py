"""Sharing one database between processes: readers get in between an ingest's batches, a
second ingest queues behind the first, and a lock held too long is a coded error naming
its holder (issue 26, item 5 and "two ingests on one store")."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dyad.errors import StoreError
from dyad.store.database import Store, connect
from tests.serve.conftest import fixture_articles

# A second process holds the database (DuckDB's write lock, or dyad's writer lock through a
# Store) until its standard input closes or `seconds` pass.
HOLDER = textwrap.dedent(
    """
    import sys, time
    from dyad.store.database import Store, connect
    kind, path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    held = connect(path) if kind == "duckdb" else Store(path)
    print("held", flush=True)
    time.sleep(seconds)
    held.close()
    """
)


@contextmanager
def _hold(kind: str, path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, kind, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        try:
            yield process
        finally:
            process.kill()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shared.duckdb"
    with Store(path) as store:
        store.write(fixture_articles()[:1])
    return path


def test_a_reader_opens_between_the_batches_of_an_open_store(db):
    with Store(db) as store:
        store.write(fixture_articles()[1:2])
        reader = connect(db, read_only=True, wait=0)  # no writer lock held between batches
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        reader.close()
        store.write(fixture_articles()[2:])


def test_a_reader_waits_for_a_writer_s_batch_then_reads(db):
    with _hold("duckdb", db, 1.0):
        started = time.monotonic()
        reader = connect(db, read_only=True, wait=30)
        assert time.monotonic() - started > 0.3
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    reader.close()


def test_a_lock_held_too_long_is_e306_naming_the_process(db):
    with (
        _hold("duckdb", db, 5.0) as holder,
        pytest.raises(StoreError, match=rf"E306: .*PID {holder.pid}\b"),
    ):
        connect(db, read_only=True, wait=0.3)


def test_a_second_store_fails_with_e307_naming_the_first_writer(db):
    with (
        _hold("store", db, 5.0) as holder,
        pytest.raises(StoreError, match=rf"E307: .*being written by PID {holder.pid} \(.*python"),
    ):
        Store(db, wait=0.3)


def test_a_second_store_queues_until_the_first_closes(db):
    from dyad.store import locks

    told: list[str] = []
    locks.set_notifier(told.append)
    try:
        with _hold("store", db, 1.0) as holder:
            started = time.monotonic()
            with Store(db, wait=30) as store:
                assert time.monotonic() - started > 0.3
                store.write(fixture_articles()[1:])
    finally:
        locks.set_notifier(None)
    assert told and f"PID {holder.pid}" in told[0] and "waiting up to 30 s" in told[0]
    reader = connect(db, read_only=True)
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    reader.close()


def test_a_killed_writer_leaves_no_lock_behind(db):
    with _hold("store", db, 60.0) as holder:
        holder.kill()
        holder.wait()
    with Store(db, wait=0) as store:
        store.write(fixture_articles()[1:2])


def test_a_store_in_a_missing_folder_is_e301_not_a_traceback(tmp_path):
    with pytest.raises(StoreError, match="E301"):
        Store(tmp_path / "nowhere" / "x.duckdb")
