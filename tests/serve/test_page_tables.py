"""The pages' tables: download links of exactly the rows shown, paging, sorting, facets,
names holding "/", unknown parties; on the fixture database (tests/serve/conftest.py)."""

from __future__ import annotations

import csv
import html as markup
import io
import re
from urllib.parse import parse_qsl

import pytest

from tests.serve.test_pages import page

pytestmark = pytest.mark.anyio

ROW_ID = re.compile(r'<tr id="e-([^"]+)">')
DOWNLOAD = re.compile(r'<a class="(csv|json)" href="([^"]+)"')


def _links(html: str) -> list[tuple[str, str]]:
    return [(kind, markup.unescape(url)) for kind, url in DOWNLOAD.findall(html)]


async def _csv_ids(client, url: str) -> list[str]:
    response = await client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    return [row["id"] for row in csv.DictReader(io.StringIO(response.text))]


@pytest.mark.parametrize(
    "url",
    [
        "/dyad/RUS/CHN",
        "/dyad/RUS/CHN?limit=1&offset=1",
        "/dyad/CHN/RUS?include_negated=true&sort=goldstein&order=asc",
        "/dyad/RUS/CHN?from=2024-02-01&include_hypothetical=true",
        "/speaker/Russia?limit=2",
        "/search?q=russia&limit=1&offset=1",
        "/",
    ],
)
async def test_event_downloads_hold_exactly_the_rows_shown(client, url):
    html = await page(client, url)
    shown = ROW_ID.findall(html.split("<h2>Events")[-1].split("<h2>Latest events")[-1])
    assert shown
    (csv_url,) = [u for kind, u in _links(html) if kind == "csv" and u.startswith("/api/events")]
    assert await _csv_ids(client, csv_url) == shown
    (json_url,) = [u for kind, u in _links(html) if kind == "json" and u.startswith("/api/events")]
    listed = (await client.get(json_url)).json()["items"]
    assert [e["id"] for e in listed] == shown


async def test_quote_downloads_follow_the_pair_page_period(client):
    html = await page(client, "/dyad/RUS/CHN?from=2024-02-01")
    quote_urls = [u for kind, u in _links(html) if kind == "csv" and u.startswith("/api/quotes")]
    assert len(quote_urls) == 2 and all("from=2024-02-01" in u for u in quote_urls)
    said = [(await client.get(u)).text for u in quote_urls]
    assert "Russia must pay the debt" in "".join(said)
    assert "We will expand trade" not in "".join(said)


async def test_the_pair_page_period_applies_to_quotes_and_amounts(client):
    html = await page(client, "/dyad/RUS/CHN?from=2024-02-01")
    assert "Russia must pay the debt" in html
    assert "We will expand trade with China," not in html and "$200 billion" not in html
    assert "We will expand trade with China," in await page(client, "/dyad/RUS/CHN")


async def test_the_pair_page_leaves_out_negated_events_unless_ticked(client):
    html = await page(client, "/dyad/RUS/CHN")
    assert "China did not attack Russia." not in html and '"quad4": 0' in html
    ticked = await page(client, "/dyad/RUS/CHN?include_negated=true")
    assert "China did not attack Russia." in ticked and "negated</small>" in ticked
    assert 'name="include_negated" value="true" checked' in ticked


@pytest.mark.parametrize(
    ("url", "present", "absent"),
    [
        ("/dyad/RUS/CHN?event=ACCUSE", "criticized Russia", "held talks"),
        ("/dyad/RUS/CHN?quad=1", "held talks", "criticized Russia"),
    ],
)
async def test_pair_page_facets_filter_the_events(client, url, present, absent):
    html = await page(client, url)
    events = html.split("<h2>Events")[1].split("<h2>What")[0]
    assert present in events and absent not in events


async def test_event_tables_sort_by_their_headers(client):
    html = await page(client, "/dyad/RUS/CHN")
    assert 'class="sort desc"' in html and "sort=goldstein" in html
    ascending = await page(client, "/dyad/RUS/CHN?sort=goldstein&order=asc")
    first, second = ROW_ID.findall(ascending)
    assert first.startswith("accuse") and second.startswith("consult")
    assert 'class="sort asc"' in ascending


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("/search?q=e&limit=1", "1–1 of 2"),  # the two quotes
        ("/search?q=e&limit=1", "1–1 of 4"),  # the four events (not the negated one)
        ("/search?q=e&limit=1&offset=3", "4–4 of 4"),
        ("/search?q=e&limit=1&quotes_offset=1", "2–2 of 2"),
        ("/speaker/Russia?limit=1", "1–1 of 3"),
        ("/speaker/Russia?limit=1&offset=2", "3–3 of 3"),
        ("/dyad/RUS/CHN?limit=1&ba_offset=0", "1–1 of 2"),
    ],
)
async def test_tables_page_through_every_row(client, url, needle):
    assert needle in await page(client, url)


