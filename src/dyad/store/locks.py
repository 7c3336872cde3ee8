"""Sharing one database file between processes: DuckDB's file lock and dyad's writer lock.

DuckDB lets one process write a database file, or many processes read it, never both at
once: whoever opens second fails at once with "Could not set lock". dyad shares the file so:

- `dyad ingest` holds DuckDB's lock only while it writes a batch (`dyad.store.database.Store`
  opens its connection for a batch and closes it after the commit), so readers get in
  between batches;
- every open (`open_database`) that meets the lock tries again for a bounded time
  (`LOCK_WAIT`), then fails with E306 naming the process that holds it;
- two writers of a whole run (two `dyad ingest` on one database) would interleave their
  batches: `WriterLock` makes the second wait for the first (up to ``wait`` seconds, telling
  the user through `set_notifier`), then fail with E307 naming it.

The writer lock is an advisory ``fcntl`` lock on a file beside the database (``NAME.writer``)
holding the writer's PID (its command line is read from the system when it is named); the
kernel drops the lock when the process dies, so a killed ingest never leaves a stale lock.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from dyad.errors import StoreError

if TYPE_CHECKING:  # imported where used: the CLI sets the notifier without loading duckdb
    import duckdb

LOCK_WAIT = 30.0
"""Seconds an open waits for DuckDB's lock: longer than any one batch of an ingest takes."""
BATCH_WAIT = 300.0
"""Seconds an ingest's batch waits for readers (a long `dyad sql` or export) to let go."""
WRITER_WAIT = 600.0
"""Seconds a second ingest queues behind the first before it gives up."""
PAUSE = 0.05
MAX_COMMAND = 160
_HOLDER = re.compile(r"Conflicting lock is held in (?P<exe>.*?) \(PID (?P<pid>\d+)\)")

_notify: Callable[[str], None] | None = None


def set_notifier(notify: Callable[[str], None] | None) -> None:
    """Where to tell the user that a command waits for a lock (the CLI prints it)."""
    global _notify
    _notify = notify


def _tell(text: str) -> None:
    if _notify is not None:
        _notify(text)


def is_locked(error: duckdb.Error) -> bool:
    """Whether ``error`` is DuckDB refusing a file that another process holds."""
    return "Could not set lock" in str(error) or "Conflicting lock" in str(error)


def describe(pid: int, fallback: str = "") -> str:
    """``PID 123 (dyad ingest a/ --db x.duckdb)``: the command line when this machine shows
    it (Linux's /proc), else ``fallback``."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        command = " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)
    except OSError:
        command = fallback
    command = " ".join(command.split())  # one line, however the command was written
    if len(command) > MAX_COMMAND:
        command = command[: MAX_COMMAND - 1] + "…"
    return f"PID {pid} ({command})" if command else f"PID {pid}"


def holder(error: duckdb.Error) -> str:
    """Who holds the lock, from DuckDB's message: ``PID 123 (its command line)``."""
    found = _HOLDER.search(str(error))
    if not found:
        return "another process"
    return describe(int(found["pid"]), found["exe"])


def open_database(
    path: str, *, read_only: bool, wait: float = LOCK_WAIT
) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, trying again while another process holds the file, up to ``wait``
    seconds.

    Raises:
        StoreError: E306 when the lock is still held after ``wait`` seconds, E301 when the
            file cannot be opened for another reason.
    """
    import duckdb

    started = time.monotonic()
    told = False
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as e:
            if not is_locked(e):
                raise StoreError("E301", origin=path, reason=str(e).splitlines()[0]) from e
            waited = time.monotonic() - started
            if waited >= wait:
                raise StoreError(
                    "E306", origin=path, holder=holder(e), waited=round(waited, 1)
                ) from e
            if not told and waited >= 1:
                _tell(f"{path} is in use by {holder(e)}; waiting up to {wait:.0f} s")
                told = True
            time.sleep(PAUSE)


class WriterLock:
    """Held for the whole of a run that writes a database, so that a second one queues.

    Raises:
        StoreError: E307 when another writer still holds it after ``wait`` seconds, E301
            when its file cannot be made beside the database.
    """

    def __init__(self, database: str, wait: float = WRITER_WAIT) -> None:
        self.path = f"{database}.writer"
        self._file: IO[str] | None = None
        if sys.platform == "win32":  # no fcntl: DuckDB's own lock is the only guard there
            return
        try:
            self._file = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        except OSError as e:  # no such folder, or not writable: nor would the database be
            raise StoreError("E301", origin=database, reason=f"{self.path}: {e.strerror}") from e
        try:
            self._acquire(database, wait)
        except BaseException:
            self._file.close()
            self._file = None
            raise
        self._file.seek(0)
        self._file.truncate()
        self._file.write(f"{os.getpid()}\n")
        self._file.flush()

    def _acquire(self, database: str, wait: float) -> None:
        import fcntl

        assert self._file is not None
        started = time.monotonic()
        told = False
        while True:
            try:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                other = self._other()
                waited = time.monotonic() - started
                if waited >= wait:
                    raise StoreError(
                        "E307", origin=database, holder=other, waited=round(waited, 1)
                    ) from None
                if not told:
                    _tell(f"{database} is being written by {other}; waiting up to {wait:.0f} s")
                    told = True
                time.sleep(min(0.5, max(PAUSE, wait / 100)))

    def _other(self) -> str:
        """The writer that holds the lock, as its PID file tells."""
        try:
            text = Path(self.path).read_text(encoding="utf-8").strip()
        except OSError:
            text = ""
        return describe(int(text)) if text.isdigit() else "another dyad process"

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor drops the flock
            self._file = None
