"""Compressed inputs and web archives: gzip, bzip2, xz and zstd streams, and WARC files of
crawled pages (Common Crawl's CC-NEWS), read with warcio and extracted with trafilatura.

Decompression is streamed and never raises at its reader: damage (a truncated end, a corrupt
block, bytes after the last member) ends the stream like an end of file, and the reader
reports it (`Unpacked.damage`) after reading everything that came before it.
"""

from __future__ import annotations

import bz2
import datetime as dt
import io
import lzma
import re
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal

from dyad.errors import InputError
from dyad.ingest.decode import html_bytes
from dyad.ingest.published import parse_published
from dyad.ingest.readers import failure, read_html
from dyad.records import Article, InputFailure

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
XZ_MAGIC = b"\xfd7zXZ\x00"
# "BZh", the block size digit, then the magic of a first block or of the end of the stream.
_BZIP2_MAGIC = re.compile(rb"BZh[1-9](\x31\x41\x59\x26\x53\x59|\x17\x72\x45\x38\x50\x90)")
MAGIC_BYTES = 10  # enough of a file's head for `compression_of`
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
# Compressed bytes handed to the decompressor at a time. Damage costs nothing before it (see
# `_salvage`), so this only trades Python calls against the size of each decompressed piece.
_FEED = 1 << 14
# zstd's decompressor cannot bound its output, and a 4-byte block can stand for 128 KB: fed
# 1 KB at a time, it gives at most ~32 MB at once.
_ZSTD_FEED = 1 << 10
# The most decompressed bytes one call may give where the codec can bound them.
_PIECE = 1 << 20
WARC_START = b"WARC/"

DamageKind = Literal["truncated", "corrupt", "trailing"]


def compression_of(head: bytes) -> str | None:
    """``gzip``, ``bzip2``, ``xz`` or ``zstd`` from a file's first `MAGIC_BYTES` bytes."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    if head.startswith(XZ_MAGIC):
        return "xz"
    if _BZIP2_MAGIC.match(head):
        return "bzip2"
    return None


def _decompressor(kind: str) -> Any:
    """A one-member decompressor with ``decompress``, ``eof`` and ``unused_data``."""
    if kind == "gzip":
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if kind == "bzip2":
        return bz2.BZ2Decompressor()
    if kind == "xz":
        return lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
    import zstandard  # imported here: only zstd input needs it

    return zstandard.ZstdDecompressor().decompressobj()


def _codec_errors() -> tuple[type[BaseException], ...]:
    """What a decompressor raises on corrupt data (bz2 raises OSError)."""
    import zstandard

    return (zlib.error, lzma.LZMAError, OSError, EOFError, zstandard.ZstdError)


@dataclass(frozen=True)
class Damage:
    """Where a compressed file stops being valid: ``offset`` is a byte of the file on disk."""

    kind: DamageKind
    offset: int
    reason: str = ""
    size: int = 0

    def failure(self, origin: str, kept: str) -> InputFailure:
        """The error row for this damage; ``kept`` says what was read before it."""
        where = f"{origin}@{self.offset}"
        if self.kind == "truncated":
            err = InputError("E022", origin=origin, offset=self.offset, kept=kept)
        elif self.kind == "corrupt":
            err = InputError(
                "E023", origin=origin, offset=self.offset, reason=self.reason, kept=kept
            )
        else:
            err = InputError(
                "E024", origin=origin, size=self.size, offset=self.offset, reason=self.reason
            )
        return failure(err, where)


class _Damaged(Exception):
    def __init__(self, damage: Damage) -> None:
        super().__init__(damage.kind)
        self.damage = damage


class Unpacked(io.RawIOBase):
    """The decompressed bytes of a compressed file, streamed member by member (gzip members,
    bzip2/xz streams, zstd frames). Damage ends the stream as an end of file would and is
    kept in ``damage``; ``tell()`` counts the decompressed bytes delivered."""

    def __init__(self, raw: BinaryIO, kind: str) -> None:
        super().__init__()
        self.damage: Damage | None = None
        self._pieces = _inflate(raw, kind)
        self._piece = memoryview(b"")
        self._delivered = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._delivered

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` as far as the data goes (so that ``peek`` sees a whole head)."""
        filled = 0
        while filled < len(buffer):
            if not self._piece and not self._next_piece():
                break
            count = min(len(buffer) - filled, len(self._piece))
            buffer[filled : filled + count] = self._piece[:count]
            self._piece = self._piece[count:]
            filled += count
        self._delivered += filled
        return filled

    def _next_piece(self) -> bool:
        """Take the next decompressed piece; False at the end of the data or its damage."""
        if self.damage is not None:
            return False
        try:
            self._piece = memoryview(next(self._pieces))
        except StopIteration:
            return False
        except _Damaged as e:
            self.damage = e.damage
            return False
        return True


