"""Which files an ingest reads, and that none it skips goes unsaid (issue 26, items 2, 12)."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from dyad.ingest import read_articles
from dyad.records import Article, InputFailure

LATIN1_NAME = b"caf\xe9-talks.txt"  # not UTF-8: a name written on a Latin-1 system


def read(*paths) -> list[Article | InputFailure]:
    return list(read_articles(list(paths)))


def _bytes_file(folder: Path, name: bytes, content: bytes) -> bytes:
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as out:
        out.write(content)
    return path


def test_a_file_name_that_is_not_utf8_is_read_and_its_origin_escaped(tmp_path):
    _bytes_file(tmp_path, LATIN1_NAME, b"Russia and China held talks on Monday.")
    (tmp_path / "next.txt").write_text("A second article follows here.")
    items = read(str(tmp_path))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert items[0].origin == f"{tmp_path}/caf\\xe9-talks.txt"
    items[0].origin.encode("utf-8")  # what the store keeps must be valid UTF-8


def test_a_bytes_path_that_is_not_utf8_is_read_and_a_missing_one_is_named_escaped(tmp_path):
    path = _bytes_file(tmp_path, LATIN1_NAME, b'{"text": "Putin met Xi."}\n')
    os.rename(path, path + b".jsonl")
    (article,) = read(path + b".jsonl")
    assert article.origin.endswith("caf\\xe9-talks.txt.jsonl:1")
    (missing,) = read(os.path.join(os.fsencode(tmp_path), b"gone\xff.txt"))
    assert missing.code == "E010" and "gone\\xff.txt" in missing.message


@pytest.mark.model
def test_ingest_stores_a_file_whose_name_is_not_utf8(tmp_path):
    from click.testing import CliRunner

    from dyad.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    _bytes_file(folder, LATIN1_NAME, b"Russia and China held talks in Moscow on Monday.")
    db = str(tmp_path / "d.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "1 articles stored" in result.stderr


def test_a_text_file_named_warc_is_an_error_naming_it(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("Just some text, not a crawl.\n")
    (failure,) = read(str(path))
    assert failure.code == "E026" and str(path) in failure.message


@pytest.mark.parametrize("content", [b"", gzip.compress(b"")], ids=["warc", "warc.gz"])
def test_an_empty_warc_is_an_error_naming_it(tmp_path, content):
    path = tmp_path / ("crawl.warc" + (".gz" if content else ""))
    path.write_bytes(content)
    (failure,) = read(str(path))
    assert failure.code == "E002" and str(path) in failure.message


def test_a_dangling_symlink_is_an_error_naming_it_given_or_found(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia and China held talks.")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    article, failure = read(str(folder))
    assert isinstance(article, Article)
    assert failure.code == "E025" and str(folder / "gone.txt") in failure.message
    (direct,) = read(str(folder / "gone.txt"))
    assert direct.code == "E025" and "nowhere.txt" in direct.message


def test_a_subdirectory_that_cannot_be_listed_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Russia and China held talks.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Never read.")
    real_scandir = os.scandir

    def scandir(path=".", *args):
        # root can list any directory, so the refusal a user would get is simulated
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    article, failure = read(str(tmp_path))
    assert isinstance(article, Article)
    assert failure.code == "E001" and str(tmp_path / "locked") in failure.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list a directory whatever its mode")
def test_a_subdirectory_without_read_permission_is_an_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Never read.")
    locked.chmod(0)
    try:
        (failure,) = read(str(tmp_path))
    finally:
        locked.chmod(0o755)
    assert failure.code == "E001" and str(locked) in failure.message


def test_a_directory_with_no_input_file_is_an_error_naming_it(tmp_path):
    (tmp_path / "notes.md").write_text("not an article")
    (failure,) = read(str(tmp_path))
    assert failure.code == "E027" and str(tmp_path) in failure.message


def test_directory_walk_order_and_hidden_files_are_as_before(tmp_path):
    for name in ("b/c.txt", "b.txt", "a.txt", ".h/x.txt", "b/.y.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Article text of {name}.")
    origins = [item.origin for item in read(str(tmp_path))]
    assert origins == [str(tmp_path / n) for n in ("a.txt", "b/c.txt", "b.txt")]


def test_a_linked_directory_is_walked_once_and_a_link_loop_ends(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Russia and China held talks.")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(tmp_path / "real")
    (root / "loop").symlink_to(root)
    (article,) = read(str(root))
    assert article.origin == str(root / "link" / "a.txt")
