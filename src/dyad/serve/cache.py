"""Answers kept per version of the data, so that a page or API request asked for again is
not computed again.

A dashboard's clients ask for the same few things (the pair list, the timelines of the
large pairs, the first pages of events) over and over, and the data change only when an
ingest lands a batch (`dyad.serve.live`). The cache keeps whole answers of GET requests
(status 200, JSON or HTML, at most `MAX_BODY` bytes, body as sent, so gzipped when the client
accepted gzip) under the request's host, path and query and the data's version, the least recently
used dropped beyond `BUDGET` bytes. A new version makes every older answer unreachable: they
are dropped on the first store after it.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

BUDGET = 64 * 1024 * 1024
MAX_BODY = 2 * 1024 * 1024
CACHED_TYPES = (b"application/json", b"text/html")

Key = tuple[int, str, bytes, bool, bytes]


@dataclass(slots=True)
class Answer:
    start: Message
    body: bytes


@dataclass(slots=True)
class Answers:
    """The kept answers, least recently used first, and their size."""

    entries: OrderedDict[Key, Answer] = field(default_factory=OrderedDict)
    size: int = 0
    version: int = 0

    def get(self, key: Key) -> Answer | None:
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def put(self, key: Key, answer: Answer) -> None:
        if key[0] < self.version:  # computed from data already replaced: not kept
            return
        if key[0] > self.version:  # a new version of the data: older answers are stale
            self.entries.clear()
            self.size = 0
            self.version = key[0]
        if key in self.entries:
            return
        self.entries[key] = answer
        self.size += len(answer.body)
        while self.size > BUDGET and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.size -= len(dropped.body)


class ResponseCache:
    """ASGI middleware: answers GET requests from `Answers` when it can; ``version`` gives
    the version of the data a request is answered from."""

    def __init__(self, app: ASGIApp, version: Callable[[], int]) -> None:
        self.app = app
        self.version = version
        self.answers = Answers()
        # Requests being answered: the same request coming in meanwhile (50 clients opening
        # one page) waits for the first one's answer instead of computing it again.
        self.pending: dict[Key, asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        gzip = b"gzip" in headers.get(b"accept-encoding", b"")
        # The host too: pages hold absolute links (their pagers) made from it.
        host = headers.get(b"host", b"")
        key = (self.version(), scope["path"], scope.get("query_string", b""), gzip, host)
        waiting = self.pending.get(key)
        if waiting is not None:  # the same request is being answered: wait for its answer
            await waiting.wait()
        found = self.answers.get(key)
        if found is not None:
            await send(found.start)
            await send({"type": "http.response.body", "body": found.body})
            return
        if key in self.pending:  # an answer that is not kept (an error): each computes it
            await self.app(scope, receive, send)
            return
        self.pending[key] = done = asyncio.Event()
        try:
            await self.app(scope, receive, self._keeping(key, send))
        finally:
            self.pending.pop(key, None)
            done.set()

    def _keeping(self, key: Key, send: Send) -> Send:
        """``send``, keeping a copy of a cacheable answer as it goes by."""
        start: Message | None = None
        parts: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                kind = dict(message.get("headers", [])).get(b"content-type", b"")
                if message["status"] == 200 and kind.startswith(CACHED_TYPES):
                    start = message
            elif start is not None and message["type"] == "http.response.body":
                body = message.get("body", b"")
                size += len(body)
                parts.append(body)
                if size > MAX_BODY:
                    start = None
                    parts.clear()
                elif not message.get("more_body", False):
                    self.answers.put(key, Answer(start, b"".join(parts)))
            await send(message)

        return keep
