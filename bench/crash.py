"""kill -9 of `dyad ingest --workers 2` at random moments, then a re-run (not a test).

1. A clean run: ``dyad ingest DIR --db clean.duckdb --workers 2`` over ``--articles`` files
   of BBC News (evenly spaced in path order), timed; its rows are the reference.
2. ``--kills`` times, on one store: start the same ingest, wait a random moment in
   [0, clean run's seconds) (seeded), kill -9 the ``dyad`` process. Then: which of its child
   processes (the workers and multiprocessing's resource tracker) are still alive
   ``--grace`` seconds later (orphans; killed by this script then), whether the store opens,
   and whether every article it holds is whole: for each table, that article's rows are
   exactly the clean run's (but for the file a repeated text was stored from: see
   `PARTIAL_VOLATILE`), and no table holds a row of an article the articles table lacks.
3. A last run to completion on that store, compared with the clean one: rows per table and a
   fingerprint per table (MD5 of the sorted rows, the timestamp columns left out).

Results print as Markdown and go to ``--json`` after every kill, so that an interrupted run
keeps what it found.

Usage:
    python bench/crash.py --data ../shared/data                       # 2,000 articles, 20 kills
    python bench/crash.py --data ../shared/data --articles 300 --kills 5
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import psutil

from dyad.store.schema import TABLES

BBC = "news/bbc_fulltext_2225/bbc"
# Columns that differ between two runs of the same input by design: when a row was written.
VOLATILE = ("coded_at", "recorded_at")
# Left out too when a killed run's articles are compared one by one with the clean run's: a
# text repeated under two file names is one article, stored from the last copy a run reached,
# so a run killed between the copies holds it with the first copy's path. (The final
# comparison keeps it: a complete run reaches the last copy.)
PARTIAL_VOLATILE = (*VOLATILE, "origin")
DYAD = str(Path(sys.executable).with_name("dyad"))


@dataclass
class Kill:
    number: int
    after_seconds: float
    finished_before_kill: bool
    children_at_kill: int
    orphans: int
    store_opens: str
    """yes, NO, or "not created" (killed before the store was created)."""
    articles_stored: int
    incomplete_articles: int
    """Articles whose rows in some table differ from the clean run's."""
    stray_rows: int
    """Rows of an article the articles table does not hold."""


@dataclass
class Results:
    articles_in: int
    workers: int
    seed: int
    clean_seconds: float = 0.0
    clean_counts: dict[str, int] = field(default_factory=dict)
    kills: list[Kill] = field(default_factory=list)
    final_seconds: float = 0.0
    final_counts: dict[str, int] = field(default_factory=dict)
    fingerprints_equal: dict[str, bool] = field(default_factory=dict)


