"""Event lexicons other than the verb dictionary: nouns that name events."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from dyad.lexicons import data_table


@dataclass(frozen=True, slots=True)
class EventLexicon:
    nouns: dict[str, str]
    """Noun lemma or two-word compound ("phone call") -> CAMEO code."""

    def noun_code(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        for child in token.children:
            # the word right before: a compound ("phone call") or an adjective ("general
            # strike", which spaCy parses as amod)
            if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
                code = self.nouns.get(f"{child.lower_} {lemma}")
                if code:
                    return code
        return self.nouns.get(lemma)


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    rows = data_table("dyad.events", "nouns.csv")
    return EventLexicon(nouns={r["lemma"]: r["cameo"] for r in rows})
