"""The server-rendered pages, in process, on the hand-built fixture database."""

from __future__ import annotations

import pytest

from dyad.serve.highlight import Mark, article_marks, pieces

pytestmark = pytest.mark.anyio


async def page(client, url: str, status: int = 200) -> str:
    response = await client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


async def test_overview_shows_totals_pairs_chart_and_latest_events(client):
    html = await page(client, "/")
    assert "<b>3</b> articles" in html and "<b>6</b> events" in html
    assert 'href="/dyad/CHN/RUS"' in html
    assert 'id="overview-chart"' in html and "/vendor/plotly.min.js" in html
    assert "ASSAULT" in html


async def test_pair_page_has_timeline_events_quotes_and_amounts(client):
    html = await page(client, "/dyad/RUS/CHN")
    assert 'id="timeline-chart"' in html and "data-timeline=" in html
    assert "CONSULT" in html and "Russia and China held talks in Beijing." in html
    assert "What Russia's speakers said about China" in html
    assert "We will expand trade with China," in html and "Russia must pay the debt" in html
    assert "$200 billion" in html


async def test_pair_page_paginates_events(client):
    html = await page(client, "/dyad/RUS/CHN?limit=1")
    assert "1–1 of 2" in html and "offset=1" in html


async def test_article_page_highlights_quotes_with_their_speaker(client):
    html = await page(client, "/article/a1")
    assert 'class="quote "' in html and 'data-speaker="Vladimir Putin"' in html
    assert '<span class="speaker-label">Vladimir Putin</span>' in html
    assert 'class="event quad1"' in html and 'class="amount "' in html
    assert 'id="q0"' in html and 'href="#q0"' in html


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("/speaker/Vladimir%20Putin", "We will expand trade with China,"),
        ("/speaker/Russia", "events as recipient"),
        ("/network", 'id="network-chart"'),
        ("/search?q=russia", "Russia must pay the debt"),
        ("/search?q=russia", "Russian forces attacked Ukraine on Monday."),
        ("/search", 'name="q"'),
    ],
)
async def test_other_pages(client, url, needle):
    assert needle in await page(client, url)


@pytest.mark.parametrize(
    ("url", "status", "needle"),
    [
        ("/article/nope", 404, "no article"),
        ("/speaker/Nobody", 404, "no speaker"),
        ("/dyad/RUS/RUS", 400, "two different parties"),
        ("/dyad/RUS/CHN?interval=year", 400, "bad interval"),
    ],
)
async def test_bad_page_requests_get_an_html_error(client, url, status, needle):
    assert needle in await page(client, url, status)


async def test_plotly_is_served_from_the_installed_package(client):
    response = await client.get("/vendor/plotly.min.js")
    assert response.status_code == 200 and len(response.content) > 1_000_000
    assert (await client.get("/static/charts.js")).status_code == 200


def test_pieces_nest_crossing_spans():
    text = "abcdefgh"
    outer = Mark("quote", 1, 6, "q", "q0", label="X")
    inner = Mark("mention", 2, 4, "m", "n0")
    crossing = Mark("event", 5, 8, "e", "e0")
    cut = pieces(text, [inner, crossing, outer])
    assert "".join(p.text for p in cut) == text
    assert [(p.text, [m.kind for m in p.marks]) for p in cut] == [
        ("a", []),
        ("b", ["quote"]),
        ("cd", ["quote", "mention"]),
        ("e", ["quote"]),
        ("f", ["quote", "event"]),
        ("gh", ["event"]),
    ]


def test_pieces_drop_spans_outside_the_text():
    cut = pieces("abc", [Mark("date", 2, 9, "d", "d0"), Mark("date", 1, 1, "d", "d1")])
    assert [(p.text, p.marks) for p in cut] == [("abc", ())]


def test_quote_marks_name_the_speaker_as_written_and_resolved():
    detail = {
        "quotes": [
            {
                "idx": 0,
                "start": 0,
                "end": 5,
                "kind": "indirect",
                "speaker_name": "Vladimir Putin",
                "speaker_text": "the president",
                "speaker_country": "RUS",
                "speaker_code": "RUSGOV",
                "speaker_start": 10,
                "speaker_end": 23,
            }
        ],
        "events": [],
        "amounts": [],
        "dates": [],
        "locations": [],
        "mentions": [],
    }
    quote, speaker = article_marks(detail)
    assert quote.label == "Vladimir Putin" and quote.speaker == "Vladimir Putin"
    assert "Vladimir Putin (RUS)" in quote.title and "'the president'" in quote.title
    assert (speaker.kind, speaker.start, speaker.end) == ("speaker", 10, 23)


@pytest.mark.parametrize(
    ("url", "chart"),
    [
        ("/dyad/RUS/CHN?rolling=3", "timeline-chart"),
        ("/country/RUS?rolling=6", "country-chart"),
        ("/?rolling=12&include_negated=true", "overview-chart"),
    ],
)
async def test_time_charts_take_a_rolling_goldstein_mean_from_the_url(client, url, chart):
    html = await page(client, url)
    rolling = url.split("rolling=")[1].split("&")[0]
    assert f'id="{chart}" class="chart" data-chart=' in html
    assert f'data-rolling="{rolling}"' in html
    assert f'<option value="{rolling}" selected>mean of the last {rolling} ' in html


async def test_the_overviews_rolling_choice_keeps_the_pages_other_parameters(client):
    html = await page(client, "/?rolling=3&include_negated=true&from=2024-01-01")
    form = html.split('<form class="controls" method="get">')[1].split("</form>")[0]
    assert '<input type="hidden" name="include_negated" value="true">' in form
    assert '<input type="hidden" name="from" value="2024-01-01">' in form


@pytest.mark.parametrize("value", ["0", "13", "1.5", "x"])
@pytest.mark.parametrize("path", ["/", "/dyad/RUS/CHN", "/country/RUS"])
async def test_a_bad_rolling_mean_is_refused(client, path, value):
    assert "rolling" in await page(client, f"{path}?rolling={value}", 400)
