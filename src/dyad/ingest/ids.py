"""Article identity: ids are content hashes so that re-running an ingest is idempotent.

An article's id is the hash of its normalized URL when it has one (`normalize_url`), else of
its text with whitespace collapsed; a record may also give its own id. URLs are normalized
with courlan (trafilatura's URL library) and then so that what names one page names it once:
``http`` and ``https``, ``www.``, a trailing slash, tracking parameters (``utm_*``,
``fbclid``, ``ref``…: courlan's list) and the fragment do not change the id.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

# The scheme every id is computed with: https, which most news sites serve today, so that the
# ids of https URLs stored before courlan was used stay what they were.
_ID_SCHEME = "https"
# courlan percent-encodes these in paths, where RFC 3986 allows them as they are (sub-delims
# and "@"); those written as they are in the URL are written back so, to keep the ids stored
# before courlan was used (Wikinews titles hold ";", "(", ")").
_PATH_DELIMS = "$&'()*+;@"


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be read as a URL (an unclosed IPv6 bracket, a bad port), or None."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - reading it is the check: a port that is no number raises
    except ValueError as e:
        return str(e)
    return None


def normalize_url(url: str) -> str:
    """The form of ``url`` its id is the hash of: courlan's normalization (host lower-cased,
    default port and tracking parameters dropped, other parameters sorted, path
    percent-encoded), then ``https``, no ``www.``, no fragment, no trailing slash."""
    from courlan import normalize_url as courlan_normalize  # slow import; only URLs need it

    try:
        given = urlsplit(url.strip())
        parts = urlsplit(courlan_normalize(given, trailing_slash=False))
    except ValueError:  # not a URL courlan can parse: the text as given names it
        return url.strip()
    scheme = _ID_SCHEME if parts.scheme.lower() in ("http", "https", "") else parts.scheme
    host = parts.netloc.removeprefix("www.")
    path = parts.path
    for char in set(_PATH_DELIMS) & set(given.path):
        path = path.replace(f"%{ord(char):02X}", char)
    path = path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, parts.query, ""))


def source_domain(url: str | None) -> str | None:
    """The publishing domain of ``url`` without ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).netloc.lower().removeprefix("www.")
    except ValueError:
        return None
    return host.split("@")[-1].split(":")[0] or None


def article_id(url: str | None, text: str) -> str:
    """A 16-hex-digit id: the hash of the normalized URL when there is one, else of the text
    with whitespace collapsed."""
    key = "url:" + normalize_url(url) if url and url.strip() else "text:" + " ".join(text.split())
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
