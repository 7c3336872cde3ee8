"""The server-rendered pages: overview, pair, article, speaker, network and search.

Handlers gather rows from `dyad.query.web` and hand them to a Jinja2 template; charts are drawn
in the browser by ``static/charts.js`` with the plotly.js that the ``plotly`` Python package
bundles (served from ``/vendor/plotly.min.js``: no CDN, nothing copied into the repository).
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from dyad.lexicons import data_table
from dyad.query import web
from dyad.query.amounts import pair_amounts
from dyad.query.countries import country_name
from dyad.query.country import country_series, top_speakers
from dyad.query.filters import Include
from dyad.query.places import event_places, mentioned_places
from dyad.query.said import QuoteFilter, quotes
from dyad.query.timeline import timeline as pair_timeline
from dyad.records import PLOVER_TYPES
from dyad.serve.highlight import QUAD_NAMES, article_marks, pieces
from dyad.serve.params import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MODE_PATTERN,
    SECTOR_PATTERN,
    Cursor,
    DateFrom,
    DateTo,
    Derived,
    EventType,
    Included,
    Limit,
    MinConfidence,
    Mode,
    Offset,
    PairAndPeriod,
    PairPeriod,
    PairQuery,
    PartyPath,
    PartyQuery,
    Place,
    Quad,
    Rolling,
    Sector,
    Text,
    check_dates,
    known_party,
    pair_of,
)

if TYPE_CHECKING:
    from dyad.store.database import Connection

TEMPLATES = Path(__file__).parent / "templates"
PAIR_QUOTES = 100
OVERVIEW_ROWS = 15

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=TEMPLATES)
# Rows carry dates; the charts' JSON shows them as YYYY-MM-DD.
templates.env.policies["json.dumps_kwargs"] = {"sort_keys": True, "default": str}
templates.env.globals["quad_names"] = QUAD_NAMES
templates.env.globals["country_name"] = country_name
templates.env.globals["plover_types"] = PLOVER_TYPES
templates.env.filters["signed"] = lambda x: "" if x is None else f"{x:+.2f}"


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None: an article's URL comes from its input,
    and a ``javascript:`` or ``data:`` URL shown as a link would run in the dashboard."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def id_path(prefix: str, value: str) -> str:
    """The URL of an article (or actor) id under ``prefix``: every character but letters,
    digits and ``-._~`` percent-encoded, so that ``/ ? # %`` and spaces stay in the id. An id
    that is only dots would be read by browsers as ``.``/``..`` and resolved away: it goes in
    the query (``prefix?id=..``)."""
    if value.strip(".") == "":
        return f"{prefix}?{urlencode({'id': value})}"
    return f"{prefix}/{quote(value, safe='')}"


templates.env.filters["web_url"] = web_url
templates.env.globals["id_path"] = id_path


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context["db_name"] = request.app.state.db_name
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> Response:
    """The HTML answer to a bad page request (the API answers JSON)."""
    return _render(request, "error.html", status, status=status, message=message)


def api_url(path: str, params: dict[str, Any]) -> str:
    """The API URL that answers the rows a page's table shows (its download links): the
    page's filters as the API spells them; nulls and false flags left out."""
    kept = {
        k: ("true" if v is True else str(v) if not isinstance(v, list) else v)
        for k, v in params.items()
        if v is not None and v is not False
    }
    return f"{path}?{urlencode(kept, doseq=True)}"


