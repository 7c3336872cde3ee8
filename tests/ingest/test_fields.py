"""Any value in any field of a JSON record is an article or a coded failure, never an
exception (issue 26, items 1, 3 and 13)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dyad.ingest import read_articles
from dyad.ingest.ids import article_id, normalize_url
from dyad.records import Article, InputFailure

GOOD = {"text": "Russia met China."}


def read(*paths: str) -> list[Article | InputFailure]:
    return list(read_articles(list(paths)))


def _jsonl(tmp_path, bad_line: str, good: int = 100) -> list[Article | InputFailure]:
    lines = [json.dumps({**GOOD, "id": f"a{i}"}) for i in range(good)]
    lines += [bad_line]
    lines += [json.dumps({**GOOD, "id": f"b{i}"}) for i in range(good)]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read(str(path))


@pytest.mark.parametrize(
    ("bad_line", "code"),
    [
        ('{"text": "Russia met China.", "title": 5}', "E009"),
        ('{"text": "Russia met China.", "url": 7}', "E009"),
        ('{"text": "Russia met China.", "title": true}', "E009"),
        ('{"text": "Russia met China.", "title": ["a"]}', "E009"),
        ('{"text": "Russia met China.", "id": {"a": 1}}', "E009"),
        ('{"text": "Russia met China.", "id": false}', "E009"),
        ('{"text": "Russia met China.", "url": "http://[::1/x"}', "E014"),
        ('{"text": "Russia met China.", "url": "https://example.org:99999/a"}', "E014"),
        ('{"text": 5}', "E007"),
        ('{"text": {"nested": "Russia met China."}}', "E007"),
        ("[" * 1000 + "]" * 1000, "E013"),
        ('{"text": "x", "title": ' + "[" * 1000 + "]" * 1000 + "}", "E013"),
        ('{"text": "x", "n": ' + "1" * 5000 + "}", "E006"),
        ("5", "E006"),
        ("null", "E006"),
        ('"just a string"', "E006"),
    ],
    ids=[
        "title-5",
        "url-7",
        "title-true",
        "title-list",
        "id-object",
        "id-false",
        "url-bad-ipv6",
        "url-bad-port",
        "text-5",
        "text-object",
        "nested-1000",
        "field-nested-1000",
        "int-5000-digits",
        "number",
        "null",
        "string",
    ],
)
def test_one_bad_record_is_one_coded_failure_and_every_other_line_is_read(tmp_path, bad_line, code):
    items = _jsonl(tmp_path, bad_line)
    assert len(items) == 201
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert len(failures) == 1
    (failure,) = failures
    assert failure.code == code and failure.origin.endswith("news.jsonl:101")
    assert failure.message.startswith(f"{code}: ") and "news.jsonl:101" in failure.message
    assert [i.id for i in items if isinstance(i, Article)][-1] == "b99"


@pytest.mark.parametrize("field", ["text", "title", "url", "id", "date"])
def test_a_lone_surrogate_in_any_field_never_reaches_the_article(tmp_path, field):
    record = {"text": "Russia met China.", "url": "https://example.org/a", "title": "Talks"}
    record["id" if field == "id" else field] = record.get(field, "x") + "\ud800"
    line = json.dumps(record)  # ensure_ascii: written as the escape \ud800, as JS writers do
    (item,) = _jsonl(tmp_path, line, good=0)
    assert isinstance(item, Article)
    for value in (item.id, item.text, item.url, item.title):
        assert value is None or value.encode("utf-8")  # encodable: the store can write it
    codes = [w.code for w in item.warnings]
    assert codes == (["W001"] if field == "date" else ["W002"])
    if field != "date":
        assert "\ufffd" in getattr(item, field)


def test_a_surrogate_pair_escaped_in_json_is_kept_as_its_character(tmp_path):
    (item,) = _jsonl(tmp_path, '{"text": "Flag \\ud83c\\uddf7\\ud83c\\uddfa of Russia."}', good=0)
    assert item.text == "Flag \U0001f1f7\U0001f1fa of Russia." and item.warnings == ()


def test_an_empty_json_array_is_reported_not_silent(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("[]")
    (failure,) = read(str(path))
    assert isinstance(failure, InputFailure) and failure.code == "E002"
    assert failure.origin == str(path)


def test_a_json_array_reads_every_element_after_a_bad_one(tmp_path):
    elements = [GOOD, {"text": 5}, *[{"text": f"Article {i} of many."} for i in range(8)]]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(elements))
    items = read(str(path))
    assert [type(i).__name__ for i in items] == ["Article", "InputFailure", *["Article"] * 8]
    assert items[1].code == "E007" and items[1].origin == f"{path}[1]"
    assert f"{path}[1]" in items[1].message


def test_a_json_array_of_mixed_values_reports_each_bad_element_by_index(tmp_path):
    elements = [5, None, GOOD, {"text": "t", "title": 5}, "s", [GOOD], GOOD]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(elements))
    items = read(str(path))
    assert len(items) == len(elements)
    bad = {i.origin: i.code for i in items if isinstance(i, InputFailure)}
    assert bad == {
        f"{path}[0]": "E006",
        f"{path}[1]": "E006",
        f"{path}[3]": "E009",
        f"{path}[4]": "E006",
        f"{path}[5]": "E006",
    }


@pytest.mark.parametrize("given", ["", "   "])
def test_an_empty_id_is_replaced_by_the_hash_with_a_warning(tmp_path, given):
    (item,) = _jsonl(tmp_path, json.dumps({**GOOD, "id": given}), good=0)
    assert item.id == article_id(None, GOOD["text"]) and len(item.id) == 16
    assert [w.code for w in item.warnings] == ["W003"]


def test_a_numeric_id_is_its_decimal_string(tmp_path):
    (item,) = _jsonl(tmp_path, json.dumps({**GOOD, "id": 7}), good=0)
    assert item.id == "7"


@pytest.mark.parametrize(
    "variant",
    [
        "http://example.org/news/a",
        "https://example.org/news/a/",
        "https://www.example.org/news/a",
        "HTTPS://Example.ORG/news/a",
        "https://example.org:443/news/a",
        "https://example.org/news/a#comments",
        "https://example.org/news/a?utm_source=rss&utm_medium=feed",
        "https://example.org/news/a?fbclid=IwAR0abc",
        "https://example.org/news/a?gclid=x&mc_cid=y",
        "  https://example.org/news/a  ",
    ],
)
def test_spellings_of_one_address_give_one_article_id(variant):
    assert article_id(variant, "a") == article_id("https://example.org/news/a", "b")


def test_parameters_that_name_the_article_still_split_ids():
    assert article_id("https://example.org/a?id=1", "") != article_id(
        "https://example.org/a?id=2", ""
    )
    assert normalize_url("https://example.org/a?b=2&a=1") == "https://example.org/a?a=1&b=2"


@pytest.mark.parametrize(
    ("url", "stored_id"),
    [
        # ids of the base commit (5271bbc): https addresses written plainly keep theirs
        ("https://www.bbc.com/news/world-europe-123", "17785eae026eb66f"),
        ("https://example.org/a/", "010cec320b0ab0d0"),
        ("https://example.org/a?ref=home", "010cec320b0ab0d0"),
        ("https://example.org/caf%C3%A9", "cf16152e4e304fd3"),
        (
            "https://en.wikinews.org/wiki/Bus_carrying_children_overturns_in_Babyninsky,"
            "_Russia;_at_least_seven_die",
            "3844fb060246bd66",
        ),
        (
            "https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27",
            "843e9a8bbfb65937",
        ),
    ],
)
def test_ids_stored_before_courlan_stay_the_same(url, stored_id):
    assert article_id(url, "") == stored_id


def test_bundled_wikinews_ids_are_those_of_the_base_commit():
    import hashlib

    from tests.conftest import WIKINEWS

    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()
    ids = ",".join(article_id(json.loads(line)["url"], "") for line in lines)
    # the digest of the 30 ids the base commit (5271bbc) gave
    assert hashlib.sha256(ids.encode()).hexdigest()[:16] == "62d5fee609405302"


def test_the_runs_date_stands_in_for_a_crawl_header_date_that_cannot_be(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2016-13-45 https://example.org/a\n\nTitle\n\nRussia met China.")
    (article,) = read_articles([str(path)], date=dt.date(2020, 1, 1))
    assert isinstance(article, Article)
    assert article.date == dt.date(2020, 1, 1) and article.url == "https://example.org/a"
