"""Compressed input is streamed record by record: what comes before damage is kept, and the
damage is reported with its offset (issue 26, item 10)."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma

import pytest
import zstandard

from dyad.ingest import read_articles
from dyad.records import Article, InputFailure

# 3,000 lines, ~200 KB: more than the 64 KB the reader used to read ahead, and more than one
# zstd block (128 KB), so that truncation leaves whole blocks behind.
LINES = b"".join(
    json.dumps({"id": f"a{i}", "text": f"Russia and China held talks, round {i}. " * 2}).encode()
    + b"\n"
    for i in range(3000)
)
COMPRESSORS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def read(*paths) -> list[Article | InputFailure]:
    return list(read_articles(list(paths)))


def split(items):
    articles = [i for i in items if isinstance(i, Article)]
    return articles, [i for i in items if isinstance(i, InputFailure)]


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_every_compression_is_read_whole(tmp_path, suffix):
    path = tmp_path / f"a.jsonl.{suffix}"
    path.write_bytes(COMPRESSORS[suffix](LINES))
    articles, failures = split(read(str(path)))
    assert len(articles) == 3000 and not failures


def test_a_gzip_with_trailing_garbage_keeps_every_record_and_names_the_garbage(tmp_path):
    packed = gzip.compress(b"".join(LINES.splitlines(keepends=True)[:20]))
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(packed + b"garbage!!")
    articles, (failure,) = split(read(str(path)))
    assert len(articles) == 20
    assert failure.code == "E024" and failure.origin == f"{path}@{len(packed)}"
    assert "9 bytes" in failure.message


def test_zero_padding_after_a_gzip_is_accepted_like_gzip_does(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(LINES) + b"\x00" * 512)
    articles, failures = split(read(str(path)))
    assert len(articles) == 3000 and not failures


def test_concatenated_gzip_members_are_all_read(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(LINES[:70001]) + gzip.compress(LINES[70001:]))
    articles, failures = split(read(str(path)))
    assert len(articles) == 3000 and not failures


@pytest.mark.parametrize("suffix", ["gz", "xz", "zst"])
def test_a_truncated_file_keeps_the_intact_lines_before_the_cut(tmp_path, suffix):
    packed = COMPRESSORS[suffix](LINES)
    cut = len(packed) * 3 // 4
    path = tmp_path / f"a.jsonl.{suffix}"
    path.write_bytes(packed[:cut])
    articles, (failure,) = split(read(str(path)))
    # what a streaming decompressor gives for the same bytes, cut at the last newline
    decomp = {
        "gz": lambda: __import__("zlib").decompressobj(31),
        "xz": lzma.LZMADecompressor,
        "zst": lambda: zstandard.ZstdDecompressor().decompressobj(),
    }[suffix]()
    intact = decomp.decompress(packed[:cut])
    whole_lines = intact[: intact.rfind(b"\n") + 1].count(b"\n")
    assert whole_lines > 0 and len(articles) == whole_lines
    assert [a.id for a in articles] == [f"a{i}" for i in range(whole_lines)]
    assert failure.code == "E022" and failure.origin == f"{path}@{cut}"
    assert f"first {whole_lines} line(s)" in failure.message


def test_a_truncated_zst_is_reported_as_truncated_not_empty(tmp_path):
    packed = COMPRESSORS["zst"](LINES[:500])  # one block: nothing whole before the cut
    path = tmp_path / "a.jsonl.zst"
    path.write_bytes(packed[: len(packed) // 2])
    (failure,) = read(str(path))
    assert failure.code == "E022" and "first 0 line(s)" in failure.message


def test_a_gzip_corrupt_in_the_middle_keeps_the_lines_before_the_damage(tmp_path):
    first, second = LINES[:100_000], LINES[100_000:]
    packed_first = gzip.compress(first)
    broken = bytearray(gzip.compress(second))
    broken[10:] = bytes(len(broken) - 10)  # the second member's data zeroed after its header
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(packed_first + bytes(broken))
    articles, failures = split(read(str(path)))
    assert len(articles) >= first.count(b"\n")
    assert [a.id for a in articles[: first.count(b"\n")]] == [
        f"a{i}" for i in range(first.count(b"\n"))
    ]
    damage = failures[-1]
    assert damage.code == "E023"
    offset = int(damage.origin.rsplit("@", 1)[1])
    assert len(packed_first) <= offset < len(packed_first) + len(broken)


def test_a_truncated_text_file_is_reported_whole_not_stored_half(tmp_path):
    path = tmp_path / "a.txt.gz"
    packed = gzip.compress(("Russia and China held talks. " * 5000).encode())
    path.write_bytes(packed[: len(packed) // 2])
    (failure,) = read(str(path))
    assert failure.code == "E022" and "one document" in failure.message


def _warc(count: int) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    offsets = []
    for i in range(count):
        offsets.append(out.tell())
        html = (
            f"<html><head><title>Talks number {i}</title></head><body><article>"
            f"<h1>Talks number {i}</h1><p>Russia and China held talks number {i} in Moscow "
            "on Monday about trade and energy.</p><p>The ministers agreed to meet again next "
            "month in Beijing.</p></article></body></html>"
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://example.org/{i}",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2020-01-02T10:00:00Z"},
            )
        )
    offsets.append(out.tell())
    return out.getvalue(), offsets


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_corrupt_warc_gz_keeps_the_intact_records_before_it(tmp_path):
    data, offsets = _warc(3)
    broken = bytearray(data)
    middle = (offsets[2] + offsets[3]) // 2
    broken[middle : middle + 20] = bytes(b ^ 0x55 for b in broken[middle : middle + 20])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(broken))
    articles, (failure,) = split(read(str(path)))
    assert [a.url for a in articles] == ["https://example.org/0", "https://example.org/1"]
    assert failure.code == "E023"
    assert offsets[2] <= int(failure.origin.rsplit("@", 1)[1]) <= offsets[3]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_truncated_warc_keeps_whole_records_and_names_the_cut_one(tmp_path):
    data, _ = _warc(3)
    plain = gzip.decompress(data)
    path = tmp_path / "crawl.warc"
    path.write_bytes(plain[: len(plain) - 200])
    articles, (failure,) = split(read(str(path)))
    assert [a.url for a in articles] == ["https://example.org/0", "https://example.org/1"]
    assert failure.code == "E028" and failure.origin.startswith(f"{path}@")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_warc_without_html_responses_says_so(tmp_path):
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "test"}))
    path = tmp_path / "info.warc"
    path.write_bytes(out.getvalue())
    (failure,) = read(str(path))
    assert failure.code == "E026" and "none an HTML response" in failure.message


@pytest.mark.parametrize("suffix", ["", ".bz2"])
def test_an_overlong_line_is_refused_with_its_size_and_the_next_lines_are_read(tmp_path, suffix):
    long_line = b'{"text": "' + b"x" * 10_000 + b'"}\n'
    data = b'{"text": "Before."}\n' + long_line + b'{"text": "After."}\n'
    path = tmp_path / f"a.jsonl{suffix}"
    path.write_bytes(bz2.compress(data) if suffix else data)
    before, failure, after = read_articles([str(path)], max_bytes=1000)
    assert (before.text, after.text) == ("Before.", "After.")
    assert failure.code == "E005" and f"{len(long_line)} bytes" in failure.message
    assert failure.origin == f"{path}:2"


def test_an_overlong_line_is_refused_in_a_byte_range_too(tmp_path):
    from dyad.ingest import read_jsonl_range

    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 5000 + b'"}\n{"text": "After."}\n')
    size = path.stat().st_size
    failure, after = read_jsonl_range(str(path), 0, size, max_bytes=1000)
    assert failure.code == "E005" and after.origin == f"{path}:2"
    assert list(read_jsonl_range(str(path), 1, size, max_bytes=1000)) == [after]
