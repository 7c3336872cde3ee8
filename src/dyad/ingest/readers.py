"""One reader per input format: text in, `Article` records out.

Readers are pure: they get already-decoded text (or bytes for HTML) and an ``origin`` string
for error messages, and raise `InputError` for what cannot become an article, never another
exception: any JSON value in any field is either read or refused with a code. What they keep
the article for (a date they cannot read, invalid Unicode replaced) is a warning on the
article (`Article.warnings`, codes ``W0xx``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

from dyad.errors import InputError, message
from dyad.ingest.formats import CRAWL_HEADER
from dyad.ingest.ids import article_id, source_domain, url_problem
from dyad.ingest.published import parse_published
from dyad.records import Article, InputFailure, StageError

# A first line is taken as a title when it is short and does not read like a sentence.
# 200 characters covers every Wikinews and BBC headline in ../shared/data/news.
_MAX_TITLE_CHARS = 200
_SENTENCE_END = (".", ",", ";", ":", '"', "'", "”", "’")
# A crawl header with its date in any form `parse_published` reads ("date December 18, 2016
# 8:31 PM EST https://…"). Looser than `CRAWL_HEADER`, which picks the format from ISO dates
# only, so it asks for a URL with a scheme to tell a header from a sentence. The date is at
# most 100 characters (as in `dyad.ingest.published`), which bounds the regex's backtracking.
_LOOSE_HEADER = re.compile(
    r"\A\s*date[ \t]+(\S[^\n]{0,100}?)[ \t]+([A-Za-z][A-Za-z0-9+.-]*://\S+)[ \t]*\r?\n"
)
# Code points U+D800-U+DFFF alone: JSON may escape them ("\ud800") but UTF-8 cannot encode
# them, so the store would fail on the whole batch.
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING_FIELDS = ("id", "url", "title")


def _make(
    text: str,
    origin: str,
    *,
    url: str | None = None,
    date: dt.date | None = None,
    title: str | None = None,
    given_id: str | None = None,
    warnings: tuple[StageError, ...] = (),
) -> Article:
    if not text.strip():
        raise InputError("E002", origin=origin)
    url = url.strip() if url else None
    if given_id is not None and not given_id.strip():
        warnings += (_warning("W003", origin=origin),)
        given_id = None
    return Article(
        id=given_id if given_id is not None else article_id(url, text),
        text=text,
        url=url or None,
        date=date,
        title=(title or "").strip() or None,
        source=source_domain(url),
        origin=origin,
        warnings=warnings,
    )


def _warning(code: str, **fields: object) -> StageError:
    return StageError("ingest", code, message(code, **fields))


def _describe(value: object) -> str:
    """A short, printable account of a JSON value for a message (never the repr of a deep
    or huge value, which can itself fail)."""
    if isinstance(value, dict | list):
        return f"(a JSON {'object' if isinstance(value, dict) else 'array'})"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**50:
        return "(a number of more than 50 digits)"
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _date(value: object, origin: str, warnings: list[StageError]) -> dt.date | None:
    """The date ``value`` names; a warning naming the value when it names none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = parse_published(value)
    if found is None:
        warnings.append(_warning("W001", origin=origin, value=_describe(value)))
    return found


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


def read_crawl(text: str, origin: str, date: dt.date | None = None) -> Article:
    """The crawl format: optional whitespace, ``date DATE URL``, blank, title, blank, body.
    DATE is ISO (``2026-02-04``) or any form `parse_published` reads; one it cannot read
    leaves the article undated (``date`` stands in) with a warning."""
    text = text.lstrip("\ufeff")
    match = CRAWL_HEADER.match(text) or _LOOSE_HEADER.match(text)
    if match is None:
        raise InputError("E009", origin=origin, field="header", reason="no 'date DATE URL'")
    warnings: list[StageError] = []
    found = _date(match.group(1), origin, warnings)
    title, body = _split_title(text[match.end() :])
    url = _checked_url(match.group(2), origin)
    return _make(body, origin, url=url, date=found or date, title=title, warnings=tuple(warnings))


def read_plain(text: str, origin: str, date: dt.date | None = None) -> Article:
    """Plain text: the first line is the title when it looks like one; the date is given.
    Text that starts with a crawl header whose date is not ISO is read as crawl text."""
    if _LOOSE_HEADER.match(text.lstrip("\ufeff")):
        return read_crawl(text, origin, date)
    title, body = _split_title(text)
    return _make(body, origin, date=date, title=title)


