"""Throughput of `dyad ingest` against plain spaCy on real news (not a test).

For each corpus, each configuration runs as its own process tree, timed from start to exit
(interpreter start, model loading, reading, coding and, for dyad, writing the store), with
its resident memory sampled every 0.1 s over the whole tree:

    spacy-N       plain ``en_core_web_sm`` ``nlp.pipe`` over the same texts, N processes
                  (spaCy's own ``n_process``)
    dyad-N        ``dyad ingest DIR --db NEW.duckdb --workers N``
    dyad-dask-2   ``dyad ingest DIR --out NEW/ --dask local --workers 2`` (LocalCluster)
    dyad-2-actors ``dyad ingest ... --workers 2 --sentences actors``

Runs are interleaved (every configuration once, then again) so that a noisy neighbour on a
shared machine hurts all configurations alike; the table gives medians. Memory flatness is
shown by ``dyad ingest --workers 2`` on the first 500 and on all articles of the BBC corpus:
the peak of the main process (reading, writing the store) and of the largest worker.

The texts given to spaCy are exactly the article texts dyad's reader yields for the corpus,
read before timing starts. Results go to bench/results.md with the machine description.

Usage:
    python bench/ingest_bench.py --data ../shared/data            # 3 runs, both corpora
    python bench/ingest_bench.py --data ../shared/data --runs 1 --limit 200
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

BBC = "news/bbc_fulltext_2225/bbc"
GUARDIAN = "news/guardian_sdf_sample/Guardian_SDF_sample.csv"
MEMORY_SUBSET = 500
SAMPLE_SECONDS = 0.1


@dataclass
class Corpus:
    name: str
    source: Path
    """What dyad ingests: a folder of articles or a JSONL file."""
    texts: Path
    """The same articles' texts as dyad reads them, one JSON string per line (for spaCy)."""
    articles: int
    words: int


@dataclass
class Measure:
    seconds: list[float] = field(default_factory=list)
    peak_total_mb: list[float] = field(default_factory=list)
    peak_process_mb: list[float] = field(default_factory=list)
    peak_main_mb: list[float] = field(default_factory=list)
    peak_worker_mb: list[float] = field(default_factory=list)
    """Largest child process (a worker; 0 when coding ran in the main process)."""

    def add(self, sample: tuple[float, float, float, float, float]) -> None:
        seconds, total, largest, main, worker = sample
        self.seconds.append(seconds)
        self.peak_total_mb.append(total)
        self.peak_process_mb.append(largest)
        self.peak_main_mb.append(main)
        self.peak_worker_mb.append(worker)


# --- running and measuring one process tree ------------------------------------------------


def _rss(p: psutil.Process) -> float:
    try:
        return float(p.memory_info().rss) / 2**20
    except psutil.NoSuchProcess:
        return 0.0


def _tree_rss(root: psutil.Process) -> tuple[float, float, float, float]:
    """Resident memory in MB: (sum over the tree, largest process, the root, largest child)."""
    try:
        children = [_rss(p) for p in root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0, 0.0, 0.0, 0.0
    main = _rss(root)
    return main + sum(children), max([main, *children]), main, max(children, default=0.0)


def run_measured(
    command: list[str], env: dict[str, str]
) -> tuple[float, float, float, float, float]:
    """Run ``command`` to completion: wall seconds and the peak RSS in MB of the tree, of its
    largest process, of the root process and of its largest child."""
    peak = [0.0, 0.0, 0.0, 0.0]
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            now = _tree_rss(watched)
            peak[:] = [max(a, b) for a, b in zip(peak, now, strict=True)]
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    # exit status 1 means some inputs failed (they are reported); anything else is a crash
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr.decode()[-2000:]}")
    return seconds, peak[0], peak[1], peak[2], peak[3]


# --- corpora --------------------------------------------------------------------------------


def _write_texts(source: Path, texts_path: Path) -> tuple[int, int]:
    from dyad.ingest import read_articles
    from dyad.records import Article

    articles = words = 0
    with texts_path.open("w", encoding="utf-8") as out:
        for item in read_articles([str(source)]):
            if isinstance(item, Article):
                out.write(json.dumps(item.text) + "\n")
                articles += 1
                words += len(item.text.split())
    return articles, words