def corpus(data: Path, articles: int, folder: Path) -> int:
    """Copy ``articles`` BBC files, evenly spaced in path order (so that every section is
    there), into ``folder``."""
    every = sorted((data / BBC).rglob("*.txt"))
    count = min(articles, len(every))
    files = [every[i * len(every) // count] for i in range(count)] if count else []
    for path in files:
        target = folder / path.relative_to(data / BBC)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return len(files)


def command(source: Path, db: Path, workers: int) -> list[str]:
    return [DYAD, "ingest", str(source), "--db", str(db), "--workers", str(workers)]


def full_run(source: Path, db: Path, workers: int) -> float:
    started = time.perf_counter()
    subprocess.run(command(source, db, workers), check=False, capture_output=True)
    return time.perf_counter() - started


def _row_text(
    con: duckdb.DuckDBPyConnection, table: str, left_out: tuple[str, ...] = VOLATILE
) -> str:
    """A SQL expression of a row of ``table`` (aliased ``r``) as text, without ``left_out``."""
    columns = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description or []]
    kept = [c for c in columns if c not in left_out]
    return (
        "concat_ws('|', "
        + ", ".join(f"coalesce(CAST(r.\"{c}\" AS VARCHAR), '∅')" for c in kept)
        + ")"
    )


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def fingerprints(db: Path) -> dict[str, str]:
    """MD5 of each table's sorted rows (`VOLATILE` columns left out)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            row = _row_text(con, table)
            digest = f"md5(coalesce(string_agg({row}, chr(10) ORDER BY {row}), ''))"
            sql = f"SELECT {digest} FROM {table} r"
            out[table] = con.execute(sql).fetchone()[0]
        return out
    finally:
        con.close()


def per_article(db: Path) -> dict[str, dict[str, str]]:
    """For each table, each article's rows as one MD5 (input failures under their origin),
    `PARTIAL_VOLATILE` columns left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            row = _row_text(con, table, PARTIAL_VOLATILE)
            key = {"articles": "r.id", "errors": "coalesce(r.article_id, 'origin:' || r.origin)"}
            key = key.get(table, "r.article_id")
            sql = (
                f"SELECT {key}, md5(string_agg({row}, chr(10) ORDER BY {row})) "
                f"FROM {table} r GROUP BY 1"
            )
            out[table] = dict(con.execute(sql).fetchall())
        return out
    finally:
        con.close()


def check_partial(db: Path, clean: dict[str, dict[str, str]]) -> tuple[str, int, int, int]:
    """(store opens, articles stored, articles not whole, stray rows) of a killed run's store."""
    if not db.exists():
        return "not created", 0, 0, 0
    try:
        found = per_article(db)
    except duckdb.Error as e:
        print(f"  store does not open: {e}", file=sys.stderr)
        return "NO", 0, 0, 0
    stored = set(found["articles"])
    incomplete = set()
    stray = 0
    for table in TABLES:
        for key, digest in found[table].items():
            if key.startswith("origin:"):
                continue  # an input failure: no article to be whole
            if key not in stored:
                stray += 1
            elif clean[table].get(key) != digest:
                incomplete.add(key)
        # an article stored without the rows the clean run gave it in this table
        incomplete |= {k for k in stored if k in clean[table] and k not in found[table]}
    return "yes", len(stored), len(incomplete), stray


def kill_at(
    source: Path, db: Path, workers: int, moment: float, grace: float
) -> tuple[bool, int, int]:
    """Run the ingest, kill -9 it ``moment`` seconds after its start; returns (it had
    finished already, children it had, children still alive ``grace`` s later)."""
    proc = subprocess.Popen(
        command(source, db, workers), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    parent = psutil.Process(proc.pid)
    deadline = time.perf_counter() + moment
    children: list[psutil.Process] = []
    while time.perf_counter() < deadline and proc.poll() is None:
        try:
            children = parent.children(recursive=True) or children
        except psutil.NoSuchProcess:
            break
        time.sleep(min(0.2, max(0.0, deadline - time.perf_counter())))
    if proc.poll() is not None:
        return True, 0, 0
    with contextlib.suppress(psutil.NoSuchProcess):
        children = parent.children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(children, timeout=grace)
    for orphan in alive:
        orphan.kill()
    return False, len(children), len(alive)


def markdown(r: Results) -> str:
    lines = [
        f"{r.articles_in} BBC articles, `--workers {r.workers}`, seed {r.seed}; clean run "
        f"{r.clean_seconds:.0f} s, final re-run {r.final_seconds:.0f} s.",
        "",
        "| kill | after s | children | orphans | store opens | articles stored | not whole "
        "| stray rows |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for k in r.kills:
        after = f"{k.after_seconds:.1f}" + (" (had finished)" if k.finished_before_kill else "")
        lines.append(
            f"| {k.number} | {after} | {k.children_at_kill} | {k.orphans} | "
            f"{k.store_opens} | {k.articles_stored} | "
            f"{k.incomplete_articles} | {k.stray_rows} |"
        )
    lines += ["", "| table | clean rows | after kills and re-run | fingerprint equal |"]
    lines.append("|---|---|---|---|")
    for t in TABLES:
        lines.append(
            f"| {t} | {r.clean_counts.get(t, '')} | {r.final_counts.get(t, '')} | "
            f"{'yes' if r.fingerprints_equal.get(t) else 'NO'} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="../shared/data")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--grace", type=float, default=5.0, help="seconds orphans may live")
    parser.add_argument("--json", type=Path, default=None, help="write results here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="dyad-crash-") as tmp:
        work = Path(tmp)
        source = work / "bbc"
        results = Results(corpus(args.data, args.articles, source), args.workers, args.seed)
        if not results.articles_in:
            sys.exit(f"no BBC articles under {args.data / BBC}")
        results.clean_seconds = full_run(source, work / "clean.duckdb", args.workers)
        results.clean_counts = counts(work / "clean.duckdb")
        clean = per_article(work / "clean.duckdb")
        print(f"clean run: {results.clean_seconds:.0f} s, {results.clean_counts}", flush=True)
        crashed = work / "crashed.duckdb"
        for number in range(1, args.kills + 1):
            moment = rng.uniform(0, results.clean_seconds)
            finished, children, orphans = kill_at(source, crashed, args.workers, moment, args.grace)
            opens, stored, incomplete, stray = check_partial(crashed, clean)
            kill = Kill(
                number, moment, finished, children, orphans, opens, stored, incomplete, stray
            )
            results.kills.append(kill)
            print(f"kill {number}: {kill}", flush=True)
            _save(results, args.json)
        results.final_seconds = full_run(source, crashed, args.workers)
        results.final_counts = counts(crashed)
        want, got = fingerprints(work / "clean.duckdb"), fingerprints(crashed)
        results.fingerprints_equal = {t: want[t] == got[t] for t in TABLES}
        _save(results, args.json)
    print(markdown(results))


def _save(results: Results, path: Path | None) -> None:
    if path is not None:
        path.write_text(json.dumps(asdict(results), indent=1) + "\n")


if __name__ == "__main__":
    main()
