"""Choosing the knowledge base actors are coded with.

A spec is ``+``-joined parts: ``dyad`` (the knowledge base shipped with dyad),
``petrarch:DIR`` (the actor, agent and discard dictionaries in a folder, PETRARCH format)
and ``csv:FILE`` (a user KB: office holders that override the parts before it on their
dates, `dyad.actors.userkb`). ``dyad+petrarch:../shared/data/dictionaries/phoenix`` codes
with both, dyad's entries first where both know a name; ``petrarch:DIR`` alone codes with
the dictionaries only; ``dyad+csv:my_ministers.csv`` codes with dyad's knowledge base
corrected and extended by the user's rows.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

from dyad.actors.kb import KnowledgeBase, load_default_kb
from dyad.actors.petrarch import read_petrarch_folder
from dyad.actors.userkb import add_user_kb
from dyad.errors import DictionaryError

DEFAULT_KB = "dyad"


@lru_cache(maxsize=4)
def load_kb(spec: str = DEFAULT_KB) -> KnowledgeBase:
    """The knowledge base named by ``spec`` (cached per process).

    Raises:
        DictionaryError: E202 for a spec dyad does not know or a folder without dictionaries;
            E204-E209 for a user KB that cannot be read or has a bad row.
    """
    parts = [p for p in spec.split("+") if p]
    if not parts:
        raise DictionaryError("E202", spec=spec, reason="empty")
    if parts[0] == DEFAULT_KB:
        kb = copy.deepcopy(load_default_kb()) if len(parts) > 1 else load_default_kb()
        parts = parts[1:]
    else:
        kb = KnowledgeBase(sources=[])
    for part in parts:
        if part.startswith("petrarch:"):
            read_petrarch_folder(Path(part.removeprefix("petrarch:")), kb)
        elif part.startswith("csv:"):
            add_user_kb(kb, Path(part.removeprefix("csv:")))
        else:
            reason = f"unknown part {part!r}; known: dyad, petrarch:DIR, csv:FILE"
            raise DictionaryError("E202", spec=spec, reason=reason)
    return kb
