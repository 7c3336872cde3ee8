"""An actor's events and quotes read from the lookups (`dyad.query.actor_rows`) are the rows
that matching its name, code or id over the tables gives (`ACTOR_MATCH`), and the pair page's
quote lists read from the ``said_about`` lookup are those that ``quote_mentions`` gives."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dyad.query import web
from dyad.query.actor_rows import KeyedSlices
from dyad.query.filters import EventFilter, Include, conditions, where
from dyad.query.said import QuoteFilter, quotes
from dyad.records import Actor, Article, CodedArticle
from dyad.store.database import Store, connect
from tests.serve.conftest import event, fixture_articles, mention, party, quote

PUTIN = Actor("Vladimir Putin", "RUSGOV", "RUS", "GOV", "person:vladimir-putin")
LAVROV = Actor("Sergey Lavrov", "RUSGOV", "RUS", "GOV", "person:sergey-lavrov")
# A name that is another actor's code, and an actor known by its id alone.
ODD = Actor("RusGov", "XYZ", "XYZ", None, "org:rusgov")
NAMELESS = Actor(None, None, "FRA", None, "org:nameless")
CHINA = Actor("China", "CHN", "CHN", None, "country:CHN")


def _article(n: int, who: Actor, day: dt.date, **flags: bool) -> CodedArticle:
    text = f'{who.name or "They"} met China. "Trade will grow with China," {n} said.'
    speaker = str(n)
    kind = "stance" if who is ODD else "direct"
    met = event(text, "met", "CONSULT", 1, 1.0, day, (party(text, text.split()[0], who),))
    met = dataclasses.replace(met, recipient=(party(text, "China", CHINA),), **flags)
    return CodedArticle(
        Article(f"x{n}", text, None, day, f"Report {n}", None),
        mentions=(
            mention(text, "China", CHINA, "place"),
            mention(text, "China", CHINA, "place", after=text.index('"')),
        ),
        quotes=(quote(text, "Trade will grow with China,", kind, speaker, who, 0),),
        events=(met,),
    )


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("actors") / "actors.duckdb"
    day = dt.date(2024, 1, 1)
    coded = [
        _article(i, who, day + dt.timedelta(days=i), **flags)
        for i, (who, flags) in enumerate(
            [
                (PUTIN, {}),
                (LAVROV, {}),
                (ODD, {}),
                (PUTIN, {"negated": True}),
                (LAVROV, {"hypothetical": True}),
                (NAMELESS, {}),
                (PUTIN, {}),
            ]
        )
    ]
    with Store(path, model="hand-built") as store:
        store.write([*coded, *fixture_articles()])
    con = connect(path, read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def lookups(con):
    return web.build_lookups(con)


QUERIES = [
    "RUSGOV",
    "rusgov",
    "Vladimir Putin",
    "VLADIMIR PUTIN",
    "person:sergey-lavrov",
    "org:nameless",
    "XYZ",
    "nobody",
]


def test_spans_merge_what_two_keys_share_and_what_lies_side_by_side():
    keys = KeyedSlices(
        by_code={"RUSGOV": [(0, 5)]}, by_name={"rusgov": [(3, 1), (9, 2)]}, by_id={"a": [(5, 4)]}
    )
    assert keys.spans("rusgov", "RUSGOV", "a") == [(0, 11)]
    assert keys.spans("rusgov", "NONE", "b") == [(3, 1), (9, 2)]
    assert keys.spans("x", "y", "z") == []


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("include", [Include(), Include(negated=True, hypothetical=True)])
def test_an_actors_events_from_the_lookups_are_those_its_name_code_or_id_match(
    con, lookups, query, include
):
    f = EventFilter(party=query, include=include)
    clauses, params = conditions(f, "e")  # the match over every event party
    expected = [
        r[0]
        for r in con.execute(
            f"SELECT id FROM events e{where(clauses)} ORDER BY date DESC NULLS LAST, id", params
        ).fetchall()
    ]
    found = web.events(con, lookups, f, 500)
    assert [e["id"] for e in found["items"]] == expected and found["total"] == len(expected)


@pytest.mark.parametrize("query", QUERIES)
def test_an_actors_counts_as_actor_and_recipient_leave_out_flagged_events(con, lookups, query):
    profile = web.actor_profile(con, lookups, query)
    expected = dict(
        con.execute(
            """
            SELECT p.role, count(DISTINCT p.event_id) FROM event_parties p
            JOIN events e ON e.id = p.event_id
            WHERE (lower(p.name) = lower(?) OR p.code = upper(?) OR p.actor_id = ?)
              AND e.negated IS NOT TRUE AND e.hypothetical IS NOT TRUE
            GROUP BY p.role
            """,
            [query] * 3,
        ).fetchall()
    )
    if profile is None:
        assert expected == {}
        return
    assert profile["events_as_actor"] == expected.get("actor", 0)
    assert profile["events_as_recipient"] == expected.get("recipient", 0)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("order", ["desc", "asc"])
@pytest.mark.parametrize("period", [(None, None), (dt.date(2024, 1, 3), dt.date(2024, 1, 6))])
def test_an_actors_quotes_from_the_lookups_are_those_of_the_quotes_table(
    con, lookups, query, order, period
):
    f = QuoteFilter(speaker_exact=query, date_from=period[0], date_to=period[1])
    for offset in (0, 2):
        expected = quotes(con, f, 3, offset, order)
        assert quotes(con, f, 3, offset, order, lookups) == expected


@pytest.mark.parametrize(
    "f",
    [
        QuoteFilter(speaker_country="RUS", mentioned="CHN"),
        QuoteFilter(speaker_country="CHN", mentioned="RUS", kinds=("indirect",)),
        QuoteFilter(speaker_country="RUS", mentioned="CHN", kinds=("direct", "indirect")),
        QuoteFilter(speaker_country="RUS", mentioned="CHN", date_from=dt.date(2024, 1, 4)),
        QuoteFilter(speaker_country="RUS", mentioned="CHN", date_to=dt.date(2024, 1, 4)),
        QuoteFilter(speaker_country="XYZ", mentioned="CHN", kinds=("stance",)),
        QuoteFilter(speaker_country="CHN", mentioned="CHN"),  # not in the lookup: the table
        QuoteFilter(mentioned="CHN"),
    ],
)
@pytest.mark.parametrize("order", ["desc", "asc"])
def test_what_one_partys_speakers_said_about_another_is_read_alike_from_the_lookups(
    con, lookups, f, order
):
    for offset in (0, 1, 4):
        expected = quotes(con, f, 2, offset, order)
        assert quotes(con, f, 2, offset, order, lookups) == expected
    if f.speaker_country != f.mentioned:  # the cases the lookup answers hold quotes
        assert quotes(con, f, 500, 0, order, lookups)["items"]
