"""`dyad ingest` over records with bad fields and unreadable dates: every good record is
stored, the bad one is an error row, a warned article keeps its warning row (issue 26,
items 1 and 4)."""

from __future__ import annotations

import dataclasses
import json

import duckdb
import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.records import Article, CodedArticle, InputFailure, StageError
from dyad.runners.summary import IngestSummary


def test_the_summary_counts_warned_articles_apart_from_failed_ones():
    summary = IngestSummary()
    warned = CodedArticle(
        article=Article(id="a", text="t"), errors=(StageError("ingest", "W001", "W001: x"),)
    )
    failed = CodedArticle(
        article=Article(id="b", text="t"), errors=(StageError("events", "E501", "E501: y"),)
    )
    for item in (warned, failed, InputFailure("f:1", "E009", "E009: z")):
        summary.count(item)
    assert (summary.articles, summary.failures, summary.stage_errors) == (2, 1, 1)
    assert summary.warnings == 1
    other = IngestSummary()
    other.count(dataclasses.replace(warned, article=Article(id="c", text="t")))
    summary.merge(other)
    assert summary.warnings == 2


def test_warnings_alone_leave_the_run_ok():
    summary = IngestSummary()
    summary.count(
        CodedArticle(
            article=Article(id="a", text="t"), errors=(StageError("ingest", "W001", "W001: x"),)
        )
    )
    assert summary.ok and summary.warnings == 1


@pytest.mark.model
def test_ingest_stores_every_good_line_around_bad_fields_and_warns_on_a_bad_date(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": "Russia met China."}) for i in range(100)]
    lines.append('{"text": "Russia met China.", "title": 5}')
    lines.append(json.dumps({"id": "dated", "text": "Russia met China.", "date": "soon-ish"}))
    lines.append('{"text": "Russia met China.", "url": "http://[::1/x"}')
    lines += [json.dumps({"id": f"b{i}", "text": "Russia met China."}) for i in range(100)]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    # every line has the same text: kept as articles of their own, not as copies of one
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--keep-copies"])
    assert result.exit_code == 1, result.stderr  # two inputs failed
    assert "201 articles stored" in result.stderr and "2 inputs failed" in result.stderr
    assert "1 with warnings" in result.stderr and "W001" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (201,)
        rows = con.execute(
            "SELECT article_id, origin, code FROM errors ORDER BY code, origin"
        ).fetchall()
        assert con.execute("SELECT date FROM articles WHERE id = 'dated'").fetchone() == (None,)
    finally:
        con.close()
    assert rows == [
        (None, f"{path}:101", "E009"),
        (None, f"{path}:103", "E014"),
        ("dated", f"{path}:102", "W001"),
    ]


@pytest.mark.model
def test_code_prints_a_date_warning_and_exits_0():
    record = {"id": "w", "text": "Putin met Xi in Beijing.", "date": "around noon"}
    result = CliRunner().invoke(main, ["code", "-"], input=json.dumps(record) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "W001" in result.stderr and "'around noon'" in result.stderr
    (output,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert output["article"]["date"] is None
    assert [e["code"] for e in output["errors"]] == ["W001"]
