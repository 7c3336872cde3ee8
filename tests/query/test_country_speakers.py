"""A country's top speakers come a page at a time, most quotes first, with their count
(`dyad.query.country.top_speakers`)."""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.query.country import top_speakers
from dyad.records import Actor, Article, CodedArticle
from dyad.store.database import Store, connect
from tests.serve.conftest import PUTIN, fixture_articles, quote

LAVROV = Actor("Sergey Lavrov", "RUSGOV", "RUS", "GOV", "person:sergey-lavrov")


def _statements() -> CodedArticle:
    text = '"Talks went well," Putin said. "Trade grows," Putin said. "We agree," Lavrov said.'
    return CodedArticle(
        Article("s1", text, None, dt.date(2024, 2, 1), "Statements", None),
        quotes=(
            quote(text, "Talks went well,", "direct", "Putin", PUTIN, 0),
            quote(text, "Trade grows,", "direct", "Putin", PUTIN, 1),
            quote(text, "We agree,", "direct", "Lavrov", LAVROV, 2),
        ),
    )


@pytest.fixture(scope="module")
def cur(tmp_path_factory):
    path = tmp_path_factory.mktemp("speakers") / "speakers.duckdb"
    with Store(path, model="hand-built") as store:
        store.write([*fixture_articles(), _statements()])
    con = connect(path, read_only=True)
    yield con.cursor()
    con.close()


@pytest.mark.parametrize(
    ("limit", "offset", "names"),
    [
        (15, 0, [("Vladimir Putin", 3), ("Sergey Lavrov", 1)]),
        (1, 0, [("Vladimir Putin", 3)]),
        (1, 1, [("Sergey Lavrov", 1)]),
        (1, 2, []),
    ],
)
def test_top_speakers_come_a_page_at_a_time(cur, limit, offset, names):
    found = top_speakers(cur, "RUS", limit, offset)
    assert [(s["speaker_name"], s["quotes"]) for s in found["items"]] == names
    assert (found["total"], found["limit"], found["offset"]) == (2, limit, offset)
    assert all(set(s) == {"speaker_name", "quotes", "last_date"} for s in found["items"])
