"""The answer cache (`dyad.serve.cache`): what 50 clients asking for one page cost, and when a
kept answer must not be served. Issue 26, failure 15: requests queued behind one another,
each computing the same answer again."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dyad.serve import cache
from dyad.serve.cache import ResponseCache


class CountingApp:
    """An ASGI app that counts what it computes; each answer takes a moment, as a query does."""

    def __init__(self, status: int = 200, kind: bytes = b"application/json") -> None:
        self.computed: list[str] = []
        self.status = status
        self.kind = kind

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.computed.append(scope["path"] + "?" + scope["query_string"].decode())
        await asyncio.sleep(0.01)
        body = f"{scope['path']} {len(self.computed)}".encode()
        await send(
            {
                "type": "http.response.start",
                "status": self.status,
                "headers": [(b"content-type", self.kind)],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _scope(path: str = "/api/dyads", query: bytes = b"", **headers: bytes) -> dict[str, Any]:
    return {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": query,
        "headers": [(k.replace("_", "-").encode(), v) for k, v in headers.items()],
    }


async def _get(app: ResponseCache, scope: dict[str, Any]) -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_fifty_clients_opening_one_page_at_once_compute_it_once() -> None:
    inner = CountingApp()
    app = ResponseCache(inner, version=lambda: 1)

    async def fifty() -> list[tuple[int, bytes]]:
        return await asyncio.gather(*(_get(app, _scope()) for _ in range(50)))

    answers = asyncio.run(fifty())
    assert inner.computed == ["/api/dyads?"]
    assert set(answers) == {(200, b"/api/dyads 1")}


def test_a_page_asked_again_is_not_computed_again() -> None:
    inner = CountingApp()
    app = ResponseCache(inner, version=lambda: 1)
    first = asyncio.run(_get(app, _scope()))
    again = asyncio.run(_get(app, _scope()))
    assert again == first
    assert len(inner.computed) == 1


def test_new_data_make_every_kept_answer_stale() -> None:
    inner = CountingApp()
    version = [1]
    app = ResponseCache(inner, version=lambda: version[0])
    asyncio.run(_get(app, _scope()))
    version[0] = 2  # an ingest landed a batch
    assert asyncio.run(_get(app, _scope())) == (200, b"/api/dyads 2")
    assert len(inner.computed) == 2
    assert list(app.answers.entries) == [(2, "/api/dyads", b"", False, b"")]  # old ones freed
    assert app.answers.size == len(b"/api/dyads 2")


def test_an_answer_computed_from_replaced_data_is_not_kept() -> None:
    answers = cache.Answers()
    answers.put((2, "/a", b"", False, b""), cache.Answer({}, b"new"))
    answers.put((1, "/a", b"", False, b""), cache.Answer({}, b"old"))  # a late, old request
    assert answers.get((1, "/a", b"", False, b"")) is None
    assert answers.get((2, "/a", b"", False, b"")) is not None


@pytest.mark.parametrize(
    "other",
    [
        _scope(query=b"sort=events"),
        _scope(path="/api/events"),
        _scope(accept_encoding=b"gzip"),
        _scope(host=b"localhost:8000"),
    ],
    ids=["query", "path", "gzip", "host"],
)
def test_requests_differing_in_query_path_encoding_or_host_get_their_own_answer(
    other: dict[str, Any],
) -> None:
    inner = CountingApp()
    app = ResponseCache(inner, version=lambda: 1)
    asyncio.run(_get(app, _scope()))
    asyncio.run(_get(app, other))
    assert len(inner.computed) == 2


@pytest.mark.parametrize(
    ("status", "kind"),
    [(404, b"application/json"), (400, b"application/json"), (200, b"text/csv")],
)
def test_errors_and_downloads_are_computed_for_every_request(status: int, kind: bytes) -> None:
    inner = CountingApp(status, kind)
    app = ResponseCache(inner, version=lambda: 1)

    async def three() -> list[tuple[int, bytes]]:
        return await asyncio.gather(*(_get(app, _scope()) for _ in range(3)))

    asyncio.run(three())
    asyncio.run(_get(app, _scope()))
    assert len(inner.computed) == 4


def test_posts_pass_through_uncached() -> None:
    inner = CountingApp()
    app = ResponseCache(inner, version=lambda: 1)
    post = {**_scope(), "method": "POST"}
    asyncio.run(_get(app, post))
    asyncio.run(_get(app, post))
    assert len(inner.computed) == 2


def test_the_least_recently_used_answer_goes_first_beyond_the_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cache, "BUDGET", 10)
    answers = cache.Answers()
    keys = [(1, f"/{n}", b"", False, b"") for n in range(3)]
    answers.put(keys[0], cache.Answer({}, b"aaaa"))
    answers.put(keys[1], cache.Answer({}, b"bbbb"))
    answers.get(keys[0])  # used again: now the most recent
    answers.put(keys[2], cache.Answer({}, b"cccc"))
    assert answers.get(keys[1]) is None
    assert answers.get(keys[0]) is not None and answers.get(keys[2]) is not None
    assert answers.size == 8


def test_an_answer_larger_than_the_largest_kept_is_computed_each_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cache, "MAX_BODY", 4)
    inner = CountingApp()
    app = ResponseCache(inner, version=lambda: 1)
    asyncio.run(_get(app, _scope()))
    asyncio.run(_get(app, _scope()))
    assert len(inner.computed) == 2
