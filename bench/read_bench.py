"""Throughput of dyad's readers alone (no NLP, no store): what decoding and decompression
cost (not a test; results in docs/ingest.md, "What it costs").

Inputs, written once to a temporary folder:

    utf8.jsonl        LINES JSONL records built from the bundled Wikinews articles (UTF-8)
    utf8.jsonl.gz     the same, gzip-compressed
    cp1252.jsonl      the same with every line in cp1252 (each line refused by UTF-8 first;
                      the encoding detected on the first is tried first on the others)
    bbc/              the BBC corpus in --data (2,225 articles, one of them Latin-1, and a
                      README)

Each input is read by ``list(read_articles([path]))`` in a fresh subprocess, timed around
that call only; every source tree given (``--src``, default this checkout's) is run in turn,
interleaved, and the table gives medians.

Usage:
    python bench/read_bench.py --data ../shared/data --runs 5
    python bench/read_bench.py --data ../shared/data --src src --src /tmp/base/src
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT / "examples" / "wikinews-2019-2020.jsonl"
CHILD = """
import sys, time
from dyad.ingest import read_articles
from dyad.records import Article
start = time.perf_counter()
items = list(read_articles([sys.argv[1]]))
seconds = time.perf_counter() - start
print(seconds, sum(isinstance(i, Article) for i in items), len(items))
"""


def write_inputs(folder: Path, lines: int) -> dict[str, Path]:
    records = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()]
    # a few Western-European letters in every record, so that cp1252 differs from UTF-8
    body = [
        {**r, "id": f"{i}", "text": r["text"] + " Café, réunion à Genève."}
        for i, r in enumerate(records[j % len(records)] for j in range(lines))
    ]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in body)
    paths = {
        "utf8.jsonl": folder / "utf8.jsonl",
        "utf8.jsonl.gz": folder / "utf8.jsonl.gz",
        "cp1252.jsonl": folder / "cp1252.jsonl",
    }
    paths["utf8.jsonl"].write_text(text, encoding="utf-8")
    paths["utf8.jsonl.gz"].write_bytes(gzip.compress(text.encode("utf-8")))
    paths["cp1252.jsonl"].write_bytes(text.encode("cp1252", errors="replace"))
    return paths


def run(src: Path, path: Path) -> tuple[float, int, int]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--src", type=Path, action="append")
    args = parser.parse_args()
    sources = args.src or [ROOT / "src"]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_inputs(Path(tmp), args.lines)
        inputs["bbc/"] = args.data / "news" / "bbc_fulltext_2225"
        times: dict[tuple[str, str], list[float]] = {}
        counts: dict[tuple[str, str], tuple[int, int]] = {}
        for _ in range(args.runs):
            for name, path in inputs.items():
                for src in sources:
                    seconds, articles, items = run(src, path)
                    times.setdefault((name, str(src)), []).append(seconds)
                    counts[(name, str(src))] = (articles, items)
        sizes = {
            n: sum(f.stat().st_size for f in [p, *p.rglob("*")] if f.is_file())
            for n, p in inputs.items()
        }
        print("| input | MB | source | articles / items | median s (min-max) | MB/s |")
        print("|---|---|---|---|---|---|")
        for (name, src), values in times.items():
            median = statistics.median(values)
            articles, items = counts[(name, src)]
            mb = sizes[name] / 1e6
            print(
                f"| {name} | {mb:.1f} | {src} | {articles} / {items} | {median:.2f} "
                f"({min(values):.2f}-{max(values):.2f}) | {mb / median:.1f} |"
            )


if __name__ == "__main__":
    main()
