"""The cue lexicon (``quotes/data/cues.csv``), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dyad.lexicons import data_table


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: frozenset[str]
    """Single-verb cues by lemma."""
    direct_only: frozenset[str]
    """Cues that attribute a quotation but introduce no reported speech ("he continued")."""
    beliefs: frozenset[str]
    """Cues reporting a stance (think, hope); they need a coded speaker."""
    phrases: frozenset[str]
    """Multi-word cues by lemma sequence ("accord to", "point out")."""


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    rows = data_table("dyad.quotes", "cues.csv").rows
    return CueLexicon(
        verbs=frozenset(r["lemma"] for r in rows if r["kind"] in ("speech", "belief", "direct")),
        direct_only=frozenset(r["lemma"] for r in rows if r["kind"] == "direct"),
        beliefs=frozenset(r["lemma"] for r in rows if r["kind"] == "belief"),
        phrases=frozenset(r["lemma"] for r in rows if r["kind"] == "phrase"),
    )
