from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from itertools import pairwise

import pytest

from dyad.ingest import read_articles
from dyad.ingest.ids import article_id, normalize_url
from dyad.records import Article, InputFailure
from tests.conftest import SEED, WIKINEWS


def read(*paths: str, **kw) -> list[Article | InputFailure]:
    return list(read_articles(list(paths), **kw))


def test_crawl_reader_reads_the_seed_header_title_and_body():
    (article,) = read(str(SEED))
    assert article.date == dt.date(2026, 2, 4)
    assert article.url.startswith("https://sputnikglobe.com/20260204/")
    assert article.source == "sputnikglobe.com"
    assert (
        article.title
        == "Relations Between Russia, China Developing Regardless of International Situation - Putin"
    )
    assert article.text.strip().startswith("Relations between Russia and China are developing")
    assert "date 2026" not in article.text


def test_plain_text_takes_a_title_looking_first_line_and_the_given_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Germany bans Mahan Air of Iran\n\nGermany banned the Iranian airline on Monday.\n"
    )
    (article,) = read(str(path), date=dt.date(2019, 1, 23))
    assert article.title == "Germany bans Mahan Air of Iran"
    assert article.text.strip() == "Germany banned the Iranian airline on Monday."
    assert article.date == dt.date(2019, 1, 23)


def test_plain_text_keeps_a_sentence_first_line_as_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Germany banned the Iranian airline on Monday.\nIt cited security.\n")
    (article,) = read(str(path))
    assert article.title is None and article.date is None
    assert article.text.startswith("Germany banned")


def test_jsonl_keeps_a_given_id_exactly_and_hashes_otherwise(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"id": "my id/7", "text": "Russia and China held talks."})
        + "\n"
        + json.dumps({"url": "https://example.org/x?utm_source=a", "text": "Second."})
        + "\n"
    )
    first, second = read(str(path))
    assert first.id == "my id/7"
    assert second.id == article_id("https://example.org/x", "anything")


def test_jsonl_reports_a_malformed_line_with_file_and_line_and_reads_the_rest(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "One."}\n{"text": broken\n{"title": "no text"}\n{"text": "Four."}\n')
    items = read(str(path))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "InputFailure",
        "InputFailure",
        "Article",
    ]
    assert items[1].code == "E006" and f"{path}:2" in items[1].message
    assert items[2].code == "E007" and f"{path}:3" in items[2].message


def test_jsonl_with_an_unreadable_date_keeps_the_article_with_a_warning_naming_it(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "One.", "date": "yesterday"}\n')
    (article,) = read(str(path))
    assert isinstance(article, Article) and article.date is None
    (warning,) = article.warnings
    assert warning.code == "W001" and "'yesterday'" in warning.message
    assert f"{path}:1" in warning.message


def test_json_array_file_reads_each_element(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps([{"text": "One."}, {"text": "Two.", "date": "2020-01-02T10:00:00Z"}])
    )
    _, second = read(str(path))
    assert second.date == dt.date(2020, 1, 2)


def test_bundled_wikinews_jsonl_reads_every_article_with_date_and_url():
    items = read(str(WIKINEWS))
    assert len(items) == 30 and all(isinstance(i, Article) for i in items)
    assert all(i.date and i.url.startswith("https://en.wikinews.org/wiki/") for i in items)


