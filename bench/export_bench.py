"""Time and peak memory of `dyad export` on a large database (not a test; results in
bench/results.md, "Exports").

Generates a dyad database with EVENTS events (default 1,000,000) as bench/serve_bench.py does
(`serve_bench.generate`: through the real schema, ten one-sentence events per article, one
quote per event, given a cue word here so that Citron has quotes to write), then exports it
in each format, each run in a fresh subprocess that reports its wall time and peak resident
memory (``resource.getrusage(RUSAGE_SELF).ru_maxrss``), and prints the medians as a Markdown
table. With ``--parquet`` it also writes the database as a Parquet folder and exports one
format from it.

Usage:
    python bench/export_bench.py                         # 1M events, every format, 3 runs each
    python bench/export_bench.py --events 100000 --runs 1 --db small.duckdb --keep
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_bench import generate, machine

from dyad.exports.formats import FORMATS


def one_export(db: str, fmt: str, out: str) -> None:
    """Run in the subprocess: export, then print records, seconds and peak RSS as JSON."""
    from dyad.exports.run import export

    started = time.perf_counter()
    records = export(db, fmt, out)
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"records": records, "seconds": elapsed, "peak_mb": peak_kb / 1024}))


def measure(db: Path, fmt: str, out: Path, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, __file__, "--one", fmt, "--db", str(db), "--out", str(out)],
            check=True,
            capture_output=True,
            text=True,
        )
        results.append(json.loads(done.stdout.splitlines()[-1]))
    return {
        "records": results[0]["records"],
        "seconds": statistics.median(r["seconds"] for r in results),
        "peak_mb": statistics.median(r["peak_mb"] for r in results),
        "bytes": out.stat().st_size,
    }


def add_cues(db: Path) -> None:
    """Give the generated quotes a cue word and a speaker span (the sentence's first word),
    which serve_bench leaves out, so that the Citron export has quotes to write."""
    from dyad.store.database import connect

    con = connect(db)
    con.execute(
        "UPDATE quotes SET cue_start = start, cue_end = start + 9, cue_text = 'Officials', "
        "speaker_start = start, speaker_end = start + 9"
    )
    con.execute("CHECKPOINT")
    con.close()


def to_parquet(db: Path, folder: Path) -> None:
    """The database as `dyad ingest --out` lays out Parquet: a folder per table, events and
    articles partitioned by their date, the other tables in one partition."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    folder.mkdir(parents=True)
    for table in ("articles", "events"):
        target = (folder / table).as_posix()
        con.execute(f"COPY {table} TO '{target}' (FORMAT parquet, PARTITION_BY (date))")
    for table in ("event_parties", "mentions", "locations", "quotes"):
        target = folder / table / "date=__HIVE_DEFAULT_PARTITION__"
        target.mkdir(parents=True)
        con.execute(f"COPY {table} TO '{target / 'part-bench-0.parquet'}' (FORMAT parquet)")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", default=None, help="Reuse or keep this database.")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--parquet", default=None, help="Also export FORMAT from Parquet.")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_export(args.db, args.one, args.out)
        return
    work = Path(tempfile.mkdtemp(prefix="dyad-export-bench-"))
    db = Path(args.db) if args.db else work / "bench.duckdb"
    if not db.exists():
        seconds = generate(db, args.events)
        add_cues(db)
        print(f"generated {args.events:,} events in {seconds:.0f} s", file=sys.stderr)
    rows = []
    for fmt in filter(None, args.formats.split(",")):
        found = measure(db, fmt, work / f"out.{fmt}", args.runs)
        rows.append((fmt, "DuckDB", found))
        print(fmt, found, file=sys.stderr)
    if args.parquet:
        folder = work / "parquet"
        to_parquet(db, folder)
        found = measure(folder, args.parquet, work / f"out.parquet.{args.parquet}", args.runs)
        rows.append((args.parquet, "Parquet folder", found))
    print(f"\n{args.events:,} events; {machine()}; median of {args.runs} run(s)\n")
    print("| format | from | records | wall time (s) | peak RSS (MB) | output (MB) |")
    print("|---|---|---:|---:|---:|---:|")
    for fmt, source, r in rows:
        print(
            f"| `{fmt}` | {source} | {r['records']:,} | {r['seconds']:.1f} | "
            f"{r['peak_mb']:.0f} | {r['bytes'] / 1e6:.0f} |"
        )
    if not args.keep and not args.db:
        for path in sorted(work.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        work.rmdir()


if __name__ == "__main__":
    main()
