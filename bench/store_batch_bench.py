"""What it costs an ingest to let readers in between its batches (not a test; figures in
docs/reliability.md).

`dyad.store.database.Store` closes its DuckDB connection after every batch (so that
`dyad serve`, `report` and `sql` can open the file) and opens it again for the next one.
This times BATCHES writes of 64 hand-built articles into a copy of a database, once that
way (``release``) and once holding one connection for the whole run as before issue 26
(``hold``), alternately, RUNS times each, and prints the median time per batch.

Usage:
    python bench/store_batch_bench.py --db FILE      # e.g. a 100k-event bench database
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.serve.conftest

from tests.serve.conftest import fixture_articles

from dyad.records import CodedArticle
from dyad.store.database import Store

BATCH = 64


def batch(n: int) -> list[CodedArticle]:
    """64 articles under ids no other batch uses (the three fixture articles, copied)."""
    out = []
    for i in range(BATCH):
        coded = fixture_articles()[i % 3]
        prefix = f"b{n}-{i}-"
        article = dataclasses.replace(coded.article, id=prefix + coded.article.id)
        events = tuple(dataclasses.replace(e, id=prefix + e.id) for e in coded.events)
        out.append(dataclasses.replace(coded, article=article, events=events))
    return out


def run(source: Path, mode: str, batches: int) -> tuple[float, float]:
    """(median seconds per batch, seconds for the run including close)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.duckdb"
        shutil.copyfile(source, path)
        started = time.perf_counter()
        store = Store(path, model="bench", copies=False)  # the same texts under new ids
        if mode == "hold":
            store.release = lambda: None  # type: ignore[method-assign]
        times = []
        for n in range(batches):
            one = time.perf_counter()
            store.write(batch(n))
            times.append(time.perf_counter() - one)
        Store.release(store)
        store.close()
        return statistics.median(times), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--batches", type=int, default=15)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    found: dict[str, list[tuple[float, float]]] = {"hold": [], "release": []}
    for _ in range(args.runs):
        for mode in found:
            found[mode].append(run(args.db, mode, args.batches))
    print(f"{args.batches} batches of {BATCH} articles into a copy of {args.db.name}")
    print("| connection | median ms per batch (runs) | run s (runs) |")
    print("|---|---|---|")
    for mode, runs in found.items():
        per = ", ".join(f"{m * 1000:.0f}" for m, _ in runs)
        total = ", ".join(f"{t:.2f}" for _, t in runs)
        print(f"| {mode} | {per} | {total} |")


if __name__ == "__main__":
    main()
