"""A full disk stops an ingest with a coded error naming the cause; committed batches stay."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dyad.errors import StoreError
from dyad.records import Article, CodedArticle
from dyad.store.database import Store, connect, write_error

# Writes batches of ten 20,000-character articles into the database named by argv[1] until
# the disk is full; prints what it committed, the error, and what a later reader finds.
FILL = """
import json, random, string, sys
from dyad.errors import StoreError
from dyad.records import Article, CodedArticle
from dyad.store.database import Store, connect
rng = random.Random(1)
def article(i):
    text = "".join(rng.choice(string.ascii_letters + " ") for _ in range(20000))
    return CodedArticle(article=Article(id=f"a{i}", text=text, origin=f"f.jsonl:{i}"))
committed, error = 0, None
try:
    with Store(sys.argv[1]) as store:
        for b in range(10_000):
            store.write([article(10 * b + j) for j in range(10)])
            committed += 10
except StoreError as e:
    error = str(e)
con = connect(sys.argv[1], read_only=True)
(stored,) = con.execute("SELECT count(*) FROM articles").fetchone()
print(json.dumps({"committed": committed, "error": error, "stored": stored}))
"""
TMPFS_MB = 3


def _tmpfs_run(mount: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` run with a tmpfs of `TMPFS_MB` mounted on ``mount``, in a user and mount
    namespace of its own (`unshare -rm`): no root needed where user namespaces are allowed."""
    shell = (
        f'mount -t tmpfs -o size={TMPFS_MB}m tmpfs "$1" || exit 77; exec "$2" -c "$3" "$1/d.duckdb"'
    )
    command = ["unshare", "-rm", "sh", "-c", shell, "sh", str(mount), sys.executable, script]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def _tmpfs_available(tmp_path: Path) -> str | None:
    """Why a small tmpfs cannot be mounted here, or None when it can."""
    if shutil.which("unshare") is None:
        return "no unshare(1)"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f'mount -t tmpfs -o size=1m tmpfs "{tmp_path}"'],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"cannot mount a tmpfs in a user namespace: {probe.stderr.strip()[:200]}"
    return None


def test_a_full_disk_is_error_e310_naming_the_cause_and_earlier_batches_stay(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    why = _tmpfs_available(mount)
    if why:
        pytest.skip(why)
    out = _tmpfs_run(mount, FILL)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout)
    assert result["error"] is not None, "the disk never filled up"
    assert result["error"].startswith("E310: cannot write database ")
    assert str(mount / "d.duckdb") in result["error"]
    assert "No space left on device (ENOSPC)" in result["error"]
    assert "cannot rollback" not in result["error"]
    assert result["committed"] > 0 and result["stored"] == result["committed"]


class _FailingCommit:
    """A connection whose COMMIT fails as DuckDB's does when the disk is full: the
    transaction is gone (rolled back here) and an IOException names the cause."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def execute(self, sql: str, *args: object) -> object:
        if sql == "COMMIT":
            self.con.execute("ROLLBACK")
            raise duckdb.IOException('Could not write file "d.duckdb.wal": No space left on device')
        return self.con.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.con, name)


def _article(i: int) -> CodedArticle:
    return CodedArticle(article=Article(id=f"a{i}", text=f"Text {i}.", origin=f"f.jsonl:{i}"))


def test_a_commit_failing_for_lack_of_space_is_e310_and_keeps_earlier_batches(tmp_path):
    # Fault injected at DuckDB's COMMIT (runs where no tmpfs can be mounted): covers the
    # rollback of an already-ended transaction and the error; not DuckDB's own disk writes.
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([_article(1), _article(2)])
        # the store opens its connection per batch: the next batch gets the failing one
        store._con = _FailingCommit(store.con)  # type: ignore[assignment]
        with pytest.raises(StoreError) as caught:
            store.write([_article(3)])
    assert caught.value.code == "E310"
    assert str(db) in str(caught.value) and "No space left on device" in str(caught.value)
    con = connect(db, read_only=True)
    assert con.execute("SELECT id FROM articles ORDER BY id").fetchall() == [("a1",), ("a2",)]
    con.close()


def test_an_os_error_of_a_full_disk_anywhere_in_the_chain_is_named():
    try:
        try:
            raise OSError(28, "No space left on device")
        except OSError as inner:
            raise RuntimeError("flush failed") from inner
    except RuntimeError as outer:
        error = write_error("x.duckdb", outer)
    assert error.code == "E310" and "ENOSPC" in str(error)


def test_any_other_write_failure_stays_e303():
    error = write_error("x.duckdb", duckdb.ConstraintException("duplicate key"))
    assert error.code == "E303" and "duplicate key" in str(error)


@pytest.mark.model
def test_dyad_ingest_on_a_full_disk_ends_with_e310_and_no_traceback(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    why = _tmpfs_available(mount)
    if why:
        pytest.skip(why)
    source = Path(__file__).resolve().parents[2] / "examples" / "wikinews-2019-2020.jsonl"
    dyad = str(Path(sys.executable).with_name("dyad"))
    # 900 kB: room for the migrated database (~800 kB), not for a batch of Wikinews articles
    shell = (
        'mount -t tmpfs -o size=900k tmpfs "$1" || exit 77; '
        'exec "$2" ingest "$3" --db "$1/d.duckdb" --workers 1'
    )
    out = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell, "sh", str(mount), dyad, str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 2, out.stderr[-2000:]
    assert "error: E310: cannot write database " in out.stderr
    assert "No space left on device (ENOSPC)" in out.stderr
    assert "Traceback" not in out.stderr
