"""Walks of the dependency parse that more than one stage needs (dates, events)."""

from __future__ import annotations

from spacy.tokens import Token


def clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` belongs to (itself when it is one, the root of its
    sentence when no verb heads it)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current
