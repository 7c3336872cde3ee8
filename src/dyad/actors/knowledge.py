"""Choosing the knowledge base actors are coded with."""

from __future__ import annotations

from functools import lru_cache

from dyad.actors.kb import KnowledgeBase, load_default_kb
from dyad.errors import DictionaryError

DEFAULT_KB = "dyad"


@lru_cache(maxsize=4)
def load_kb(spec: str = DEFAULT_KB) -> KnowledgeBase:
    """The knowledge base named by ``spec``: ``dyad`` is the one shipped with dyad.

    Raises:
        DictionaryError: E202 for a spec dyad does not know.
    """
    if spec == DEFAULT_KB:
        return load_default_kb()
    raise DictionaryError("E202", spec=spec, reason="known: 'dyad'")
