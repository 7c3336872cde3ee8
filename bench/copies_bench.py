"""What looking for copies of stored articles costs an ingest (not a test; figures in
docs/store.md, "Copies of one story", and bench/results.md).

Two measurements on the BBC and Wikinews corpora of ``--data``, each configuration
alternating with the other so that a noisy neighbour hurts both alike; medians of ``--runs``:

1. Writing the store: the corpora are read with dyad's reader and coded once, in this
   process; then the coded articles are written to a new database in batches of 64, as
   `dyad ingest` does, with copies looked for (``Store(copies=True)``, the default) and
   without (``copies=False``: the store as in dyad 0.7.0 but for the ``article_sources``
   rows). The coding time of the same articles puts the difference in proportion.
2. The whole command: ``dyad ingest WIKINEWS.jsonl --db NEW --workers 1`` against the same
   with ``--keep-copies``, each run a process of its own, timed from start to exit.

Usage:
    python bench/copies_bench.py --data ../shared/data
    python bench/copies_bench.py --data ../shared/data --runs 3 --limit 300 --commands 0
    python bench/copies_bench.py --data ../shared/data --commands-only
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dyad.ingest import read_articles
from dyad.pipeline import build_pipeline, code_articles
from dyad.records import Article, CodedArticle
from dyad.store.database import Store

BBC = "news/bbc_fulltext_2225/bbc"
WIKINEWS = "news/wikinews_2019_2020"
BATCH = 64


def wikinews_jsonl(data: Path, out: Path) -> Path:
    """The Wikinews CSVs as one JSONL file dyad reads (url, date, title, text)."""
    csv.field_size_limit(sys.maxsize)
    path = out / "wikinews.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for year in ("2019", "2020"):
            with (data / WIKINEWS / f"wikinews_{year}.csv").open(encoding="utf-8") as src:
                for row in csv.DictReader(src):
                    keep = {k: row[k] for k in ("url", "date", "title", "text")}
                    f.write(json.dumps(keep) + "\n")
    return path


def articles(paths: list[str], limit: int | None) -> list[Article]:
    found = [a for a in read_articles(paths) if isinstance(a, Article)]
    return found[:limit] if limit else found


def store_seconds(coded: list[CodedArticle], copies: bool, folder: Path) -> tuple[float, int]:
    """Seconds to write ``coded`` to a new database in batches, and the copies found."""
    db = folder / f"{time.monotonic_ns()}.duckdb"
    found = 0
    started = time.perf_counter()
    with Store(db, copies=copies) as store:
        for i in range(0, len(coded), BATCH):
            store.write(coded[i : i + BATCH])
            found += len(store.batch_copies)
    return time.perf_counter() - started, found


def command_seconds(jsonl: Path, keep: bool, folder: Path) -> float:
    db = folder / f"{time.monotonic_ns()}.duckdb"
    cli = "import sys; from dyad.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", cli, "ingest", str(jsonl), "--db", str(db)]
    cmd += ["--workers", "1", *(["--keep-copies"] if keep else [])]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    # 1: some input failed, the rest is stored
    if done.returncode not in (0, 1) or "articles stored" not in done.stderr:
        raise RuntimeError(done.stderr)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--commands", type=int, default=3, help="runs of the whole command")
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    parser.add_argument("--commands-only", action="store_true", help="skip measurement 1")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyad-copies-bench-") as tmp:
        folder = Path(tmp)
        jsonl = wikinews_jsonl(args.data, folder)
        corpora = {
            "bbc": articles([str(args.data / BBC)], args.limit),
            "wikinews": articles([str(jsonl)], args.limit),
        }
        nlp = None if args.commands_only else build_pipeline()
        for name, items in corpora.items() if nlp is not None else ():
            started = time.perf_counter()
            coded = [c for c in code_articles(nlp, items) if isinstance(c, CodedArticle)]
            coding = time.perf_counter() - started
            times: dict[bool, list[float]] = {True: [], False: []}
            copies = 0
            for _ in range(args.runs):
                for on in (False, True):
                    seconds, found = store_seconds(coded, on, folder)
                    times[on].append(seconds)
                    copies = found if on else copies
            on, off = statistics.median(times[True]), statistics.median(times[False])
            n = len(coded)
            print(f"## {name}: {n} articles, coded once in {coding:.1f} s; {copies} copies")
            print(f"store without looking for copies: median {off:.2f} s {_runs(times[False])}")
            print(f"store looking for copies:         median {on:.2f} s {_runs(times[True])}")
            print(f"extra: {1000 * (on - off) / n:.2f} ms per article; store x{on / off:.2f}; ")
            print(f"coding + store: x{(coding + on) / (coding + off):.3f}\n")
        if args.commands:
            times = {True: [], False: []}
            for _ in range(args.commands):
                for keep in (True, False):
                    times[keep].append(command_seconds(jsonl, keep, folder))
            keep, look = statistics.median(times[True]), statistics.median(times[False])
            print("## dyad ingest wikinews.jsonl --workers 1")
            print(f"--keep-copies: median {keep:.1f} s {_runs(times[True])}")
            print(f"default:       median {look:.1f} s {_runs(times[False])}")
            print(f"ratio: x{look / keep:.3f}")


def _runs(values: list[float]) -> str:
    return "(" + ", ".join(f"{v:.2f}" for v in values) + ")"


if __name__ == "__main__":
    main()