async def test_search_honours_offset(client):
    first = ROW_ID.findall(await page(client, "/search?q=e&limit=1"))
    second = ROW_ID.findall(await page(client, "/search?q=e&limit=1&offset=1"))
    assert len(first) == len(second) == 1 and first != second


@pytest.mark.parametrize("url", ["/speaker/Yusuf/Cat%20Stevens", "/speaker/Yusuf%2FCat%20Stevens"])
async def test_names_holding_a_slash_have_their_page(client, url):
    assert "Yusuf/Cat Stevens" in await page(client, url)


async def test_names_holding_a_slash_have_their_api_answer(client):
    response = await client.get("/api/actors/Yusuf/Cat%20Stevens")
    assert response.status_code == 200 and response.json()["mentions"] == 1


@pytest.mark.parametrize("url", ["/dyad/SYR/XXX", "/dyad/XXX/RUS"])
async def test_unknown_parties_are_404_pages(client, url):
    assert "XXX" in await page(client, url, 404)


async def test_pair_pages_name_their_countries(client):
    html = await page(client, "/dyad/RUS/CHN")
    assert (
        '<a class="country" href="/country/RUS">RUS</a> <small class="name">Russia</small>' in html
    )
    assert (
        '<a class="country" href="/country/CHN">CHN</a> <small class="name">China</small>' in html
    )


@pytest.mark.parametrize(
    ("url", "named"),
    [
        # a party in an events table: its country's name unless its own name says it
        ("/country/UKR", ['Russian forces <small>RUS <span class="name">Russia</span></small>']),
        ("/country/UKR", ["Ukraine <small>UKR</small>"]),
        # a quote's speaker and the parties it mentions
        ("/dyad/RUS/CHN", ['<small>RUS <span class="name">Russia</span></small></td>']),
        ("/dyad/RUS/CHN", ['<td class="small">CHN <span class="name">China</span></td>']),
        ("/article/a1", ['<small>RUS <span class="name">Russia</span></small></td>']),
        ("/", ['<small class="name">China–Russia</small>']),
    ],
)
async def test_country_codes_carry_their_names(client, url, named):
    html = await page(client, url)
    for text in named:
        assert text in html


async def test_country_page_ranks_partners_and_lists_speakers_and_events(client):
    html = await page(client, "/country/rus")
    assert "<h1>Russia <small>RUS</small></h1>" in html
    partners = html.split("<h2>Partners")[1].split("</table>")[0]
    # CHN (2 events) before UKR and IGOUNO (1 each)
    assert partners.index("/dyad/RUS/CHN") < partners.index("/dyad/RUS/UKR")
    assert 'id="country-chart"' in html and "Vladimir Putin" in html
    events = ROW_ID.findall(html)
    assert len(events) == 4  # CONSULT, two ACCUSE, ASSAULT (as actor, by its military)
    (csv_url,) = [u for kind, u in _links(html) if kind == "csv" and u.startswith("/api/events")]
    assert await _csv_ids(client, csv_url) == events


async def test_country_page_counts_negated_events_when_ticked(client):
    html = await page(client, "/country/CHN?include_negated=true")
    assert len(ROW_ID.findall(html)) == 3 and "China did not attack Russia." in html
    assert '"quad4": 1' in html


@pytest.mark.parametrize("url", ["/country/XXX", "/country/X"])
async def test_unknown_country_pages_are_errors(client, url):
    response = await client.get(url)
    assert response.status_code in (400, 404) and "X" in response.text


async def test_a_country_without_events_has_an_empty_page(client):
    html = await page(client, "/country/TUR")
    assert "Turkey" in html and "No partners." in html


async def test_methods_page_explains_goldstein_quads_and_negation(client):
    html = await page(client, "/methods")
    for needle in ("−10", "+10", "material conflict", "ASSAULT", "negated", "confidence"):
        assert needle in html
    assert 'href="/methods"' in await page(client, "/")