@dataclass(frozen=True, slots=True)
class Facets:
    """The event facets of a page (``event``, ``quad``, ``mode``, the actor's and the
    recipient's party and sector, ``min_confidence``, the negated and hypothetical events to
    include), its events table's sort, and the modes and sectors its form offers."""

    event: str | None
    quad: int | None
    min_confidence: float | None
    include: Include
    sort: str
    order: str
    mode: str | None = None
    actor_sector: str | None = None
    recipient_sector: str | None = None
    modes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    actor: str | None = None
    recipient: str | None = None

    def api(self) -> dict[str, Any]:
        """The facets as `/api/events` parameters."""
        return {
            "actor": self.actor,
            "recipient": self.recipient,
            "event": self.event,
            "quad": self.quad,
            "mode": self.mode,
            "actor_sector": self.actor_sector,
            "recipient_sector": self.recipient_sector,
            "min_confidence": self.min_confidence,
            "include_negated": self.include.negated,
            "include_hypothetical": self.include.hypothetical,
            "sort": None if self.sort == "date" else self.sort,
            "order": None if self.order == "desc" else self.order,
        }

    def events(self, **chosen: Any) -> web.EventFilter:
        """The events of the page's facets and of ``chosen`` (its pair, country, period)."""
        return web.EventFilter(
            actor=self.actor,
            recipient=self.recipient,
            event=self.event,
            quad=self.quad,
            mode=self.mode,
            actor_sector=self.actor_sector,
            recipient_sector=self.recipient_sector,
            min_confidence=self.min_confidence,
            include=self.include,
            **chosen,
        )


def _facets(
    include: Included,
    lookups: Derived,
    event: EventType = None,
    quad: Quad = None,
    mode: Mode = None,
    actor_sector: Sector = None,
    recipient_sector: Sector = None,
    min_confidence: MinConfidence = None,
    sort: Literal["date", "goldstein", "confidence"] = "date",
    order: Literal["desc", "asc"] = "desc",
    actor: PartyQuery = None,
    recipient: PartyQuery = None,
) -> Facets:
    return Facets(
        event,
        quad,
        min_confidence,
        include,
        sort,
        order,
        mode,
        actor_sector.upper() if actor_sector else None,
        recipient_sector.upper() if recipient_sector else None,
        # Only what the parameters accept (a stored value could be longer or odd).
        tuple(m for m in lookups.modes if re.fullmatch(MODE_PATTERN, m)),
        tuple(s for s in lookups.sectors if re.fullmatch(SECTOR_PATTERN, s)),
        actor.upper() if actor else None,
        recipient.upper() if recipient else None,
    )


PageFacets = Annotated[Facets, Depends(_facets)]
QuotesOffset = Offset


