"""Peak memory of one process coding BBC in shuffled order, read at checkpoints (not a test).

`make bench` gives one peak per run. This codes the corpus in this process with
`dyad.pipeline.code_articles` (what a local worker does), samples the resident memory every
50 ms, and prints the peak so far every ``--every`` articles, over ``--passes`` passes of
the same shuffled corpus. A second pass over the same articles shows whether memory
accumulates (it would rise above the first pass) or is a high-water mark set by the
biggest batches (it would not).

Usage:
    python bench/memory_trace.py --data ../shared/data [--passes 2] [--batch-chars N]

glibc's allocator keeps freed memory of large arrays when its mmap threshold has adapted
upwards; run with ``MALLOC_MMAP_THRESHOLD_=131072`` in the environment to see the effect of
a fixed threshold (docs/scale.md).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

import psutil

from dyad.ingest import read_articles
from dyad.pipeline import BATCH_CHARS, build_pipeline, code_articles

sys.path.insert(0, str(Path(__file__).parent))
import ingest_bench as bench


class PeakSampler:
    """The highest resident memory of this process seen by a background thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.process = psutil.Process()
        self.peak = 0
        self.interval = interval
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(self.interval)

    def mb(self) -> int:
        return round(max(self.peak, self.process.memory_info().rss) / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--batch-chars", type=int, default=BATCH_CHARS)
    args = parser.parse_args()
    files = bench.shuffled_bbc_files(args.data, args.seed)
    sampler = PeakSampler()
    nlp = build_pipeline()
    print(f"model loaded: {sampler.mb()} MB; batch budget {args.batch_chars:,} characters")
    print("| pass | articles | seconds | peak RSS so far (MB) | RSS now (MB) |")
    print("|---|---|---|---|---|")
    started = time.perf_counter()
    done = 0
    for number in range(1, args.passes + 1):
        coded = code_articles(nlp, read_articles(map(str, files)), batch_chars=args.batch_chars)
        for _ in coded:
            done += 1
            if done % args.every == 0:
                now = round(sampler.process.memory_info().rss / 2**20)
                seconds = time.perf_counter() - started
                print(f"| {number} | {done} | {seconds:.0f} | {sampler.mb()} | {now} |", flush=True)
    print(f"end: {done} articles, peak {sampler.mb()} MB")


if __name__ == "__main__":
    main()
