"""Which reader an input needs, from its name and its first bytes."""

from __future__ import annotations

import re
from enum import StrEnum


class Format(StrEnum):
    CRAWL = "crawl"
    TEXT = "text"
    JSONL = "jsonl"
    JSON = "json"
    HTML = "html"


# Extensions a directory walk picks up (an explicitly named file is read whatever its name).
KNOWN_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml")

CRAWL_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S+)[ \t]*\r?\n")
_HTML_START = re.compile(rb"\A\s*(<!doctype html|<html|<head|<body|<meta|<!--|<\?xml)", re.I)


def detect(name: str, head: bytes) -> Format:
    """The format of an input called ``name`` whose content starts with ``head``.

    Content wins over the extension where they disagree on something it can see: a ``.txt``
    holding HTML is read as HTML, a crawl header makes any text file a crawl file.
    """
    lower = name.lower()
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML_START.match(stripped) or lower.endswith((".html", ".htm", ".xhtml")):
        return Format.HTML
    if lower.endswith((".jsonl", ".ndjson")):
        return Format.JSONL
    if lower.endswith(".json"):
        return Format.JSON
    if stripped.startswith(b"{"):
        return Format.JSONL
    if stripped.startswith(b"["):
        return Format.JSON
    try:
        start = head[:512].decode("utf-8", errors="ignore")
    except Exception:  # pragma: no cover - decode with errors="ignore" does not raise
        start = ""
    if CRAWL_HEADER.match(start.lstrip("\ufeff")):
        return Format.CRAWL
    return Format.TEXT