async def test_methods_page_states_the_shipped_models_count_threshold_and_links_sources(client):
    from dyad.events.learned import load_event_model

    model = load_event_model()
    assert model is not None
    html = await page(client, "/methods")
    assert f"below {model.count_threshold:g} (the shipped event model's count threshold)" in html
    assert "https://doi.org/10.1177/0022002792036002007" in html  # Goldstein (1992)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/?from=2024-03-01&to=2024-03-31", 3),
        ("/?from=2024-01-01&to=2024-01-31", 1),
        ("/country/RUS?from=2024-03-01&to=2024-03-31", 3),
    ],
)
async def test_a_period_from_the_chart_filters_the_events(client, url, shown):
    html = await page(client, url)
    assert len(ROW_ID.findall(html)) == shown
    assert "from=2024-" in next(u for kind, u in _links(html) if u.startswith("/api/events"))


async def test_the_overview_plots_the_articles_dates_and_lists_events_outside(tmp_path):
    import datetime as dt

    import httpx

    from dyad.records import Article, CodedArticle
    from dyad.serve.app import create_app
    from dyad.store.database import Store
    from tests.serve.conftest import CHINA, RUSSIA, event, party

    text = "Russia and China held talks. China criticized Russia."
    talks = event(
        text,
        "talks",
        "CONSULT",
        1,
        1.0,
        dt.date(2024, 5, 1),
        (party(text, "Russia", RUSSIA), party(text, "China", CHINA)),
    )
    # "24-25 April" resolved into the future: an event dated after its article
    future = event(
        text,
        "criticized",
        "ACCUSE",
        3,
        -2.0,
        dt.date(2031, 4, 24),
        (party(text, "China", CHINA, after=20),),
        (party(text, "Russia", RUSSIA, after=30),),
    )
    with Store(tmp_path / "future.duckdb") as store:
        store.write(
            [CodedArticle(Article("f1", text, date=dt.date(2024, 5, 2)), events=(talks, future))]
        )
    app = create_app(tmp_path / "future.duckdb")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        html = await page(client, "/")
        assert "2031" not in html.split("data-series=")[1].split("</div>")[0]
        assert '<a href="/?from=2024-05-03">1 after</a>' in html
        listed = await page(client, "/?from=2024-05-03")
        assert len(ROW_ID.findall(listed)) == 1 and "criticized" in listed
        country = await page(client, "/country/CHN")
        assert "2031" not in country.split("data-series=")[1].split("</div>")[0]
    app.state.live.close()


@pytest.mark.parametrize(
    "url",
    [
        "/dyad/RUS/CHN?interval=month&from=&to=&event=&quad=&min_confidence=",
        "/country/RUS?from=&to=&event=ACCUSE&quad=&min_confidence=",
        "/search?q=",
    ],
)
async def test_empty_form_fields_mean_no_filter(client, url):
    html = await page(client, url)
    assert "from=&amp;" not in html and "quad=&amp;" not in html


async def test_the_api_still_refuses_empty_values(client):
    response = await client.get("/api/events?from=")
    assert response.status_code == 400


async def test_map_page_holds_its_places_and_lists_a_places_events(client):
    html = await page(client, "/map")
    assert 'id="map-chart"' in html and '"name": "Beijing"' in html
    assert ROW_ID.findall(html) == []
    at_beijing = await page(client, "/map?place=1816670")
    assert "Events at Beijing" in at_beijing and len(ROW_ID.findall(at_beijing)) == 1
    assert "No places" not in await page(client, "/map?pair=RUS,CHN&from=")


async def test_world_outlines_are_served_from_the_installed_package(client):
    world = (await client.get("/vendor/world.geojson")).json()
    ids = {f["id"] for f in world["features"]}
    assert {"TUR", "SYR", "RUS", "CHN"} <= ids and len(ids) > 150


async def test_world_outlines_are_sent_rounded_to_a_hundredth_of_a_degree(client):
    world = (await client.get("/vendor/world.geojson")).json()
    turkey = next(f for f in world["features"] if f["id"] == "TUR")
    ring = turkey["geometry"]["coordinates"][0]
    points = ring[0] if turkey["geometry"]["type"] == "MultiPolygon" else ring
    assert all(round(x, 2) == x for point in points for x in point)
    assert 25 < points[0][0] < 45 and 35 < points[0][1] < 43  # still Turkey


