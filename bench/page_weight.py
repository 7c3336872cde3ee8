"""Bytes a browser downloads on the first load of each dashboard page (issue 25: at most
1.5 MB compressed, read here as 1,500,000 bytes), not a test; results in
bench/serve_results.md.

    python bench/serve_bench.py --events 100000 --db FILE --keep   # a database to serve
    python bench/page_weight.py --db FILE
    python bench/page_weight.py --db FILE --accept-encoding gzip  # a browser without zstd

Each page is fetched as a browser with an empty cache asks for it (``Accept-Encoding:
gzip, deflate, br, zstd``, as Chromium 156 sends it, unless ``--accept-encoding`` says
otherwise), in process (httpx's ASGI transport), with the scripts, style sheets and images its
HTML links to from the same server; what the page's own scripts fetch afterwards (the map's
base layer, API calls) is fetched too when its URL is in the HTML. Sizes are the bytes sent,
compressed where the server compressed them.
"""

from __future__ import annotations

import argparse
import asyncio
import re
from html.parser import HTMLParser
from pathlib import Path

import httpx

from dyad.serve.app import create_app

BUDGET = 1_500_000
# Same-origin URLs a page's HTML names: sources of scripts, images and frames, style sheets.
ASSET_ATTRIBUTES = {"script": "src", "img": "src", "link": "href", "iframe": "src"}
# URLs inside inline scripts that the page fetches as soon as it loads.
FETCHED_IN_SCRIPT = re.compile(r"""["'](/(?:static|vendor)/[^"'\s]*)["']""")
# Attributes naming what a chart fetches when it draws (the map's country outlines).
FETCHED_BY_CHART = "data-chart-control"


class Assets(HTMLParser):
    """The same-origin assets one HTML page links to, in order, once each."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") not in ("stylesheet", "icon", "preload"):
            return
        for url in (values.get(ASSET_ATTRIBUTES.get(tag, "")), values.get(FETCHED_BY_CHART)):
            if url and url.startswith("/") and not url.startswith("//"):
                self._add(url)
        self._in_script = tag == "script" and not values.get("src")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            for url in FETCHED_IN_SCRIPT.findall(data):
                self._add(url)

    def _add(self, url: str) -> None:
        if url not in self.urls:
            self.urls.append(url)


async def weigh(client: httpx.AsyncClient, page: str) -> tuple[int, list[tuple[str, int]]]:
    """(status of the page, [(url, bytes sent)] for the page and its assets)."""
    response = await client.get(page)
    parser = Assets()
    parser.feed(response.text)
    sizes = [(page, _sent(response))]
    for url in parser.urls:
        asset = await client.get(url)
        if asset.status_code == 200:
            sizes.append((url, _sent(asset)))
    return response.status_code, sizes


def _sent(response: httpx.Response) -> int:
    """The body's size as sent (before httpx decodes gzip)."""
    return response.num_bytes_downloaded


BROWSER_ENCODINGS = "gzip, deflate, br, zstd"


async def main_async(db: Path, pages: list[str], accepted: str = BROWSER_ENCODINGS) -> None:
    app = create_app(db)
    transport = httpx.ASGITransport(app=app)
    headers = {"Accept-Encoding": accepted}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://localhost", headers=headers
    ) as client:
        newest = (await client.get("/api/events?limit=1")).json()["items"][0]
        print(f"Accept-Encoding: {accepted}\n")
        print("| page | status | requests | bytes sent (KiB) | largest |")
        print("|---|---:|---:|---:|---|")
        for template in pages:
            page = template.format(article=newest["article_id"])
            status, sizes = await weigh(client, page)
            total = sum(n for _, n in sizes)
            url, most = max(sizes, key=lambda s: s[1])
            flag = "" if total <= BUDGET else " (over 1.5 MB)"
            print(
                f"| `{page}` | {status} | {len(sizes)} | {total / 1024:,.0f}{flag} "
                f"| `{url}` {most / 1024:,.0f} KiB |"
            )
    app.state.live.close()


PAGES = (
    "/",
    "/dyad/CHN/USA",
    "/dyad/RUS/CHN",
    "/country/RUS",
    "/article/{article}",
    "/map",
    "/network",
    "/search?q=talks",
    "/methods",
    "/docs",
    "/redoc",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--page", action="append", help="a page to weigh (repeatable)")
    parser.add_argument("--accept-encoding", default=BROWSER_ENCODINGS)
    args = parser.parse_args()
    asyncio.run(main_async(args.db, args.page or list(PAGES), args.accept_encoding))


if __name__ == "__main__":
    main()
