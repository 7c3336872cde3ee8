"""CPU time of dyad's coding against plain spaCy over the same texts, in one process.

`ingest_bench.py` times whole runs (start-up, reading, the store) and is the benchmark of
record. This script isolates the part dyad can change: for the same BBC articles it
alternates rounds of plain ``en_core_web_sm`` ``nlp.pipe`` and of
`dyad.pipeline.code_articles`, measuring each round's process CPU time (less disturbed by
other jobs on a shared machine than wall time), and prints the medians and their ratio.

Usage:
    python bench/inprocess_ratio.py --data ../shared/data --articles 200 --rounds 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from dyad.nlp.model import load_model
from dyad.pipeline import SENTENCE_MODES, build_pipeline, code_articles
from dyad.records import Article

sys.path.insert(0, str(Path(__file__).parent))
import ingest_bench as bench


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--sentences", choices=SENTENCE_MODES, default="all")
    args = parser.parse_args()

    files = bench.shuffled_bbc_files(args.data, args.seed)[: args.articles]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    spacy_nlp, dyad_nlp = load_model(), build_pipeline()
    # warm both up (lazy tables, first-call allocations) outside the timed rounds
    list(spacy_nlp.pipe(texts[:20]))
    list(code_articles(dyad_nlp, articles[:20]))
    spacy_times: list[float] = []
    dyad_times: list[float] = []
    for round_ in range(1, args.rounds + 1):
        start = time.process_time()
        list(spacy_nlp.pipe(texts, batch_size=32))
        spacy_times.append(time.process_time() - start)
        start = time.process_time()
        list(code_articles(dyad_nlp, articles, sentences=args.sentences))
        dyad_times.append(time.process_time() - start)
        print(f"round {round_}: spaCy {spacy_times[-1]:.2f} s, dyad {dyad_times[-1]:.2f} s")
    spacy_median, dyad_median = statistics.median(spacy_times), statistics.median(dyad_times)
    print(
        f"{len(texts)} articles, medians of {args.rounds}: spaCy {spacy_median:.2f} s, "
        f"dyad {dyad_median:.2f} s; spaCy time / dyad time = {spacy_median / dyad_median:.2f}; "
        f"dyad {len(texts) / dyad_median:.1f} articles per CPU second"
    )


if __name__ == "__main__":
    main()
