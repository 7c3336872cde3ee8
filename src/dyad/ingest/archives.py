"""Compressed inputs and web archives: gzip and zstd streams, and WARC files of crawled
pages (Common Crawl's CC-NEWS), read with warcio and extracted with trafilatura."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from collections.abc import Iterator
from typing import BinaryIO

from dyad.errors import InputError
from dyad.ingest.readers import parse_date, read_html
from dyad.records import Article, InputFailure

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
COMPRESSED_SUFFIXES = (".gz", ".zst")


def archive_errors() -> tuple[type[BaseException], ...]:
    """Exceptions a corrupt compressed stream raises (zlib's, zstandard's, a truncated end)."""
    import zlib

    found: list[type[BaseException]] = [zlib.error, EOFError, gzip.BadGzipFile]
    try:
        import zstandard

        found.append(zstandard.ZstdError)
    except ImportError:  # pragma: no cover - zstandard is a dependency
        pass
    return tuple(found)


def compression_of(head: bytes) -> str | None:
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def decompressed(stream: BinaryIO, kind: str) -> io.BufferedReader:
    """A buffered, streaming reader of the decompressed bytes (peek() gives the head)."""
    if kind == "gzip":
        return io.BufferedReader(gzip.GzipFile(fileobj=stream), buffer_size=1 << 16)
    import zstandard  # imported here: only zstd input needs it

    return io.BufferedReader(
        zstandard.ZstdDecompressor().stream_reader(stream), buffer_size=1 << 16
    )


def inner_name(name: str) -> str:
    """``news.jsonl.gz`` -> ``news.jsonl``: the name whose extension tells the format."""
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_warc(name: str, head: bytes) -> bool:
    return head.startswith(b"WARC/") or ".warc" in name.lower()


def read_warc(
    stream: BinaryIO, origin: str, date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    """One article per HTML response record; a record that cannot be read is one failure
    (named by file and record offset) and the archive goes on."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type != "response":
                continue
            content_type = (
                record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            )
            if "html" not in content_type.lower():
                continue
            data = record.content_stream().read(max_bytes + 1)
            # read the offset only after the payload: warcio reads the record to its end
            where = f"{origin}@{records.get_record_offset()}"
            try:
                if len(data) > max_bytes:
                    raise InputError("E005", origin=where, size=f">{max_bytes}", limit=max_bytes)
                url = record.rec_headers.get_header("WARC-Target-URI")
                crawled = record.rec_headers.get_header("WARC-Date") or ""
                fallback = parse_date(crawled, where) if crawled else date
                yield read_html(data, where, fallback, url=url)
            except InputError as err:
                yield InputFailure(origin=where, code=err.code, message=str(err))
    except ArchiveLoadFailed as e:
        yield InputFailure(
            origin=origin,
            code="E011",
            message=str(InputError("E011", origin=origin, reason=str(e))),
        )
