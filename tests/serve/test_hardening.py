"""What the server refuses and how: out-of-range parameters, other hosts, links that are not
http(s), and ids that hold URL syntax (issue 26, items 8, 9 and 13)."""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

import httpx
import pytest

from dyad.records import CodedArticle
from tests.serve.conftest import fixture_articles

HUGE = str(2**63)
pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("url", ["/api/events?from=0.0", "/api/events?to=1700000000"])
async def test_a_number_is_not_a_date(client, url):
    # pydantic alone reads numbers as Unix timestamps; the schema says YYYY-MM-DD
    response = await client.get(url)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["parameter"] in url


@pytest.mark.parametrize(
    "url",
    [
        f"/api/events?offset={HUGE}",
        f"/api/dyads?offset={HUGE}",
        f"/api/quotes?offset={HUGE}",
        f"/api/dyads/RUS/CHN/amounts?offset={HUGE}",
        "/api/events?offset=-1",
        "/api/events?limit=100000000000000000000",
        f"/api/events?place={HUGE}",
        "/api/events?offset=1000000001",
        "/api/events?quad=99999999999999999999",
    ],
)
async def test_out_of_range_numbers_are_a_json_400_naming_the_parameter(client, url):
    response = await client.get(url)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["status"] == 400 and error["parameter"] in url


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?offset=0.0",
        "/api/events?limit=5.0",
        "/api/events?offset=+1",
        "/api/events?offset=%205",
        "/api/events?quad=2.0",
        "/api/events?place=3.0",
        "/api/quotes?offset=1e2",
    ],
)
async def test_an_integer_parameter_takes_digits_only(client, url):
    # pydantic alone reads "0.0", "+1" and " 5" as integers; the schema says integer
    response = await client.get(url)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["parameter"] in url


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?offset=1&offset=2",
        "/api/events?event=ASSAULT&event=AID",
        "/api/dyads?limit=10&limit=20",
        "/api/events?min_confidence=0.5&min_confidence=0.6",
        "/api/places?kind=events&kind=mentions",
    ],
)
async def test_a_parameter_given_twice_is_refused_not_read_as_its_last_value(client, url):
    response = await client.get(url)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert "2 times" in error["message"] and error["parameter"] in url


async def test_a_repeatable_parameter_may_be_given_twice(client):
    response = await client.get("/api/quotes?kind=direct&kind=indirect")
    assert response.status_code == 200, response.text


async def test_the_schema_keeps_the_integer_bounds(client):
    spec = (await client.get("/openapi.json")).json()
    params = {p["name"]: p["schema"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert (params["offset"]["minimum"], params["offset"]["maximum"]) == (0, 1_000_000_000)
    assert (params["limit"]["minimum"], params["limit"]["maximum"]) == (1, 500)
    assert params["quad"]["anyOf"][0] == {"type": "integer", "minimum": 1, "maximum": 4}


@pytest.mark.parametrize(
    "url",
    [
        f"/dyad/RUS/CHN?offset={HUGE}",
        f"/dyad/RUS/CHN?ab_offset={HUGE}",
        f"/dyad/RUS/CHN?amounts_offset={HUGE}",
        f"/country/RUS?partners_offset={HUGE}",
        f"/search?q=talks&quotes_offset={HUGE}",
        f"/map?place={HUGE}",
        "/speaker/Russia?offset=-5",
    ],
)
async def test_out_of_range_numbers_on_pages_are_an_html_400(client, url):
    response = await client.get(url)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "expected" in response.text


async def test_the_largest_offset_allowed_answers_an_empty_page(client):
    body = (await client.get("/api/events?offset=1000000000")).json()
    assert body["items"] == [] and body["offset"] == 1_000_000_000


def _app_with(tmp_path: Path, articles: list[CodedArticle], **options: object):
    from dyad.serve.app import create_app
    from dyad.store.database import Store

    path = tmp_path / "h.duckdb"
    # some tests store one text under several ids: articles of their own, not copies
    with Store(path, model="hand-built", copies=False) as store:
        store.write(articles)
    return create_app(path, **options)


async def _get(app, url: str, host: str = "localhost") -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=f"http://{host}") as client:
        return await client.get(url)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,x", "//evil"],
)
async def test_an_article_url_that_is_not_http_is_shown_as_text(tmp_path, url):
    first = fixture_articles()[0]
    article = dataclasses.replace(first, article=dataclasses.replace(first.article, url=url))
    app = _app_with(tmp_path, [article])
    page = (await _get(app, "/article/a1")).text
    assert 'href="' + html.escape(url) not in page and "original</a>" not in page
    assert html.escape(url) in page
    app.state.live.close()


