"""CPU time of dyad's coding against plain spaCy over the same texts, in one process.

`ingest_bench.py` times whole runs (start-up, reading, the store) and is the benchmark of
record. This script isolates the part dyad can change: for the same BBC articles it
alternates rounds of plain ``en_core_web_sm`` ``nlp.pipe`` and of
`dyad.pipeline.code_articles`, measuring each round's process CPU time (less disturbed by
other jobs on a shared machine than wall time), and prints the medians and their ratio.

With ``--events rules`` it also times dyad with the rules alone deciding events (the event
stage before the learned one), in the same rounds.

Usage:
    python bench/inprocess_ratio.py --data ../shared/data --articles 200 --rounds 3
    python bench/inprocess_ratio.py --events rules    # also the rules-only pipeline
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
    parser.add_argument(
        "--events",
        action="append",
        default=[],
        help="also time dyad with this event model spec (e.g. 'rules'); repeatable",
    )
    args = parser.parse_args()

    files = bench.shuffled_bbc_files(args.data, args.seed)[: args.articles]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    spacy_nlp = load_model()
    pipelines = {"dyad": build_pipeline()}
    for spec in args.events:
        pipelines[f"dyad ({spec})"] = build_pipeline(events=spec)
    # warm all up (lazy tables, first-call allocations) outside the timed rounds
    list(spacy_nlp.pipe(texts[:20]))
    for nlp in pipelines.values():
        list(code_articles(nlp, articles[:20]))
    times: dict[str, list[float]] = {"spaCy": [], **{name: [] for name in pipelines}}
    for round_ in range(1, args.rounds + 1):
        start = time.process_time()
        list(spacy_nlp.pipe(texts, batch_size=32))
        times["spaCy"].append(time.process_time() - start)
        for name, nlp in pipelines.items():
            start = time.process_time()
            list(code_articles(nlp, articles, sentences=args.sentences))
            times[name].append(time.process_time() - start)
        print(f"round {round_}: " + ", ".join(f"{n} {t[-1]:.2f} s" for n, t in times.items()))
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"{len(texts)} articles, medians of {args.rounds}:")
    for name, median in medians.items():
        print(
            f"  {name}: {median:.2f} s, spaCy time / its time = {medians['spaCy'] / median:.2f}, "
            f"{len(texts) / median:.1f} articles per CPU second"
        )


if __name__ == "__main__":
    main()
