"""Private read-only copies of a database, for a long-running reader (`dyad serve`).

A process that keeps a DuckDB file open, even read-only, locks every writer out of it
(`dyad.store.locks`). The server therefore never keeps the database open: `take` opens it
read-only for as long as a file copy takes (DuckDB's lock keeps writers out meanwhile, so
the copy is consistent), copies it (with its write-ahead log, if a killed writer left one)
into a temporary folder, and opens the copy. `stamp` tells cheaply (two ``stat`` calls)
whether the database changed since, so that the server takes a new copy after an ingest's
batch lands.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dyad.errors import StoreError
from dyad.store.database import connect
from dyad.store.locks import LOCK_WAIT, open_database

Stamp = tuple[tuple[int, int, int] | None, ...]
"""(inode, size, modification time) of the database file and of its write-ahead log."""


def stamp(path: str | Path) -> Stamp:
    """What changes when a writer commits to ``path``: the file's and its WAL's stat."""
    found: list[tuple[int, int, int] | None] = []
    for name in (str(path), f"{path}.wal"):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            found.append(None)
            continue
        found.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A copy of the database, open read-only, and the stamp the original had when copied."""

    con: duckdb.DuckDBPyConnection
    path: Path
    stamp: Stamp

    def discard(self) -> None:
        """Delete the copy's files. Requests still reading it keep it (an open file outlives
        its name); DuckDB frees it when the last of their cursors closes."""
        shutil.rmtree(self.path.parent, ignore_errors=True)


def take(path: str | Path, *, wait: float = LOCK_WAIT) -> Snapshot:
    """Copy the database at ``path`` and open the copy read-only.

    Raises:
        StoreError: E301/E302 as `connect`, E306 when a writer holds it for ``wait``
            seconds, E308 when the copy cannot be written (no space in the temp folder).
    """
    original = connect(path, read_only=True, wait=wait)  # checks it exists and its schema
    folder = Path(tempfile.mkdtemp(prefix="dyad-serve-"))
    copy = folder / Path(path).name
    try:
        try:
            taken = stamp(path)
            shutil.copyfile(path, copy)
            if taken[1] is not None:
                shutil.copyfile(f"{path}.wal", f"{copy}.wal")
        finally:
            original.close()
        con = open_database(str(copy), read_only=True)
    except OSError as e:
        shutil.rmtree(folder, ignore_errors=True)
        raise StoreError("E308", origin=str(path), reason=str(e)) from e
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Snapshot(con, copy, taken)
