"""An article's copies (issue 21, section 3) on its page and in the API."""

from __future__ import annotations

import httpx
import pytest

from tests.store.test_copies import coded, rebylined, wire

pytestmark = pytest.mark.anyio


@pytest.fixture
async def copied(tmp_path):
    """A database with one story printed by two papers, and a client of its dashboard."""
    from dyad.serve.app import create_app
    from dyad.store.database import Store

    first = coded("https://paper-a.example/story", wire())
    copy = coded("https://paper-b.example/news/1", rebylined(wire()), "2020-11-28")
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([first, copy])
    app = create_app(db)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        yield client, first.article.id
    app.state.live.close()


async def test_the_article_page_and_api_list_where_its_copies_were_published(copied):
    client, article_id = copied
    detail = (await client.get(f"/api/articles/{article_id}")).json()
    assert [(c["url"], c["kind"], c["date"]) for c in detail["copies"]] == [
        ("https://paper-b.example/news/1", "near", "2020-11-28")
    ]
    assert 0.5 <= detail["copies"][0]["similarity"] < 1
    html = (await client.get(f"/article/{article_id}")).text
    assert "Also published at" in html and 'href="https://paper-b.example/news/1"' in html


async def test_an_article_without_copies_lists_none(client):
    detail = (await client.get("/api/articles/a1")).json()
    assert detail["copies"] == []
    assert "Also published at" not in (await client.get("/article/a1")).text