async def test_plotly_gets_an_empty_base_map_from_the_app(client):
    topology = (await client.get("/vendor/topojson/un/world_110m.json")).json()
    assert topology["type"] == "Topology" and topology["arcs"] == []
    assert topology["objects"]["countries"]["geometries"] == []


@pytest.mark.parametrize(
    ("url", "present", "absent"),
    [
        ("/country/RUS?mode=firearms", "Russian forces attacked Ukraine", "condemned Russia"),
        ("/country/RUS?actor_sector=mil", "Russian forces attacked Ukraine", "condemned Russia"),
        ("/country/RUS?recipient_sector=GOV", "No events", "Russian forces attacked"),
    ],
)
async def test_mode_and_sector_facets_filter_the_page_events(client, url, present, absent):
    events = (await page(client, url)).split("<h2>Events")[-1]
    assert present in events and absent not in events


async def test_the_facet_form_offers_the_stored_modes_and_sectors_and_keeps_the_choice(client):
    html = await page(client, "/country/RUS?mode=firearms&actor_sector=MIL")
    assert '<option value="firearms" selected>firearms</option>' in html
    assert '<select name="actor_sector">' in html and '<option value="MIL" selected>' in html
    assert '<option value="IGO">IGO</option>' in html  # the UN's sector
    (csv_url,) = [u for kind, u in _links(html) if kind == "csv" and u.startswith("/api/events")]
    assert "mode=firearms" in csv_url and "actor_sector=MIL" in csv_url


@pytest.mark.parametrize("url", ["/dyad/RUS/CHN", "/map", "/country/CHN", "/speaker/Russia"])
async def test_every_facet_form_has_mode_and_sector(client, url):
    html = await page(client, url)
    for name in ("mode", "actor_sector", "recipient_sector"):
        assert f'<select name="{name}">' in html


@pytest.mark.parametrize("url", ["/dyad/RUS/CHN?limit=1", "/country/RUS?limit=2&offset=2"])
async def test_an_events_table_downloads_all_its_rows_as_csv(client, url):
    html = await page(client, url)
    (every,) = re.findall(r'<a class="csv-all" href="([^"]+)"[^>]*>all (\d+) as CSV', html)
    url_all, total = markup.unescape(every[0]), int(every[1])
    assert "all=true" in url_all and total > len(ROW_ID.findall(html.split("<h2>Events")[-1]))
    path, query = url_all.split("?")
    params = dict(parse_qsl(query)) | {"limit": "500", "offset": "0"}
    del params["format"], params["all"]
    listed = (await client.get(path, params=params)).json()["items"]
    assert await _csv_ids(client, url_all) == [e["id"] for e in listed]
    assert len(listed) == total


async def test_a_table_showing_all_its_rows_offers_no_all_rows_download(client):
    assert 'class="csv-all"' not in await page(client, "/dyad/RUS/CHN")


async def test_a_quotes_table_downloads_all_its_rows_as_csv(client):
    html = await page(client, "/search?q=e&limit=1")
    quotes = html.split("<h2>Quotes")[1].split("<h2>")[0]
    (every,) = re.findall(r'<a class="csv-all" href="([^"]+)"[^>]*>all (\d+) as CSV', quotes)
    url_all, total = markup.unescape(every[0]), int(every[1])
    assert url_all.startswith("/api/quotes?") and "all=true" in url_all and total == 2
    response = await client.get(url_all)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    listed = (await client.get("/api/quotes", params={"q": "e", "limit": 500})).json()["items"]
    assert [(r["article_id"], r["text"]) for r in rows] == [
        (q["article_id"], q["text"]) for q in listed
    ]
    assert len(rows) == total


async def test_the_speaker_pages_facet_form_keeps_the_choice_and_filters_its_events(client):
    html = await page(client, "/speaker/Russia?event=ACCUSE&include_negated=true")
    events = html.split("<h2>Events")[-1]
    assert '<option value="ACCUSE" selected>' in events
    assert 'name="include_negated" value="true" checked' in events
    assert "condemned Russia" in events and "talks" not in events.split("</form>")[-1]


