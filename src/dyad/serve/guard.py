"""What protects the browser and the server from other sites: a ``Host`` allow-list and the
security headers of every answer.

- The ``Host`` allow-list defeats DNS rebinding: a page on another site whose name resolves
  to 127.0.0.1 can make a browser send requests here, but with that site's name as Host.
  Requests naming another host get 400 (JSON under ``/api``).
- ``Content-Security-Policy``: scripts only from this server (the pages have no inline
  script, `static/charts.js` starts the charts), nothing loaded from anywhere else, no
  framing. Styles may be inline: plotly.js sets ``style`` attributes. The offline API
  documentation sets its own, looser policy (`dyad.serve.apidocs`), which is kept.
- ``X-Frame-Options: DENY`` (framing, for browsers without CSP's ``frame-ancestors``),
  ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: same-origin``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1")
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = (
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)


def host_name(header: str) -> str:
    """The name in a Host header, without its port: ``[::1]:8000`` -> ``::1``."""
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware: refuses hosts not in ``allowed`` (``*`` allows any) and adds the
    security headers to every answer."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str] = DEFAULT_HOSTS) -> None:
        self.app = app
        self.allowed = {h.lower().strip("[]") for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if "*" not in self.allowed and host_name(host).lower() not in self.allowed:
            await self._refuse(scope, host, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers += [h for h in HEADERS if h[0] not in names]
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _refuse(self, scope: Scope, host: str, send: Send) -> None:
        text = (
            f"host {host!r} is not served here; start dyad serve with --allowed-host "
            f"{host_name(host) or 'NAME'} to allow it"
        )
        if scope["path"].startswith("/api"):
            body = json.dumps({"error": {"status": 400, "message": text, "parameter": None}})
            kind = b"application/json"
        else:
            body = text
            kind = b"text/plain; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 400,
                "headers": [
                    (b"content-type", kind),
                    *HEADERS,
                    (b"content-security-policy", POLICY.encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body.encode()})
