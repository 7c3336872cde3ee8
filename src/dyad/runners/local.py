"""Local parallel coding: worker processes, each loading the pipeline once.

The main process reads inputs and writes results; workers only code. Chunks of articles go
to workers in order and come back in order, with at most two chunks per worker in flight,
so memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from spacy.language import Language

from dyad.pipeline import build_pipeline, code_articles
from dyad.records import Article, CodedArticle, InputFailure
from dyad.runners.lifeline import pool_initializer
from dyad.runners.memory import keep_freed_memory

T = TypeVar("T")

# Articles per task: large enough for spaCy's batching, small enough to keep workers busy
# to the end. Measured with `make bench`; re-run it when changing.
CHUNK = 32
IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    model: str | None = None
    kb: str = "dyad"
    verbs: str = "dyad"
    petrarch: bool = False
    sentences: str = "all"
    """Which sentences spaCy parses: one of `dyad.pipeline.SENTENCE_MODES`."""

    def build(self) -> Language:
        return build_pipeline(self.model, self.kb, self.verbs, self.petrarch)


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


_SPEC: PipelineSpec | None = None


def _init_worker(spec: PipelineSpec) -> None:
    global _SPEC
    _SPEC = spec
    keep_freed_memory()
    spec.build()  # load the model once, before the first chunk arrives


def _code_chunk(articles: list[Article]) -> list[CodedArticle]:
    assert _SPEC is not None
    out = []
    for item in code_articles(_SPEC.build(), articles, sentences=_SPEC.sentences):
        assert isinstance(item, CodedArticle)
        out.append(item)
    return out


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_parallel(
    items: Iterable[Article | InputFailure],
    spec: PipelineSpec,
    workers: int,
    chunk: int = CHUNK,
) -> Iterator[CodedArticle | InputFailure]:
    """Code articles with ``workers`` processes (in this process when ``workers`` is 1),
    yielding results in input order; input failures pass through. The processes that code
    keep the memory they free for the next batch (`keep_freed_memory`)."""
    if workers <= 1:
        keep_freed_memory()
        yield from code_articles(spec.build(), items, sentences=spec.sentences)
        return
    # spawn, not fork: the parent may hold DuckDB's threads, which fork would copy broken
    context = multiprocessing.get_context("spawn")
    # each worker dies with this process (kill -9 included), armed before it imports spaCy
    initializer, initargs = pool_initializer(_init_worker, spec)
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=initializer, initargs=initargs
    ) as pool:
        pending: deque[tuple[list[InputFailure], Future[list[CodedArticle]]]] = deque()
        for batch in chunks(items, chunk):
            failures = [i for i in batch if isinstance(i, InputFailure)]
            articles = [i for i in batch if isinstance(i, Article)]
            pending.append((failures, pool.submit(_code_chunk, articles)))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                done_failures, future = pending.popleft()
                yield from done_failures
                yield from future.result()
        while pending:
            done_failures, future = pending.popleft()
            yield from done_failures
            yield from future.result()