@router.get("/", response_class=HTMLResponse)
def overview(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    include: Included,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    rolling: Rolling = 1,
    offset: Offset = 0,
    pairs_offset: QuotesOffset = 0,
) -> Response:
    """Totals, the most active pairs, cooperation and conflict by month, the latest events
    (of the period ``from``-``to``, which a click on the chart sets), both lists paged
    (``pairs_offset``, ``offset``); ``rolling``: the chart's Goldstein line as a mean over
    that many months."""
    check_dates(date_from, date_to)
    flags = {
        "include_negated": include.negated,
        "include_hypothetical": include.hypothetical,
        "from": date_from,
        "to": date_to,
    }
    latest = web.EventFilter(include=include, date_from=date_from, date_to=date_to)
    totals = web.totals(cur, lookups)
    span = (totals["first_date"], totals["last_date"])
    return _render(
        request,
        "overview.html",
        totals=totals,
        outside=web.outside(cur, span, include),
        span=span,
        beyond=[d and d + dt.timedelta(days=step) for d, step in zip(span, (-1, 1), strict=True)],
        pairs=web.dyads(cur, lookups, limit=OVERVIEW_ROWS, offset=pairs_offset, include=include),
        pairs_api=api_url(
            "/api/dyads",
            {
                "limit": OVERVIEW_ROWS,
                "offset": pairs_offset,
                "include_negated": include.negated,
                "include_hypothetical": include.hypothetical,
            },
        ),
        series=web.quad_series(cur, "month", include, span),
        latest=web.events(cur, lookups, latest, OVERVIEW_ROWS, offset),
        latest_api=api_url("/api/events", {"limit": OVERVIEW_ROWS, "offset": offset, **flags}),
        include=include,
        period=(date_from, date_to),
        rolling=rolling,
    )


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def pair(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    pair: PairAndPeriod,
    facets: PageFacets,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    ab_offset: QuotesOffset = 0,
    ba_offset: QuotesOffset = 0,
    amounts_offset: QuotesOffset = 0,
    rolling: Rolling = 1,
    amounts_sort: Literal["date", "value"] = "date",
    amounts_order: Literal["desc", "asc"] = "desc",
    ab_order: Literal["desc", "asc"] = "desc",
    ba_order: Literal["desc", "asc"] = "desc",
) -> Response:
    """A pair's timeline, events with evidence, what each side said about the other, and
    the amounts reported in the articles of their events, all over the page's period;
    ``rolling``: the timeline's Goldstein line as a mean over that many periods."""
    a, b = pair.a, pair.b
    period = {"from": pair.date_from, "to": pair.date_to}
    pair_events = facets.events(date_from=pair.date_from, date_to=pair.date_to, pair=(a, b))
    events_api = {"pair": f"{a},{b}", **period, **facets.api(), "limit": limit, "offset": offset}
    said, said_api = _said(cur, lookups, pair, (ab_offset, ab_order), (ba_offset, ba_order))
    timeline = pair_timeline(
        cur, lookups, a, b, pair.interval, pair.date_from, pair.date_to, facets.events()
    )
    return _render(
        request,
        "dyad.html",
        a=a,
        b=b,
        interval=pair.interval,
        facets=facets,
        timeline=timeline,
        rolling=rolling,
        events=web.events(cur, lookups, pair_events, limit, offset, facets.sort, facets.order),
        events_api=api_url("/api/events", events_api),
        timeline_api=api_url(
            f"/api/dyads/{a}/{b}/timeline",
            {"interval": pair.interval, **period, **facets.api(), "sort": None, "order": None},
        ),
        said=said,
        said_api=said_api,
        said_order={a: ab_order, b: ba_order},
        **_amounts(cur, lookups, pair, amounts_offset, amounts_sort, amounts_order),
    )


def _amounts(
    cur: Connection, lookups: web.Lookups, pair: PairPeriod, offset: int, sort: str, order: str
) -> dict[str, Any]:
    """The pair page's amounts table: its page, its download link and its sort
    (``amounts_sort``, ``amounts_order``)."""
    api = {
        "from": pair.date_from,
        "to": pair.date_to,
        "sort": None if sort == "date" else sort,
        "order": None if order == "desc" else order,
        "limit": PAIR_QUOTES,
        "offset": offset,
    }
    a, b, date_from, date_to = pair.a, pair.b, pair.date_from, pair.date_to
    return {
        "amounts": pair_amounts(
            cur, lookups, a, b, date_from, date_to, PAIR_QUOTES, offset, sort, order
        ),
        "amounts_api": api_url(f"/api/dyads/{a}/{b}/amounts", api),
        "amounts_sort": sort,
        "amounts_order": order,
    }


