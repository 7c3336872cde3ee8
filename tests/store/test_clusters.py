"""Event clusters (issue 21, section 2): the mentions of one event across articles are one
cluster, kept up to date as articles are stored, replaced, or arrive out of order.

Articles are coded by hand (no model): each holds events between Russia and China."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import duckdb
import pytest

from dyad.ingest.ids import article_id
from dyad.records import Actor, Article, CodedArticle, Event, Location, Participant
from dyad.store import clusters
from dyad.store.clusters import Mention, content_words, group, overlap, places_differ
from dyad.store.database import Store, connect

RUSSIA = Actor("Russia", "RUS", "RUS", None, "country:RUS")
CHINA = Actor("China", "CHN", "CHN", None, "country:CHN")
INDIA = Actor("India", "IND", "IND", None, "country:IND")
MOSCOW = Location(0, 6, "Moscow", "Moscow", "RUS", 55.75, 37.62, 524901, "P")
BEIJING = Location(0, 7, "Beijing", "Beijing", "CHN", 39.9, 116.4, 1816670, "P")
DAY = dt.date(2026, 2, 4)


def day(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


def mention(name: str, n: int, **kw) -> Mention:
    return Mention(name, day(n), **kw)


def test_mentions_within_the_window_of_the_first_are_one_cluster():
    ms = [mention("a", 0), mention("b", 1), mention("c", 2), mention("d", 3)]
    got = group(ms, window=2, min_overlap=0)
    assert got == {"a": "a", "b": "a", "c": "a", "d": "d"}


def test_the_window_counts_from_the_first_mention_so_a_daily_story_does_not_chain():
    daily = [mention(f"m{n}", n) for n in range(9)]
    got = group(daily, window=2, min_overlap=0)
    assert sorted(set(got.values())) == ["m0", "m3", "m6"]


def test_grouping_does_not_depend_on_the_order_mentions_come_in():
    ms = [mention("a", 0), mention("b", 2), mention("c", 1), mention("d", 4), mention("e", 5)]
    first = group(ms, min_overlap=0)
    assert len(set(first.values())) == 2
    for order in itertools.permutations(ms):
        assert group(list(order), min_overlap=0) == first


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ({"country": "RUS", "town": 524901}, {"country": "CHN", "town": 1816670}, True),
        ({"country": "RUS", "town": 524901}, {"country": "RUS", "town": 498817}, True),
        ({"country": "RUS", "town": 524901}, {"country": "RUS"}, False),  # Moscow in Russia
        ({"country": "RUS", "town": 524901}, {}, False),  # no place said
        ({}, {}, False),
    ],
)
def test_places_differ_only_when_they_contradict(a, b, differ):
    assert places_differ(mention("a", 0, **a), mention("b", 0, **b)) is differ


def test_a_mention_placed_elsewhere_starts_its_own_cluster():
    ms = [
        mention("a", 0, country="RUS", town=524901),
        mention("b", 0, country="CHN", town=1816670),
        mention("c", 1),
    ]
    assert group(ms, min_overlap=0) == {"a": "a", "b": "b", "c": "a"}


def test_overlap_is_shared_content_words_over_the_shorter_sentence():
    a = content_words("Putin met Xi in Beijing on Monday.")
    b = content_words("The Russian president Putin met Xi, China's leader, for talks in Beijing.")
    assert a == {"putin", "met", "xi", "beijing", "monday"}
    assert overlap(a, b) == pytest.approx(4 / 5)
    assert overlap(a, frozenset()) == 0.0


def test_a_minimum_overlap_keeps_unrelated_sentences_apart():
    ms = [
        mention("a", 0, words=content_words("Putin met Xi in Beijing")),
        mention("b", 0, words=content_words("Xi and Putin met in Beijing for talks")),
        mention("c", 1, words=content_words("Lavrov phoned Wang about the border dispute")),
    ]
    assert group(ms, min_overlap=0.5) == {"a": "a", "b": "a", "c": "c"}
    assert group(ms, min_overlap=0.0) == {"a": "a", "b": "a", "c": "a"}


# The store: clusters follow what is stored.


def _event(aid: str, n: int, date: dt.date, kind: str = "CONSULT", **kw) -> Event:
    actors = kw.pop("actors", (RUSSIA, CHINA))
    recipients = kw.pop("recipients", ())
    return Event(
        id=f"{aid}-e{n}",
        date=date,
        event=kind,
        mode=None,
        context=(),
        cameo="040",
        goldstein=1.0,
        quad_code=1,
        actor=tuple(Participant(a, 0, 1, a.name) for a in actors),
        recipient=tuple(Participant(a, 0, 1, a.name) for a in recipients),
        event_text="met",
        sentence=0,
        start=0,
        end=4,
        confidence=0.9,
        sentence_start=0,
        sentence_end=20,
        **kw,
    )


def article(name: str, date: dt.date, *events: dict, source: str = "a.example") -> CodedArticle:
    """An article at ``https://SOURCE/NAME`` with one event per dict of ``events`` (the
    arguments of `_event` but the article's id and date)."""
    url = f"https://{source}/{name}"
    text = f"Russia and China held talks, {name} reports. " * 3
    aid = article_id(url, text)
    coded = tuple(
        _event(aid, n, e.pop("date", date), **e) for n, e in enumerate(dict(e) for e in events)
    )
    return CodedArticle(Article(aid, text, url, date, name, source), events=coded)