@pytest.mark.parametrize(
    ("url", "present", "absent"),
    [
        ("/dyad/RUS/CHN?recipient=RUS", "China criticized Russia", "held talks"),
        ("/dyad/RUS/CHN?actor=RUS", "held talks", "criticized"),  # a meeting: both act
        ("/dyad/RUS/CHN?recipient=chn", "No events", "criticized"),
        ("/country/RUS?recipient=RUS", "condemned Russia", "Russian forces attacked"),
        ("/country/RUS?actor=RUS&recipient=UKR", "Russian forces attacked", "condemned"),
        ("/speaker/Russia?actor=IGOUNO", "condemned Russia", "criticized"),
        ("/map?actor=RUS&place=1816670", "held talks", "criticized"),
    ],
)
async def test_actor_and_recipient_facets_filter_the_page_events(client, url, present, absent):
    html = await page(client, url)
    events = html.split("<h2>Events")[-1] if "<h2>Events" in html else html.split("</form>")[-1]
    assert present in events and absent not in events
    # the form keeps the choice, and the download link carries it
    (csv_url,) = [u for kind, u in _links(html) if kind == "csv" and u.startswith("/api/events")]
    for name, value in parse_qsl(url.split("?")[1]):
        if name in ("actor", "recipient"):
            assert f'name="{name}" value="{value.upper()}"' in html
            assert (name, value.upper()) in parse_qsl(csv_url.split("?")[1])


async def test_the_map_places_follow_the_actor_facet(client):
    assert "1816670" in await page(client, "/map?actor=RUS")  # the talks in Beijing
    assert "1816670" not in await page(client, "/map?actor=UKR")


async def test_a_bad_actor_facet_is_refused(client):
    assert "actor" in await page(client, "/dyad/RUS/CHN?actor=R!", 400)


PARTNER = re.compile(r'<tr><td><a href="/dyad/RUS/([A-Z]+)">')


@pytest.mark.parametrize(
    ("query", "partners"),
    [
        ("", ["CHN", "IGOUNO", "UKR"]),  # events, then the pair's codes
        ("?partners_sort=events&partners_order=asc", ["IGOUNO", "UKR", "CHN"]),
        ("?partners_sort=goldstein&partners_order=asc", ["UKR", "IGOUNO", "CHN"]),
        ("?partners_sort=goldstein", ["CHN", "IGOUNO", "UKR"]),
        ("?partners_sort=last_date", ["IGOUNO", "UKR", "CHN"]),
    ],
)
async def test_the_partners_table_sorts_by_its_headers(client, query, partners):
    html = await page(client, f"/country/RUS{query}")
    table = html.split("<h2>Partners")[1].split("</table>")[0]
    assert PARTNER.findall(table) == partners
    # the header links sort this table and leave the events table's sort alone
    assert "partners_sort=goldstein" in markup.unescape(table)
    (json_url,) = [u for k, u in _links(html) if k == "json" and u.startswith("/api/dyads")]
    listed = (await client.get(json_url)).json()["items"]
    assert [p["b"] if p["a"] == "RUS" else p["a"] for p in listed] == partners


async def test_a_bad_partners_sort_is_refused(client):
    assert (await client.get("/country/RUS?partners_sort=name")).status_code == 400


async def test_the_amounts_table_sorts_by_its_headers_and_downloads_that_order(client):
    html = await page(client, "/dyad/RUS/CHN?amounts_sort=value&amounts_order=asc")
    table = markup.unescape(html.split("<h2>Amounts")[1].split("</table>")[0])
    assert "amounts_sort=value&amounts_order=desc&amounts_offset=0" in table
    assert 'class="sort asc"' in table and "$200 billion" in table
    (json_url,) = [u for k, u in _links(html) if k == "json" and "/amounts" in u]
    assert "sort=value&order=asc" in json_url
    assert [m["text"] for m in (await client.get(json_url)).json()["items"]] == ["$200 billion"]


@pytest.mark.parametrize(
    "url", ["/dyad/RUS/CHN?amounts_sort=unit", "/api/dyads/RUS/CHN/amounts?sort=unit"]
)
async def test_a_bad_amounts_sort_is_refused(client, url):
    assert (await client.get(url)).status_code == 400


async def test_the_pair_quote_tables_sort_by_date_each_on_its_own(client):
    html = markup.unescape(await page(client, "/dyad/RUS/CHN?ab_order=asc"))
    ab, ba = html.split("<h2>What")[1:3]
    assert "ab_order=desc&ab_offset=0" in ab and 'class="sort asc"' in ab
    assert "ba_order=asc&ba_offset=0" in ba and 'class="sort desc"' in ba
    urls = [u for k, u in _links(html) if k == "json" and u.startswith("/api/quotes")]
    assert ["order=asc" in u for u in urls] == [True, False]
    for url, table in zip(urls, (ab, ba), strict=True):
        listed = (await client.get(url)).json()["items"]
        assert listed and all(q["text"] in table for q in listed)


