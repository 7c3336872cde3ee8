"""Coding on a Dask distributed cluster; the only module that imports dask.

Input files are grouped into tasks; a big uncompressed JSONL file is cut into byte ranges,
one task each, so that one file can keep the whole cluster busy. Each task reads its shards,
codes them with the pipeline its worker process built once, and writes its own Parquet part
named after its shards. A retried or re-run task therefore replaces its part instead of
adding rows, and the driver never holds the corpus: it only collects per-task summaries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from dyad.errors import InputError
from dyad.ingest.sources import (
    STDIN,
    ReadMeter,
    expand_paths,
    file_size,
    input_bytes,
    read_articles,
    read_jsonl_range,
    splittable,
)
from dyad.nlp.model import model_label_of
from dyad.pipeline import code_articles
from dyad.records import Article, InputFailure
from dyad.runners.local import PipelineSpec, chunks
from dyad.runners.memory import keep_freed_memory
from dyad.runners.summary import IngestSummary
from dyad.store.parquet import remove_parts, write_parts

if TYPE_CHECKING:
    from dask.distributed import Client, LocalCluster

# Tasks per worker: enough that the last tasks do not leave workers idle at the end. With 4,
# BBC's 2,225 files made 9 tasks for 2 workers and Dask ran at 1.38x one local worker
# (`make bench`); 16 makes tasks of ~70 files (about 8 s each).
TASKS_PER_WORKER = 16
# Bounds a task's work so that a retry repeats little and the scheduler sees progress.
MAX_FILES_PER_TASK = 256
# Articles held in a task before they are written as one Parquet part.
SLICE = 512
# A JSONL file is cut into ranges only when it is bigger than this and than a task's share
# of the input: smaller ranges would cost more in scheduling than they save.
MIN_RANGE_BYTES = 256_000
# Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536, so that freed memory goes
# back to the system. Setting it also turns off glibc's adaptive mmap threshold: every
# array spaCy's parser and NER allocate above 128 kB is then mapped and unmapped anew. On
# 200 BBC articles in one process that cost 1.1 million page faults instead of 5,000-9,000
# and 2.8 s of system time on 16 s of coding (`MALLOC_TRIM_THRESHOLD_=65536` against unset).
# dyad's workers do not accumulate memory (docs/scale.md), so local clusters start without it.
# What it costs in memory is not measured in one run: the largest Dask process of `make bench`
# peaked at 805 MB without it (run 5) and 699-835 MB with it (runs 1-4).
TRIM_THRESHOLD_KEY = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
# Each worker samples its running task's stack every 10 ms for the dashboard, which a local
# cluster of dyad's does not serve. Off, the workers used 44.2-46.8 s of CPU (median 45.4)
# on 600 BBC files against 47.4-50.8 s (48.6) on, four interleaved pairs, each pair lower.
PROFILER_KEY = "distributed.worker.profile.enabled"


@dataclass(frozen=True, slots=True)
class Shard:
    """A whole input file, or the lines of a JSONL file that start in bytes [start, end)."""

    path: str
    start: int = 0
    end: int | None = None

    def __str__(self) -> str:
        return self.path if self.end is None else f"{self.path}@{self.start}-{self.end}"


def shards(files: list[str], workers: int) -> list[list[Shard]]:
    """Tasks: whole files in groups, and each big JSONL file in ranges of about one task's
    share of the input."""
    sizes = {f: file_size(f) for f in files}
    share = max(MIN_RANGE_BYTES, sum(sizes.values()) // (workers * TASKS_PER_WORKER) + 1)
    whole: list[Shard] = []
    ranges: list[list[Shard]] = []
    for f in files:
        if sizes[f] > share and splittable(f):
            bounds = [*range(0, sizes[f], share), sizes[f]]
            ranges += [[Shard(f, a, b)] for a, b in pairwise(bounds)]
        else:
            whole.append(Shard(f))
    size = min(MAX_FILES_PER_TASK, max(1, math.ceil(len(whole) / (workers * TASKS_PER_WORKER))))
    return [whole[i : i + size] for i in range(0, len(whole), size)] + ranges


def _part(group: list[Shard]) -> str:
    return hashlib.sha256("\n".join(map(str, group)).encode()).hexdigest()[:16]


def _read(
    group: list[Shard], date: dt.date | None, max_bytes: int, meter: ReadMeter
) -> Iterator[Article | InputFailure]:
    for shard in group:
        if shard.end is None:
            yield from read_articles([shard.path], date=date, max_bytes=max_bytes, meter=meter)
        else:
            yield from read_jsonl_range(
                shard.path, shard.start, shard.end, date=date, max_bytes=max_bytes, meter=meter
            )


def code_task(
    group: list[Shard],
    out: str,
    spec: PipelineSpec,
    date: dt.date | None,
    max_bytes: int,
    model: str,
) -> IngestSummary:
    """One Dask task: code the articles of ``group`` and write them as one Parquet part.

    The worker's allocator keeps freed memory (`keep_freed_memory`) unless the worker was
    started with glibc settings of its own, as Dask's nannies start them by default."""
    keep_freed_memory()

    summary = IngestSummary()
    part = _part(group)
    remove_parts(out, part)  # a retry or re-run starts from nothing
    meter = ReadMeter()
    articles = _read(group, date, max_bytes, meter)
    coded = code_articles(spec.build(), articles, sentences=spec.sentences)
    # Written in slices, so a task over one huge file holds one slice, not the file.
    for number, piece in enumerate(chunks(coded, SLICE)):
        for item in piece:
            summary.count(item)
        write_parts(piece, out, f"{part}-{number:05d}", model)
    summary.bytes_read = meter.read
    return summary