def shuffled_bbc_files(data: Path, seed: int) -> list[Path]:
    """The BBC article files in a seeded shuffle (the corpus is sorted by topic, so its
    first files are all business stories)."""
    files = bbc_files(data)
    random.Random(seed).shuffle(files)
    return files


def bbc_files(data: Path) -> list[Path]:
    """The BBC article files in the corpus's own order (by topic, then number)."""
    return sorted((data / BBC).glob("*/*.txt"))


def bbc_corpus(data: Path, work: Path, limit: int | None, name: str = "bbc") -> Corpus:
    files = bbc_files(data)
    if not files:
        sys.exit(f"no BBC articles under {data / BBC}")
    folder = work / name
    folder.mkdir()
    for path in files[:limit]:  # links, so dyad reads the same files under one folder
        (folder / f"{path.parent.name}-{path.name}").symlink_to(path.resolve())
    texts = work / f"{name}.texts.jsonl"
    return Corpus(name, folder, texts, *_write_texts(folder, texts))


def guardian_corpus(data: Path, work: Path, limit: int | None) -> Corpus:
    """The Guardian sample is a CSV; dyad reads JSONL, so it is converted (id, date, text)."""
    csv.field_size_limit(sys.maxsize)
    source = work / "guardian.jsonl"
    with (data / GUARDIAN).open(encoding="utf-8") as f, source.open("w", encoding="utf-8") as out:
        for i, row in enumerate(csv.DictReader(f)):
            if limit is not None and i >= limit:
                break
            record = {"id": f"guardian-{row['']}", "date": row["date"], "text": row["text"]}
            out.write(json.dumps(record) + "\n")
    texts = work / "guardian.texts.jsonl"
    return Corpus("guardian", source, texts, *_write_texts(source, texts))


# --- configurations -------------------------------------------------------------------------


def spacy_command(corpus: Corpus, processes: int) -> list[str]:
    return [
        sys.executable,
        __file__,
        "--spacy-only",
        str(corpus.texts),
        "--processes",
        str(processes),
    ]


def dyad_command(corpus: Corpus, work: Path, args: list[str]) -> list[str]:
    dyad = str(Path(sys.executable).parent / "dyad")
    target = work / f"out-{time.monotonic_ns()}"
    if "--dask" in args:
        return [dyad, "ingest", str(corpus.source), "--out", str(target), *args]
    return [dyad, "ingest", str(corpus.source), "--db", f"{target}.duckdb", *args]


CONFIGS: dict[str, tuple[int, list[str] | None]] = {
    # name: (processes, dyad ingest arguments; None for plain spaCy)
    "spacy-1": (1, None),
    "spacy-2": (2, None),
    "dyad-1": (1, ["--workers", "1"]),
    "dyad-2": (2, ["--workers", "2"]),
    "dyad-dask-2": (2, ["--dask", "local", "--workers", "2"]),
    "dyad-2-actors": (2, ["--workers", "2", "--sentences", "actors"]),
}


def spacy_only(texts_path: Path, processes: int) -> None:
    """The baseline: load en_core_web_sm and run ``nlp.pipe`` over the texts."""
    from dyad.nlp.model import load_model

    nlp = load_model()
    with texts_path.open(encoding="utf-8") as f:
        texts = (json.loads(line) for line in f)
        for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
            pass


# --- report ---------------------------------------------------------------------------------


def machine() -> list[str]:
    import spacy

    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent,
    ).stdout.strip()
    return [
        f"- CPU: {cpu}; {len(os.sched_getaffinity(0))} cores usable; "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM",
        f"- {platform.platform()}; Python {platform.python_version()}; spaCy {spacy.__version__}",
        f"- dyad at commit {commit or 'unknown'}",
    ]


