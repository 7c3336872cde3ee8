"""dyad: news articles to international-relations data, with the evidence for every record.

    >>> import dyad
    >>> coded = dyad.code("Russia and China held talks in Beijing on Monday.", date="2026-02-04")
    >>> [e.event for e in coded.events]
    ['CONSULT']

The public API is listed in ``__all__``; everything else is internal. Names are imported
lazily so that ``import dyad`` stays fast and does not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dyad.version import __version__ as __version__

__all__ = [
    "Actor",
    "Amount",
    "Article",
    "CodedArticle",
    "DateRef",
    "Event",
    "Location",
    "Mention",
    "Quote",
    "build_pipeline",
    "code",
    "code_articles",
    "export",
    "ingest",
    "read_articles",
]

if TYPE_CHECKING:  # pragma: no cover
    from dyad.api import code, ingest
    from dyad.exports.run import export
    from dyad.ingest import read_articles
    from dyad.pipeline import build_pipeline, code_articles
    from dyad.records import (
        Actor,
        Amount,
        Article,
        CodedArticle,
        DateRef,
        Event,
        Location,
        Mention,
        Quote,
    )

_WHERE = {
    "code": "dyad.api",
    "export": "dyad.exports.run",
    "ingest": "dyad.api",
    "read_articles": "dyad.ingest",
    "build_pipeline": "dyad.pipeline",
    "code_articles": "dyad.pipeline",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    if name in __all__:
        return getattr(importlib.import_module("dyad.records"), name)
    raise AttributeError(f"module 'dyad' has no attribute {name!r}")
