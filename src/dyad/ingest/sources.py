"""Walk the paths a user gives (files, directories, ``-``) and turn them into articles.

This is the only module that opens input files. Every failure becomes an `InputFailure`
naming the file (and line), and the walk goes on with the next input.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import io
import os
import sys
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from dyad.errors import InputError
from dyad.ingest.archives import (
    MAGIC_BYTES,
    Unpacked,
    compression_of,
    cut_record,
    decompressed,
    inner_name,
    is_warc,
    read_warc,
)
from dyad.ingest.decode import Decoder, checked, decode_text, html_bytes, wide_encoding
from dyad.ingest.formats import KNOWN_SUFFIXES, Format, detect
from dyad.ingest.readers import (
    failure,
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
# Bytes of an input's head used to tell its format and encoding.
_HEAD_BYTES = 8192
# How much of an overlong line is read at a time while skipping it.
_SKIP_BYTES = 1 << 20
# Marks bytes a UTF-16/32 line reader cannot decode, so that only that line is refused.
_UNDECODABLE = "dyad-undecodable"


def _mark_undecodable(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return "\udcff", error.end


codecs.register_error(_UNDECODABLE, _mark_undecodable)

PathLike = str | bytes | os.PathLike[str] | os.PathLike[bytes]


def display_path(name: str) -> str:
    """``name`` as valid UTF-8 for origins and messages: bytes of a file name that are not
    UTF-8 (which Python keeps as surrogate escapes) are shown escaped, ``caf\\xe9.txt``."""
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a surrogate that no file name decodes to, given by a caller
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def expand_paths(paths: Iterable[PathLike]) -> Iterator[str | InputFailure]:
    """Files named directly, and known-format files under directories, sorted; what cannot
    be read (a missing path, a broken link, a directory that cannot be listed or holds no
    input) is a failure naming it."""
    for given in paths:
        raw = os.fsdecode(given)  # bytes names become Python's str form (surrogate escapes)
        if raw == STDIN:
            yield STDIN
            continue
        try:
            yield from _expand(Path(raw))
        except OSError as e:  # a path that cannot even be looked at (permissions)
            yield _osfailure(e, raw)


def _expand(path: Path) -> Iterator[str | InputFailure]:
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield str(path)
    elif path.is_symlink():
        yield _broken_link(path)
    else:
        yield failure(InputError("E010", origin=display_path(str(path))), display_path(str(path)))


def _osfailure(e: OSError, name: str) -> InputFailure:
    where = display_path(str(e.filename) if e.filename is not None else name)
    return failure(InputError("E001", origin=where, reason=e.strerror or str(e)), where)


def _walk(root: Path) -> Iterator[str | InputFailure]:
    """The known-format files under ``root`` (hidden ones skipped, in path order), then a
    failure for each subdirectory that could not be listed and each broken link, or one
    failure (E027) when there is nothing at all."""
    found: list[Path] = []
    failures: list[InputFailure] = []
    seen: set[tuple[int, int]] = set()
    walk = os.walk(root, onerror=lambda e: failures.append(_osfailure(e, "")), followlinks=True)
    for folder, dirs, files in walk:
        try:
            # links to directories are followed, each directory read once (a loop ends)
            identity = os.stat(folder)
            if (identity.st_dev, identity.st_ino) in seen:
                dirs[:] = []
                continue
            seen.add((identity.st_dev, identity.st_ino))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                child = Path(folder, name)
                if name.startswith(".") or not _known(child):
                    continue
                if child.is_file():
                    found.append(child)
                elif child.is_symlink() and not child.exists():
                    failures.append(_broken_link(child))
        except OSError as e:
            dirs[:] = []
            failures.append(_osfailure(e, folder))
    yield from (str(child) for child in sorted(found))
    yield from failures
    if not found and not failures:
        where = display_path(str(root))
        known = " ".join((*KNOWN_SUFFIXES, ".warc"))
        reason = f"none of its files ends in {known}, compressed or not"
        yield failure(InputError("E027", origin=where, reason=reason), where)


def _broken_link(path: Path) -> InputFailure:
    where = display_path(str(path))
    target = display_path(os.readlink(path))
    return failure(InputError("E025", origin=where, target=target), where)


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


def input_bytes(paths: Iterable[PathLike]) -> int | None:
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


def _known(path: Path) -> bool:
    name = path.name.lower()
    return inner_name(name).endswith(KNOWN_SUFFIXES) or ".warc" in name


def _read_limited(stream: BinaryIO, limit: int, origin: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError("E005", origin=origin, size=f">{limit}", limit=limit)
    return data


def _jsonl(
    stream: BinaryIO,
    origin: str,
    date: dt.date | None,
    limit: int,
    unpacked: Unpacked | None = None,
) -> Generator[Article | InputFailure, None, int]:
    """Stream a JSONL file line by line: a bad line is one failure, not the file's. A last
    line cut short by damage to a compressed file is not read (the damage is reported).
    Returns how many lines were read."""
    wide = wide_encoding(stream.peek(_HEAD_BYTES)[:_HEAD_BYTES])  # type: ignore[attr-defined]
    decoder, number, seen_any = Decoder(), 0, False
    with contextlib.closing(_lines(stream, wide, limit)) as lines:
        for number, raw in enumerate(lines, start=1):
            cut = not (raw.endswith(b"\n") if isinstance(raw, bytes) else raw.endswith("\n"))
            damage = unpacked.damage if unpacked is not None else None
            if cut and damage is not None and damage.kind != "trailing":
                return number - 1
            if raw.strip():
                seen_any = True
                yield _jsonl_record(raw, f"{origin}:{number}", date, limit, decoder)
    if not seen_any and (unpacked is None or unpacked.damage is None):
        yield failure(InputError("E002", origin=origin), origin)
    return number


class _LongLine(bytes):
    """The first bytes of a line longer than the limit, with the line's whole ``size``."""

    size: int


