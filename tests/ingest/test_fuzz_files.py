"""Property-based tests over whole files: any bytes, under any known name, compressed or not,
cut anywhere, are read into articles and failures without an exception escaping (issue 26)."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import re
import tempfile

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from dyad.ingest import read_articles
from dyad.ingest.decode import decode_text
from dyad.records import Article, InputFailure

pytestmark = pytest.mark.fuzz

SUFFIXES = [".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".warc", ""]
COMPRESSORS = {
    "": lambda data: data,
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]
# Only string fields: other JSON values are the readers' own tests (tests/ingest/test_readers.py).
RECORD = st.fixed_dictionaries(
    {"text": st.text()}, optional={"id": st.text(), "title": st.text(), "date": st.text()}
)
WARC_HEAD = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: "


def _jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


TEXTS = st.one_of(
    st.text(),
    st.lists(RECORD, max_size=5).map(_jsonl),
    st.lists(RECORD, max_size=3).map(json.dumps),
    st.text().map(lambda t: f"<html><body><p>{t}</p></body></html>"),
    st.text().map(lambda t: f"date 2020-01-02 https://example.org/a\n\nTitle here\n\n{t}"),
)
CONTENT = st.one_of(
    st.binary(max_size=3000),
    st.tuples(TEXTS, st.sampled_from(ENCODINGS)).map(lambda p: _encoded(*p)),
    st.binary(max_size=400).map(lambda b: WARC_HEAD + b),
)


def _read_file(name: str, data: bytes) -> tuple[list[Article | InputFailure], str]:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        with open(path, "wb") as out:
            out.write(data)
        return list(read_articles([path])), path


def _check(items: list[Article | InputFailure], path: str, size: int) -> None:
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert len(articles) + len(failures) == len(items)
    stored = [a.origin for a in articles]
    assert len(set(stored)) == len(stored), "a record stored twice"
    assert not set(stored) & {f.origin for f in failures}, "a record stored and reported"
    for article in articles:
        for value in (article.id, article.text, article.title, article.url, article.origin):
            if value is not None:
                value.encode("utf-8")  # valid UTF-8: no lone surrogate
                assert "\x00" not in value
        assert article.text.strip()
    for item in items:
        assert item.origin is not None and item.origin.startswith(path)
        where = item.origin[len(path) :]
        number = re.fullmatch(r"[:@](\d+)", where)
        if number:  # a line number or a byte offset: inside what was read
            assert 0 <= int(number.group(1)) <= size
    for failure in failures:
        assert re.fullmatch(r"E\d{3}", failure.code) and failure.message.startswith(failure.code)


@given(
    content=CONTENT,
    suffix=st.sampled_from(SUFFIXES),
    packing=st.sampled_from(sorted(COMPRESSORS)),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_any_file_gives_articles_and_failures_never_an_exception(content, suffix, packing, cut):
    data = COMPRESSORS[packing](content)
    if cut is not None:
        data = data[: int(len(data) * cut)]
    items, path = _read_file("input" + suffix + packing, data)
    _check(items, path, max(len(data), len(content)))
    if not items:  # only a JSON document that is an empty array says nothing (its own item)
        assert json.loads(decode_text(data if packing == "" else content, "x")) == []


@given(content=st.binary(max_size=2000), cut=st.floats(0, 1))
def test_a_cut_gzip_keeps_a_prefix_of_the_lines_of_the_whole(content, cut):
    lines = [line for line in content.split(b"\n") if line.strip()]
    jsonl = _jsonl([{"text": f"line {i} {line!r}"} for i, line in enumerate(lines)]).encode()
    whole, _ = _read_file("a.jsonl.gz", gzip.compress(jsonl))
    packed = gzip.compress(jsonl)
    kept = int(len(packed) * cut)
    items, _ = _read_file("a.jsonl.gz", packed[:kept])
    articles = [i.text for i in items if isinstance(i, Article)]
    assert articles == [i.text for i in whole if isinstance(i, Article)][: len(articles)]
    if kept < len(packed):  # the cut is always reported
        assert isinstance(items[-1], InputFailure)
