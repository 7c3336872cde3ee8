"""A pair's timeline and a country's trend count the events that the page's facets choose,
as its event list does (`dyad.query.web.facet_conditions`), on the serve tests' fixture
database (tests/serve/conftest.py)."""

from __future__ import annotations

import dataclasses

import pytest

from dyad.query import web
from dyad.query.country import country_series
from dyad.query.filters import EventFilter, Include
from dyad.query.timeline import timeline
from dyad.store.database import Store, connect
from tests.serve.conftest import fixture_articles

EVERY = Include(negated=True, hypothetical=True)


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "facets.duckdb"
    with Store(path, model="hand-built") as store:
        store.write(fixture_articles())
    con = connect(path, read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def lookups(con):
    return web.build_lookups(con)


def _counted(periods: list[dict], direction: str = "both") -> int:
    return sum(p[direction]["events"] for p in periods)


FACETS = [
    (EventFilter(), 2),
    (EventFilter(event="ACCUSE"), 1),
    (EventFilter(quad=1), 1),
    (EventFilter(quad=4, include=EVERY), 2),
    (EventFilter(recipient="RUS"), 1),
    (EventFilter(actor="CHN", include=EVERY), 4),
    (EventFilter(actor="UKR"), 0),
    (EventFilter(mode="firearms"), 0),
    (EventFilter(min_confidence=0.99), 0),
    (EventFilter(include=EVERY), 4),
]


@pytest.mark.parametrize(("facets", "n"), FACETS)
def test_the_pair_timeline_counts_the_events_of_the_facets(con, lookups, facets, n):
    cur = con.cursor()
    periods = timeline(cur, lookups, "RUS", "CHN", "month", facets=facets)["periods"]
    listed = web.events(cur, lookups, dataclasses.replace(facets, pair=("RUS", "CHN")))
    assert _counted(periods) == listed["total"] == n


def test_a_facet_leaves_the_pairs_quotes_and_keeps_the_directions(con, lookups):
    cur = con.cursor()
    every = timeline(cur, lookups, "CHN", "RUS")["periods"]
    accused = timeline(cur, lookups, "CHN", "RUS", facets=EventFilter(event="ACCUSE"))["periods"]
    # quotes are not events: no facet chooses them
    assert sum(p["both"]["quotes"] for p in every) == sum(p["both"]["quotes"] for p in accused)
    assert sum(p["both"]["quotes"] for p in every) > 0
    # China accused Russia: a -> b only
    assert (_counted(accused, "a_to_b"), _counted(accused, "b_to_a")) == (1, 0)


@pytest.mark.parametrize(
    ("facets", "n"),
    [
        (EventFilter(), None),
        (EventFilter(mode="firearms"), 1),
        (EventFilter(event="CONSULT"), 1),
        (EventFilter(actor="UKR"), 0),
        (EventFilter(actor_sector="MIL"), 1),
        (EventFilter(quad=4, include=EVERY), 3),
    ],
)
def test_the_country_trend_counts_the_events_of_the_facets(con, lookups, facets, n):
    cur = con.cursor()
    series = country_series(cur, lookups, "RUS", "month", facets)
    counted = sum(p[f"quad{q}"] for p in series for q in range(1, 5))
    if n is None:  # no facet: more than any facet leaves
        assert counted > 1
    else:
        assert counted == n
