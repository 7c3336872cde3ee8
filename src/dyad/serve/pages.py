"""The server-rendered pages: overview, pair, article, speaker, network and search.

Handlers gather rows from `dyad.query.web` and hand them to a Jinja2 template; charts are drawn
in the browser by ``static/charts.js`` with the plotly.js that the ``plotly`` Python package
bundles (served from ``/vendor/plotly.min.js``: no CDN, nothing copied into the repository).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from dyad.query import web
from dyad.serve.highlight import QUAD_NAMES, article_marks, pieces
from dyad.serve.params import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Cursor,
    Derived,
    Limit,
    Offset,
    PairAndPeriod,
    Text,
)

TEMPLATES = Path(__file__).parent / "templates"
PAIR_QUOTES = 100

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=TEMPLATES)
# Rows carry dates; the charts' JSON shows them as YYYY-MM-DD.
templates.env.policies["json.dumps_kwargs"] = {"sort_keys": True, "default": str}
templates.env.globals["quad_names"] = QUAD_NAMES
templates.env.filters["signed"] = lambda x: "" if x is None else f"{x:+.2f}"


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context["db_name"] = request.app.state.db_name
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> Response:
    """The HTML answer to a bad page request (the API answers JSON)."""
    return _render(request, "error.html", status, status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, cur: Cursor, lookups: Derived) -> Response:
    """Totals, the most active pairs, cooperation and conflict by month, the latest events."""
    return _render(
        request,
        "overview.html",
        totals=web.totals(cur, lookups),
        pairs=web.dyads(cur, lookups, limit=15)["items"],
        series=web.quad_series(cur, "month"),
        latest=web.events(cur, lookups, web.EventFilter(), limit=15)["items"],
    )


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def pair(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    pair: PairAndPeriod,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """A pair's timeline, events with evidence, what each side said about the other, and
    the amounts reported in the articles of their events."""
    a, b = pair.a, pair.b
    pair_events = web.EventFilter(date_from=pair.date_from, date_to=pair.date_to, pair=(a, b))
    said = {}
    for speaker, other in ((a, b), (b, a)):
        q_clauses, q_params = web.quote_filters(
            speaker_country=speaker, mentioned=other, kinds=web.PAIR_QUOTE_KINDS
        )
        said[speaker] = web.quotes(cur, q_clauses, q_params, limit=PAIR_QUOTES)
    return _render(
        request,
        "dyad.html",
        a=a,
        b=b,
        interval=pair.interval,
        timeline=web.timeline(cur, lookups, a, b, pair.interval, pair.date_from, pair.date_to),
        events=web.events(cur, lookups, pair_events, limit, offset),
        said=said,
        amounts=web.pair_amounts(cur, lookups, a, b),
    )


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, cur: Cursor, lookups: Derived, article_id: str) -> Response:
    """The text with its spans highlighted and the records beside it."""
    detail = web.article(cur, lookups, article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _render(
        request,
        "article.html",
        article=detail,
        pieces=pieces(detail["text"], article_marks(detail)),
    )


@router.get("/speaker/{name}", response_class=HTMLResponse)
def speaker(request: Request, cur: Cursor, lookups: Derived, name: str) -> Response:
    """What one speaker (name, code or id) said, and the events they took part in."""
    profile = web.actor_profile(cur, lookups, name, limit=PAIR_QUOTES)
    if profile is None:
        raise HTTPException(404, f"no speaker or actor {name!r}")
    return _render(request, "speaker.html", profile=profile)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, cur: Cursor, lookups: Derived) -> Response:
    """Country pairs as a graph: edge width by events, colour by mean Goldstein."""
    return _render(request, "network.html", pairs=web.dyads(cur, lookups, limit=MAX_LIMIT))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, cur: Cursor, lookups: Derived, q: Text = None) -> Response:
    """Quotes and events whose text contains ``q``."""
    found: dict[str, Any] = {}
    if q:
        found["quotes"] = web.quotes(cur, *web.quote_filters(q=q), limit=DEFAULT_LIMIT)
        found["events"] = web.events(cur, lookups, web.EventFilter(q=q), DEFAULT_LIMIT)
    return _render(request, "search.html", q=q or "", **found)


@lru_cache(maxsize=1)
def _plotly_path() -> Path | None:
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


@router.get("/vendor/plotly.min.js")
def plotly_js() -> Response:
    """plotly.js from the installed ``plotly`` package."""
    path = _plotly_path()
    if path is None:
        raise HTTPException(404, "plotly.js is missing: pip install plotly")
    return FileResponse(
        path, media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
    )
