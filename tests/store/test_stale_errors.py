"""An input that failed and is later stored cleanly leaves no stale error row."""

from __future__ import annotations

from dyad.records import Article, CodedArticle, InputFailure, StageError
from dyad.store.database import Store, connect


def _errors(db) -> list[tuple[str | None, str, str]]:
    con = connect(db, read_only=True)
    try:
        return con.execute(
            "SELECT article_id, origin, code FROM errors ORDER BY origin, code"
        ).fetchall()
    finally:
        con.close()


def _article(origin: str, text: str = "") -> CodedArticle:
    # each input its own text: the same text under two ids is one article (test_copies.py)
    text = text or f"Russia met China ({origin})."
    return CodedArticle(article=Article(id=f"id-{origin}", text=text, origin=origin))


def test_a_fixed_line_ingested_again_clears_its_error_row(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([_article("f.jsonl:1"), InputFailure("f.jsonl:2", "E006", "bad JSON")])
    assert _errors(db) == [(None, "f.jsonl:2", "E006")]
    with Store(db) as store:  # the line was fixed and the file ingested again
        assert store.write([_article("f.jsonl:1"), _article("f.jsonl:2")]) == (2, 0)
    assert _errors(db) == []


def test_the_error_of_another_input_stays(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write(
            [InputFailure("f.jsonl:2", "E006", "bad"), InputFailure("g.jsonl:2", "E007", "x")]
        )
        store.write([_article("f.jsonl:2")])
    assert _errors(db) == [(None, "g.jsonl:2", "E007")]


def test_an_input_failing_again_keeps_one_error_row(tmp_path):
    db = tmp_path / "d.duckdb"
    for _ in range(2):
        with Store(db) as store:
            assert store.write([InputFailure("f.jsonl:2", "E006", "bad")]) == (0, 1)
    assert _errors(db) == [(None, "f.jsonl:2", "E006")]


def test_a_stage_error_of_a_stored_article_is_kept(tmp_path):
    db = tmp_path / "d.duckdb"
    coded = CodedArticle(
        article=Article(id="a", text="Text.", origin="f.jsonl:1"),
        errors=(StageError("quotes", "E501", "stage quotes failed: boom"),),
    )
    with Store(db) as store:
        store.write([InputFailure("f.jsonl:1", "E006", "bad")])
        assert store.write([coded]) == (1, 0)
    assert _errors(db) == [("a", "f.jsonl:1", "E501")]
