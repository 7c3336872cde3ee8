"""Quotes as BBC Citron's JSON (bbc/citron, docs/data_format.md): one document object per
article, ``{"text": ..., "quotes": [...]}``, each quote a ``cue`` span, an array of
``sources`` spans and an array of ``contents`` spans (spans are ``start``/``end``/``text``,
character offsets into ``text``), with Citron's optional ``id``. Written one document per
line (JSON Lines) so that a large export streams.

dyad's quotes of one statement (one cue word: a direct quote split around "she said") are
one Citron quote with several contents. A quote without a cue word (Citron requires one) is
not written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any, TextIO

from dyad.query.export import ExportedQuote
from dyad.records import TextSpan

DOCUMENT_FIELDS = ("text", "quotes")


def span(s: TextSpan) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _citron_quote(article_id: str, statement: list[ExportedQuote]) -> dict[str, Any] | None:
    first = statement[0].quote
    if first.cue is None:
        return None
    return {
        "cue": span(first.cue),
        "sources": [span(first.speaker)] if first.speaker else [],
        "contents": [span(x.quote) for x in statement],
        "id": f"{article_id}-{first.statement}",
    }


def documents(quotes: Iterable[ExportedQuote]) -> Iterator[dict[str, Any]]:
    """One Citron document per article, from its quotes in statement order (the query's)."""
    for article_id, in_article in groupby(quotes, key=lambda q: q.story.id):
        items = list(in_article)  # one article's quotes: bounded by the article
        text = next(q.text for q in items if q.text is not None)
        found = []
        for _, statement in groupby(items, key=lambda q: q.quote.statement):
            citron = _citron_quote(article_id, list(statement))
            if citron is not None:
                found.append(citron)
        if found:
            yield {"text": text, "quotes": found}


def write(quotes: Iterable[ExportedQuote], out: TextIO) -> int:
    """Write the documents; returns how many quotes (not documents) were written."""
    n = 0
    for document in documents(quotes):
        out.write(json.dumps(document, ensure_ascii=False) + "\n")
        n += len(document["quotes"])
    return n