@pytest.mark.parametrize("query", ["ab_order=newest", "ba_order=1"])
async def test_a_bad_quote_order_is_refused(client, query):
    assert (await client.get(f"/dyad/RUS/CHN?{query}")).status_code == 400


PAIR_ROW = re.compile(r'<tr><td><a href="/dyad/([A-Z]+/[A-Z]+)"')


async def test_the_overviews_lists_page_with_their_own_offsets(client):
    html = await page(client, "/")
    pairs = PAIR_ROW.findall(html.split("Most active pairs")[1])
    latest = ROW_ID.findall(html.split("<h2>Latest events")[1])
    assert len(pairs) > 1 and len(latest) > 1
    later = await page(client, "/?pairs_offset=1&offset=1")
    assert PAIR_ROW.findall(later.split("Most active pairs")[1]) == pairs[1:]
    assert ROW_ID.findall(later.split("<h2>Latest events")[1]) == latest[1:]
    for prefix, rows in (("/api/dyads", pairs[1:]), ("/api/events", latest[1:])):
        (url,) = [u for k, u in _links(later) if k == "json" and u.startswith(prefix)]
        items = (await client.get(url)).json()["items"]
        assert len(items) == len(rows) and "offset=1" in url


async def test_the_country_pages_speakers_page_with_their_offset(client):
    html = await page(client, "/country/RUS")
    assert "/speaker/Vladimir%20Putin" in html.split("Top speakers")[1].split("</table>")[0]
    later = await page(client, "/country/RUS?speakers_offset=1")
    assert "Vladimir Putin" not in later.split("Top speakers")[1].split("</table>")[0]


@pytest.mark.parametrize("query", ["/?pairs_offset=-1", "/country/RUS?speakers_offset=x"])
async def test_a_bad_list_offset_is_refused(client, query):
    assert (await client.get(query)).status_code == 400


QUOTE_LINK = re.compile(r'href="/article/([^"#]+)#q(\d+)"')


def quotes_of(html: str) -> list[tuple[str, str]]:
    """The (article id, index) of the quotes a search page lists, in their order."""
    return QUOTE_LINK.findall(html.split("<h2>Events")[0])


async def test_the_search_pages_quotes_sort_by_date(client):
    newest = await page(client, "/search?q=e")
    oldest = markup.unescape(await page(client, "/search?q=e&quotes_order=asc"))
    assert len(quotes_of(newest)) == 2 and quotes_of(oldest) == quotes_of(newest)[::-1]
    assert "quotes_order=desc&quotes_offset=0" in oldest
    (url,) = [u for k, u in _links(oldest) if k == "json" and u.startswith("/api/quotes")]
    listed = (await client.get(url)).json()["items"]
    assert [(q["article_id"], str(q["idx"])) for q in listed] == quotes_of(oldest)


async def test_the_speaker_pages_quotes_sort_by_date_and_the_json_link_follows(client):
    putin = "Vladimir Putin"
    oldest = markup.unescape(await page(client, f"/speaker/{putin}?quotes_order=asc"))
    assert "quotes_order=desc&quotes_offset=0" in oldest and 'class="sort asc"' in oldest
    (url,) = [u for k, u in _links(oldest) if k == "json" and u.startswith("/api/quotes")]
    assert "order=asc" in url
    listed = (await client.get(url)).json()["items"]
    assert [(q["article_id"], str(q["idx"])) for q in listed] == QUOTE_LINK.findall(oldest)
    assert listed and all(q["speaker_name"] == putin for q in listed)


async def test_the_search_pages_events_sort_by_goldstein_and_the_json_link_follows(client):
    html = markup.unescape(await page(client, "/search?q=e&sort=goldstein&order=asc"))
    shown = ROW_ID.findall(html)
    (url,) = [u for k, u in _links(html) if k == "json" and u.startswith("/api/events")]
    assert "sort=goldstein" in url and "order=asc" in url
    listed = (await client.get(url)).json()["items"]
    assert [e["id"] for e in listed] == shown and len(shown) >= 2
    scores = [e["goldstein"] for e in listed]
    assert scores == sorted(scores)
    assert "sort=goldstein&order=desc" in html  # the header now offers the other order
