"""Find knowledge-base names and sector nouns in a parsed Doc.

A small token trie rather than spaCy's PhraseMatcher, because acceptance depends on case
in a way no single token attribute expresses: acronyms must match exactly ("US", not "us"),
other names must start with a capital ("China", not "china"), and sector nouns match any
case and any number ("Presidents", "ministers").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from dyad.actors.kb import Entry, KnowledgeBase
from dyad.doc import TokenSpan

MAX_PHRASE_TOKENS = 8
_NAMES_KEY = "dyad_name_matches"


@dataclass(frozen=True, slots=True)
class NameMatch(TokenSpan):
    surface: str
    """The tokens' text, as written in the Doc."""
    entries: tuple[Entry, ...]
    """What the name may stand for: the entries of each knowledge-base form the text is
    accepted as (an acronym as written, another form capitalized), without repeats."""


@dataclass(frozen=True, slots=True)
class SectorMatch(TokenSpan):
    phrase: str


def _is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


class ActorMatcher:
    """Token-level matcher for one knowledge base, built once per pipeline."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        # lower-cased token tuple -> surface forms (as written in the KB) it may be
        self._names: dict[tuple[str, ...], list[str]] = {}
        for surface in kb.names:
            words = tuple(t.lower_ for t in nlp.make_doc(surface))
            if 0 < len(words) <= MAX_PHRASE_TOKENS:
                self._names.setdefault(words, []).append(surface)
        self._sectors: dict[tuple[str, ...], str] = {}
        for phrase in kb.sectors:
            words = tuple(t.lower_ for t in nlp.make_doc(phrase))
            self._sectors[words] = phrase
        self._first = {k[0] for k in self._names}
        self._sector_first = {k[0] for k in self._sectors}
        self._max_sector = max((len(k) for k in self._sectors), default=1)

    def _accept(self, surface: str, text: str) -> bool:
        if _is_acronym(surface):
            return text == surface
        first = text[:1]
        # a name must be capitalized as written, except for leading "the"/"the States" forms
        return first.isupper() or first.isdigit() or surface[:1].islower()

    def names(self, doc: Doc) -> list[NameMatch]:
        """Longest non-overlapping knowledge-base name matches, left to right.

        They depend on the tokens' text only, so they are computed once per Doc (the
        sentence picker of ``--sentences actors`` and the actor stage both ask)."""
        cached = doc.user_data.get(_NAMES_KEY)
        if cached is not None and cached[0] == len(doc):
            return list(cached[1])
        found: list[NameMatch] = []
        # token texts read once: indexing a Doc builds a Token object each time
        lowers = [t.lower_ for t in doc]
        i = 0
        n = len(lowers)
        while i < n:
            match = None
            if lowers[i] in self._first:
                for length in range(min(MAX_PHRASE_TOKENS, n - i), 0, -1):
                    surfaces = self._names.get(tuple(lowers[i : i + length]))
                    if not surfaces:
                        continue
                    text = doc[i : i + length].text
                    accepted = [s for s in surfaces if self._accept(s, text)]
                    if accepted:
                        entries: list[Entry] = []
                        for s in accepted:
                            entries.extend(e for e in self.kb.names[s] if e not in entries)
                        match = NameMatch(i, i + length, text, tuple(entries))
                        break
            if match is not None:
                found.append(match)
                i = match.end
            else:
                i += 1
        doc.user_data[_NAMES_KEY] = (len(doc), tuple(found))
        return found

    def sectors(self, doc: Doc, start: int = 0, end: int | None = None) -> list[SectorMatch]:
        """Sector-noun matches (any case, singular or plural) between two token indices."""
        end = len(doc) if end is None else end
        found: list[SectorMatch] = []
        i = start
        while i < end:
            hit = None
            tok = doc[i]
            lower = tok.lower_
            if (
                lower not in self._sector_first
                and tok.lemma_.lower() not in self._sector_first
                and _singular(lower) not in self._sector_first
            ):
                i += 1
                continue
            for length in range(min(self._max_sector, end - i), 0, -1):
                words = [t.lower_ for t in doc[i : i + length]]
                for last in (words[-1], doc[i + length - 1].lemma_.lower(), _singular(words[-1])):
                    phrase = self._sectors.get((*words[:-1], last))
                    if phrase:
                        hit = SectorMatch(i, i + length, phrase)
                        break
                if hit:
                    break
            if hit:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found