def local_cluster(workers: int) -> LocalCluster:
    """A Dask cluster of ``workers`` single-threaded processes on loopback, started without
    the nanny's ``MALLOC_TRIM_THRESHOLD_`` (see `TRIM_THRESHOLD_KEY`) and without the
    workers' stack profiler (`PROFILER_KEY`)."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({TRIM_THRESHOLD_KEY: None, PROFILER_KEY: False}):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )


def ingest_dask(
    paths: Iterable[str],
    out: str | Path,
    address: str,
    spec: PipelineSpec,
    *,
    date: dt.date | None = None,
    max_bytes: int,
    workers: int,
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code files on the Dask cluster at ``address`` (``local``: a LocalCluster of
    ``workers`` processes on loopback) into Parquet parts under ``out``."""
    from dask.distributed import as_completed

    paths = list(paths)
    if STDIN in paths:
        raise InputError(
            "E001", origin="-", reason="standard input cannot be split across a Dask cluster"
        )
    summary = IngestSummary(bytes_total=input_bytes(paths))
    files = _files(paths, summary)
    Path(out).mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with _client(address, workers) as client:
        model = model_label_of(spec.model)
        futures = [
            client.submit(
                code_task,
                group,
                str(out),
                spec,
                date,
                max_bytes,
                model,
                key=f"dyad-ingest-{_part(group)}",
                retries=2,
                pure=False,
            )
            for group in shards(files, workers)
        ]
        for future in as_completed(futures):
            summary.merge(future.result())
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _files(paths: list[str], summary: IngestSummary) -> list[str]:
    """The files under ``paths``; those that cannot be read are counted in ``summary``."""
    files: list[str] = []
    for item in expand_paths(paths):
        if isinstance(item, InputFailure):
            summary.count(item)
        else:
            files.append(item)
    return files


@contextmanager
def _client(address: str, workers: int) -> Iterator[Client]:
    """A client of the Dask cluster at ``address``, or of a `local_cluster` of ``workers``
    processes, closed with that cluster on exit."""
    from dask.distributed import Client

    cluster = local_cluster(workers) if address == "local" else None
    client = Client(cluster) if cluster is not None else Client(address)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
