"""Article dates in the forms news feeds write them (issue 26, item 4)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from dyad.ingest import read_articles
from dyad.ingest.published import parse_published
from dyad.records import Article

D = dt.date

# (value as a feed writes it, the UTC calendar date dyad stores). Times with a zone are
# converted to UTC first; a date without a time is the day written.
FORMATS: list[tuple[object, dt.date]] = [
    # the list
    ("December 18, 2016 8:31 PM EST", D(2016, 12, 19)),  # 01:31 UTC the next day
    ("Dec 11, 2016", D(2016, 12, 11)),
    ("11 December 2016", D(2016, 12, 11)),
    ("Sun, 11 Dec 2016 10:00:00 GMT", D(2016, 12, 11)),  # RFC 2822 (RSS pubDate)
    ("12/11/2016", D(2016, 12, 11)),  # month first
    ("2016/12/11", D(2016, 12, 11)),
    ("2016-12", D(2016, 12, 1)),
    ("2016", D(2016, 1, 1)),
    ("2016-12-11 10:00:00 UTC", D(2016, 12, 11)),
    ("1481450400", D(2016, 12, 11)),  # Unix seconds
    (1481450400, D(2016, 12, 11)),  # ... as a JSON number
    ("2016-12-11T23:30:00-05:00", D(2016, 12, 12)),  # ISO with an offset: 04:30 UTC
    # ISO 8601 and its relatives
    ("2016-12-11", D(2016, 12, 11)),
    ("20161211", D(2016, 12, 11)),
    (20161211, D(2016, 12, 11)),
    ("2016-12-11T10:00:00Z", D(2016, 12, 11)),
    ("2016-12-11T10:00:00.000Z", D(2016, 12, 11)),
    ("2016-12-11T10:00:00.123456+05:30", D(2016, 12, 11)),
    ("2016-12-11T01:00:00+05:30", D(2016, 12, 10)),  # 19:30 UTC the day before
    ("2016-12-11T10:00:00+0100", D(2016, 12, 11)),
    ("2016-12-11 10:00", D(2016, 12, 11)),  # no zone: UTC
    ("2016-12-11 10:00:00 +0000", D(2016, 12, 11)),
    ("1481450400000", D(2016, 12, 11)),  # Unix milliseconds (JavaScript)
    (1481450400.0, D(2016, 12, 11)),
    # RFC 2822 variants
    ("Sun, 11 Dec 2016 23:00:00 -0500", D(2016, 12, 12)),
    ("11 Dec 2016 10:00:00 +0000", D(2016, 12, 11)),
    ("Thu, 08 Dec 2016 12:35:00 +0000", D(2016, 12, 8)),
    # written out, as on article pages
    ("Sunday, December 11, 2016", D(2016, 12, 11)),
    ("Dec. 11, 2016", D(2016, 12, 11)),
    ("December 2016", D(2016, 12, 1)),
    ("11-Dec-2016", D(2016, 12, 11)),
    ("Dec 11 2016 10:00AM", D(2016, 12, 11)),
    ("December 18, 2016 8:31 PM ET", D(2016, 12, 19)),
    ("Dec 8, 2016 at 3:45 p.m. ET", D(2016, 12, 8)),
    ("Thursday, 8 December 2016 12.35 GMT", D(2016, 12, 8)),  # the Guardian's
    ("2016-12-11 10:00 PST", D(2016, 12, 11)),
    ("2016-12-11 20:00 PST", D(2016, 12, 12)),  # 04:00 UTC the next day
    ("2016-12-11 10:00 CET", D(2016, 12, 11)),
    ("11 Dec 2016 8:31 PM EST", D(2016, 12, 12)),  # not RFC 2822: dateparser keeps PM
    ("Dec 11, 16", D(2016, 12, 11)),
    ("12/11/16", D(2016, 12, 11)),
    ("11.12.2016", D(2016, 12, 11)),  # dotted: day first
    ("  2016-12-11  ", D(2016, 12, 11)),
]


@pytest.mark.parametrize(("value", "expected"), FORMATS, ids=[repr(v) for v, _ in FORMATS])
def test_common_date_formats_give_their_utc_day(value, expected):
    assert parse_published(value) == expected


def test_the_table_covers_at_least_36_formats():
    assert len({str(value) for value, _ in FORMATS}) >= 36


def test_numeric_dates_are_read_day_first_when_asked():
    assert parse_published("12/11/2016", day_first=True) == D(2016, 11, 12)
    assert parse_published("12/11/2016") == D(2016, 12, 11)


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",  # relative: would be read against today, not the article
        "3 days ago",
        "Dec 11",  # no year
        "2016-13-45",
        "Mon, 32 Dec 2016",
        "not a date",
        "nan",
        "x" * 10_000,
        "2016-12-11\x00",
        "\ud800",
        "",
        None,
        True,
        [2016, 12, 11],
        {"year": 2016},
        10**5000,
        float("inf"),
        "0001-01-01T00:00:00+05:00",  # no UTC date before year 1
    ],
    ids=lambda v: repr(v)[:30] if not isinstance(v, int) or abs(v) < 10**50 else "huge-int",
)
def test_what_is_no_date_gives_none_without_raising(value):
    assert parse_published(value) is None


def _one(tmp_path, name: str, content: str) -> Article:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (item,) = read_articles([str(path)])
    assert isinstance(item, Article), item
    return item


def test_a_crawl_header_with_a_human_readable_date_keeps_url_date_and_title(tmp_path):
    article = _one(
        tmp_path,
        "a.txt",
        "date December 18, 2016 8:31 PM EST https://example.org/news/1\n\n"
        "Russia and China hold talks\n\nRussia met China on Monday.\n",
    )
    assert article.url == "https://example.org/news/1"
    assert article.date == D(2016, 12, 19)
    assert article.title == "Russia and China hold talks"
    assert article.text.strip() == "Russia met China on Monday."


def test_a_crawl_header_with_an_unreadable_date_keeps_url_and_warns(tmp_path):
    article = _one(
        tmp_path,
        "a.txt",
        "date sometime last week https://example.org/news/2\n\nTitle of the story\n\nBody.\n",
    )
    assert article.url == "https://example.org/news/2" and article.date is None
    assert article.title == "Title of the story"
    (warning,) = article.warnings
    assert warning.code == "W001" and "'sometime last week'" in warning.message


def test_a_sentence_starting_with_date_is_not_a_header(tmp_path):
    article = _one(tmp_path, "a.txt", "date palms grow well in Iraq.\nMore text.\n")
    assert article.url is None and article.text.startswith("date palms")


@pytest.mark.parametrize(
    "value",
    ["Dec 11, 2016", "Sun, 11 Dec 2016 10:00:00 GMT", "1481450400", "2016/12/11"],
)
def test_a_jsonl_record_keeps_a_non_iso_date(tmp_path, value):
    article = _one(tmp_path, "a.jsonl", json.dumps({"text": "Putin met Xi.", "date": value}))
    assert article.date == D(2016, 12, 11) and article.warnings == ()


def test_an_unreadable_record_date_falls_back_to_the_given_date_and_warns(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Putin met Xi.", "date": "soon"}) + "\n")
    (article,) = read_articles([str(path)], date=D(2020, 1, 1))
    assert article.date == D(2020, 1, 1)
    assert [w.code for w in article.warnings] == ["W001"]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("warc_date", ["Sun, 11 Dec 2016 10:00:00 GMT", "not a date at all"])
def test_a_warc_record_with_a_non_iso_warc_date_is_kept(tmp_path, warc_date):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    body = "".join(f"<p>Russia and China held talks number {i} in Beijing.</p>" for i in range(5))
    html = f"<html><body><article><h1>Talks</h1>{body}</article></body></html>"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/talks",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": warc_date},
            )
        )
    (article,) = read_articles([str(path)])
    assert isinstance(article, Article) and article.url == "https://example.org/talks"
    assert article.date == (D(2016, 12, 11) if "2016" in warc_date else None)
