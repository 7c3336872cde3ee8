"""What the pair aggregates count (``--dedup``): event clusters by default, every coded event,
or one a day (Phoenix's filter). Articles coded by hand (no model)."""

from __future__ import annotations

import duckdb
import pytest

from dyad.query.dedup import check
from dyad.query.report import build_report
from tests.store.test_clusters import CHINA, RUSSIA, article, day, store

# One meeting reported by three papers over two days, a second meeting a week later reported
# twice by one paper (two events of one article), and RUS -> CHN SUPPORT twice on one day in
# two articles whose sentences share no word (two clusters, one a day).
MEETING = [
    article("a", day(0), {}, source="a.example"),
    article("b", day(0), {}, source="b.example"),
    article("c", day(1), {}, source="c.example"),
    article("d", day(7), {}, {}, source="a.example"),
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "d.duckdb"
    support = {"kind": "SUPPORT", "actors": (RUSSIA,), "recipients": (CHINA,)}
    store(path, MEETING, [article("e", day(3), support), article("f", day(3), support)])
    con = duckdb.connect(str(path))  # "f"'s sentence shares no word with "e"'s
    con.execute(
        "UPDATE articles SET text = 'Moscow praised Beijing warmly today.' || repeat(' x', 40) "
        "WHERE title = 'f'"
    )
    con.close()
    from dyad.store import clusters
    from dyad.store.database import connect

    con = connect(path)
    clusters.cluster_all(con)
    con.close()
    return path


@pytest.mark.parametrize(
    ("dedup", "events", "cooperation"),
    [
        # every coded event: 5 CONSULT (a, b, c and d's two), 2 SUPPORT (e, f)
        ("none", 7, 7),
        # meeting 1 (a, b, c), meeting 2 (d's two events), e, f: 4 clusters
        ("cluster", 4, 4),
        # CONSULT on days 0, 1, 7; SUPPORT on day 3
        ("one-a-day", 4, 4),
    ],
)
def test_the_report_counts_pairs_as_dedup_says(db, dedup, events, cooperation):
    con = duckdb.connect(str(db), read_only=True)
    report = build_report(con, dedup=dedup)
    con.close()
    (pair,) = report.top_pairs
    assert (pair.a, pair.b, pair.events, pair.cooperation) == ("CHN", "RUS", events, cooperation)
    assert report.dedup == dedup
    assert report.events == 7  # the totals are coded events whatever is deduplicated


def test_an_unknown_dedup_is_refused():
    with pytest.raises(ValueError, match="one-a-day"):
        check("twice-a-day")
