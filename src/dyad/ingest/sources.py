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
        if raw.strip():
            seen_any = True
            yield _jsonl_record(raw, f"{origin}:{number}", date, limit)
    if not seen_any:
        yield _failure(InputError("E002", origin=origin), origin)


def _jsonl_record(
    raw: bytes, where: str, date: dt.date | None, limit: int
) -> Article | InputFailure:
    try:
        if len(raw) > limit:
            raise InputError("E005", origin=where, size=len(raw), limit=limit)
        return read_json_line(decode_text(raw, where), where, date)
    except InputError as err:
        return _failure(err, where)


def splittable(name: str) -> bool:
    """Whether ``name`` is an uncompressed JSONL file, which `read_jsonl_range` can read in
    byte ranges (compressed streams cannot be entered in the middle)."""
    try:
        with open(name, "rb") as raw:
            head = raw.peek(4096)[:4096]
    except OSError:
        return False
    if compression_of(head[:4]) is not None or is_warc(name, head):
        return False
    return detect(inner_name(name), head) is Format.JSONL


def read_jsonl_range(
    name: str,
    start: int,
    end: int,
    *,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    meter: ReadMeter | None = None,
) -> Iterator[Article | InputFailure]:
    """The records of an uncompressed JSONL file whose lines start in bytes ``[start,
    end)``: ranges that tile a file read each line exactly once, so a cluster can split one
    big file across tasks. Origins keep the file's own line numbers."""
    meter = meter or ReadMeter()
    try:
        with open(name, "rb") as raw:
            number = _lines_before(raw, start)
            raw.seek(start)
            position = start
            if start > 0 and _previous_byte(raw, start) != b"\n":
                skipped = raw.readline()  # a line begun before the range belongs to it
                position += len(skipped)
                number += 1
            while position < end:
                line = raw.readline()
                if not line:
                    break
                position += len(line)
                number += 1
                if line.strip():
                    yield _jsonl_record(line, f"{name}:{number}", date, max_bytes)
    except OSError as e:
        yield _failure(InputError("E001", origin=name, reason=e.strerror or str(e)), name)
    finally:
        meter.finish(max(0, min(end, file_size(name)) - start))


def _previous_byte(raw: BinaryIO, offset: int) -> bytes:
    raw.seek(offset - 1)
    byte = raw.read(1)
    raw.seek(offset)
    return byte


def _lines_before(raw: BinaryIO, offset: int, chunk: int = 1 << 20) -> int:
    """How many lines end before ``offset`` (counting at memory speed, for line numbers)."""
    raw.seek(0)
    count, remaining = 0, offset
    while remaining > 0:
        data = raw.read(min(chunk, remaining))
        if not data:
            break
        count += data.count(b"\n")
        remaining -= len(data)
    return count


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
        meter.finish(file_size(name))


def file_size(name: str) -> int:
    """Size on disk in bytes; 0 for standard input or a file that cannot be read."""
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
