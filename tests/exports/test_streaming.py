"""Exports stream: the query is fetched in batches (`fetchmany`), and every writer writes each
record before it asks for the next, so memory does not grow with the store."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator

import pytest

import dyad.query.export as queries
from dyad.exports.formats import FORMATS
from dyad.query.export import ExportedEvent, ExportedQuote, Selection, exported_events


class FakeCursor:
    """Rows in batches, recording each ``fetchmany``."""

    def __init__(self, rows: int) -> None:
        self.left = rows
        self.calls: list[int] = []

    def fetchmany(self, size: int) -> list[tuple[int]]:
        self.calls.append(size)
        n = min(size, self.left)
        self.left -= n
        return [(i,) for i in range(n)]


def test_rows_are_fetched_one_batch_at_a_time_and_only_when_needed():
    cursor = FakeCursor(rows=2 * queries.BATCH + 1)
    rows = queries._rows(cursor)
    next(rows)
    assert cursor.calls == [queries.BATCH]
    assert sum(1 for _ in rows) == 2 * queries.BATCH
    assert cursor.calls == [queries.BATCH] * 4  # three batches and the empty one


def test_a_store_is_read_in_many_batches_when_a_batch_is_small(export_db, monkeypatch):
    from dyad.store.parquet import open_store

    monkeypatch.setattr(queries, "BATCH", 1)
    batches = []
    original = queries._rows

    def counting(cursor):
        for row in original(cursor):
            batches.append(row[0])
            yield row

    monkeypatch.setattr(queries, "_rows", counting)
    con = open_store(export_db)
    events = exported_events(con, Selection())
    assert isinstance(events, Iterator)
    first = next(events)
    assert batches == [first.event.id]  # one row read for one event yielded
    assert len([first, *events]) == 4
    con.close()


def _records(fmt: str, export_db) -> list:
    from dyad.query.export import exported_quotes
    from dyad.query.quotes import STATEMENT_KINDS
    from dyad.store.parquet import open_store

    con = open_store(export_db)
    if FORMATS[fmt].reads == "quotes":
        found = list(exported_quotes(con, Selection(), STATEMENT_KINDS))
    else:
        found = list(exported_events(con, Selection(), story=FORMATS[fmt].story))
    con.close()
    return found


@pytest.mark.parametrize("fmt", [n for n, f in FORMATS.items() if f.reads == "events"])
def test_an_event_format_writes_each_event_before_reading_the_next(export_db, fmt):
    records = _records(fmt, export_db)
    out = io.StringIO()
    header = 1 if FORMATS[fmt].header else 0

    def fed() -> Iterator[ExportedEvent]:
        for i, record in enumerate(records):
            assert out.getvalue().count("\n") == header + i  # the previous ones are out
            yield record

    assert FORMATS[fmt].write(fed(), out) == len(records)


def test_citron_writes_an_article_once_the_next_one_starts(export_db):
    quotes = _records("quotes-citron", export_db)
    second = [dataclasses.replace(q, story=dataclasses.replace(q.story, id="b")) for q in quotes]
    out = io.StringIO()

    def fed() -> Iterator[ExportedQuote]:
        yield from quotes  # two articles: the first is out once the second's quote was read
        assert out.getvalue().count("\n") == 1
        yield from second

    FORMATS["quotes-citron"].write(fed(), out)


class DayCounts:
    """A cursor whose query returns (day, rows) pairs."""

    def __init__(self, days: list) -> None:
        self.days = days

    def execute(self, sql: str, params: list) -> DayCounts:
        return self

    def fetchall(self) -> list:
        return self.days


def test_windows_split_dates_by_rows_and_put_the_undated_last(monkeypatch):
    import datetime as dt

    monkeypatch.setattr(queries, "WINDOW", 10)
    d = [dt.date(2024, 1, day) for day in range(1, 6)]
    days = [(d[0], 4), (d[1], 5), (d[2], 3), (d[3], 30), (d[4], 1), (None, 2)]
    assert queries._windows(DayCounts(days), "", []) == [
        (d[0], d[1]),  # 9 rows; with the 3rd day they would be 12
        (d[2], d[2]),
        (d[3], d[3]),  # one day alone, though larger than a window
        (d[4], d[4]),
        (None, None),
    ]


@pytest.mark.parametrize("fmt", ["plover-jsonl", "polecat-tsv", "quotes-citron"])
def test_small_windows_export_the_same_rows_in_the_same_order(export_db, monkeypatch, fmt):
    from dyad.exports.run import export

    whole = io.StringIO()
    export(export_db, fmt, whole)
    monkeypatch.setattr(queries, "WINDOW", 1)  # one query per day
    windowed = io.StringIO()
    export(export_db, fmt, windowed)
    assert windowed.getvalue() == whole.getvalue()


def test_an_export_caps_duckdbs_memory(export_db):
    from dyad.exports.run import MEMORY_LIMIT
    from dyad.store.parquet import open_store

    con = open_store(export_db, memory_limit=MEMORY_LIMIT)
    (limit,) = con.execute("SELECT current_setting('memory_limit')").fetchone()
    con.close()
    assert limit == "488.2 MiB"  # 512 MB, as DuckDB writes it
    with pytest.raises(ValueError, match="not a size"):
        open_store(export_db, memory_limit="lots")
