"""The API documentation pages work offline, and answers are gzipped."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.anyio

ASSET = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""")
URL_IN_SCRIPT = re.compile(r"""url:\s*['"]([^'"]+)['"]|(https?://[^\s'"<>]+)""")


@pytest.mark.parametrize("url", ["/docs", "/redoc"])
async def test_api_docs_reference_only_local_assets(client, url):
    response = await client.get(url)
    assert response.status_code == 200
    html = response.text
    assets = ASSET.findall(html)
    assert assets, "the page loads no script or stylesheet"
    assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    assert "http://" not in html and "https://" not in html
    for asset in assets:
        found = await client.get(asset)
        assert found.status_code == 200, asset
        assert len(found.content) > 1000


async def test_plotly_goes_gzipped(client):
    response = await client.get("/vendor/plotly.min.js", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    # httpx decompressed it: the script arrived whole
    assert len(response.content) > 1_000_000


async def test_small_answers_are_not_compressed(client):
    response = await client.get("/api/dyads?limit=1", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "content-encoding" not in response.headers


@pytest.mark.parametrize("url", ["/docs", "/redoc"])
async def test_api_docs_forbid_other_hosts(client, url):
    policy = (await client.get(url)).headers["content-security-policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data:" in policy
    assert "http" not in policy


async def test_plotly_is_whole_without_gzip(client):
    response = await client.get("/vendor/plotly.min.js", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert len(response.content) > 1_000_000
    zipped = await client.get("/vendor/plotly.min.js", headers={"Accept-Encoding": "gzip"})
    assert zipped.content == response.content


async def test_plotly_goes_zstd_compressed_to_browsers_that_accept_it(client):
    import zstandard

    sent = await client.get("/vendor/plotly.min.js", headers={"Accept-Encoding": "identity"})
    for accepted in ("gzip, deflate, br, zstd", "zstd"):
        async with client.stream(
            "GET", "/vendor/plotly.min.js", headers={"Accept-Encoding": accepted}
        ) as response:
            raw = b"".join([part async for part in response.aiter_raw()])
        assert response.headers["content-encoding"] == "zstd"
        assert zstandard.ZstdDecompressor().decompress(raw) == sent.content
        assert len(raw) < 1_300_000  # gzip: 1,468,879 bytes


async def test_plotly_is_not_sent_in_a_coding_refused_with_q_0(client):
    response = await client.get("/vendor/plotly.min.js", headers={"Accept-Encoding": "zstd;q=0"})
    assert "content-encoding" not in response.headers