def test_html_gives_main_text_title_date_and_url(tmp_path, wikinews_records):
    record = wikinews_records[2]
    paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n") if p.strip())
    html = (
        f"<html><head><title>{record['title']} - Wikinews</title>"
        f'<meta property="og:url" content="{record["url"]}">'
        f'<meta property="article:published_time" content="{record["date"]}">'
        f'<meta property="og:title" content="{record["title"]}"></head>'
        f"<body><nav>Main page | Random</nav><article><h1>{record['title']}</h1>{paragraphs}</article>"
        "<footer>Creative Commons</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = read(str(path))
    assert article.title == record["title"]
    assert article.url == record["url"]
    assert article.date == dt.date.fromisoformat(record["date"])
    assert "Mahan Air" in article.text and "Main page" not in article.text


def test_directory_is_read_recursively_skipping_hidden_and_unknown_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second article text here.")
    (tmp_path / "a.txt").write_text("First article text here.")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("hidden")
    items = read(str(tmp_path))
    assert sorted(i.text for i in items) == [
        "First article text here.",
        "Second article text here.",
    ]


def test_stdin_dash_is_read_and_its_format_detected(monkeypatch):
    data = json.dumps({"id": "s1", "text": "From stdin."}).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = read("-")
    assert article.id == "s1" and article.origin == "<stdin>:1"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E002"),
        (b"   \n\n  ", "E002"),
        (b"\x00\x01\x02binary\x00" * 20, "E003"),
        (gzip.compress(b"compressed text " * 50)[:30], "E022"),
        ("caf\u00e9 au lait".encode("utf-16-le")[:-1], "E020"),
    ],
    ids=["empty", "blank", "binary", "truncated-gzip", "cut-utf-16"],
)
def test_unreadable_text_file_is_an_error_naming_the_file(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A good article follows.")
    items = read(str(path), str(good))
    assert isinstance(items[0], InputFailure) and items[0].code == code
    assert str(path) in items[0].message
    assert isinstance(items[1], Article)


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    (failure,) = read(str(path), max_bytes=100)
    assert failure.code == "E005"


def test_missing_path_is_reported(tmp_path):
    (failure,) = read(str(tmp_path / "nope.txt"))
    assert failure.code == "E010"


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Russia and China held talks.".encode("utf-16"))
    (article,) = read(str(path))
    assert article.text == "Russia and China held talks."


def test_ids_hash_the_normalized_url_else_the_text():
    assert normalize_url("HTTPS://www.Example.org/a/?utm_source=x#top") == "https://example.org/a"
    assert article_id("https://example.org/a", "x") == article_id("https://www.example.org/a/", "y")
    assert article_id(None, "Some  text") == article_id(None, "Some text")
    assert len(article_id(None, "t")) == 16


def test_gzip_and_zstd_jsonl_are_read_as_streams(tmp_path, wikinews_records):
    import zstandard

    lines = "".join(json.dumps(r) + "\n" for r in wikinews_records[:3]).encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    items = read(str(tmp_path))
    assert [type(i).__name__ for i in items] == ["Article"] * 6
    assert items[0].url == wikinews_records[0]["url"] and items[3].url == wikinews_records[0]["url"]


@pytest.mark.filterwarnings(
    "ignore::pytest.PytestUnraisableExceptionWarning"
)  # warcio's writer leaves temp files to the GC
def test_warc_response_records_become_articles_and_a_bad_record_is_one_failure(
    tmp_path, wikinews_records
):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for record in wikinews_records[:2]:
            body = "".join(f"<p>{p}</p>" for p in record["text"].split("\n") if p.strip())
            html = f"<html><head><title>{record['title']}</title></head><body><article><h1>{record['title']}</h1>{body}</article></body></html>"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    record["url"],
                    "response",
                    payload=io.BytesIO(html.encode()),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": record["date"] + "T10:00:00Z"},
                )
            )
        empty = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/empty",
                "response",
                payload=io.BytesIO(b"<html></html>"),
                http_headers=empty,
            )
        )
    items = read(str(path))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputFailure"]
    assert (
        items[0].url == wikinews_records[0]["url"]
        and items[0].title == wikinews_records[0]["title"]
    )
    assert items[2].code == "E008" and f"{path}@" in items[2].message


def _origins(items) -> list[tuple[str, str]]:
    return [(item.origin, item.id if isinstance(item, Article) else item.code) for item in items]


def test_byte_ranges_that_tile_a_jsonl_file_read_each_line_once(tmp_path):
    from dyad.ingest import read_jsonl_range

    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:6]
    body = "\n".join(lines[:3]) + "\n\n{not json\n" + "\n".join(lines[3:]) + "\n"
    path = tmp_path / "big.jsonl"
    path.write_text(body, encoding="utf-8")
    whole = _origins(read(str(path)))
    size = path.stat().st_size
    line_starts = [0, *[i + 1 for i, c in enumerate(body.encode()) if c == 0x0A][:-1]]
    for cuts in ([size // 3, 2 * size // 3], [line_starts[2], line_starts[4]], [1, size - 1]):
        bounds = [0, *cuts, size]
        pieces = [item for a, b in pairwise(bounds) for item in read_jsonl_range(str(path), a, b)]
        assert _origins(pieces) == whole, cuts
    assert ("E006" in {code for _, code in whole}) and len(whole) == 7


def test_only_uncompressed_jsonl_can_be_split(tmp_path):
    from dyad.ingest import splittable

    plain = tmp_path / "a.jsonl"
    plain.write_text('{"text": "Putin met Xi."}\n')
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert splittable(str(plain))
    assert not splittable(str(packed)) and not splittable(str(SEED))
