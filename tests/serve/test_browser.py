"""The pages in a real browser: Debian's Chromium driven by Playwright, against uvicorn serving
the seed article coded by the real pipeline (so these tests also load the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Playwright's own browser download is unreachable here: it drives the system Chromium.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install -y chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    page.close()
    assert not errors, f"JavaScript errors: {errors}"


def test_pair_page_draws_the_timeline_and_lists_the_consult_event(page, live_server):
    page.goto(f"{live_server}/dyad/RUS/CHN")
    page.wait_for_selector("#timeline-chart .main-svg")
    assert page.locator("#timeline-chart .plot-container").count() == 1
    # stacked bars: one trace per quad class
    assert page.locator("#timeline-chart .barlayer .trace").count() == 4
    assert page.locator("table.events .event-type", has_text="CONSULT").count() >= 1


def test_pair_page_switches_direction(page, live_server):
    page.goto(f"{live_server}/dyad/RUS/CHN")
    page.wait_for_selector("#timeline-chart .main-svg")
    page.select_option("#direction", "b_to_a")
    page.wait_for_selector("#timeline-chart .main-svg")
    assert page.locator("#timeline-chart .barlayer .trace").count() == 4


def test_clicking_through_to_the_article_shows_putins_quote_with_its_speaker(page, live_server):
    page.goto(f"{live_server}/dyad/RUS/CHN")
    row = page.locator("table.events tr", has=page.locator(".event-type", has_text="CONSULT"))
    row.first.locator("a.article-link").click()
    page.wait_for_url("**/article/**")
    quote = page.locator('#article-text .quote[data-speaker="Vladimir Putin"]').first
    assert quote.is_visible()
    assert "Vladimir Putin" in (quote.get_attribute("title") or "")
    label = quote.locator(".speaker-label")
    assert label.is_visible() and label.inner_text() == "Vladimir Putin"
    # the event that was clicked is highlighted in the text and targeted by the link
    assert page.locator("#article-text .event:target").count() == 1


def test_overview_and_network_draw_their_charts(page, live_server):
    page.goto(f"{live_server}/")
    page.wait_for_selector("#overview-chart .main-svg")
    page.goto(f"{live_server}/network")
    page.wait_for_selector("#network-chart .main-svg")
    assert page.locator("#network-chart text", has_text="RUS").count() >= 1


def test_clicking_a_timeline_bar_shows_that_period(page, live_server):
    page.goto(f"{live_server}/dyad/RUS/CHN")
    page.wait_for_selector("#timeline-chart .barlayer .point path")
    # Periods without a quad class's events have zero-height bars: click one that shows.
    bars = page.locator("#timeline-chart .barlayer .point path").all()
    shown = next(b for b in bars if (b.bounding_box() or {"height": 0})["height"] > 2)
    shown.click(force=True)
    page.wait_for_url("**from=*")
    start = page.evaluate("new URL(location.href).searchParams.get('from')")
    end = page.evaluate("new URL(location.href).searchParams.get('to')")
    assert start <= end
    dates = page.locator("table.events tbody td.nowrap:first-child").all_inner_texts()
    assert dates and all(start <= d <= end for d in dates)
    page.go_back()
    page.wait_for_url(f"{live_server}/dyad/RUS/CHN")


def test_brushing_a_range_of_the_timeline_shows_those_periods(page, live_server):
    page.goto(f"{live_server}/dyad/RUS/CHN")
    page.wait_for_selector("#timeline-chart .barlayer .point path")
    area = page.locator("#timeline-chart .nsewdrag").first.bounding_box()
    assert area is not None
    y = area["y"] + area["height"] / 2
    page.mouse.move(area["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] / 2, y, steps=5)
    page.mouse.move(area["x"] + area["width"] - 2, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**from=*")
    start = page.evaluate("new URL(location.href).searchParams.get('from')")
    end = page.evaluate("new URL(location.href).searchParams.get('to')")
    # the whole width: from the first period's first day to the last period's last day
    assert start < end and start.endswith("-01")
    dates = page.locator("table.events tbody td.nowrap:first-child").all_inner_texts()
    assert dates and all(start <= d <= end for d in dates)


def test_the_csv_download_holds_the_rows_of_the_table(page, live_server):
    page.goto(f"{live_server}/dyad/RUS/CHN")
    shown = [
        (row.get_attribute("id") or "").removeprefix("e-")
        for row in page.locator("table.events tbody tr[id]").all()
    ]
    with page.expect_download() as download:
        page.locator("section", has=page.locator("h2", has_text="Events")).locator("a.csv").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    ids = [line.split(",")[0] for line in text.splitlines()[1:]]
    assert shown and ids == shown


@pytest.mark.parametrize(("url", "ready"), [("/docs", ".swagger-ui .info"), ("/redoc", "h1")])
def test_api_docs_render_offline(page, live_server, url, ready):
    loaded: list[str] = []
    blocked: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.on("requestfailed", lambda request: blocked.append(f"{request.failure} {request.url}"))
    page.goto(f"{live_server}{url}")
    page.wait_for_selector(ready, timeout=20_000)
    page.wait_for_load_state("networkidle")
    assert "dyad" in page.content()
    assert loaded and all(u.startswith((live_server, "data:", "blob:")) for u in loaded), loaded
    # ReDoc's sidebar asks its maker's CDN for a logo: the page's policy stops it unsent.
    assert all(b.startswith("csp ") for b in blocked), blocked


PHONE_PAGES = [
    "/",
    "/dyad/RUS/CHN",
    "/country/RUS",
    "/speaker/Vladimir%20Putin",
    "/network",
    "/search?q=Russia",
    "/methods",
    "/map",
]


@pytest.fixture
def phone(browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    yield page
    page.close()


def _article_url(page, live_server: str) -> str:
    page.goto(f"{live_server}/dyad/RUS/CHN")
    return page.locator("a.article-link").first.get_attribute("href") or ""


@pytest.mark.parametrize("url", [*PHONE_PAGES, "article"])
def test_no_page_scrolls_sideways_on_a_phone(phone, live_server, url):
    if url == "article":
        url = _article_url(phone, live_server).split("#")[0]
    phone.goto(f"{live_server}{url}")
    phone.wait_for_load_state("load")
    width = phone.evaluate("document.scrollingElement.scrollWidth")
    assert width <= 390, f"{url} is {width} px wide"


def test_the_network_slider_hides_pairs_with_fewer_events(page, live_server):
    page.goto(f"{live_server}/network")
    page.wait_for_selector("#network-chart .main-svg")
    pairs = json.loads(page.locator("#network-chart").get_attribute("data-pairs") or "[]")
    traces = page.locator("#network-chart .scatterlayer .trace")
    assert traces.count() == len(pairs) + 2  # an edge per pair, the midpoints, the countries
    most = max(p["events"] for p in pairs)
    page.locator("#min-events").fill(str(most))
    page.locator("#min-events").dispatch_event("change")
    assert page.locator("#min-events-value").inner_text() == str(most)
    assert traces.count() == sum(p["events"] >= most for p in pairs) + 2
    assert f"min_events={most}" in page.url


def test_the_map_draws_places_offline_and_a_click_lists_their_events(page, fixture_server):
    loaded: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.goto(f"{fixture_server}/map")
    page.wait_for_selector("#map-chart .scattergeo .point", timeout=20_000)
    # the country outlines and the event circle, drawn from local files only
    assert page.locator("#map-chart .choroplethlocation").count() > 150
    assert all(u.startswith((fixture_server, "data:", "blob:")) for u in loaded), loaded
    page.locator("#map-chart .scattergeo .point").last.click(force=True)
    page.wait_for_url("**place=1816670*")
    assert page.locator("table.events .event-type", has_text="CONSULT").count() == 1


@pytest.mark.parametrize("url", [*PHONE_PAGES, "/docs", "/redoc", "article"])
def test_no_page_breaks_its_content_security_policy(page, live_server, url):
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    if url == "article":
        url = _article_url(page, live_server)
    page.goto(f"{live_server}{url}")
    page.wait_for_load_state("networkidle")
    # ReDoc's sidebar asks its maker's CDN for a logo, which the policy refuses on purpose.
    assert [r for r in refused if "cdn.redoc.ly" not in r] == []
    if url in ("/", "/dyad/RUS/CHN", "/network", "/map", "/country/RUS"):
        page.wait_for_selector(".chart .main-svg", timeout=20_000)


def test_a_facet_filters_the_chart_and_the_table(page, fixture_server):
    def shown() -> tuple[int, list[str]]:
        page.wait_for_selector("#timeline-chart .main-svg")
        bars = page.evaluate(
            """() => document.getElementById("timeline-chart").data
                .filter((t) => t.type === "bar")
                .reduce((n, t) => n + t.y.reduce((m, y) => m + Math.abs(y || 0), 0), 0)"""
        )
        return bars, page.locator("table.events .event-type").all_inner_texts()

    page.goto(f"{fixture_server}/dyad/RUS/CHN")
    bars, types = shown()
    page.check("input[name=include_negated]")
    page.locator("button", has_text="Apply").click()
    page.wait_for_url("**include_negated=true*")
    more_bars, more_types = shown()
    # the negated ASSAULT of China on Russia: in the table and in the chart's counts
    assert "ASSAULT" not in types and "ASSAULT" in more_types
    assert more_bars == bars + 1
    # an event type chosen: the chart counts only the events the table lists
    page.select_option("select[name=event]", "ACCUSE")
    page.locator("button", has_text="Apply").click()
    page.wait_for_url("**event=ACCUSE*")
    accused_bars, accused_types = shown()
    assert accused_types == ["ACCUSE"] and accused_bars == 1 < bars


def test_the_goldstein_line_can_be_a_rolling_mean_weighted_by_events(page, fixture_server):
    def line() -> tuple[str, list[float | None]]:
        page.wait_for_selector("#timeline-chart .main-svg")
        return page.evaluate(
            """() => {
                const t = document.getElementById("timeline-chart").data
                    .find((t) => t.yaxis === "y2");
                return [t.name, Array.from(t.y)];
            }"""
        )

    page.goto(f"{fixture_server}/dyad/RUS/CHN")
    # January's meeting (+1), no event in February, March's accusation (-2)
    assert line() == ["mean Goldstein", [1.0, None, -2.0]]
    page.select_option("select[name=rolling]", "3")
    page.wait_for_url("**rolling=3*")
    name, means = line()
    assert name == "mean Goldstein, last 3 months" and means == [1.0, 1.0, -0.5]