def decompressed(raw: BinaryIO, kind: str) -> tuple[io.BufferedReader, Unpacked]:
    """A buffered reader of ``raw``'s decompressed bytes (``peek()`` gives the head), and the
    `Unpacked` stream under it, whose ``damage`` says where and how the data stopped."""
    unpacked = Unpacked(raw, kind)
    return io.BufferedReader(unpacked, buffer_size=_FEED), unpacked


def _inflate(raw: BinaryIO, kind: str) -> Iterator[bytes]:
    """The decompressed pieces of ``raw`` from its current position, member after member.

    Raises:
        _Damaged: where the data stops being valid (truncated, corrupt, or trailing bytes
            that do not start another member).
    """
    start, pending = raw.tell(), b""
    feed = _ZSTD_FEED if kind == "zstd" else _FEED
    while True:
        decomp, position = _decompressor(kind), start
        while not decomp.eof:
            chunk = pending or raw.read(feed)
            pending = b""
            if not chunk:
                tail = decomp.flush() if hasattr(decomp, "flush") else b""
                if tail:
                    yield tail
                raise _Damaged(Damage("truncated", position))
            done = 0  # bytes of this chunk's output delivered
            try:
                for out in _feed(decomp, kind, chunk):
                    done += len(out)
                    yield out
            except _codec_errors() as e:
                at = yield from _salvage(raw, kind, (start, position), chunk, done)
                raise _Damaged(Damage("corrupt", at, str(e) or type(e).__name__)) from e
            position += len(chunk)
        start = position - len(decomp.unused_data)
        pending = _at_least(raw, decomp.unused_data, MAGIC_BYTES)
        if not pending:
            return
        if compression_of(pending) != kind:
            _check_padding(raw, pending, start, kind)
            return


def _feed(decomp: Any, kind: str, data: bytes) -> Iterator[bytes]:
    """``data`` decompressed, in pieces of at most `_PIECE` bytes where the codec can bound
    them (zstd cannot: it is fed less at a time instead), so that a small input that expands
    enormously is never held whole."""
    if kind == "zstd":
        out = decomp.decompress(data)
        if out:
            yield out
    elif kind == "gzip":
        while not decomp.eof:
            out = decomp.decompress(data, _PIECE)
            data = decomp.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < _PIECE:
                break
    else:  # bzip2, xz
        out = decomp.decompress(data, max_length=_PIECE)
        if out:
            yield out
        while not decomp.eof and not decomp.needs_input:
            out = decomp.decompress(b"", max_length=_PIECE)
            if out:
                yield out


def _at_least(raw: BinaryIO, data: bytes, count: int) -> bytes:
    while len(data) < count:
        more = raw.read(count - len(data))
        if not more:
            break
        data += more
    return data


def _check_padding(raw: BinaryIO, rest: bytes, start: int, kind: str) -> None:
    """Zero bytes after the last member are padding (as gzip(1) allows); anything else is
    reported as trailing data."""
    size, only_zeros = 0, True
    while rest:
        size += len(rest)
        only_zeros = only_zeros and not rest.strip(b"\x00")
        rest = raw.read(_FEED)
    if not only_zeros:
        raise _Damaged(Damage("trailing", start, f"not another {kind} member", size))