def _read_line(stream: BinaryIO, limit: int) -> bytes:
    """The next line of ``stream`` (b"" at its end); one longer than ``limit`` bytes comes as
    a `_LongLine`, its rest skipped without being held (a 300 MB line is not read whole)."""
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line
    size = len(line)
    while True:
        rest = stream.readline(_SKIP_BYTES)
        size += len(rest)
        if not rest or rest.endswith(b"\n"):
            break
    long = _LongLine(line + rest[-1:] if rest.endswith(b"\n") else line)
    long.size = size
    return long


def _lines(stream: BinaryIO, wide: str | None, limit: int) -> Generator[bytes | str, None, None]:
    """The lines of ``stream``: bytes, or text for UTF-16/32 (``wide``), where bytes that do
    not decode mark their line (only)."""
    if wide is None:
        yield from iter(lambda: _read_line(stream, limit), b"")
        return
    text = io.TextIOWrapper(stream, encoding=wide, errors=_UNDECODABLE, newline=None)
    try:
        for line in text:  # noqa: UP028 - `yield from` would close text, and the stream with it
            yield line
    finally:
        text.detach()  # the caller's stream stays open


def _jsonl_record(
    raw: bytes | str, where: str, date: dt.date | None, limit: int, decoder: Decoder
) -> Article | InputFailure:
    try:
        size = raw.size if isinstance(raw, _LongLine) else len(raw)
        if size > limit:
            raise InputError("E005", origin=where, size=size, limit=limit)
        if isinstance(raw, bytes):
            text = decoder.decode(raw, where)
        elif "\udcff" in raw:
            raise InputError("E020", origin=where, reason="bytes that are not UTF-16/32")
        else:
            text = checked(raw.removeprefix("\ufeff"), where)
        return read_json_line(text, where, date)
    except InputError as err:
        return failure(err, where)


def splittable(name: str) -> bool:
    """Whether ``name`` is an uncompressed JSONL file, which `read_jsonl_range` can read in
    byte ranges (compressed streams cannot be entered in the middle)."""
    try:
        with open(name, "rb") as raw:
            head = raw.peek(4096)[:4096]
    except OSError:
        return False
    if compression_of(head[:MAGIC_BYTES]) is not None or is_warc(name, head):
        return False
    # a UTF-16/32 file cannot be cut at newline bytes
    return wide_encoding(head) is None and detect(inner_name(name), head) is Format.JSONL


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
    origin = display_path(name)
    decoder = Decoder()
    try:
        with open(name, "rb") as raw:
            number = _lines_before(raw, start)
            raw.seek(start)
            position = start
            if start > 0 and _previous_byte(raw, start) != b"\n":
                skipped = _read_line(raw, max_bytes)  # a line begun before belongs to it
                position += skipped.size if isinstance(skipped, _LongLine) else len(skipped)
                number += 1
            while position < end:
                line = _read_line(raw, max_bytes)
                if not line:
                    break
                position += line.size if isinstance(line, _LongLine) else len(line)
                number += 1
                if line.strip():
                    yield _jsonl_record(line, f"{origin}:{number}", date, max_bytes, decoder)
    except OSError as e:
        yield failure(InputError("E001", origin=origin, reason=e.strerror or str(e)), origin)
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
    if fmt is Format.HTML:
        yield read_html(html_bytes(data, origin), origin, date)
        return
    text = decode_text(data, origin)
    if fmt is Format.JSON:
        yield from _safe(read_json_document(text, origin, date), origin)
    elif fmt is Format.CRAWL:
        yield read_crawl(text, origin, date)
    else:
        yield read_plain(text, origin, date)


