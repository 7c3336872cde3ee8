"""Article identity: ids are content hashes so that re-running an ingest is idempotent."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

# Query parameters that only track where a reader came from; they do not change the article.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ref")


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop ``www.``, fragments, tracking parameters and a trailing
    slash, so that two spellings of one article's address give one id."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(
        kv for kv in parts.query.split("&") if kv and not kv.lower().startswith(_TRACKING_PREFIXES)
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(((parts.scheme or "http").lower(), host, path, query, ""))


def source_domain(url: str | None) -> str | None:
    """The publishing domain of ``url`` without ``www.``, or None."""
    if not url:
        return None
    host = urlsplit(url.strip()).netloc.lower().removeprefix("www.")
    return host.split("@")[-1].split(":")[0] or None


def article_id(url: str | None, text: str) -> str:
    """A 16-hex-digit id: the hash of the normalized URL when there is one, else of the text
    with whitespace collapsed."""
    key = "url:" + normalize_url(url) if url else "text:" + " ".join(text.split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
