"""The app factory behind `dyad serve`, and its error answers.

The app reads a private copy of the database (`dyad.serve.live`), made by `create_app` so that
a missing or newer database fails before the server starts, and renewed when an ingest
changes the database; each request works on its own cursor (`dyad.serve.params`). Answers are
kept per version of the data (`dyad.serve.cache`); `dyad.serve.guard` checks the Host and adds
the security headers. Errors are JSON under ``/api`` (``{"error": {"status", "message",
"parameter"}}``), an HTML page elsewhere.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from dyad.serve import api, apidocs, pages
from dyad.serve.cache import ResponseCache
from dyad.serve.guard import DEFAULT_HOSTS, Guard
from dyad.serve.live import CHECK_EVERY, Live
from dyad.serve.params import BadParameter, explain
from dyad.version import __version__

STATIC = Path(__file__).parent / "static"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# Smaller answers gain nothing from gzip (Starlette's default). Level 6, zlib's default, not
# Starlette's 9: on plotly.min.js 9 took 276 ms for 0.2% less than 6 (163 ms), and large
# JSON answers are compressed on every request. plotly.min.js itself is compressed once
# (pages.plotly_js).
GZIP_MINIMUM = 500
GZIP_LEVEL = 6


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: Iterable[str] = DEFAULT_HOSTS,
    check_every: float = CHECK_EVERY,
) -> FastAPI:
    """A FastAPI app serving the dashboard and API of the dyad database at ``db_path``, to
    requests whose Host is in ``allowed_hosts`` (``*``: any), looking for new data every
    ``check_every`` seconds.

    Raises:
        StoreError: E301 when the database cannot be opened, E302 when it is newer than
            this dyad, E306 when a writer holds it for 30 s, E308 when it cannot be copied.
    """
    live = Live(db_path, check_every)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        live.close()

    app = FastAPI(
        title="dyad",
        version=__version__,
        description="International-relations data coded from news articles: country "
        "pairs, events with their evidence, quotes, articles and actors. Read-only.",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's pages load their scripts from a CDN: apidocs serves them
        redoc_url=None,
    )
    app.state.live = live
    app.state.db_name = Path(db_path).name
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(apidocs.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/vendor/apidocs", StaticFiles(directory=apidocs.assets()), name="apidocs")
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM, compresslevel=GZIP_LEVEL)
    app.add_middleware(ResponseCache, version=lambda: live.current().version)
    app.add_middleware(DropEmptyFields)
    app.add_middleware(Guard, allowed=tuple(allowed_hosts))
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(BadParameter, _bad_parameter)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    return app


class DropEmptyFields:
    """ASGI middleware: on pages, a query parameter with an empty value is dropped. An HTML
    form sends its empty fields (``?from=&to=&event=``), which mean "no filter", not a bad
    value; the API stays strict."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string", b"")
        if scope["type"] == "http" and query and not scope["path"].startswith("/api"):
            fields = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
            kept = urlencode([(k, v) for k, v in fields if v != ""])
            scope = dict(scope, query_string=kept.encode("latin-1"))
        await self.app(scope, receive, send)


def serve(
    db_path: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    allowed_hosts: Iterable[str] = (),
) -> None:
    """Run the app with uvicorn until interrupted, for the default hosts, the host it binds
    (unless a wildcard address) and ``allowed_hosts``."""
    import uvicorn

    hosts = [*DEFAULT_HOSTS, *allowed_hosts]
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host)
    uvicorn.run(create_app(db_path, allowed_hosts=hosts), host=host, port=port)


def _error(request: Request, status: int, message: str, parameter: str | None = None) -> Response:
    if request.url.path.startswith("/api"):
        body = {"status": status, "message": message, "parameter": parameter}
        return JSONResponse({"error": body}, status_code=status)
    return pages.error_page(request, status, message)


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    # Every failed check is reported; the first names the parameter for clients that want one.
    explained = [explain(e) for e in exc.errors()]
    message = "; ".join(sentence for _, sentence in explained)
    return _error(request, 400, message, explained[0][0] if explained else None)


async def _bad_parameter(request: Request, exc: BadParameter) -> Response:
    return _error(request, 400, exc.message, exc.parameter)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    return _error(request, exc.status_code, str(exc.detail))
