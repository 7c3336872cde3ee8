"""A pair's amounts sort by the article's date or the amount's value, either way, and page
in that order (`dyad.query.amounts.pair_amounts`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dyad.query import web
from dyad.query.amounts import pair_amounts
from dyad.records import Amount, Article, CodedArticle
from dyad.store.database import Store, connect
from tests.serve.conftest import CHINA, RUSSIA, at, event, fixture_articles, party


def _deal() -> CodedArticle:
    """February: China and Russia meet; $5 billion now, $900 billion later."""
    day = dt.date(2024, 2, 10)
    text = "China met Russia. They agreed on $5 billion now and $900 billion later."
    met = event(text, "met", "CONSULT", 1, 1.0, day, (party(text, "China", CHINA),))
    met = dataclasses.replace(met, recipient=(party(text, "Russia", RUSSIA),))
    return CodedArticle(
        Article("b1", text, None, day, "A deal", None),
        events=(met,),
        amounts=(
            Amount(*at(text, "$5 billion"), "$5 billion", 5e9, "USD", None),
            Amount(*at(text, "$900 billion"), "$900 billion", 9e11, "USD", None),
        ),
    )


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("amounts") / "amounts.duckdb"
    with Store(path, model="hand-built") as store:
        store.write([*fixture_articles(), _deal()])
    con = connect(path, read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def lookups(con):
    return web.build_lookups(con)


@pytest.mark.parametrize(
    ("sort", "order", "values"),
    [
        ("date", "desc", [5e9, 9e11, 2e11]),  # newest article first, then its order
        ("date", "asc", [2e11, 5e9, 9e11]),
        ("value", "desc", [9e11, 2e11, 5e9]),
        ("value", "asc", [5e9, 2e11, 9e11]),
    ],
)
def test_a_pairs_amounts_sort_by_date_or_value(con, lookups, sort, order, values):
    cur = con.cursor()
    found = pair_amounts(cur, lookups, "RUS", "CHN", sort=sort, order=order)
    assert [m["value"] for m in found["items"]] == values and found["total"] == 3
    second = pair_amounts(cur, lookups, "CHN", "RUS", limit=1, offset=1, sort=sort, order=order)
    assert [m["value"] for m in second["items"]] == values[1:2]