def _said(
    cur: Connection,
    lookups: web.Lookups,
    pair: PairPeriod,
    ab: tuple[int, str],
    ba: tuple[int, str],
) -> tuple[dict[str, Any], dict[str, str]]:
    """What each side's speakers said about the other over the pair page's period: a page
    of quotes per speaking party (``ab``, ``ba``: its offset and order by date), and the
    API URL of each."""
    said, said_api = {}, {}
    for speaker, other, (skip, order) in ((pair.a, pair.b, ab), (pair.b, pair.a, ba)):
        about = QuoteFilter(
            speaker_country=speaker,
            mentioned=other,
            kinds=web.PAIR_QUOTE_KINDS,
            date_from=pair.date_from,
            date_to=pair.date_to,
        )
        said[speaker] = quotes(cur, about, PAIR_QUOTES, skip, order, lookups=lookups)
        said_api[speaker] = api_url(
            "/api/quotes",
            {
                "speaker_country": speaker,
                "mentioned": other,
                "kind": list(web.PAIR_QUOTE_KINDS),
                "from": pair.date_from,
                "to": pair.date_to,
                "order": None if order == "desc" else order,
                "limit": PAIR_QUOTES,
                "offset": skip,
            },
        )
    return said, said_api


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, cur: Cursor, lookups: Derived, article_id: str) -> Response:
    """The text with its spans highlighted and the records beside it. The id may hold
    ``/ ? # %`` and spaces, percent-encoded (`id_path`)."""
    detail = web.article(cur, lookups, article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _render(
        request,
        "article.html",
        article=detail,
        pieces=pieces(detail["text"], article_marks(detail)),
    )


@router.get("/article", response_class=HTMLResponse)
def article_by_query(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    article_id: Annotated[str, Query(alias="id", min_length=1, max_length=2000)],
) -> Response:
    """The same page for an id that a path cannot carry (``.`` or ``..``)."""
    return article(request, cur, lookups, article_id)


@router.get("/speaker/{name:path}", response_class=HTMLResponse)
def speaker(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    name: str,
    facets: PageFacets,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    quotes_offset: QuotesOffset = 0,
    quotes_order: Literal["desc", "asc"] = "desc",
) -> Response:
    """What one speaker (name, code or id; a name may hold "/") said, newest first unless
    ``quotes_order`` is ``asc``, and the events they took part in, both paged."""
    profile = web.actor_profile(
        cur, lookups, name, limit, quotes_offset, with_events=False, quotes_order=quotes_order
    )
    if profile is None:
        raise HTTPException(404, f"no speaker or actor {name!r}")
    said = profile["quotes_page"]
    acted = facets.events(party=name)
    return _render(
        request,
        "speaker.html",
        profile=profile,
        facets=facets,
        quotes=said,
        quotes_order=quotes_order,
        quotes_api=api_url(
            "/api/quotes",
            {
                "said_by": name,
                "order": None if quotes_order == "desc" else quotes_order,
                "limit": limit,
                "offset": quotes_offset,
            },
        ),
        events=web.events(cur, lookups, acted, limit, offset, facets.sort, facets.order),
        events_api=api_url(
            "/api/events", {"involving": name, **facets.api(), "limit": limit, "offset": offset}
        ),
    )


@router.get("/country/{code}", response_class=HTMLResponse)
def country(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    code: PartyPath,
    facets: PageFacets,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    partners_offset: QuotesOffset = 0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    rolling: Rolling = 1,
    speakers_offset: QuotesOffset = 0,
    partners_sort: Literal["events", "goldstein", "last_date"] = "events",
    partners_order: Literal["desc", "asc"] = "desc",
) -> Response:
    """A country (or an organization's code): its partners ranked by events, its trend, its
    top speakers and its events (of the period ``from``-``to``, which a click on the chart
    sets); ``rolling``: the chart's Goldstein line as a mean over that many months."""
    check_dates(date_from, date_to)
    code = known_party(lookups, code)
    found = facets.events(country=code, date_from=date_from, date_to=date_to)
    ranked = (partners_sort, partners_order, limit, partners_offset)
    return _render(
        request,
        "country.html",
        code=code,
        country_label=country_name(code),
        facets=facets,
        rolling=rolling,
        **_partners(cur, lookups, code, facets.include, *ranked),
        series=country_series(cur, lookups, code, "month", facets.events(), web.article_span(cur)),
        speakers=top_speakers(cur, code, offset=speakers_offset),
        events=web.events(cur, lookups, found, limit, offset, facets.sort, facets.order),
        events_api=api_url(
            "/api/events",
            {
                "country": code,
                "from": date_from,
                "to": date_to,
                **facets.api(),
                "limit": limit,
                "offset": offset,
            },
        ),
        period=(date_from, date_to),
    )


def _partners(
    cur: Cursor,
    lookups: Derived,
    code: str,
    include: Include,
    sort: str,
    order: str,
    limit: int,
    offset: int,
) -> dict[str, Any]:
    """The country page's partners table: its page of pairs, their download link and its
    sort (``partners_sort``, ``partners_order``)."""
    api = {
        "country": code,
        "include_negated": include.negated,
        "include_hypothetical": include.hypothetical,
        "sort": None if sort == "events" else sort,
        "order": None if order == "desc" else order,
        "limit": limit,
        "offset": offset,
    }
    return {
        "partners": web.dyads(cur, lookups, sort, order, limit, offset, code, include),
        "partners_api": api_url("/api/dyads", api),
        "partners_sort": sort,
        "partners_order": order,
    }


@router.get("/map", response_class=HTMLResponse)
def places_map(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    facets: PageFacets,
    pair: PairQuery = None,
    country: PartyQuery = None,
    place: Place = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Where events happened and which places their articles mention, filtered as the
    other pages; a click on a place lists its events (``place=``)."""
    check_dates(date_from, date_to)
    chosen = facets.events(
        pair=pair_of(pair),
        country=country.upper() if country else None,
        date_from=date_from,
        date_to=date_to,
    )
    shown = {"pair": pair, "country": country, "from": date_from, "to": date_to}
    at_place = replace(chosen, place=place)
    return _render(
        request,
        "map.html",
        facets=facets,
        shown=shown,
        place=place,
        events_here=web.events(cur, lookups, at_place, limit, offset, facets.sort, facets.order)
        if place is not None
        else None,
        events_api=api_url(
            "/api/events",
            {**shown, "place": place, **facets.api(), "limit": limit, "offset": offset},
        ),
        places=event_places(cur, lookups, chosen),
        mentions=mentioned_places(cur, lookups, chosen),
    )


@router.get("/vendor/world.geojson")
def world() -> Response:
    """Country outlines (GeoJSON, ISO3 ids) from the installed ``countryinfo`` package, for
    the map: plotly.js would fetch its own from a CDN."""
    return Response(
        _world(),
        media_type="application/geo+json",
        headers={"Cache-Control": "public, max-age=86400"},
    )


# plotly.js fetches a base map (topojson) for every geo plot, even with its layers hidden,
# from its CDN unless told otherwise. The map page hides them and draws the countryinfo
# outlines instead, so an empty topology of the layers plotly.js reads is all it needs.
BASE_LAYERS = ("land", "ocean", "lakes", "rivers", "countries", "subunits", "coastlines")


@router.get("/vendor/topojson/{name:path}")
def empty_base_map(name: str) -> Response:
    """An empty topology (no arcs, no shapes) for plotly.js's base map ``name``."""
    empty = {layer: {"type": "GeometryCollection", "geometries": []} for layer in BASE_LAYERS}
    return JSONResponse(
        {"type": "Topology", "objects": empty, "arcs": []},
        headers={"Cache-Control": "public, max-age=86400"},
    )


# Decimal places kept of the outlines' coordinates: 0.01 degree is about 1 km, finer than a
# world map shows, and it halves what the map page sends (104 KB gzipped to 56 KB), which
# keeps the page under 1.5 MiB with plotly.js (bench/page_weight.py).
OUTLINE_DIGITS = 2


@lru_cache(maxsize=1)
def _world() -> bytes:
    import countryinfo

    features = []
    for country in countryinfo.all_countries():
        outline = country.geo_json() or {}
        for feature in outline.get("features", []):
            geometry = feature["geometry"]
            rounded = {**geometry, "coordinates": _rounded(geometry["coordinates"])}
            features.append({**feature, "geometry": rounded})
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, separators=(",", ":")).encode()


def _rounded(coordinates: Any) -> Any:
    """Nested lists of coordinates, each number rounded to `OUTLINE_DIGITS` places."""
    if isinstance(coordinates, list):
        return [_rounded(c) for c in coordinates]
    return round(coordinates, OUTLINE_DIGITS) if isinstance(coordinates, float) else coordinates


@router.get("/methods", response_class=HTMLResponse)
def methods(request: Request) -> Response:
    """What the numbers mean: Goldstein, quad classes, PLOVER types and modes, dates,
    places, confidence, negated and hypothetical events."""
    return _render(request, "methods.html", types=_plover_quads())


@lru_cache(maxsize=1)
def _plover_quads() -> dict[int, list[str]]:
    """Quad class -> its PLOVER types, from the events stage's table (read as data)."""
    by_quad: dict[int, list[str]] = {}
    for row in data_table("dyad.events", "plover_quads.csv"):
        by_quad.setdefault(int(row["quad"]), []).append(row["plover_type"])
    return by_quad


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, cur: Cursor, lookups: Derived, include: Included) -> Response:
    """Country pairs as a graph: edge width by events, colour by mean Goldstein."""
    pairs = web.dyads(cur, lookups, limit=MAX_LIMIT, include=include)
    return _render(request, "network.html", pairs=pairs)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    cur: Cursor,
    lookups: Derived,
    q: Text = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    quotes_offset: QuotesOffset = 0,
    quotes_order: Literal["desc", "asc"] = "desc",
    sort: Literal["date", "goldstein", "confidence"] = "date",
    order: Literal["desc", "asc"] = "desc",
) -> Response:
    """Quotes and events whose text contains ``q``, each list paged; the quotes newest
    first unless ``quotes_order`` is ``asc``, the events as ``sort`` and ``order`` say."""
    found: dict[str, Any] = {"quotes_order": quotes_order, "sort": sort, "order": order}
    if q:
        found["quotes"] = quotes(cur, QuoteFilter(q=q), limit, quotes_offset, quotes_order)
        found["quotes_api"] = api_url(
            "/api/quotes",
            {
                "q": q,
                "order": None if quotes_order == "desc" else quotes_order,
                "limit": limit,
                "offset": quotes_offset,
            },
        )
        found["events"] = web.events(cur, lookups, web.EventFilter(q=q), limit, offset, sort, order)
        found["events_api"] = api_url(
            "/api/events",
            {
                "q": q,
                "sort": None if sort == "date" else sort,
                "order": None if order == "desc" else order,
                "limit": limit,
                "offset": offset,
            },
        )
    return _render(request, "search.html", q=q or "", **found)


