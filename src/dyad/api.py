"""The Python API behind the CLI: code texts and files, ingest into a store."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyad.ingest import DEFAULT_MAX_BYTES, ReadMeter, input_bytes, read_articles
from dyad.ingest.ids import article_id
from dyad.nlp.model import model_label_of
from dyad.pipeline import build_pipeline, code_articles
from dyad.records import Article, CodedArticle, InputFailure
from dyad.runners.local import PipelineSpec, code_parallel, default_workers

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
    workers: int = 1,
    meter: ReadMeter | None = None,
    sentences: str = "all",
) -> Iterator[CodedArticle | InputFailure]:
    """Code every article in files, directories or ``-`` (stdin), lazily, in input order,
    with ``workers`` processes; ``meter`` follows how much input has been read;
    ``sentences="actors"`` parses only sentences naming an actor or quoting someone."""
    spec = PipelineSpec(model, kb, verbs, petrarch, sentences)
    items = read_articles(paths, date=_as_date(date), max_bytes=max_bytes, meter=meter)
    yield from code_parallel(items, spec, workers)


@dataclass
class IngestSummary:
    articles: int = 0
    failures: int = 0
    events: int = 0
    quotes: int = 0
    stage_errors: int = 0
    seconds: float = 0.0
    bytes_read: int = 0
    bytes_total: int | None = None
    """Input size on disk, when known: with ``bytes_read`` it gives progress and ETA."""
    failed: list[str] = field(default_factory=list)
    """The first failure messages, for the summary line."""

    @property
    def eta_seconds(self) -> float | None:
        """Seconds left at the rate so far, once there is a rate to go by."""
        if not self.bytes_total or self.bytes_read <= 0 or self.seconds <= 0:
            return None
        left = max(0, self.bytes_total - self.bytes_read)
        return self.seconds * left / self.bytes_read

    @property
    def ok(self) -> bool:
        return self.failures == 0 and self.stage_errors == 0

    def count(self, item: CodedArticle | InputFailure) -> None:
        if isinstance(item, InputFailure):
            self.failures += 1
            self._note([item.message])
            return
        self.articles += 1
        self.events += len(item.events)
        self.quotes += len(item.quotes)
        if item.errors:
            self.stage_errors += 1
            self._note([e.message for e in item.errors])

    def merge(self, other: IngestSummary) -> None:
        for name in ("articles", "failures", "events", "quotes", "stage_errors", "bytes_read"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self._note(other.failed)

    def _note(self, messages: list[str]) -> None:
        self.failed.extend(messages[: max(0, 20 - len(self.failed))])


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
) -> IngestSummary:
    """Code articles and store them: in a DuckDB database, one transaction per batch, or,
    with ``out``, as partitioned Parquet parts in that folder.

    Re-ingesting an article replaces what was stored for it; a failing input is recorded
    in the ``errors`` table and the run goes on. ``workers`` processes code (default: all
    cores) while this process reads and writes; with ``dask`` (a scheduler address, or
    ``local`` for a LocalCluster of ``workers`` processes) the Dask cluster codes and each
    task writes its own Parquet part under ``out``.
    """
    if dask is not None:
        from dyad.runners.dask import ingest_dask  # only Dask runs import dask

        if out is None:
            raise ValueError("--dask writes Parquet: give --out DIR")
        spec = PipelineSpec(model, kb, verbs, petrarch, sentences)
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
    summary = IngestSummary(bytes_total=meter.total if meter else None)
    started = time.perf_counter()
    items = code_paths(
        paths,
        date=date,
        model=model,
        kb=kb,
        verbs=verbs,
        petrarch=petrarch,
        max_bytes=max_bytes,
        workers=workers or default_workers(),
        meter=meter,
        sentences=sentences,
    )
    with _sink(db, out, model_label_of(model)) as sink:
        batch: list[CodedArticle | InputFailure] = []
        for item in items:
            batch.append(item)
            summary.count(item)
            if len(batch) >= STORE_BATCH:
                sink.write(batch)
                batch = []
                summary.seconds = time.perf_counter() - started
                summary.bytes_read = meter.read if meter else 0
                if progress:
                    progress(summary)
        if batch:
            sink.write(batch)
    summary.seconds = time.perf_counter() - started
    summary.bytes_read = meter.read if meter else 0
    if progress:
        progress(summary)
    return summary


def _sink(db: str | Path, out: str | Path | None, model: str) -> Any:
    """Where `ingest` writes: the DuckDB store, or Parquet parts under ``out``."""
    if out is not None:
        from dyad.store.parquet import ParquetSink

        return ParquetSink(out, model)
    from dyad.store.database import Store  # the store stays unimported for code-only use

    return Store(db, model=model)


def attach(folder: str | Path, db: str | Path = "dyad.duckdb") -> dict[str, int]:
    """Import a Parquet folder written by ``ingest(out=…)`` into a database (idempotent)."""
    from dyad.store.parquet import attach_parquet

    return attach_parquet(folder, db)