async def test_an_http_article_url_is_a_link(client):
    page = (await client.get("/article/a1")).text
    assert '<a href="https://example.org/a1" rel="noreferrer">original</a>' in page


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.2"])
async def test_requests_naming_another_host_are_refused(app, host):
    api = await _get(app, "/api/dyads", host)
    assert api.status_code == 400 and "--allowed-host" in api.json()["error"]["message"]
    assert (await _get(app, "/", host)).status_code == 400


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
async def test_loopback_hosts_are_served(app, host):
    assert (await _get(app, "/api/dyads", host)).status_code == 200


async def test_an_allowed_host_is_served_and_star_allows_any(tmp_path):
    app = _app_with(tmp_path, fixture_articles(), allowed_hosts=["news.example"])
    assert (await _get(app, "/api/dyads", "news.example")).status_code == 200
    assert (await _get(app, "/api/dyads", "localhost")).status_code == 400
    app.state.live.close()


@pytest.mark.parametrize(
    "url", ["/", "/api/dyads", "/dyad/RUS/CHN", "/static/style.css", "/api/events?offset=-1"]
)
async def test_every_answer_forbids_framing_sniffing_and_foreign_scripts(client, url):
    headers = (await client.get(url)).headers
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    policy = headers["content-security-policy"]
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy


async def test_pages_have_no_inline_script(client):
    for url in ("/", "/dyad/RUS/CHN", "/country/RUS", "/network", "/map", "/article/a1"):
        page = (await client.get(url)).text
        assert not re.search(r"<script>|<script [^>]*>[^<]", page), url
        assert not re.search(r" on[a-z]+=", page), url


ODD_IDS = ["a/b", "what?x=1", "h#1", "100%", "with space", "..", ".", "../../etc", "a/../b"]


async def test_article_ids_with_url_syntax_are_linked_and_reachable(tmp_path):
    base = fixture_articles()[0]
    articles = []
    for n, odd in enumerate(ODD_IDS):
        events = tuple(dataclasses.replace(e, id=f"{e.id}-{n}") for e in base.events)
        article = dataclasses.replace(base.article, id=odd, title=f"Odd {n}")
        articles.append(dataclasses.replace(base, article=article, events=events))
    app = _app_with(tmp_path, articles)
    listing = (await _get(app, "/dyad/RUS/CHN")).text
    links = {html.unescape(h) for h in re.findall(r'href="(/article[^"#]*)', listing)}
    assert len(links) == len(ODD_IDS)
    titles = set()
    for link in links:
        page = await _get(app, link)
        assert page.status_code == 200, link
        titles.add(re.search(r"<h1>(.*?)</h1>", page.text)[1])
        api = re.search(r'href="(/api/articles[^"]*)"', page.text)[1]
        assert (await _get(app, html.unescape(api))).json()["title"].startswith("Odd")
    assert titles == {f"Odd {n}" for n in range(len(ODD_IDS))}
    app.state.live.close()


async def test_an_article_id_is_found_in_the_query_too(client):
    assert (await client.get("/api/articles?id=a1")).json()["id"] == "a1"
    assert (await client.get("/article?id=a1")).status_code == 200
    assert (await client.get("/article?id=nope")).status_code == 404
