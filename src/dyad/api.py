"""The Python API behind the CLI: code texts and files, ingest into a store."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from dyad.events.explain import Explanation, explanation
from dyad.events.trace import Decision
from dyad.ingest import DEFAULT_MAX_BYTES, ReadMeter, input_bytes, read_articles
from dyad.ingest.ids import article_id
from dyad.nlp.model import model_label_of
from dyad.pipeline import build_pipeline, code_articles, code_inspected
from dyad.records import Article, CodedArticle, InputFailure
from dyad.runners.local import PipelineSpec, chunks, code_parallel, default_workers
from dyad.runners.summary import IngestSummary

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
    spec: PipelineSpec | None = None,
    *,
    date: dt.date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    meter: ReadMeter | None = None,
) -> Iterator[CodedArticle | InputFailure]:
    """Code every article in files, directories or ``-`` (stdin), lazily, in input order,
    with the pipeline ``spec`` (default: dyad's own) in ``workers`` processes; ``meter``
    follows how much input has been read."""
    items = read_articles(paths, date=_as_date(date), max_bytes=max_bytes, meter=meter)
    yield from code_parallel(items, spec or PipelineSpec(), workers)


def ingest(
    paths: Iterable[str],
    db: str | Path = "dyad.duckdb",
    *,
    out: str | Path | None = None,
    dask: str | None = None,
    date: dt.date | str | None = None,
    model: str | None = None,
    kb: str = "dyad",
    verbs: str = "dyad",
    petrarch: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    sentences: str = "all",
    copies: bool = True,
) -> IngestSummary:
    """Code articles and store them: in a DuckDB database, one transaction per batch, or,
    with ``out``, as partitioned Parquet parts in that folder.

    Re-ingesting an article replaces what was stored for it; a failing input is recorded
    in the ``errors`` table and the run goes on. ``workers`` processes code (default: all
    cores) while this process reads and writes; with ``dask`` (a scheduler address, or
    ``local`` for a LocalCluster of ``workers`` processes) the Dask cluster codes and each
    task writes its own Parquet part under ``out``.

    A copy of an article already stored (the same story under another URL: docs/store.md,
    "Copies of one story") is stored as a source of that article, not as an article of its
    own, unless ``copies`` is False; Dask runs do not look for copies.
    """
    spec = PipelineSpec(model, kb, verbs, petrarch, sentences)
    if dask is not None:
        from dyad.runners.dask import ingest_dask  # only Dask runs import dask

        if out is None:
            raise ValueError("--dask writes Parquet: give --out DIR")
        return ingest_dask(
            paths,
            out,
            dask,
            spec,
            date=_as_date(date),
            max_bytes=max_bytes,
            workers=workers or default_workers(),
            progress=progress,
        )
    paths = list(paths)
    meter = ReadMeter(input_bytes(paths)) if progress else None
    workers = workers or default_workers()
    items = code_paths(paths, spec, date=date, max_bytes=max_bytes, workers=workers, meter=meter)
    return _store(items, db, out, model_label_of(model), meter, progress, copies)


def _store(
    items: Iterable[CodedArticle | InputFailure],
    db: str | Path,
    out: str | Path | None,
    model: str,
    meter: ReadMeter | None,
    progress: Callable[[IngestSummary], None] | None,
    copies: bool = True,
) -> IngestSummary:
    """Write ``items`` where `_sink` says, in batches of `STORE_BATCH`, telling ``progress``
    after each full batch and once the store is closed."""
    summary = IngestSummary(bytes_total=meter.total if meter else None)
    started = time.perf_counter()

    def tell() -> None:
        summary.seconds = time.perf_counter() - started
        summary.bytes_read = meter.read if meter else 0
        if progress:
            progress(summary)

    with _sink(db, out, model, copies) as sink:
        for batch in chunks(items, STORE_BATCH):
            for item in batch:
                summary.count(item)
            sink.write(batch)
            for article_id in sink.batch_copies:
                summary.as_copy(article_id)
            if len(batch) == STORE_BATCH:
                tell()
    tell()
    return summary


def _sink(db: str | Path, out: str | Path | None, model: str, copies: bool = True) -> Any:
    """Where `ingest` writes: the DuckDB store, or Parquet parts under ``out``."""
    if out is not None:
        from dyad.store.parquet import ParquetSink

        return ParquetSink(out, model, copies=copies)
    from dyad.store.database import Store  # the store stays unimported for code-only use

    return Store(db, model=model, copies=copies)


def attach(folder: str | Path, db: str | Path = "dyad.duckdb") -> dict[str, int]:
    """Import a Parquet folder written by ``ingest(out=…)`` into a database (idempotent)."""
    from dyad.store.parquet import attach_parquet

    return attach_parquet(folder, db)


def explain(
    text: str,
    date: dt.date | str | None = None,
    *,
    model: str | None = None,
    kb: str = "dyad",
    verbs: str = "dyad",
    petrarch: bool = False,
) -> Explanation:
    """Code one text as `code` does, keeping its parse and every decision of the events
    stage (``dyad explain``).

    Args:
        text: the text (a sentence or more).
        date: the article date relative dates resolve to.
        model, kb, verbs, petrarch: as for `code_paths`.
    """
    nlp = build_pipeline(model, kb=kb, verbs=verbs, petrarch=petrarch)
    article = Article(id=article_id(None, text), text=text, date=_as_date(date))
    trace: list[Decision] = []
    coded, doc = code_inspected(nlp, article, trace)
    return explanation(coded, doc, trace)