def _safe(items: Iterator[Article | InputFailure], origin: str) -> Iterator[Article | InputFailure]:
    try:
        yield from items
    except InputError as err:
        yield failure(err, origin)


def _read_stream(
    stream: BinaryIO, name: str, origin: str, date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    """The records of one input: decompressed if it is compressed, read by the reader its
    head asks for, and any damage to its compressed data reported after what came before."""
    kind = compression_of(stream.peek(MAGIC_BYTES)[:MAGIC_BYTES])  # type: ignore[attr-defined]
    unpacked = None
    if kind is not None:
        stream, unpacked = decompressed(stream, kind)
    head = stream.peek(_HEAD_BYTES)[:_HEAD_BYTES]  # type: ignore[attr-defined]
    if not head and (unpacked is None or unpacked.damage is None):
        raise InputError("E002", origin=origin)
    if is_warc(name, head):
        end = yield from read_warc(stream, origin, date, max_bytes)
        kept = "the WARC records before it were read"
        cut = cut_record(origin, end, _position(stream))
        if cut is not None and (unpacked is None or unpacked.damage is None):
            yield cut
    elif detect(inner_name(name), _for_detection(head)) is Format.JSONL:
        lines = yield from _jsonl(stream, origin, date, max_bytes, unpacked)
        kept = f"its first {lines} line(s) were read"
    else:
        data = _read_limited(stream, max_bytes, origin)
        damage = unpacked.damage if unpacked is not None else None
        if damage is None or damage.kind == "trailing":
            yield from _whole(data, detect(inner_name(name), _for_detection(head)), origin, date)
        kept = "the file is one document: none of it was read"
    if unpacked is not None and unpacked.damage is not None:
        yield unpacked.damage.failure(origin, kept)


def _position(stream: BinaryIO) -> int:
    """How far ``stream`` was read; 0 for a pipe, which cannot tell."""
    try:
        return stream.tell()
    except OSError:
        return 0


def _for_detection(head: bytes) -> bytes:
    """``head`` in UTF-8 when it is UTF-16/32, so that its format can be seen."""
    wide = wide_encoding(head)
    return head if wide is None else head.decode(wide, errors="ignore").encode("utf-8")


def _read_one(
    name: str, date: dt.date | None, max_bytes: int, meter: ReadMeter
) -> Iterator[Article | InputFailure]:
    origin = "<stdin>" if name == STDIN else display_path(name)
    try:
        if name == STDIN:
            stdin: Any = sys.stdin.buffer
            stream = stdin if hasattr(stdin, "peek") else cast(BinaryIO, io.BufferedReader(stdin))
            yield from _read_stream(stream, "", origin, date, max_bytes)
            return
        with open(name, "rb") as raw:
            meter.start(raw)
            yield from _read_stream(raw, name, origin, date, max_bytes)
    except InputError as err:
        yield failure(err, origin)
    except OSError as e:
        yield failure(InputError("E001", origin=origin, reason=e.strerror or str(e)), origin)
    finally:
        meter.finish(file_size(name))


def file_size(name: str) -> int:
    """Size on disk in bytes; 0 for standard input or a file that cannot be read."""
    try:
        return 0 if name == STDIN else Path(name).stat().st_size
    except OSError:
        return 0


def read_articles(
    paths: Iterable[PathLike],
    *,
    date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    meter: ReadMeter | None = None,
) -> Iterator[Article | InputFailure]:
    """Articles from files, directories (recursive) and ``-`` (stdin), lazily.

    Args:
        paths: file paths (``str`` or ``bytes``; a name that is not UTF-8 is read, and shown
            escaped in origins), directory paths or ``-``.
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