def table(corpus: Corpus, results: dict[str, Measure]) -> list[str]:
    rows = [
        f"### {corpus.name}: {corpus.articles} articles, {corpus.words:,} words",
        "",
        "| configuration | processes | median s | articles/s | words/s | vs spaCy, same processes "
        "| peak RSS, all processes (MB) | peak RSS, largest process (MB) | runs (s) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, measure in results.items():
        processes, _ = CONFIGS[name]
        seconds = statistics.median(measure.seconds)
        baseline = results.get(f"spacy-{processes}")
        # without a spaCy run of the same process count in this run there is nothing to compare
        ratio = f"{statistics.median(baseline.seconds) / seconds:.2f}" if baseline else "–"
        runs = ", ".join(f"{s:.1f}" for s in measure.seconds)
        rows.append(
            f"| {name} | {processes} | {seconds:.1f} | {corpus.articles / seconds:.1f} "
            f"| {corpus.words / seconds:,.0f} | {ratio} "
            f"| {statistics.median(measure.peak_total_mb):.0f} "
            f"| {statistics.median(measure.peak_process_mb):.0f} | {runs} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="Articles per corpus.")
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--corpora", default="bbc,guardian")
    parser.add_argument("--results", type=Path, default=Path(__file__).parent / "results.md")
    parser.add_argument("--spacy-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.spacy_only:
        spacy_only(args.spacy_only, args.processes)
        return

    configs = [c for c in args.configs.split(",") if c]
    unknown = set(configs) - set(CONFIGS)
    if unknown:
        sys.exit(f"unknown configurations: {', '.join(sorted(unknown))}")
    env = dict(os.environ)
    work = Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    try:
        makers = {"bbc": bbc_corpus, "guardian": guardian_corpus}
        corpora = [makers[name](args.data, work, args.limit) for name in args.corpora.split(",")]
        report = ["# `make bench`: dyad ingest against plain spaCy", "", *machine(), ""]
        report.append(
            f"Medians of {args.runs} interleaved runs per configuration; wall time of the whole "
            "command (start-up and model loading included); RSS sampled every 0.1 s."
        )
        bbc_single: tuple[Corpus, Measure] | None = None
        for corpus in corpora:
            results = {name: Measure() for name in configs}
            for run in range(args.runs):
                for name in configs:
                    _, dyad_args = CONFIGS[name]
                    command = (
                        spacy_command(corpus, CONFIGS[name][0])
                        if dyad_args is None
                        else dyad_command(corpus, work, dyad_args)
                    )
                    sample = run_measured(command, env)
                    results[name].add(sample)
                    seconds, total = sample[0], sample[1]
                    print(
                        f"{corpus.name} run {run + 1} {name}: {seconds:.1f} s, "
                        f"{corpus.articles / seconds:.1f} articles/s, peak {total:.0f} MB",
                        flush=True,
                    )
            report += ["", *table(corpus, results)]
            if corpus.name == "bbc" and "dyad-2" in results:
                bbc_single = (corpus, results["dyad-2"])
        if bbc_single is not None:
            report += ["", *memory_flatness(args, work, env, *bbc_single)]
        args.results.write_text("\n".join(report) + "\n", encoding="utf-8")
        print("\n".join(report))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def memory_flatness(
    args: argparse.Namespace, work: Path, env: dict[str, str], bbc: Corpus, whole: Measure
) -> list[str]:
    """Peak RSS of the main process and of a worker on the first 500 BBC articles, beside
    the dyad-2 runs over the whole corpus."""
    rows = [
        "### Memory as the corpus grows (`dyad ingest --workers 2`, BBC)",
        "",
        "| articles | median s | main process, peak RSS (MB) | largest worker, peak RSS (MB) "
        "| runs: main / worker (MB) |",
        "|---|---|---|---|---|",
    ]
    subset = Measure()
    corpus = bbc_corpus(args.data, work, MEMORY_SUBSET, name=f"bbc-{MEMORY_SUBSET}")
    for _ in range(args.runs):
        subset.add(run_measured(dyad_command(corpus, work, ["--workers", "2"]), env))
        print(f"memory {corpus.articles} articles: {subset.seconds[-1]:.1f} s", flush=True)
    for articles, measure in ((corpus.articles, subset), (bbc.articles, whole)):
        runs = ", ".join(
            f"{m:.0f} / {w:.0f}"
            for m, w in zip(measure.peak_main_mb, measure.peak_worker_mb, strict=True)
        )
        rows.append(
            f"| {articles} | {statistics.median(measure.seconds):.1f} "
            f"| {statistics.median(measure.peak_main_mb):.0f} "
            f"| {statistics.median(measure.peak_worker_mb):.0f} | {runs} |"
        )
    return rows


if __name__ == "__main__":
    main()
