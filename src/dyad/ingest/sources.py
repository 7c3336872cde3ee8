"""Walk the paths a user gives (files, directories, ``-``) and turn them into articles.

This is the only module that opens input files. Every failure becomes an `InputFailure`
naming the file (and line), and the walk goes on with the next input.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dyad.errors import InputError
from dyad.ingest.archives import (
    archive_errors,
    compression_of,
    decompressed,
    inner_name,
    is_warc,
    read_warc,
)
from dyad.ingest.decode import decode_text, looks_binary
from dyad.ingest.formats import KNOWN_SUFFIXES, Format, detect
from dyad.ingest.readers import (
    read_crawl,
    read_html,
    read_json_document,
    read_json_line,
    read_plain,
)
from dyad.records import Article, InputFailure

# Largest single article (or JSONL line) accepted: 20 MB is ~100x the longest article in the
# BBC, Guardian and Wikinews corpora; larger inputs are nearly always dumps or binaries.
DEFAULT_MAX_BYTES = 20_000_000

STDIN = "-"


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputFailure]:
    """Files named directly, and known-format files under directories, sorted."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _hidden(child, path) and _known(child):
                    yield str(child)
        elif path.exists():
            yield str(path)
        else:
            yield _failure(InputError("E010", origin=raw), raw)


class ReadMeter:
    """How far reading has got through the input, in bytes on disk (compressed bytes for
    compressed files), so that a long run can show an ETA. ``total`` is None when unknown
    (standard input)."""

    def __init__(self, total: int | None = None) -> None:
        self.total = total
        self._finished = 0
        self._current: BinaryIO | None = None

    @property
    def read(self) -> int:
        current = self._current
        position = current.tell() if current is not None and not current.closed else 0
        return self._finished + position

    def start(self, stream: BinaryIO) -> None:
        self._current = stream

    def finish(self, size: int) -> None:
        self._current = None
        self._finished += size


def input_bytes(paths: Iterable[str]) -> int | None:
    """The size on disk of every input file under ``paths``; None if one is standard input.
    Walks directories once more than reading does, which is cheap next to coding."""
    total = 0
    for item in expand_paths(paths):
        if item == STDIN:
            return None
        if isinstance(item, str):
            try:
                total += Path(item).stat().st_size
            except OSError:
                continue
    return total


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def _known(path: Path) -> bool:
    name = path.name.lower()
    return inner_name(name).endswith(KNOWN_SUFFIXES) or ".warc" in name


def _failure(err: InputError, origin: str) -> InputFailure:
    return InputFailure(origin=origin, code=err.code, message=str(err))


def _read_limited(stream: BinaryIO, limit: int, origin: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError("E005", origin=origin, size=f">{limit}", limit=limit)
    return data


def _jsonl(
    stream: BinaryIO, origin: str, date: dt.date | None, limit: int
) -> Iterator[Article | InputFailure]:
    """Stream a JSONL file line by line: a bad line is one failure, not the file's."""
    seen_any = False
    for number, raw in enumerate(stream, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        seen_any = True
        try:
            if len(raw) > limit:
                raise InputError("E005", origin=where, size=len(raw), limit=limit)
            if looks_binary(raw):
                raise InputError("E003", origin=where)
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                reason = f"invalid byte 0x{raw[e.start]:02x} at offset {e.start}"
                raise InputError("E004", origin=where, reason=reason) from e
            yield read_json_line(line, where, date)
        except InputError as err:
            yield _failure(err, where)
    if not seen_any:
        yield _failure(InputError("E002", origin=origin), origin)


def _whole(
    data: bytes, fmt: Format, origin: str, date: dt.date | None
) -> Iterator[Article | InputFailure]:
    if not data.strip():
        raise InputError("E002", origin=origin)
    if fmt is Format.HTML:
        if looks_binary(data):
            raise InputError("E003", origin=origin)
        yield read_html(data, origin, date)
        return
    text = decode_text(data, origin)
    if fmt is Format.JSON:
        yield from _safe(read_json_document(text, origin, date), origin)
    elif fmt is Format.JSONL:  # from stdin, where we hold the bytes already
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    yield read_json_line(line, f"{origin}:{number}", date)
                except InputError as err:
                    yield _failure(err, f"{origin}:{number}")
    elif fmt is Format.CRAWL:
        yield read_crawl(text, origin)
    else:
        yield read_plain(text, origin, date)


def _safe(items: Iterator[Article], origin: str) -> Iterator[Article | InputFailure]:
    try:
        yield from items
    except InputError as err:
        yield _failure(err, origin)


def _read_one(
    name: str, date: dt.date | None, max_bytes: int, meter: ReadMeter
) -> Iterator[Article | InputFailure]:
    origin = "<stdin>" if name == STDIN else name
    try:
        if name == STDIN:
            data = _read_limited(sys.stdin.buffer, max_bytes, origin)
            yield from _whole(data, detect("", data[:4096]), origin, date)
            return
        with open(name, "rb") as raw:
            meter.start(raw)
            kind = compression_of(raw.peek(4)[:4])
            stream = decompressed(raw, kind) if kind is not None else raw
            head = stream.peek(4096)[:4096]
            if is_warc(name, head):
                yield from read_warc(stream, origin, date, max_bytes)
                return
            fmt = detect(inner_name(name), head)
            if fmt is Format.JSONL:
                yield from _jsonl(stream, origin, date, max_bytes)
                return
            data = _read_limited(stream, max_bytes, origin)
        yield from _whole(data, fmt, origin, date)
    except InputError as err:
        yield _failure(err, origin)
    except archive_errors() as e:  # a corrupt or truncated gzip/zstd stream
        yield _failure(InputError("E011", origin=origin, reason=str(e) or type(e).__name__), origin)
    except OSError as e:
        yield _failure(InputError("E001", origin=origin, reason=e.strerror or str(e)), origin)
    finally:
        meter.finish(_size(name))


def _size(name: str) -> int:
    try:
        return 0 if name == STDIN else Path(name).stat().st_size
    except OSError:
        return 0


def read_articles(
    paths: Iterable[str],
    *,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    meter: ReadMeter | None = None,
) -> Iterator[Article | InputFailure]:
    """Articles from files, directories (recursive) and ``-`` (stdin), lazily.

    Args:
        paths: file paths, directory paths or ``-``.
        date: the article date for inputs that carry none (plain text, JSON without ``date``).
        max_bytes: the largest article, file or JSONL line accepted.
        meter: updated with the bytes read so far, for progress reports.

    Yields:
        An `Article` per article read, an `InputFailure` per input that could not be read.
    """
    for item in expand_paths(paths):
        if isinstance(item, InputFailure):
            yield item
        else:
            yield from _read_one(item, date, max_bytes, meter or ReadMeter())
