"""The CLI, in process (click's CliRunner)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyad.cli import main
from tests.conftest import ROOT, SEED, WIKINEWS

model = pytest.mark.model


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@model
def test_code_prints_one_json_object_per_article(runner):
    result = runner.invoke(main, ["code", str(SEED)])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    out = json.loads(line)
    assert out["article"]["date"] == "2026-02-04"
    assert {"mentions", "quotes", "events", "amounts", "dates", "locations", "errors"} <= set(out)
    consult = next(e for e in out["events"] if e["event"] == "CONSULT")
    assert {a["country"] for a in consult["actor"]} == {"RUS", "CHN"}


@model
def test_code_reads_jsonl_from_stdin_and_keeps_the_id(runner):
    record = {"id": "wire-1", "date": "2026-02-04", "text": "Putin met Xi in Beijing on Monday."}
    result = runner.invoke(main, ["code", "-"], input=json.dumps(record) + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["id"] == "wire-1"


@model
def test_code_pretty_shows_text_and_tables(runner):
    result = runner.invoke(main, ["code", "--format", "pretty", str(SEED)])
    assert result.exit_code == 0
    assert "Relations between Russia and China" in result.output and "events" in result.output


@model
def test_bad_input_is_reported_naming_the_file_and_the_rest_is_coded(runner, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00" * 10)
    result = runner.invoke(main, ["code", str(bad), str(SEED)])
    assert result.exit_code == 1
    assert f"E003: {bad} looks binary" in result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines[0]["article"] is None and lines[0]["errors"][0]["code"] == "E003"
    assert lines[1]["article"]["title"].startswith("Relations Between Russia")


@model
def test_ingest_report_and_sql_work_together(runner, tmp_path):
    db = str(tmp_path / "d.duckdb")
    result = runner.invoke(main, ["ingest", str(SEED), str(WIKINEWS), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "31 articles stored" in result.stderr
    report = runner.invoke(main, ["report", "--db", db])
    assert report.exit_code == 0
    assert "CHN-RUS" in report.output and "Vladimir Putin" in report.output
    query = runner.invoke(
        main, ["sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "jsonl"]
    )
    assert json.loads(query.stdout) == {"n": 31}


@model
def test_ingest_twice_is_idempotent(runner, tmp_path):
    db = str(tmp_path / "d.duckdb")
    counts = []
    for _ in range(2):
        assert runner.invoke(main, ["ingest", str(SEED), "--db", db]).exit_code == 0
        query = runner.invoke(
            main, ["sql", "SELECT count(*) n FROM events", "--db", db, "--format", "jsonl"]
        )
        counts.append(json.loads(query.stdout)["n"])
    assert counts[0] == counts[1] > 0


@model
def test_sql_refuses_to_write(runner, tmp_path):
    db = str(tmp_path / "d.duckdb")
    runner.invoke(main, ["ingest", str(SEED), "--db", db])
    result = runner.invoke(main, ["sql", "DELETE FROM articles", "--db", db])
    assert result.exit_code == 2 and "E304" in result.stderr


def test_report_on_a_missing_database_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "E301" in result.stderr


def test_every_command_has_help_with_an_example_and_is_documented(runner):
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name
        assert re.search(rf"^## `dyad {name}`", docs, re.M), f"docs/cli.md lacks dyad {name}"


def test_readme_names_the_test_command_that_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = Path(ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make test" in ci


@model
def test_eval_scores_the_seed_and_gates_on_floors(runner, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    base = tmp_path / "baseline.json"
    out = tmp_path / "eval.json"
    result = runner.invoke(
        main,
        [
            "eval",
            "seed",
            "--data",
            str(data),
            "--baseline",
            str(base),
            "--update-baseline",
            "--json",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["seed"]["metrics"]["speakers_right"] == 1.0
    pinned = json.loads(base.read_text())
    pinned["suites"]["seed"]["floors"]["speakers_right"] = 1.5  # an unreachable floor
    base.write_text(json.dumps(pinned))
    failed = runner.invoke(main, ["eval", "seed", "--data", str(data), "--baseline", str(base)])
    assert failed.exit_code == 1 and "seed.speakers_right" in failed.stderr


def test_eval_rejects_unknown_suites(runner, tmp_path):
    result = runner.invoke(main, ["eval", "nope", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "E402" in result.stderr


@model
def test_petrarch_keeps_events_without_a_plover_type(runner):
    record = json.dumps({"date": "2019-01-01", "text": "Putin told Xi that relations were strong."})
    plain = json.loads(runner.invoke(main, ["code", "-"], input=record).stdout)
    assert plain["events"] == []
    everything = json.loads(runner.invoke(main, ["code", "--petrarch", "-"], input=record).stdout)
    assert [(e["event"], e["cameo"], e["quad_code"]) for e in everything["events"]] == [
        (None, "010", 1)
    ]


@model
def test_quotes_lists_what_a_speaker_said(runner, tmp_path):
    db = str(tmp_path / "d.duckdb")
    runner.invoke(main, ["ingest", str(SEED), "--db", db])
    result = runner.invoke(main, ["quotes", "--speaker", "xi", "--db", db])
    assert result.exit_code == 0
    assert "Xi Jinping" in result.output and "new stage" in result.output
    assert "Vladimir Putin" not in result.output
    stances = runner.invoke(
        main, ["quotes", "--speaker", "putin", "--kind", "stance", "--db", db, "--format", "jsonl"]
    )
    assert "Xi a dear friend" in [json.loads(line)["text"] for line in stances.output.splitlines()]


def test_serve_on_a_missing_database_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "E301" in result.stderr


def test_kb_who_shows_code_office_dates_and_source(runner):
    result = runner.invoke(main, ["kb", "who", "Lavrov", "--date", "2016-05-01"])
    assert result.exit_code == 0, result.output
    assert "RUSGOV" in result.output and "foreign minister" in result.output
    assert "unsourced" in result.output and "2014-01-31" in result.output


def test_kb_who_reads_a_user_kb_from_the_kb_option(runner, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "name,country,sector,title,start,end,source\n"
        "Jane Doe,RUS,GOV,foreign minister,2016-01-01,2016-12-31,a decree\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        main, ["kb", "who", "Jane Doe", "--date", "2016-05-01", "--kb", f"dyad+csv:{mine}"]
    )
    assert result.exit_code == 0, result.output
    assert "RUSGOV" in result.output and "a decree" in result.output


def test_kb_who_says_when_a_name_is_unknown(runner):
    result = runner.invoke(main, ["kb", "who", "Nobody Atall"])
    assert result.exit_code == 1 and "not in the knowledge base" in result.output


def test_kb_check_names_the_file_and_line_of_a_bad_row(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,country,sector,title,start,end,source\n"
        "Jane Doe,RUS,GOV,foreign minister,2016-01-01,,me\n"
        "John Doe,RUX,GOV,foreign minister,2016-01-01,,me\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["kb", "check", str(bad)])
    assert result.exit_code == 2
    assert f"E207: {bad}:3: unknown country code 'RUX'" in result.stderr


def test_kb_export_writes_the_merged_kb_as_a_user_kb(runner, tmp_path):
    out = tmp_path / "kb.csv"
    result = runner.invoke(main, ["kb", "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,name,aliases,gender,country,sector,title,start,end,source,note"
    assert any(line.startswith("sergey-lavrov,Sergey Lavrov,") for line in lines)
    check = runner.invoke(main, ["kb", "check", str(out)])
    assert check.exit_code == 0, check.output


@model
def test_code_codes_a_person_of_a_user_kb_given_with_the_kb_option(runner, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "name,country,sector,title,start,end,source\n"
        "Jane Doe,RUS,GOV,foreign minister,2016-01-01,2016-12-31,a decree\n",
        encoding="utf-8",
    )
    record = {"id": "a", "date": "2016-05-01", "text": "Jane Doe met Xi Jinping in Beijing."}
    result = runner.invoke(
        main, ["code", "--kb", f"dyad+csv:{mine}", "-"], input=json.dumps(record) + "\n"
    )
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)["mentions"]
    doe = next(m for m in mentions if m["text"] == "Jane Doe")
    assert doe["actor"]["code"] == "RUSGOV" and doe["actor"]["id"] == "person:user:jane-doe"
