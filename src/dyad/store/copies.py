"""Copies of one story: the same text, or nearly, published under several URLs (a wire story
in ten papers, a page re-posted with another byline).

An article's text is read as words (Unicode NFKC, case-folded, ``\\w+`` runs) and as the set
of its `SHINGLE`-word shingles, each hashed to 32 bits. Two articles are

- an ``exact`` copy when their words are the same (`Fingerprint.text_hash`), and
- a ``near`` copy when the Jaccard similarity of their shingle sets is at least `THRESHOLD`
  (docs/store.md, "Copies of one story", says how it was chosen on real news).

Finding candidates among many stored articles uses MinHash (datasketch's `MinHash`,
`NUM_PERM` permutations) cut into `BANDS` bands of `ROWS` values: each band hashes to a
64-bit key (`Fingerprint.keys`), and two articles sharing a key are candidates (locality
sensitive hashing). A candidate is then compared with its exact Jaccard similarity, so the
MinHash estimate decides nothing by itself: it only finds whom to compare.

Texts of fewer than `MIN_WORDS` words are matched only when exact: a few shingles make a
high Jaccard by chance.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash32

SHINGLE = 5
"""Words per shingle."""
THRESHOLD = 0.5
"""Jaccard similarity of shingle sets from which an article is a copy of another."""
MIN_WORDS = 40
"""Texts shorter than this (in words) are matched only as exact copies."""
BANDS, ROWS = 42, 3
"""LSH bands of MinHash values: a pair at Jaccard J becomes a candidate with probability
1 - (1 - J**ROWS)**BANDS: 0.996 at 0.5, 0.68 at 0.3, 0.04 at 0.1."""
NUM_PERM = BANDS * ROWS
_SEED = 1
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of ``text``, normalized: NFKC, case-folded, runs of word characters."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(tokens: list[str], size: int = SHINGLE) -> np.ndarray:
    """The sorted, distinct 32-bit hashes of the ``size``-word shingles of ``tokens`` (one
    shingle of all the words when there are fewer)."""
    if not tokens:
        return np.empty(0, dtype=np.uint32)
    count = max(1, len(tokens) - size + 1)
    grams = (" ".join(tokens[i : i + size]).encode("utf-8", "surrogatepass") for i in range(count))
    return np.unique(np.fromiter((sha1_hash32(g) for g in grams), dtype=np.uint32, count=count))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted sets of shingle hashes (0 when both are empty)."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the store keeps of an article's text to find its copies."""

    text_hash: str
    """Hash of the normalized words: equal for exact copies ("" for a text without words)."""
    keys: tuple[int, ...]
    """The LSH band keys (signed 64-bit, DuckDB's BIGINT); none for a short text."""
    shingles: np.ndarray
    """The shingle hashes, for the exact Jaccard of a candidate pair (not stored)."""


def fingerprint(text: str) -> Fingerprint:
    tokens = words(text)
    text_hash = (
        hashlib.sha256(" ".join(tokens).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        if tokens
        else ""
    )
    shingles = shingle_hashes(tokens)
    keys: tuple[int, ...] = ()
    if len(tokens) >= MIN_WORDS:
        m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int)
        m.update_batch(shingles.tolist())
        keys = band_keys(m.hashvalues)
    return Fingerprint(text_hash, keys, shingles)


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """One signed 64-bit key per band of MinHash ``values``, the band's number included
    (the same values in two different bands are different keys)."""
    out = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Match:
    """The stored article an incoming one is a copy of."""

    article_id: str
    kind: str
    """``exact`` or ``near``."""
    similarity: float


def best_match(
    print_: Fingerprint, candidates: Iterable[tuple[str, str, np.ndarray]]
) -> Match | None:
    """The candidate (id, text hash, shingle hashes) ``print_`` is a copy of: the exact copy,
    else the most similar at `THRESHOLD` or above (ties: the first given), else None."""
    best: Match | None = None
    for candidate_id, text_hash, shingles in candidates:
        if print_.text_hash and text_hash == print_.text_hash:
            return Match(candidate_id, "exact", 1.0)
        if not print_.keys or len(shingles) < MIN_WORDS - SHINGLE + 1:
            continue
        similarity = jaccard(print_.shingles, shingles)
        if similarity >= THRESHOLD and (best is None or similarity > best.similarity):
            best = Match(candidate_id, "near", round(similarity, 4))
    return best
