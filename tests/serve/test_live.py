"""The server, `dyad report` and `dyad sql` keep answering while another process ingests
into the same database, and show its data once a batch lands (issue 26, item 5)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from dyad.store.database import Store
from tests.serve.conftest import fixture_articles

pytestmark = pytest.mark.anyio

# Another process ingests: BATCHES batches of fixture articles under new ids, one Store
# for the run as `dyad ingest` has, a pause between batches as the NLP would make.
WRITER = textwrap.dedent(
    """
    import dataclasses, sys, time
    from dyad.store.database import Store
    from tests.serve.conftest import fixture_articles

    path, batches = sys.argv[1], int(sys.argv[2])
    # the same texts under new ids: articles of their own, not copies
    with Store(path, model="writer", copies=False) as store:
        print("open", flush=True)
        for n in range(batches):
            batch = []
            for a in fixture_articles():
                events = tuple(dataclasses.replace(e, id=f"w{n}-{e.id}") for e in a.events)
                article = dataclasses.replace(a.article, id=f"w{n}-{a.article.id}")
                batch.append(dataclasses.replace(a, article=article, events=events))
            store.write(batch)
            time.sleep(0.2)
    print("done", flush=True)
    """
)
BATCHES = 3


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "live.duckdb"
    with Store(path, model="hand-built") as store:
        store.write(fixture_articles())
    return path


def _writer(db: Path) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(BATCHES)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    return process


async def test_the_server_answers_during_an_ingest_and_shows_its_data(db):
    from dyad.serve.app import create_app

    app = create_app(db, check_every=0.05)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        assert (
            await client.get("/api/events?limit=1&include_negated=true&include_hypothetical=true")
        ).json()["total"] == 6
        with _writer(db) as writer:
            answered = 0
            while writer.poll() is None:
                for url in ("/api/events?limit=1", "/api/dyads", "/", "/dyad/RUS/CHN"):
                    response = await client.get(url)
                    assert response.status_code == 200, (url, response.text[:300])
                    answered += 1
            assert writer.returncode == 0 and writer.stdout is not None
            assert writer.stdout.read().strip() == "done"
        assert answered > 10
        deadline = time.monotonic() + 30
        total = 0
        while time.monotonic() < deadline and total != 6 * (BATCHES + 1):
            total = (
                await client.get(
                    "/api/events?limit=1&include_negated=true&include_hypothetical=true"
                )
            ).json()["total"]
            time.sleep(0.05)
        assert total == 6 * (BATCHES + 1)
        assert (await client.get(f"/api/articles/w{BATCHES - 1}-a1")).status_code == 200
    app.state.live.close()


def test_report_and_sql_answer_during_an_ingest(db):
    from dyad.cli import main

    runner = CliRunner()
    with _writer(db) as writer:
        runs = 0
        while writer.poll() is None:
            report = runner.invoke(main, ["report", "--db", str(db)])
            assert report.exit_code == 0, report.output
            sql = runner.invoke(
                main,
                ["sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "csv"],
            )
            assert sql.exit_code == 0, sql.output
            runs += 1
        assert writer.returncode == 0
    assert runs >= 2
    final = runner.invoke(
        main, ["sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "csv"]
    )
    assert final.output.split() == ["n", str(3 * (BATCHES + 1))]


def test_the_server_starts_while_an_ingest_runs(db):
    from dyad.serve.app import create_app

    with _writer(db) as writer:
        app = create_app(db)
        assert app.state.live.current().lookups is not None
        app.state.live.close()
        writer.wait(timeout=60)
    assert writer.returncode == 0


def test_an_unchanged_database_is_not_copied_again(db):
    from dyad.serve.app import create_app

    app = create_app(db, check_every=0)
    live = app.state.live
    first = live.current()
    assert live.refresh() and live.current() is first
    with Store(db) as store:
        more = fixture_articles()[0]
        store.write(
            [
                dataclasses.replace(
                    more, article=dataclasses.replace(more.article, id="n1"), events=()
                )
            ]
        )
    assert live.refresh() and live.current().version == first.version + 1
    live.close()
