"""Exports count what the pair aggregates count (``--dedup``): one record per event cluster
by default, GDELT's event with its cluster's NumMentions, NumSources and NumArticles and its
Mentions table listing every mention. Articles coded by hand (no model)."""

from __future__ import annotations

import csv
import io

import pytest

from dyad.exports.codes import numeric_id
from dyad.exports.run import export
from dyad.query.export import Selection, exported_events
from dyad.store.database import connect
from tests.store.test_clusters import CHINA, RUSSIA, article, day, store

# One meeting reported by three papers over two days; RUS -> CHN SUPPORT on day 3; the
# meeting reported again by one paper a week later (its own cluster).
ARTICLES = [
    article("a", day(0), {}, source="a.example"),
    article("b", day(0), {}, source="b.example"),
    article("c", day(1), {}, source="c.example"),
    article("d", day(7), {}, source="a.example"),
    article("e", day(3), {"kind": "SUPPORT", "actors": (RUSSIA,), "recipients": (CHINA,)}),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("dedup") / "d.duckdb"
    store(path, ARTICLES)
    return path


def _gdelt(db, fmt: str, **kw) -> list[list[str]]:
    out = io.StringIO()
    export(db, fmt, out, **kw)
    return list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))


@pytest.mark.parametrize(("dedup", "records"), [("cluster", 3), ("none", 5), ("one-a-day", 4)])
def test_an_export_writes_one_record_per_unit_of_its_dedup(db, dedup, records):
    assert export(db, "plover-jsonl", io.StringIO(), dedup=dedup) == records


def test_a_cluster_is_exported_as_its_first_mention_with_its_counts(db):
    con = connect(db, read_only=True)
    try:
        got = list(exported_events(con, Selection()))
    finally:
        con.close()
    first = got[0]
    assert first.event.date == day(0) and first.cluster is not None
    assert first.cluster.id == first.event.id  # the first mention names its cluster
    assert (first.cluster.mentions, first.cluster.articles, first.cluster.sources) == (3, 3, 3)


def test_gdelt_events_are_clusters_and_mentions_list_every_mention_under_them(db):
    events = _gdelt(db, "gdelt-events")
    mentions = _gdelt(db, "gdelt-mentions")
    assert len(events) == 3 and len(mentions) == 5  # every mention, whatever the dedup
    meeting = events[0]
    # NumMentions, NumSources, NumArticles (the 32nd to 34th columns)
    assert meeting[31:34] == ["3", "3", "3"]
    under_meeting = [m for m in mentions if m[0] == meeting[0]]
    assert len(under_meeting) == 3
    assert {m[0] for m in mentions} == {e[0] for e in events}
    ids = {numeric_id(a.events[0].id) for a in ARTICLES}
    assert int(meeting[0]) in ids


def test_without_dedup_each_event_is_its_own_gdelt_event(db):
    events = _gdelt(db, "gdelt-events", dedup="none")
    assert len(events) == 5
    assert sorted(e[31] for e in events) == ["1", "1", "3", "3", "3"]  # its cluster's count


def test_a_parquet_folder_is_grouped_when_exported_as_a_database_is(tmp_path, db):
    from dyad.store.parquet import write_parts

    write_parts(ARTICLES, tmp_path / "out", "p", model="hand-built")

    def without_date_added(rows: list[list[str]]) -> list[list[str]]:
        return [r[:59] + r[60:] for r in rows]  # DATEADDED: when each was coded

    folder, database = _gdelt(tmp_path / "out", "gdelt-events"), _gdelt(db, "gdelt-events")
    assert without_date_added(folder) == without_date_added(database)
    assert len(_gdelt(tmp_path / "out", "gdelt-events", dedup="none")) == 5
