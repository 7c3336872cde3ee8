"""The Python API behind the CLI: code texts and files, ingest into a store."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dyad.ingest import DEFAULT_MAX_BYTES, read_articles
from dyad.ingest.ids import article_id
from dyad.nlp.model import model_label
from dyad.pipeline import build_pipeline, code_articles
from dyad.records import Article, CodedArticle, InputFailure

STORE_BATCH = 64


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def code(
    text: str,
    date: dt.date | str | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    model: str | None = None,
) -> CodedArticle:
    """Code one article text.

    Args:
        text: the article body.
        date: the publication date (``YYYY-MM-DD`` or a date) that relative dates resolve to.
        url, title: optional metadata, carried to the output.
        model: a spaCy pipeline name (default en_core_web_sm 3.8.0).
    """
    nlp = build_pipeline(model)
    article = Article(
        id=article_id(url, text), text=text, url=url, date=_as_date(date), title=title
    )
    result = next(iter(code_articles(nlp, [article])))
    assert isinstance(result, CodedArticle)
    return result


def code_paths(
    paths: Iterable[str],
    *,
    date: dt.date | str | None = None,
    model: str | None = None,
    kb: str = "dyad",
    verbs: str = "dyad",
    petrarch: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[CodedArticle | InputFailure]:
    """Code every article in files, directories or ``-`` (stdin), lazily."""
    nlp = build_pipeline(model, kb, verbs, petrarch)
    yield from code_articles(nlp, read_articles(paths, date=_as_date(date), max_bytes=max_bytes))


@dataclass
class IngestSummary:
    articles: int = 0
    failures: int = 0
    events: int = 0
    quotes: int = 0
    stage_errors: int = 0
    seconds: float = 0.0
    failed: list[str] = field(default_factory=list)
    """The first failure messages, for the summary line."""

    @property
    def ok(self) -> bool:
        return self.failures == 0 and self.stage_errors == 0


def ingest(
    paths: Iterable[str],
    db: str | Path = "dyad.duckdb",
    *,
    date: dt.date | str | None = None,
    model: str | None = None,
    kb: str = "dyad",
    verbs: str = "dyad",
    petrarch: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code articles and store them in a DuckDB database, one transaction per batch.

    Re-ingesting an article replaces what was stored for it; a failing input is recorded
    in the ``errors`` table and the run goes on.
    """
    from dyad.store.database import Store  # the store stays unimported for code-only use

    nlp = build_pipeline(model, kb, verbs, petrarch)
    summary = IngestSummary()
    started = time.perf_counter()
    items = code_articles(nlp, read_articles(paths, date=_as_date(date), max_bytes=max_bytes))
    with Store(db, model=model_label(nlp)) as store:
        batch: list[CodedArticle | InputFailure] = []
        for item in items:
            batch.append(item)
            if isinstance(item, InputFailure):
                summary.failures += 1
                if len(summary.failed) < 20:
                    summary.failed.append(item.message)
            else:
                summary.articles += 1
                summary.events += len(item.events)
                summary.quotes += len(item.quotes)
                if item.errors:
                    summary.stage_errors += 1
                    if len(summary.failed) < 20:
                        summary.failed.extend(e.message for e in item.errors)
            if len(batch) >= STORE_BATCH:
                store.write(batch)
                batch = []
                summary.seconds = time.perf_counter() - started
                if progress:
                    progress(summary)
        if batch:
            store.write(batch)
    summary.seconds = time.perf_counter() - started
    if progress:
        progress(summary)
    return summary