def article_from_record(record: Any, origin: str, date: dt.date | None = None) -> Article:
    """One JSON object ``{"id"?, "url"?, "date"?, "title"?, "text"}`` as an article.

    Raises:
        InputError: E006 (not an object), E007 (no text), E009 (``id``, ``url`` or
            ``title`` of the wrong type), E014 (a URL that cannot be parsed), E013/E015 (a
            value too deep or too strange to read). No other exception escapes.
    """
    try:
        return _from_record(record, origin, date)
    except InputError:
        raise
    except RecursionError as e:
        raise InputError("E013", origin=origin, reason="recursion limit") from e
    except Exception as e:  # any value in any field must be one error row, not end the run
        raise InputError("E015", origin=origin, reason=type(e).__name__) from e


def _from_record(record: Any, origin: str, date: dt.date | None) -> Article:
    if not isinstance(record, dict):
        reason = f"expected a JSON object, not {_describe(record)}"
        raise InputError("E006", origin=origin, reason=reason)
    warnings: list[StageError] = []
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("E007", origin=origin)
    fields: dict[str, str | None] = {"text": _unicode(text, "text", origin, warnings)}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and name == "id":
            value = str(value)  # a numeric id ("id": 7) is the id "7", as before
        if value is not None and not isinstance(value, str):
            raise InputError(
                "E009", origin=origin, field=name, reason=f"not a string: {_describe(value)}"
            )
        fields[name] = _unicode(value, name, origin, warnings) if value is not None else None
    if fields["url"]:
        _checked_url(fields["url"], origin)
    found = _date(record.get("date"), origin, warnings)
    return _make(
        fields["text"] or "",
        origin,
        url=fields["url"],
        date=found or date,
        title=fields["title"],
        given_id=fields["id"],
        warnings=tuple(warnings),
    )


def failure(err: InputError, origin: str) -> InputFailure:
    """The record of an input refused with ``err``, named by ``origin``."""
    return InputFailure(origin=origin, code=err.code, message=str(err))


def _checked_url(url: str, origin: str) -> str:
    problem = url_problem(url)
    if problem:
        raise InputError("E014", origin=origin, reason=problem)
    return url


def _unicode(value: str, name: str, origin: str, warnings: list[StageError]) -> str:
    """``value`` with lone surrogates replaced by U+FFFD, and a warning when it had any.

    Raises:
        InputError: E021 when it holds a NUL (a JSON escape can make one; no text does).
    """
    if "\x00" in value:
        raise InputError("E021", origin=origin, where=f"field {name!r}")
    if value.isascii() or _SURROGATE.search(value) is None:  # most text is ASCII: no scan
        return value
    warnings.append(_warning("W002", origin=origin, field=name))
    return _SURROGATE.sub("\ufffd", value)


def _load_json(text: str, origin: str) -> Any:
    """The JSON value of ``text``; E006 when malformed, E013 when nested past what Python's
    parser can recurse into."""
    try:
        return json.loads(text)
    except RecursionError as e:
        raise InputError("E013", origin=origin, reason="recursion limit") from e
    except ValueError as e:  # JSONDecodeError, and integers past Python's 4,300 digits
        raise InputError("E006", origin=origin, reason=str(e)[:200]) from e


def read_json_line(line: str, origin: str, date: dt.date | None = None) -> Article:
    return article_from_record(_load_json(line, origin), origin, date)


def read_json_document(
    text: str, origin: str, date: dt.date | None = None
) -> Iterator[Article | InputFailure]:
    """A ``.json`` file: one article object or an array of them. A bad element is one
    failure named by its index (``file[3]``), and the elements after it are still read. An
    empty array is E002: a file that gives nothing is said to."""
    data = _load_json(text, origin)
    if data == []:
        yield failure(InputError("E002", origin=origin), origin)
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        where = f"{origin}[{index}]"
        try:
            yield article_from_record(record, where, date)
        except InputError as err:
            yield failure(err, where)


def read_html(
    data: bytes, origin: str, date: dt.date | None = None, url: str | None = None
) -> Article:
    """Main text, title, date and URL of an HTML page, found by trafilatura (``date`` and
    ``url`` stand in when the page names none, as for a WARC record)."""
    with warnings.catch_warnings():
        # trafilatura tries urllib3's optional SOCKS support, which warns without PySocks
        # (hidden by courlan when trafilatura imports it first, not when ids.py did)
        warnings.filterwarnings("ignore", message="SOCKS support")
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
    page_url = doc.url or url
    if page_url and url_problem(page_url):
        page_url = url  # a page's own canonical link may be garbled; the crawl's stands in
    found = parse_published(doc.date) if doc.date else None
    return _make(text, origin, url=page_url, date=found or date, title=title)
