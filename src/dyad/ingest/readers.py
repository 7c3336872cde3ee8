"""One reader per input format: text in, `Article` records out.

Readers are pure: they get already-decoded text (or bytes for HTML) and an ``origin`` string
for error messages, and raise `InputError` for what cannot become an article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from dyad.errors import InputError
from dyad.ingest.formats import CRAWL_HEADER
from dyad.ingest.ids import article_id, source_domain
from dyad.records import Article

# A first line is taken as a title when it is short and does not read like a sentence.
# 200 characters covers every Wikinews and BBC headline in ../shared/data/news.
_MAX_TITLE_CHARS = 200
_SENTENCE_END = (".", ",", ";", ":", '"', "'", "”", "’")


def parse_date(value: object, origin: str, field: str = "date") -> dt.date | None:
    """A date from ``YYYY-MM-DD``, an ISO datetime or ``YYYYMMDD``; None for empty values."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError("E009", origin=origin, field=field, reason=f"not a string: {value!r}")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as e:
        raise InputError("E009", origin=origin, field=field, reason=f"not a date: {text!r}") from e


def _make(
    text: str,
    origin: str,
    *,
    url: str | None = None,
    date: dt.date | None = None,
    title: str | None = None,
    given_id: str | None = None,
) -> Article:
    if not text.strip():
        raise InputError("E002", origin=origin)
    return Article(
        id=given_id if given_id is not None else article_id(url, text),
        text=text,
        url=url or None,
        date=date,
        title=(title or "").strip() or None,
        source=source_domain(url),
        origin=origin,
    )


def _split_title(text: str) -> tuple[str | None, str]:
    """Split a leading title line off ``text`` when the first line looks like one."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip():
        return None, text
    if len(first) > _MAX_TITLE_CHARS or first.endswith(_SENTENCE_END) or len(first.split()) < 2:
        return None, text
    return first, rest


def read_crawl(text: str, origin: str) -> Article:
    """The crawl format: optional whitespace, ``date YYYY-MM-DD URL``, blank, title, blank, body."""
    match = CRAWL_HEADER.match(text.lstrip("\ufeff"))
    if match is None:
        raise InputError("E009", origin=origin, field="header", reason="no 'date YYYY-MM-DD URL'")
    date = parse_date(match.group(1), origin)
    title, body = _split_title(text.lstrip("\ufeff")[match.end() :])
    return _make(body, origin, url=match.group(2), date=date, title=title)


def read_plain(text: str, origin: str, date: dt.date | None = None) -> Article:
    """Plain text: the first line is the title when it looks like one; the date is given."""
    title, body = _split_title(text)
    return _make(body, origin, date=date, title=title)


def article_from_record(record: Any, origin: str, date: dt.date | None = None) -> Article:
    """One JSON object ``{"id"?, "url"?, "date"?, "title"?, "text"}`` as an article."""
    if not isinstance(record, dict):
        raise InputError("E006", origin=origin, reason="expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("E007", origin=origin)
    for name in ("id", "url", "title"):
        value = record.get(name)
        if value is not None and not isinstance(value, str | int):
            raise InputError("E009", origin=origin, field=name, reason="not a string")
    given_id = record.get("id")
    return _make(
        text,
        origin,
        url=record.get("url"),
        date=parse_date(record.get("date"), origin) or date,
        title=record.get("title"),
        given_id=str(given_id) if given_id is not None else None,
    )


def read_json_line(line: str, origin: str, date: dt.date | None = None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError("E006", origin=origin, reason=str(e)) from e
    return article_from_record(record, origin, date)


def read_json_document(text: str, origin: str, date: dt.date | None = None) -> Iterator[Article]:
    """A ``.json`` file: one article object or an array of them (errors are per element)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError("E006", origin=origin, reason=str(e)) from e
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        yield article_from_record(record, f"{origin}[{index}]", date)


def read_html(
    data: bytes, origin: str, date: dt.date | None = None, url: str | None = None
) -> Article:
    """Main text, title, date and URL of an HTML page, found by trafilatura (``date`` and
    ``url`` stand in when the page names none, as for a WARC record)."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, favor_recall=True)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise InputError("E008", origin=origin) from e
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise InputError("E008", origin=origin)
    text: str = doc.text or ""
    title: str | None = doc.title
    # trafilatura may repeat the headline as the first line of the text
    if title and text.startswith(title):
        text = text[len(title) :].lstrip("\n")
    found_date = None
    if doc.date:
        try:
            found_date = parse_date(doc.date, origin)
        except InputError:
            found_date = None
    return _make(text, origin, url=doc.url or url, date=found_date or date, title=title)
