"""Coding on a Dask distributed cluster; the only module that imports dask.

Input files are grouped into tasks; each task reads its files, codes them with the pipeline
its worker process built once, and writes its own Parquet part named after its files. A
retried or re-run task therefore replaces its part instead of adding rows, and the driver
never holds the corpus: it only collects per-task summaries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dyad.errors import InputError
from dyad.ingest import ReadMeter, input_bytes, read_articles
from dyad.ingest.sources import STDIN, expand_paths
from dyad.nlp.model import model_label_of
from dyad.pipeline import code_articles
from dyad.records import InputFailure
from dyad.runners.local import PipelineSpec
from dyad.store.parquet import remove_parts, write_parts

if TYPE_CHECKING:
    from dyad.api import IngestSummary

# Tasks per worker: enough that the last tasks do not leave workers idle at the end. With 4,
# BBC's 2,225 files made 9 tasks for 2 workers and Dask ran at 1.38x one local worker
# (`make bench`); 16 makes tasks of ~70 files (about 8 s each).
TASKS_PER_WORKER = 16
# Bounds a task's work so that a retry repeats little and the scheduler sees progress.
MAX_FILES_PER_TASK = 256
# Articles held in a task before they are written as one Parquet part.
SLICE = 512

T = TypeVar("T")


def _groups(files: list[str], workers: int) -> list[list[str]]:
    size = min(MAX_FILES_PER_TASK, max(1, math.ceil(len(files) / (workers * TASKS_PER_WORKER))))
    return [files[i : i + size] for i in range(0, len(files), size)]


def _part(group: list[str]) -> str:
    return hashlib.sha256("\n".join(group).encode()).hexdigest()[:16]


def code_task(
    group: list[str], out: str, spec: PipelineSpec, date: dt.date | None, max_bytes: int, model: str
) -> IngestSummary:
    """One Dask task: code the articles of ``group`` and write them as one Parquet part."""
    from dyad.api import IngestSummary

    summary = IngestSummary()
    part = _part(group)
    remove_parts(out, part)  # a retry or re-run starts from nothing
    meter = ReadMeter()
    articles = read_articles(group, date=date, max_bytes=max_bytes, meter=meter)
    coded = code_articles(spec.build(), articles, sentences=spec.sentences)
    # Written in slices, so a task over one huge file holds one slice, not the file.
    for number, piece in enumerate(_slices(coded, SLICE)):
        for item in piece:
            summary.count(item)
        write_parts(piece, out, f"{part}-{number:05d}", model)
    summary.bytes_read = meter.read
    return summary


def _slices(items: Iterable[T], size: int) -> Iterator[list[T]]:
    piece: list[T] = []
    for item in items:
        piece.append(item)
        if len(piece) >= size:
            yield piece
            piece = []
    if piece:
        yield piece


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
    from dask.distributed import Client, LocalCluster, as_completed

    from dyad.api import IngestSummary

    paths = list(paths)
    if STDIN in paths:
        raise InputError(
            "E001", origin="-", reason="standard input cannot be split across a Dask cluster"
        )
    summary = IngestSummary(bytes_total=input_bytes(paths))
    files: list[str] = []
    for item in expand_paths(paths):
        if isinstance(item, InputFailure):
            summary.count(item)
        else:
            files.append(item)
    Path(out).mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cluster = None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        client = Client(address)
    try:
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
            for group in _groups(files, workers)
        ]
        for future in as_completed(futures):
            summary.merge(future.result())
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary
