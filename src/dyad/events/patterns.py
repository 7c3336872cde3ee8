"""Match a verb dictionary's patterns against a verb in a dependency parse.

PETRARCH matched patterns against a constituency parse's verb phrase; dyad reads the same
patterns off spaCy's dependency tree: the words after ``*`` must appear, in order, among the
verb's right-hand dependents (objects, particles, prepositional phrases, not embedded clauses),
the words before it among its left-hand dependents (subject, auxiliaries, negation).
The most specific matching pattern wins; without one the verb's own code applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Token

from dyad.events.verbdict import Element, Pattern, Prep, Slot, Verb, VerbDictionary, Words

# Dependents that start a clause of their own: their words belong to another event.
CLAUSAL = frozenset(
    {"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "cc", "punct", "mark", "csubj"}
)


@dataclass(frozen=True, slots=True)
class VerbMatch:
    verb: Verb
    pattern: Pattern | None
    code: str | None
    target: Token | None = None
    """The token a ``+`` in the pattern pointed at, if any."""
    source: Token | None = None
    words: frozenset[int] = field(default_factory=frozenset)
    """Token indices the verb phrase and pattern used (so a noun trigger among them is not
    coded twice)."""

    @property
    def rule(self) -> str:
        if self.pattern is not None:
            return f"pattern {self.pattern.text} (line {self.pattern.line})"
        return f"verb {'_'.join(self.verb.words)} in block {self.verb.block}"


def token_is(token: Token, word: str) -> bool:
    """Whether ``token`` is the dictionary word ``word`` (upper-case, maybe plural)."""
    text = token.text.upper()
    lemma = token.lemma_.upper()
    if word in (text, lemma):
        return True
    if word.endswith("S") and word[:-1] == lemma:
        return True
    return word.endswith("IES") and word[:-3] + "Y" == lemma


def regular_stems(word: str) -> list[str]:
    """The base forms a regularly inflected verb form may have, most likely first:
    "staged" -> stage, stag; "stopped" -> stop; "tried" -> try; "making" -> make, mak."""
    stems: list[str] = []
    if word.endswith("ied") or word.endswith("ies"):
        stems.append(word[:-3] + "y")
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            stems += [base + "e", base]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])  # "stopped" -> stop
    if word.endswith("es") and len(word) > 4:
        stems.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        stems.append(word[:-1])
    return stems


# Noun endings that make a verb's act a noun, with what the verb ends in instead: ("ation",
# "e") reads "allegation" as allege, ("ation", "") "resignation" as resign.
NOMINAL_SUFFIXES = (
    ("ation", "e"),
    ("ation", ""),
    ("ition", "ish"),
    ("ment", ""),
    ("sion", "d"),
    ("sion", "t"),
    ("ction", "ct"),
    ("tion", "te"),
    ("al", ""),
    ("ance", ""),
    ("ence", ""),
    ("ure", "e"),
    ("ing", ""),
    ("ing", "e"),
)


def nominal_stems(noun: str) -> list[str]:
    """The verbs a noun may name the act of: itself, then the stems its ending allows."""
    stems = [noun]
    for ending, verb_ending in NOMINAL_SUFFIXES:
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            stems.append(noun[: -len(ending)] + verb_ending)
    return stems


def _forms(word: str) -> tuple[str, ...]:
    """The token texts or lemmas a dictionary word can match."""
    forms = [word]
    if word.endswith("IES"):
        forms.append(word[:-3] + "Y")
    if word.endswith("S"):
        forms.append(word[:-1])
    return tuple(forms)


def _requirements(pattern: Pattern) -> tuple[frozenset[str], ...]:
    """For each word element of a pattern, the forms one of which the sentence must contain.
    Checking these first skips most of a block's patterns without matching them."""
    needs: list[frozenset[str]] = []

    def visit(elems: tuple[Element, ...]) -> None:
        for elem in elems:
            if isinstance(elem, Words):
                needs.append(frozenset(f for option in elem.options for f in _forms(option[-1])))
            elif isinstance(elem, Prep):
                needs.append(
                    frozenset(f for option in elem.prep.options for f in _forms(option[-1]))
                )
                visit(elem.body)

    visit(pattern.pre)
    visit(pattern.post)
    return tuple(needs)


def _region(verb: Token, right: bool) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in CLAUSAL:
            continue
        if (child.i > verb.i) == right:
            out.extend(t for t in child.subtree if not _in_clause_below(t, child))
    return sorted(out, key=lambda t: t.i)


def _in_clause_below(token: Token, top: Token) -> bool:
    current = token
    while current.i != top.i:
        if current.dep_ in CLAUSAL - {"cc", "punct"}:
            return True
        current = current.head
    return False


class _Seq:
    """Ordered matching of pattern elements over a token list, gaps allowed."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.target: Token | None = None
        self.source: Token | None = None
        self.used: set[int] = set()

    def match(self, elems: tuple[Element, ...], pos: int = 0) -> int | None:
        for elem in elems:
            found = self._one(elem, pos)
            if found is None:
                return None
            pos = found
        return pos

    def _one(self, elem: Element, pos: int) -> int | None:
        toks = self.tokens
        if isinstance(elem, Slot):
            if elem.role in ("source", "target"):
                noun = next((t for t in toks[pos:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if noun is not None:
                    setattr(self, elem.role, noun)
            return pos
        if isinstance(elem, Words):
            for i in range(pos, len(toks)):
                for option in elem.options:
                    end = self._words_at(option, i, elem.braced)
                    if end is not None:
                        return end
            return None
        assert isinstance(elem, Prep)
        for i in range(pos, len(toks)):
            tok = toks[i]
            if any(len(o) == 1 and token_is(tok, o[0]) for o in elem.prep.options):
                inner = _Seq([t for t in tok.subtree if t.i > tok.i])
                if inner.match(elem.body) is not None:
                    self.used.add(tok.i)
                    self.used |= inner.used
                    self.target = self.target or inner.target
                    self.source = self.source or inner.source
                    if inner.target is None and any(isinstance(e, Slot) for e in elem.body):
                        self.target = next((c for c in tok.children if c.dep_ == "pobj"), None)
                    return i + 1
        return None

    def _words_at(self, option: tuple[str, ...], i: int, braced: bool) -> int | None:
        toks = self.tokens
        if not braced:
            if i + len(option) > len(toks):
                return None
            window = toks[i : i + len(option)]
            if all(token_is(t, w) for t, w in zip(window, option, strict=True)) and all(
                b.i - a.i == 1 for a, b in pairwise(window)
            ):
                self.used.update(t.i for t in window)
                return i + len(option)
            return None
        # {A B HEAD}: HEAD at i, the other words in order among the tokens before it in its phrase
        head = toks[i]
        if not token_is(head, option[-1]):
            return None
        before = [t for t in head.subtree if t.i < head.i]
        j = 0
        for word in option[:-1]:
            while j < len(before) and not token_is(before[j], word):
                j += 1
            if j == len(before):
                return None
            self.used.add(before[j].i)
            j += 1
        self.used.add(head.i)
        return i + 1


class _BlockIndex:
    """A block's patterns by one word each requires, so that a verb is matched only against
    the patterns whose words its sentence contains (a verb such as "say" has hundreds)."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.needs = [_requirements(p) for p in patterns]
        self.always: list[int] = []
        self.by_word: dict[str, list[int]] = {}
        for position, needs in enumerate(self.needs):
            if not needs:
                self.always.append(position)
            for word in needs[0] if needs else ():
                self.by_word.setdefault(word, []).append(position)

    def possible(self, words: set[str]) -> list[Pattern]:
        """The patterns all of whose required words are among ``words``, in block order."""
        positions = set(self.always)
        for word in words:
            positions.update(self.by_word.get(word, ()))
        return [
            self.patterns[p]
            for p in sorted(positions)
            if all(not need.isdisjoint(words) for need in self.needs[p])
        ]


class PatternMatcher:
    def __init__(self, dictionary: VerbDictionary) -> None:
        self.dictionary = dictionary
        self._indexes: dict[str, _BlockIndex] = {}

    def _possible(self, block_name: str, patterns: list[Pattern], words: set[str]) -> list[Pattern]:
        index = self._indexes.get(block_name)
        if index is None:
            index = self._indexes[block_name] = _BlockIndex(patterns)
        return index.possible(words)

    def _verb(self, token: Token) -> tuple[Verb, set[int]] | None:
        """The dictionary verb ``token`` is, preferring multi-word verbs ("call off")."""
        candidates = self.dictionary.verbs_for(token.lemma_) + self.dictionary.verbs_for(token.text)
        if not candidates:
            # spaCy's lemma can be wrong ("staged" -> "stag"): try the stems of the regular
            # inflections of the word as written
            for stem in regular_stems(token.lower_):
                candidates = self.dictionary.verbs_for(stem)
                if candidates:
                    break
        best: tuple[Verb, set[int]] | None = None
        for verb in candidates:
            used = {token.i}
            ok = True
            for k, word in enumerate(verb.words):
                if k == verb.index:
                    continue
                offset = k - verb.index
                other = self._neighbour(token, offset, word)
                if other is None:
                    ok = False
                    break
                used.add(other.i)
            if ok and (best is None or len(verb.words) > len(best[0].words)):
                best = (verb, used)
        return best

    @staticmethod
    def _neighbour(token: Token, offset: int, word: str) -> Token | None:
        doc = token.doc
        i = token.i + offset
        if 0 <= i < len(doc) and token_is(doc[i], word):
            return doc[i]
        if offset > 0:  # particles may be separated: "called the talks off"
            for child in token.children:
                if (
                    child.dep_ in ("prt", "prep", "dobj")
                    and child.i > token.i
                    and token_is(child, word)
                ):
                    return child
        return None

    def nominal_code(self, noun: str) -> str | None:
        """The code of the one-word dictionary verb a noun names the act of: the verb itself
        ("arrest", "ban") or the stem of its nominalization ("resignation" -> resign,
        "conviction" -> convict, "impeachment" -> impeach); None when there is none."""
        for stem in nominal_stems(noun):
            for verb in self.dictionary.verbs_for(stem):
                if len(verb.words) != 1:
                    continue
                block = self.dictionary.blocks.get(verb.block)
                code = verb.code or (block.code if block else None)
                if code:
                    return code
        return None

    def match(self, token: Token) -> VerbMatch | None:
        """The dictionary's reading of the verb ``token``, or None if it is not in it."""
        found = self._verb(token)
        if found is None:
            return None
        verb, used = found
        block = self.dictionary.blocks.get(verb.block)
        post = [t for t in _region(token, right=True) if t.i not in used]
        pre = _region(token, right=False)
        words = {w for t in (*pre, *post) for w in (t.text.upper(), t.lemma_.upper())}
        best: tuple[Pattern, _Seq] | None = None
        for pattern in self._possible(verb.block, block.patterns, words) if block else []:
            if best is not None and pattern.size <= best[0].size:
                continue
            after = _Seq(post)
            if after.match(pattern.post) is None:
                continue
            before = _Seq(pre)
            if before.match(pattern.pre) is None:
                continue
            after.source = after.source or before.source
            after.used |= before.used
            best = (pattern, after)
        if best is not None:
            pattern, seq = best
            return VerbMatch(
                verb, pattern, pattern.code, seq.target, seq.source, frozenset(used | seq.used)
            )
        return VerbMatch(verb, None, verb.code, words=frozenset(used))
