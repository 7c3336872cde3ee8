"""What the server answers from: a snapshot of the database and its lookups, renewed after
a writer changes the database.

The server must not keep the database open, or `dyad ingest` could not write it (DuckDB's
lock: one writer or many readers). It reads a private copy instead (`dyad.store.snapshot`).
At most every ``check_every`` seconds a request compares the database's stamp (two ``stat``
calls) with the copy's; when they differ, a background thread takes a new copy and builds its
`Lookups` while requests go on with the old ones, then swaps them in one assignment. A
database that is locked (an ingest writing a batch) is tried again at the next check.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dyad.errors import DyadError
from dyad.query.web import Lookups, build_lookups
from dyad.store.database import connect, schema_version
from dyad.store.locks import WriterLock
from dyad.store.schema import LATEST_VERSION
from dyad.store.snapshot import Snapshot, stamp, take

if TYPE_CHECKING:
    from dyad.store.database import Connection

CHECK_EVERY = 1.0
"""Seconds between two looks at the database for changes."""
REFRESH_WAIT = 0.0
"""Seconds a refresh waits for a writer's lock: none, it tries again at the next check."""
OPEN_WAIT = 30.0
"""Seconds the first snapshot waits for a writer's lock: the server has nothing to serve yet."""


@dataclass(frozen=True, slots=True)
class Data:
    """One version of the data: requests take a cursor on ``snapshot.con``."""

    snapshot: Snapshot
    lookups: Lookups
    version: int

    @property
    def con(self) -> Connection:
        return self.snapshot.con


def load(db_path: str | Path, version: int, wait: float) -> Data:
    """A snapshot of the database and its lookups. A database made by an older dyad is
    migrated first, as `dyad ingest` would: the lookups read views of the latest schema.

    Raises:
        StoreError: as `dyad.store.snapshot.take`.
    """
    snapshot = take(db_path, wait=wait)
    if schema_version(snapshot.con) < LATEST_VERSION:
        snapshot.discard()
        writer = WriterLock(str(db_path), wait)  # migrating is writing: after any ingest
        try:
            connect(db_path).close()
        finally:
            writer.release()
        snapshot = take(db_path, wait=wait)
    return Data(snapshot, build_lookups(snapshot.con), version)


class Live:
    """The current `Data` of a database, renewed when the database changes."""

    def __init__(self, db_path: str | Path, check_every: float = CHECK_EVERY) -> None:
        self.db_path = Path(db_path)
        self.check_every = check_every
        self._version = 1  # never reused, so that no cached answer outlives its data
        self._data: Data | None = load(db_path, self._version, wait=OPEN_WAIT)
        self._checked = time.monotonic()
        self._refreshing = threading.Lock()

    def current(self) -> Data:
        """The data to answer a request from; starts a refresh in the background when the
        database changed since it was copied."""
        data = self._data
        if data is None:  # closed, and the app started again (a test client re-entering)
            with self._refreshing:
                if self._data is None:
                    self._version += 1
                    self._data = load(self.db_path, self._version, wait=OPEN_WAIT)
                return self._data
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._checked = now
            if self.stale() and self._refreshing.acquire(blocking=False):
                threading.Thread(target=self._refresh_held, daemon=True).start()
        return data

    def stale(self) -> bool:
        return self._data is None or stamp(self.db_path) != self._data.snapshot.stamp

    def refresh(self) -> bool:
        """Take a new snapshot now if the database changed; False when it is locked or
        could not be read (the old data stay)."""
        with self._refreshing:
            return self._refresh()

    def _refresh_held(self) -> None:
        try:
            self._refresh()
        finally:
            self._refreshing.release()

    def _refresh(self) -> bool:
        old = self._data
        if old is None or not self.stale():
            return True
        try:
            self._data = load(self.db_path, self._version + 1, REFRESH_WAIT)
        except DyadError:  # locked by a writer's batch, or gone: keep serving the old
            return False
        self._version += 1
        old.snapshot.discard()
        return True

    def close(self) -> None:
        """Close the snapshot and delete its files (the server stops)."""
        with self._refreshing:
            data, self._data = self._data, None
        if data is not None:
            data.snapshot.con.close()
            data.snapshot.discard()
