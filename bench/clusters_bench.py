"""What grouping events into clusters costs an ingest (not a test; figures in docs/clusters.md).

For each database given (a store written by ``dyad ingest``), a copy's clusters are emptied
and its events grouped again batch by batch, 64 articles at a time in the order they were
coded, as `dyad.store.database.Store.write` groups each batch (``add_events`` then
``recluster``, in one transaction); only that work is timed. Medians of ``--runs``.

Usage:
    python bench/clusters_bench.py wikinews.duckdb guardian.duckdb --runs 5
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from dyad.store import clusters
from dyad.store.database import connect

BATCH = 64


def grouped_in_batches(db: Path) -> tuple[int, int, float]:
    """(articles, events, seconds grouping them) for one run on a copy of ``db``."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.duckdb"
        shutil.copy(db, copy)
        con = connect(copy)
        con.execute("DELETE FROM event_clusters")
        articles = [
            r[0] for r in con.execute("SELECT id FROM articles ORDER BY coded_at, id").fetchall()
        ]
        seconds = 0.0
        for i in range(0, len(articles), BATCH):
            ids = [
                r[0]
                for r in con.execute(
                    "SELECT id FROM events WHERE article_id IN (SELECT unnest(?))",
                    [articles[i : i + BATCH]],
                ).fetchall()
            ]
            started = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            clusters.recluster(con, clusters.add_events(con, ids))
            con.execute("COMMIT")
            seconds += time.perf_counter() - started
        row = con.execute("SELECT count(*) FROM event_clusters").fetchone()
        con.close()
    return len(articles), row[0] if row else 0, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for db in args.db:
        runs = [grouped_in_batches(db) for _ in range(args.runs)]
        articles, events = runs[0][:2]
        median = statistics.median(r[2] for r in runs)
        print(
            f"{db.name}: {articles} articles, {events} events; grouping {median:.2f} s "
            f"(runs {', '.join(f'{r[2]:.2f}' for r in runs)}), "
            f"{1000 * median / max(articles, 1):.1f} ms an article"
        )


if __name__ == "__main__":
    main()