def clustered(db: Path) -> dict[str, str]:
    """Article url's last part and event number -> its cluster's article name and number."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            """
            SELECT a.title, e.id, f.title, c.cluster_id FROM event_clusters c
            JOIN events e ON e.id = c.event_id JOIN articles a ON a.id = e.article_id
            JOIN events fe ON fe.id = c.cluster_id JOIN articles f ON f.id = fe.article_id
            """
        ).fetchall()
    finally:
        con.close()
    return {f"{t}:{e.rsplit('-e', 1)[1]}": f"{ft}:{c.rsplit('-e', 1)[1]}" for t, e, ft, c in rows}


def store(db: Path, *batches: list[CodedArticle]) -> None:
    with Store(db) as s:
        for batch in batches:
            s.write(batch)


def test_reports_of_one_meeting_in_several_papers_are_one_cluster(tmp_path):
    db = tmp_path / "d.duckdb"
    store(
        db,
        [article("x", DAY, {}), article("y", day(1), {}, source="b.example")],
        [article("z", day(1), {}, {"kind": "ACCUSE"}, source="c.example")],
    )
    assert clustered(db) == {"x:0": "x:0", "y:0": "x:0", "z:0": "x:0", "z:1": "z:1"}
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute(
        "SELECT num_mentions, num_articles, num_sources, first_published FROM clusters "
        "WHERE num_mentions > 1"
    ).fetchall()
    con.close()
    assert row == [(3, 3, 3, DAY)]


def test_an_earlier_report_arriving_later_becomes_the_first_mention(tmp_path):
    db = tmp_path / "d.duckdb"
    store(db, [article("late", day(2), {})], [article("early", DAY, {})])
    assert clustered(db) == {"early:0": "early:0", "late:0": "early:0"}


def test_storing_in_any_order_gives_the_same_clusters(tmp_path):
    days = [0, 3, 1, 2, 5, 4]
    arts = [article(f"a{n}", day(n), {}) for n in days]
    db1, db2 = tmp_path / "1.duckdb", tmp_path / "2.duckdb"
    store(db1, *[[a] for a in arts])
    store(db2, *[[a] for a in reversed(arts)])
    assert clustered(db1) == clustered(db2)
    assert set(clustered(db1).values()) == {"a0:0", "a3:0"}


def test_events_without_a_pair_or_of_other_parties_stay_apart(tmp_path):
    db = tmp_path / "d.duckdb"
    store(
        db,
        [
            article(
                "x",
                DAY,
                {},
                {"actors": (RUSSIA,)},
                {"actors": (RUSSIA,)},
                {"actors": (RUSSIA,), "recipients": (CHINA,)},
                {"actors": (RUSSIA, INDIA)},
            )
        ],
    )
    assert sorted(set(clustered(db).values())) == [f"x:{n}" for n in range(5)]


def test_a_negated_or_hypothetical_mention_joins_the_cluster_of_its_event(tmp_path):
    # "might have encouraged Zelensky ... in a phone call" reports a real call; the pair
    # aggregates leave the flagged mention out, the cluster keeps it
    db = tmp_path / "d.duckdb"
    store(db, [article("x", DAY, {}), article("y", day(1), {"hypothetical": True})])
    assert clustered(db) == {"x:0": "x:0", "y:0": "x:0"}


def test_mentions_whose_sentences_share_too_few_words_stay_apart(tmp_path):
    db = tmp_path / "d.duckdb"
    x, y = article("x", DAY, {}), article("y", DAY, {})
    y = CodedArticle(
        Article(y.article.id, "Sanctions on grain exports were lifted.", y.article.url, DAY, "y"),
        events=y.events,
    )
    store(db, [x, y])
    assert clustered(db) == {"x:0": "x:0", "y:0": "y:0"}


def test_replacing_an_article_regroups_its_clusters(tmp_path):
    db = tmp_path / "d.duckdb"
    first, second = article("first", DAY, {}), article("second", day(2), {})
    store(db, [first, second])
    assert clustered(db) == {"first:0": "first:0", "second:0": "first:0"}
    moved = article("first", day(-5), {})  # the same URL, coded again with another date
    store(db, [moved])
    assert clustered(db) == {"first:0": "first:0", "second:0": "second:0"}


def test_events_placed_in_different_towns_are_different_clusters(tmp_path):
    db = tmp_path / "d.duckdb"
    store(
        db,
        [
            article("x", DAY, {"event_loc": MOSCOW}),
            article("y", DAY, {"event_loc": BEIJING}),
            article("z", DAY, {}),
        ],
    )
    got = clustered(db)
    assert got["x:0"] != got["y:0"]
    assert got["z:0"] in (got["x:0"], got["y:0"])


def test_a_store_made_before_clusters_groups_its_events_when_opened(tmp_path):
    db = tmp_path / "d.duckdb"
    store(db, [article("x", DAY, {}), article("y", day(1), {})])
    con = connect(db)
    con.execute("DELETE FROM event_clusters")
    con.close()
    Store(db).close()
    assert clustered(db) == {"x:0": "x:0", "y:0": "x:0"}


def test_cluster_all_regroups_with_another_window(tmp_path):
    db = tmp_path / "d.duckdb"
    store(db, [article("x", DAY, {}), article("y", day(2), {})])
    con = connect(db)
    clusters.cluster_all(con, window=1)
    con.close()
    assert clustered(db) == {"x:0": "x:0", "y:0": "y:0"}


def test_attaching_a_parquet_folder_groups_its_events_with_the_stored_ones(tmp_path):
    from dyad.store.parquet import attach_parquet, write_parts

    db = tmp_path / "d.duckdb"
    store(db, [article("x", DAY, {})])
    write_parts([article("y", day(1), {}), article("z", day(1), {})], tmp_path / "out", "p")
    attach_parquet(tmp_path / "out", db)
    assert clustered(db) == {"x:0": "x:0", "y:0": "x:0", "z:0": "x:0"}
    attach_parquet(tmp_path / "out", db)  # again: the same rows, no stale ones
    assert clustered(db) == {"x:0": "x:0", "y:0": "x:0", "z:0": "x:0"}
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM event_clusters").fetchone() == (3,)
    con.close()
