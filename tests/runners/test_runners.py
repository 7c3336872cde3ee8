"""Parallel local coding, Parquet output, attach, and Dask on a real LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from dyad.api import attach, code_paths, ingest
from tests.conftest import SEED, WIKINEWS

model = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The seed and the five shortest bundled Wikinews articles, as two input files."""
    folder = tmp_path_factory.mktemp("corpus")
    records = sorted(
        (json.loads(line) for line in WIKINEWS.read_text().splitlines()),
        key=lambda r: len(r["text"]),
    )
    short = folder / "short.jsonl"
    short.write_text("".join(json.dumps(r) + "\n" for r in records[:5]))
    return [str(SEED), str(short)]


def _counts(db) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    out = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "events", "quotes")
    }
    con.close()
    return out


@model
def test_two_workers_give_the_same_records_in_the_same_order_as_one(corpus):
    one = [c.article.id for c in code_paths(corpus, workers=1)]
    two = list(code_paths(corpus, workers=2))
    assert [c.article.id for c in two] == one
    assert sum(len(c.events) for c in two) > 0


@model
def test_parquet_output_is_partitioned_by_date_idempotent_and_attachable(tmp_path, corpus):
    out = tmp_path / "pq"
    first = ingest(corpus, out=out, workers=1)
    again = ingest(corpus, out=out, workers=1)
    assert first.articles == again.articles == 6
    con = duckdb.connect()
    (n,) = con.execute(
        "SELECT count(*) FROM read_parquet(?, hive_partitioning = true)",
        [str(out / "events" / "*" / "*.parquet")],
    ).fetchone()
    assert n == first.events
    assert (out / "events" / "date=2026-02-04").is_dir()
    db = tmp_path / "d.duckdb"
    attach(out, db)
    attach(out, db)
    assert _counts(db) == {"articles": 6, "events": first.events, "quotes": first.quotes}


@model
def test_dask_local_cluster_writes_the_same_records_as_a_local_run(tmp_path, corpus, monkeypatch):
    import dyad.runners.dask as runner

    # small ranges, so that the JSONL file is cut into several tasks as a big one would be
    monkeypatch.setattr(runner, "MIN_RANGE_BYTES", 2_000)
    tasks = runner.shards(corpus, workers=2)
    assert sum(1 for task in tasks if task[0].end is not None) >= 2
    local = tmp_path / "local"
    ingest(corpus, out=local, workers=1)
    distributed = tmp_path / "dask"
    summary = ingest(corpus, out=distributed, dask="local", workers=2)
    summary_again = ingest(corpus, out=distributed, dask="local", workers=2)
    assert summary.articles == summary_again.articles == 6 and summary.ok
    con = duckdb.connect()
    query = "SELECT count(*), count(DISTINCT id) FROM read_parquet(?, hive_partitioning = true)"
    local_events = con.execute(query, [str(local / "events" / "*" / "*.parquet")]).fetchone()
    dask_events = con.execute(query, [str(distributed / "events" / "*" / "*.parquet")]).fetchone()
    assert dask_events == local_events  # re-running replaced parts: no duplicate ids


@model
def test_local_dask_workers_keep_glibcs_mmap_threshold_and_do_not_profile(monkeypatch):
    import os

    import dask
    from dask.distributed import Client

    from dyad.runners.dask import local_cluster

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with local_cluster(1) as cluster, Client(cluster) as client:
        seen = client.run(
            lambda: (
                os.environ.get("MALLOC_TRIM_THRESHOLD_"),
                dask.config.get("distributed.worker.profile.enabled"),
            )
        )
    assert list(seen.values()) == [(None, False)]


def test_dask_refuses_stdin(tmp_path):
    from dyad.errors import InputError

    with pytest.raises(InputError, match="standard input"):
        ingest(["-"], out=tmp_path, dask="local", workers=1)


@model
def test_cli_ingest_parquet_needs_out(tmp_path):
    from click.testing import CliRunner

    from dyad.cli import main

    result = CliRunner().invoke(main, ["ingest", str(SEED), "--format", "parquet"])
    assert result.exit_code == 2 and "--out" in result.output
    ok = CliRunner().invoke(
        main, ["ingest", str(SEED), "--out", str(tmp_path / "pq"), "--workers", "1"]
    )
    assert ok.exit_code == 0 and "1 articles stored in" in ok.stderr


@model
def test_progress_reports_bytes_read_up_to_the_input_size(tmp_path, corpus):
    reports = []
    summary = ingest(
        corpus,
        tmp_path / "d.duckdb",
        workers=1,
        progress=lambda s: reports.append((s.bytes_read, s.bytes_total, s.eta_seconds)),
    )
    size = sum(Path(p).stat().st_size for p in corpus)
    assert reports[-1] == (size, size, 0.0)
    assert summary.articles == 6
