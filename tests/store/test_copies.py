"""Copies of one story (issue 21, section 3): a copy is stored once, as a source of the
article it copies, in the database and in Parquet output, and counts once in aggregates.

The articles are real Wikinews texts from dyad's news-event corpus (`data/events`, CC BY
2.5), coded by hand (one RUS-CHN event each), so no model is loaded."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import duckdb
import pytest

from dyad.ingest.ids import article_id
from dyad.records import Actor, Article, CodedArticle, Event, InputFailure, Participant
from dyad.store.copies import THRESHOLD, best_match, fingerprint, jaccard
from dyad.store.database import Store, connect
from dyad.store.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]
RUSSIA = Actor("Russia", "RUS", "RUS", None, "country:RUS")
CHINA = Actor("China", "CHN", "CHN", None, "country:CHN")
SEED = ROOT / "examples/seed-article.txt"
GROOM = "Groom_by-election"  # two Wikinews interviews that share their opening paragraphs


@cache
def corpus() -> dict[str, dict]:
    lines = (ROOT / "data/events/articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines[1:]]
    return {r["url"]: r for r in records}


def record(contains: str, nth: int = 0) -> dict:
    return [r for url, r in sorted(corpus().items()) if contains in url][nth]


def coded(url: str, text: str, date: str = "2020-11-27", title: str = "t") -> CodedArticle:
    """``text`` published at ``url``, coded as one RUS-CHN CONSULT in its first words."""
    day = dt.date.fromisoformat(date)
    aid = article_id(url, text)
    event = Event(
        id=f"{aid}-e0",
        date=day,
        event="CONSULT",
        mode=None,
        context=(),
        cameo="040",
        goldstein=1.0,
        quad_code=1,
        actor=(Participant(RUSSIA, 0, 1, "R"), Participant(CHINA, 2, 3, "C")),
        recipient=(),
        event_text=text[:4],
        sentence=0,
        start=0,
        end=4,
        confidence=0.9,
        sentence_start=0,
        sentence_end=10,
    )
    article = Article(aid, text, url, day, title, url.split("/")[2], origin=f"{url}.txt")
    return CodedArticle(article, events=(event,))


def wire(nth: int = 0) -> str:
    """A long real article text (the nth of the corpus with 300 words or more)."""
    texts = [r["text"] for _, r in sorted(corpus().items()) if len(r["text"].split()) >= 300]
    return texts[nth]


def rebylined(text: str) -> str:
    """``text`` as another paper prints it: its own byline, the last paragraph cut."""
    paragraphs = text.strip().split("\n")
    return "By Jane Doe, Associated Press\n\n" + "\n".join(paragraphs[:-1])


def rows(db: Path, sql: str) -> list[tuple]:
    con = connect(db, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def count(db: Path, table: str) -> int:
    return rows(db, f"SELECT count(*) FROM {table}")[0][0]


def test_a_copy_with_a_different_url_and_byline_is_stored_once_with_both_urls(tmp_path):
    db = tmp_path / "d.duckdb"
    first = coded("https://paper-a.example/story", wire())
    copy = coded("https://paper-b.example/news/1", rebylined(wire()))
    assert jaccard(fingerprint(wire()).shingles, fingerprint(rebylined(wire())).shingles) < 1
    with Store(db) as store:
        assert store.write([first, copy]) == (1, 0)
        assert store.batch_copies == [copy.article.id]
    assert count(db, "articles") == 1 and count(db, "events") == 1
    sources = rows(db, "SELECT url, article_id, kind FROM article_sources ORDER BY url")
    assert sources == [
        ("https://paper-a.example/story", first.article.id, "self"),
        ("https://paper-b.example/news/1", first.article.id, "near"),
    ]


def test_an_exact_copy_differing_in_case_spacing_and_punctuation_is_an_exact_match(tmp_path):
    db = tmp_path / "d.duckdb"
    text = wire(1)
    changed = text.upper().replace(". ", " .  ").replace(",", " ;")
    with Store(db) as store:
        store.write([coded("https://a.example/1", text), coded("https://b.example/2", changed)])
    assert rows(db, "SELECT kind, similarity FROM article_sources WHERE kind <> 'self'") == [
        ("exact", 1.0)
    ]


def test_an_unrelated_article_on_the_same_topic_is_not_merged(tmp_path):
    # Two Wikinews interviews of candidates in one by-election: the same opening
    # paragraphs on the seat, then each candidate's own answers (Jaccard 0.34).
    one, other = record(GROOM, 0), record(GROOM, 1)
    similarity = jaccard(fingerprint(one["text"]).shingles, fingerprint(other["text"]).shingles)
    assert 0.25 < similarity < THRESHOLD
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write([coded(one["url"], one["text"]), coded(other["url"], other["text"])])
    assert count(db, "articles") == 2 and count(db, "events") == 2
    assert rows(db, "SELECT DISTINCT kind FROM article_sources") == [("self",)]


def test_ingesting_again_into_an_existing_store_recognises_a_copy(tmp_path):
    db = tmp_path / "d.duckdb"
    first = coded("https://paper-a.example/story", wire(), "2020-11-27")
    with Store(db) as store:
        store.write([first])
    copy = coded("https://paper-b.example/later", rebylined(wire()), "2020-11-28")
    with Store(db) as store:  # a later run, its own process's store
        assert store.write([copy]) == (0, 0)
    assert count(db, "articles") == 1
    assert rows(db, "SELECT article_id, date FROM article_sources WHERE kind = 'near'") == [
        (first.article.id, dt.date(2020, 11, 28))
    ]


def test_pair_aggregates_count_a_story_printed_by_three_papers_once(tmp_path):
    db = tmp_path / "d.duckdb"
    papers = [coded(f"https://paper-{p}.example/s", rebylined(wire())) for p in "abc"]
    alone = tmp_path / "alone.duckdb"
    with Store(alone) as store:
        store.write(papers[:1])
    with Store(db) as store:
        store.write(papers[:2])
        store.write(papers[2:])
    dyads = "SELECT actor, recipient, count(*) FROM event_dyads GROUP BY ALL"
    assert rows(db, dyads) == rows(alone, dyads) == [("CHN", "RUS", 1)]
    assert count(db, "article_sources") == 3


def test_re_ingesting_the_stored_article_keeps_its_copies(tmp_path):
    db = tmp_path / "d.duckdb"
    first = coded("https://paper-a.example/story", wire())
    copy = coded("https://paper-b.example/1", rebylined(wire()))
    with Store(db) as store:
        store.write([first, copy])
        store.write([first])
    assert count(db, "articles") == 1
    assert rows(db, "SELECT kind FROM article_sources ORDER BY kind") == [("near",), ("self",)]


def test_a_copy_ingested_again_with_a_new_text_becomes_an_article_of_its_own(tmp_path):
    db = tmp_path / "d.duckdb"
    url = "https://paper-b.example/1"
    first = coded("https://paper-a.example/story", wire())
    with Store(db) as store:
        store.write([first, coded(url, rebylined(wire()))])
        store.write([coded(url, wire(2))])  # the page now holds another story
    assert count(db, "articles") == 2
    assert rows(db, "SELECT kind FROM article_sources ORDER BY kind") == [("self",), ("self",)]


def test_short_texts_are_merged_only_when_exactly_the_same(tmp_path):
    db = tmp_path / "d.duckdb"
    short = "Russia and China held talks in Beijing on Monday, officials said."
    near = short.replace("Monday", "Tuesday")
    with Store(db) as store:
        store.write(
            [
                coded("https://a.example/1", short),
                coded("https://b.example/2", near),
                coded("https://c.example/3", " ".join(short.lower().split())),
            ]
        )
    assert count(db, "articles") == 2
    assert rows(db, "SELECT url, kind FROM article_sources WHERE kind <> 'self'") == [
        ("https://c.example/3", "exact")
    ]


def test_bad_input_and_empty_texts_in_a_batch_are_handled_as_before(tmp_path):
    db = tmp_path / "d.duckdb"
    failure = InputFailure("bad.json:3", "ingest", "E004", "malformed JSON line")
    blank = coded("https://a.example/blank", "...")
    other_blank = coded("https://b.example/blank", "—")
    with Store(db) as store:
        assert store.write([failure, blank, other_blank, coded("https://c/1", wire())]) == (3, 1)
    assert count(db, "errors") == 1 and count(db, "articles") == 3


def test_copies_false_stores_every_article_as_its_own(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db, copies=False) as store:
        store.write([coded("https://a.example/1", wire()), coded("https://b.example/1", wire())])
    assert count(db, "articles") == 2 and count(db, "article_sources") == 2


def test_a_store_made_before_migration_9_keeps_its_articles_and_finds_their_copies(tmp_path):
    db = tmp_path / "d.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
        "applied_at TIMESTAMP)"
    )
    for m in MIGRATIONS[:8]:
        con.execute(m.sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [m.version, ""])
    first = coded("https://paper-a.example/story", wire())
    twin = coded("https://paper-c.example/twin", wire())  # stored twice before: both stay
    con.close()
    old = Store(db)
    old._sources = old._copies = False  # write as dyad 0.7.0 did, without the new tables
    old._clusters = False
    old.write([first, twin])
    old.close()
    con = duckdb.connect(str(db))
    # back to version 8: without migration 9's tables, nor migration 10's (event clusters)
    con.execute("DELETE FROM schema_migrations WHERE version >= 9")
    con.execute("DROP VIEW clusters; DROP TABLE event_clusters")
    con.execute("DROP TABLE article_sources; DROP TABLE article_prints")
    con.close()
    with Store(db) as store:  # migrates to 9 and indexes the two stored articles
        store.write([coded("https://paper-b.example/1", rebylined(wire()))])
    assert count(db, "articles") == 2 and count(db, "events") == 2
    assert count(db, "article_prints") == 2
    kinds = rows(db, "SELECT kind, count(*) FROM article_sources GROUP BY 1 ORDER BY 1")
    assert kinds == [("near", 1), ("self", 2)]


def test_parquet_output_writes_a_copy_as_a_source_and_attach_reads_it(tmp_path):
    from dyad.store.parquet import ParquetSink, attach_parquet, open_parquet

    out = tmp_path / "out"
    first = coded("https://paper-a.example/story", wire())
    copy = coded("https://paper-b.example/1", rebylined(wire()), "2020-11-28")
    with ParquetSink(out) as sink:
        sink.write([first])
        sink.write([copy])
        assert sink.batch_copies == [copy.article.id]
    later = coded("https://paper-c.example/2", rebylined(wire()), "2020-11-29")
    with ParquetSink(out) as sink:  # a later run into the same folder
        sink.write([later])
        assert sink.batch_copies == [later.article.id]
    con = open_parquet(out)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 3
    con.close()
    db = tmp_path / "d.duckdb"
    attach_parquet(out, db)
    assert count(db, "articles") == 1 and count(db, "event_dyads") == 1
    assert rows(db, "SELECT kind, count(*) FROM article_sources GROUP BY 1 ORDER BY 1") == [
        ("near", 2),
        ("self", 1),
    ]
    assert count(db, "article_prints") == 1


def test_the_most_similar_candidate_is_chosen_and_one_below_the_threshold_is_not():
    text = wire()
    print_ = fingerprint(text)
    paragraphs = text.strip().split("\n")
    closer = fingerprint("\n".join(paragraphs[:-1]))
    farther = fingerprint("\n".join(paragraphs[: len(paragraphs) * 2 // 3]))
    unrelated = fingerprint(wire(2))
    candidates = [
        ("far", farther.text_hash, farther.shingles),
        ("close", closer.text_hash, closer.shingles),
        ("other", unrelated.text_hash, unrelated.shingles),
    ]
    match = best_match(print_, candidates)
    assert match is not None and match.article_id == "close" and match.kind == "near"
    assert best_match(print_, candidates[2:]) is None


@pytest.mark.model
def test_dyad_ingest_stores_a_reposted_seed_article_once_with_both_urls(tmp_path):
    from click.testing import CliRunner

    from dyad.cli import main

    header, title, body = SEED.read_text(encoding="utf-8").lstrip().split("\n\n", 2)
    repost = tmp_path / "in" / "repost.txt"
    repost.parent.mkdir()
    repost.write_text(
        "date 2026-02-05 https://another-paper.example/world/putin-xi\n\n"
        f"{title}\n\nBy Staff Writer and Agencies\n\n{body}",
        encoding="utf-8",
    )
    db = str(tmp_path / "d.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(SEED), "--db", db, "--workers", "1"])
    again = runner.invoke(main, ["ingest", str(repost.parent), "--db", db, "--workers", "1"])
    assert first.exit_code == 0 and again.exit_code == 0, again.stderr
    assert "0 articles stored" in again.stderr and "1 copies added as sources" in again.stderr
    assert count(Path(db), "articles") == 1
    urls = rows(Path(db), "SELECT kind, url FROM article_sources ORDER BY kind")
    assert urls == [
        ("near", "https://another-paper.example/world/putin-xi"),
        ("self", header.split()[2]),
    ]
