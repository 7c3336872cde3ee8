"""Peak memory of `dyad ingest --workers 2` on BBC in shuffled order (not a test).

`make bench` reads the BBC corpus in file order, so its first 500 articles are all business
stories and its memory comparison mixes corpus size with article length. This runs the
first 500 articles of a seeded shuffle and then the whole shuffled corpus, twice each, and
prints the peak RSS of the main process and of the largest worker.

Usage:
    python bench/memory_shuffled.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import ingest_bench as bench


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    files = bench.shuffled_bbc_files(args.data, args.seed)
    work = Path(tempfile.mkdtemp(prefix="dyad-memory-"))
    env = dict(os.environ)
    for n in (bench.MEMORY_SUBSET, None):
        folder = work / f"shuffled-{n or 'all'}"
        folder.mkdir()
        for k, path in enumerate(files[:n]):  # the index prefix keeps the shuffled order
            (folder / f"{k:05d}-{path.parent.name}-{path.name}").symlink_to(path.resolve())
        corpus = bench.Corpus(folder.name, folder, folder, len(files[:n]), 0)
        for run in range(args.runs):
            sample = bench.run_measured(bench.dyad_command(corpus, work, ["--workers", "2"]), env)
            print(
                f"{n or len(files)} files, run {run + 1}: {sample[0]:.1f} s, "
                f"main {sample[3]:.0f} MB, largest worker {sample[4]:.0f} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