@lru_cache(maxsize=1)
def _plotly_path() -> Path | None:
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _plotly_gzipped(path: Path) -> bytes:
    # Compressed once, at the highest level (4,815,814 -> 1,468,879 bytes), instead of by
    # the gzip middleware on every request.
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


# zstd level for plotly.js: 12 makes 1,275,226 bytes in 1.6 s, once (19: 1,177,433 bytes in
# 10 s, too long for the first request to wait); gzip at 9 makes 1,468,879. With it a page
# with a chart weighs ~1.3 MB instead of ~1.5 (bench/page_weight.py, issue 25's budget).
PLOTLY_ZSTD_LEVEL = 12


@lru_cache(maxsize=1)
def _plotly_zstd(path: Path) -> bytes:
    import zstandard  # only here: browsers that accept zstd (Chromium 123+, Firefox 126+)

    return zstandard.ZstdCompressor(level=PLOTLY_ZSTD_LEVEL).compress(path.read_bytes())


def _accepts(request: Request, coding: str) -> bool:
    """Whether the request's Accept-Encoding names ``coding`` (without ``q=0``)."""
    for item in request.headers.get("accept-encoding", "").split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() == coding:
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


@router.get("/vendor/plotly.min.js")
def plotly_js(request: Request) -> Response:
    """plotly.js from the installed ``plotly`` package, compressed with zstd or gzip when
    the client accepts it (zstd first: a fifth smaller)."""
    path = _plotly_path()
    if path is None:
        raise HTTPException(404, "plotly.js is missing: pip install plotly")
    headers = {"Cache-Control": "public, max-age=86400", "Vary": "Accept-Encoding"}
    for coding, compressed in (("zstd", _plotly_zstd), ("gzip", _plotly_gzipped)):
        if _accepts(request, coding):
            return Response(
                compressed(path),
                media_type="text/javascript",
                headers=headers | {"Content-Encoding": coding},
            )
    return FileResponse(path, media_type="text/javascript", headers=headers)
