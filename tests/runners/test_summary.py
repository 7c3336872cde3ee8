"""A run's summary counts what it stored: an article seen twice counts once."""

from __future__ import annotations

import json

import duckdb
import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.records import Article, CodedArticle, InputFailure, StageError
from dyad.runners.summary import IngestSummary

model = pytest.mark.model


def _coded(article_id: str, events: int = 0, quotes: int = 0, error: bool = False) -> CodedArticle:
    # counted by length only: any tuple of that length stands for the records
    errors = (StageError("quotes", "E501", "boom"),) if error else ()
    return CodedArticle(
        article=Article(id=article_id, text="Text."),
        events=(None,) * events,  # type: ignore[arg-type]
        quotes=(None,) * quotes,  # type: ignore[arg-type]
        errors=errors,
    )


def test_an_article_seen_twice_is_counted_once_with_its_last_version():
    summary = IngestSummary()
    for item in [_coded("a", 2, 1), _coded("b", 1), _coded("a", 3, 0, True), _coded("c")]:
        summary.count(item)
    assert (summary.articles, summary.events, summary.quotes) == (3, 4, 0)
    assert summary.stage_errors == 1


def test_failures_are_counted_each():
    summary = IngestSummary()
    summary.count(InputFailure("f:1", "E006", "E006: bad"))
    summary.count(InputFailure("f:2", "E006", "E006: bad"))
    assert summary.failures == 2 and summary.articles == 0


def test_merged_summaries_count_an_article_of_both_once():
    first, second = IngestSummary(), IngestSummary()
    first.count(_coded("a", 1))
    first.count(_coded("b", 1))
    second.count(_coded("a", 2))
    second.count(InputFailure("f:1", "E006", "E006: bad"))
    first.merge(second)
    assert (first.articles, first.events, first.failures) == (2, 3, 1)


@model
def test_the_ingest_summary_counts_distinct_articles_stored(tmp_path):
    source = tmp_path / "news.jsonl"
    texts = [
        "Russia met China.",
        "France criticized Iran.",
        "Russia met China.",
        "Japan aided Peru.",
    ]
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    db = tmp_path / "d.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    (stored,) = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()
    assert stored == 3 and "3 articles stored" in result.stderr
