"""Property-based tests of the record readers: any JSON value in any field, any nesting, any
string (lone surrogates included) is an `Article` or an `InputFailure`, never an exception
(issue 26, items 1 and 3)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyad.errors import InputError
from dyad.ingest.ids import article_id, source_domain
from dyad.ingest.published import parse_published
from dyad.ingest.readers import (
    article_from_record,
    read_json_document,
    read_json_line,
    read_plain,
)
from dyad.records import Article, InputFailure

pytestmark = pytest.mark.fuzz

# Any string Python can hold. Hypothesis leaves lone surrogates (category Cs) out of
# st.text, even from a character strategy that has them, so strings are joined from lists.
ANY_TEXT = st.lists(
    st.characters(codec=None, exclude_categories=()) | st.characters(categories=["Cs"]),
    max_size=40,
).map("".join)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | ANY_TEXT
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=8,
)
# Values random text seldom hits: dates, URLs good and bad, blanks.
NOTABLE = st.sampled_from(
    [
        "",
        " ",
        "\ud800",
        "2016-12-11",
        "Dec 11, 2016",
        "December 18, 2016 8:31 PM EST",
        "1481450400",
        "yesterday",
        "https://example.org/a?utm_source=x#f",
        "http://[::1/x",
        "https://example.org:99999/",
        "javascript:alert(1)",
        "Russia met China.",
    ]
)
FIELDS = ("id", "url", "date", "title", "text")
RECORDS = (
    st.fixed_dictionaries({}, optional={name: JSON_VALUES | NOTABLE for name in FIELDS})
    | JSON_VALUES
)


def _check(item: Article | InputFailure) -> None:
    if isinstance(item, InputFailure):
        assert item.code.startswith("E0") and item.message.startswith(item.code)
        item.message.encode("utf-8")
        return
    assert item.id and item.text.strip()
    for value in (item.id, item.text, item.url, item.title, item.source):
        if value is not None:
            value.encode("utf-8")  # nothing the store cannot encode
    for warning in item.warnings:
        assert warning.code.startswith("W")


def _read(record: object, origin: str = "f.jsonl:1") -> Article | InputFailure:
    try:
        return article_from_record(record, origin)
    except InputError as err:
        return InputFailure(origin=origin, code=err.code, message=str(err))


@given(RECORDS)
def test_any_record_is_an_article_or_a_coded_failure(record):
    _check(_read(record))


@given(RECORDS)
def test_any_record_written_as_a_json_line_is_an_article_or_a_coded_failure(record):
    line = json.dumps(record)  # escapes lone surrogates as \udxxx, as JavaScript writers do
    try:
        item: Article | InputFailure = read_json_line(line, "f.jsonl:1")
    except InputError as err:
        item = InputFailure(origin="f.jsonl:1", code=err.code, message=str(err))
    _check(item)


@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["[", '{"a":']))
def test_any_nesting_depth_is_read_or_refused(depth, opener):
    closer = "]" if opener == "[" else "}"
    value = opener * depth + "1" + closer * depth
    for line in (value, '{"text": "t", "title": ' + value + "}"):
        try:
            _check(read_json_line(line, "f.jsonl:1"))
        except InputError as err:
            assert err.code in ("E006", "E007", "E009", "E013")


@given(st.lists(RECORDS, min_size=1, max_size=5))
def test_a_json_array_of_n_elements_gives_n_articles_or_failures(records):
    items = list(read_json_document(json.dumps(records), "f.json"))
    assert len(items) == len(records)
    for index, item in enumerate(items):
        _check(item)
        assert item.origin == f"f.json[{index}]"


@given(RECORDS, ANY_TEXT)
def test_a_record_article_text_is_the_record_text(record, text):
    item = _read({**record, "text": text} if isinstance(record, dict) else record)
    if isinstance(item, Article):
        assert item.text == re.sub("[\ud800-\udfff]", "\ufffd", text)


@given(st.text(max_size=300), st.booleans())
def test_plain_and_crawl_text_give_an_article_whose_parts_are_in_the_input(text, header):
    if header:
        text = "date 2016-12-11 https://example.org/a\n\n" + text
    try:
        article = read_plain(text, "a.txt")
    except InputError as err:
        assert err.code in ("E002", "E009", "E014")
        return
    _check(article)
    assert article.text in text and (article.title is None or article.title in text)


@given(JSON_VALUES | ANY_TEXT)
def test_any_date_value_is_a_date_or_none(value):
    found = parse_published(value)
    assert found is None or 1 <= found.year <= 9999


@given(st.sampled_from(["http://", "https://", "HTTP://www.", "ftp://", "", "//"]), ANY_TEXT)
def test_any_url_gives_an_id_and_a_domain_or_a_coded_refusal(scheme, rest):
    url = scheme + rest
    assert len(article_id(url, "text")) == 16
    domain = source_domain(url)
    assert domain is None or isinstance(domain, str)
    item = _read({"text": "Russia met China.", "url": url})
    _check(item)
    if isinstance(item, InputFailure):
        assert item.code == "E014"