def _salvage(
    raw: BinaryIO, kind: str, span: tuple[int, int], chunk: bytes, done: int
) -> Generator[bytes, None, int]:
    """The output of a member up to the first byte of ``chunk`` that the codec refuses, and
    (returned) that byte's offset. ``span`` is where the member and ``chunk`` start in
    ``raw``; the member is decompressed again up to ``chunk`` (that output was delivered
    already, as were the first ``done`` bytes of the chunk's), then ``chunk`` a byte at a
    time. Runs once per damaged file."""
    start, position = span
    if not raw.seekable():  # standard input: the rest of the failed chunk's output is lost
        return position
    decomp = _decompressor(kind)
    raw.seek(start)
    remaining = position - start
    while remaining > 0:
        piece = raw.read(min(_FEED, remaining))
        if not piece:
            break
        remaining -= len(piece)
        for _ in _feed(decomp, kind, piece):
            pass
    skip = done
    for index in range(len(chunk)):
        try:
            for out in _feed(decomp, kind, chunk[index : index + 1]):
                if skip < len(out):
                    yield out[skip:]
                skip = max(0, skip - len(out))
        except _codec_errors():
            return position + index
    return position + len(chunk)


def inner_name(name: str) -> str:
    """``news.jsonl.gz`` -> ``news.jsonl``: the name whose extension tells the format."""
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_warc(name: str, head: bytes) -> bool:
    return head.startswith(WARC_START) or ".warc" in name.lower()


def read_warc(
    stream: BinaryIO, origin: str, date: dt.date | None, max_bytes: int
) -> Generator[Article | InputFailure, None, int | None]:
    """One article per HTML response record; a record that cannot be read is one failure
    (named by file and record offset) and the archive goes on. A file that yields nothing
    says why (E026): it is not WARC, or it holds no HTML response.

    Returns:
        The offset after the last whole record, or None when the file could not be read as
        WARC; bytes after it (``stream.tell()`` further) did not form a record.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not stream.peek(len(WARC_START)).startswith(WARC_START):  # type: ignore[attr-defined]
        reason = "it does not start with a WARC/ record header"
        yield failure(InputError("E026", origin=origin, reason=reason), origin)
        return None
    seen, read = 0, 0
    records = ArchiveIterator(stream)
    try:
        for record in records:
            seen += 1
            item = _warc_record(record, records, origin, date, max_bytes)
            if item is not None:
                read += 1
                yield item
    except Exception as e:
        # warcio raises whatever its parsing meets in a malformed record (ArchiveLoadFailed,
        # but also AttributeError or ValueError on missing or odd headers): the archive
        # cannot be followed past that record, whose offset names the failure
        where = f"{origin}@{getattr(records, 'offset', 0)}" if seen else origin
        reason = str(e) if isinstance(e, ArchiveLoadFailed) else f"{type(e).__name__}: {e}"
        err = InputError("E011", origin=where, reason=reason)
        yield failure(err, where)
        return None
    if read == 0:
        reason = f"{seen} record(s), none an HTML response"
        yield failure(InputError("E026", origin=origin, reason=reason), origin)
    # warcio's own count of where the next record would start (it stops quietly at a
    # record it cannot parse, as at the end of the file)
    end = getattr(records, "offset", None)
    return end if isinstance(end, int) else None


def cut_record(origin: str, end: int | None, total: int) -> InputFailure | None:
    """E028 when ``total`` bytes were read but the whole records ended at ``end``."""
    if end is None or total <= end:
        return None
    where = f"{origin}@{end}"
    reason = f"the last {total - end} bytes do not form a whole record"
    return failure(InputError("E028", origin=where, reason=reason), where)


def _warc_record(
    record: Any, records: Any, origin: str, date: dt.date | None, max_bytes: int
) -> Article | InputFailure | None:
    """The article of one HTML response record, its failure, or None for other records."""
    content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
    wanted = record.rec_type == "response" and "html" in content_type.lower()
    data = record.content_stream().read(max_bytes + 1) if wanted else b""
    # read the offset only after the payload: warcio reads the record to its end
    where = f"{origin}@{records.get_record_offset()}"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        err = InputError("E028", origin=where, reason=f"{missing} bytes of it missing")
        return failure(err, where)
    if not wanted:
        return None
    try:
        if len(data) > max_bytes:
            raise InputError("E005", origin=where, size=f">{max_bytes}", limit=max_bytes)
        url = record.rec_headers.get_header("WARC-Target-URI")
        crawled = record.rec_headers.get_header("WARC-Date") or ""
        fallback = parse_published(crawled) or date  # a bad WARC-Date: the run's date
        return read_html(html_bytes(data, where), where, fallback, url=url)
    except InputError as err:
        return failure(err, where)
