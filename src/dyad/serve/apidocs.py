"""The interactive API documentation, ``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), served
offline.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, so they are blank without internet.
The same pages here load the assets that the pinned ``fastapi-offline`` package ships (its
``static/`` folder: swagger-ui-dist's bundle and stylesheet, ReDoc's standalone bundle), served
by the app at ``/vendor/apidocs/``; nothing is copied into the repository.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

ASSETS = "/vendor/apidocs"

# Nothing from other hosts: ReDoc's sidebar would still fetch its maker's logo from a CDN.
# Inline scripts and styles are the pages' own (FastAPI writes the set-up inline); ReDoc runs
# its search in a worker made from a blob.
POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)

router = APIRouter(include_in_schema=False)


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = POLICY
    return page


def assets() -> Path:
    """The folder of the Swagger UI and ReDoc files in the installed ``fastapi_offline``."""
    return Path(str(importlib.resources.files("fastapi_offline") / "static"))


@router.get("/docs", response_class=HTMLResponse)
def swagger(request: Request) -> HTMLResponse:
    """Swagger UI over ``/openapi.json``."""
    return _offline(
        get_swagger_ui_html(
            openapi_url=request.app.openapi_url,
            title=f"{request.app.title} API",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS}/favicon.png",
        )
    )


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    """ReDoc over ``/openapi.json``, without the web fonts it would fetch from Google."""
    return _offline(
        get_redoc_html(
            openapi_url=request.app.openapi_url,
            title=f"{request.app.title} API",
            redoc_js_url=f"{ASSETS}/redoc.standalone.js",
            redoc_favicon_url=f"{ASSETS}/favicon.png",
            with_google_fonts=False,
        )
    )
