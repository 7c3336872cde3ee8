"""Reader for PETRARCH/TABARI verb-pattern dictionaries (e.g. Phoenix ``CAMEO.2.0.txt``).

The format (PETRARCH ``dictionaries.rst``, "Verb Dictionary"): synonym sets (``&NAME`` then
``+word`` lines), then verb blocks opened by ``--- NAME [CODE] ---``. A block lists verbs
(``VERB {IRREGULAR FORMS} [CODE]``; ``+ASK_FOR`` marks the verb of a multi-word verb) and
patterns ``- PRE-VERB WORDS * POST-VERB WORDS [CODE] # comment``. In patterns ``{A B}`` is a
noun phrase whose last word is its head, ``(PREP …)`` a prepositional phrase, ``&SET`` any
member of a synonym set, ``A_B`` consecutive words, and ``$``/``+`` mark where the source and
target actors stand. ``~`` lines (verb transformations) are read and kept.

Words are stored upper-case as in the dictionaries; matching against text is done by
`dyad.events.patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dyad.errors import DictionaryError

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Words:
    """Alternative word sequences any one of which matches (a word, a phrase, a synset)."""

    options: tuple[Phrase, ...]
    braced: bool = False
    """A ``{…}`` noun phrase: its words may be apart within one phrase, the last is the head."""


@dataclass(frozen=True, slots=True)
class Prep:
    """``(PREP BODY…)``: a prepositional phrase whose object matches ``body``."""

    prep: Words
    body: tuple[Element, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """``$`` (source) or ``+`` (target) in a pattern; ``^`` and ``%`` are kept as ``skip``."""

    role: str


Element = Words | Prep | Slot


@dataclass(frozen=True, slots=True)
class Pattern:
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    code: str | None
    line: int
    text: str

    @property
    def size(self) -> int:
        """How much of the sentence the pattern constrains (more = more specific)."""
        return sum(_elem_size(e) for e in (*self.pre, *self.post))


def _elem_size(elem: Element) -> int:
    if isinstance(elem, Words):
        return max(len(o) for o in elem.options)
    if isinstance(elem, Prep):
        return 1 + sum(_elem_size(e) for e in elem.body)
    return 1 if elem.role in ("source", "target") else 0


@dataclass(frozen=True, slots=True)
class Verb:
    words: Phrase
    """The verb phrase, e.g. ("ASK", "FOR"); ``words[index]`` is the verb itself."""
    index: int
    code: str | None
    block: str
    forms: tuple[str, ...] = ()
    """Irregular inflected forms of the verb word."""


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Transformation:
    text: str
    line: int


@dataclass
class VerbDictionary:
    origin: str
    synsets: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    blocks: dict[str, Block] = field(default_factory=dict)
    by_verb: dict[str, list[Verb]] = field(default_factory=dict)
    """Verb word (base or irregular form, upper-case) -> the verbs it can be."""
    transformations: list[Transformation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Malformed entries skipped while reading (PETRARCH skips them too), as E201 messages."""

    def verbs_for(self, word: str) -> list[Verb]:
        return self.by_verb.get(word.upper(), [])

    def merge(self, other: VerbDictionary) -> None:
        """Add ``other``'s blocks; where both have a block, ``other``'s patterns come first."""
        self.synsets.update(other.synsets)
        for name, block in other.blocks.items():
            mine = self.blocks.get(name)
            if mine is None:
                self.blocks[name] = block
            else:
                mine.patterns[:0] = block.patterns
                mine.verbs.extend(block.verbs)
                mine.code = block.code or mine.code
        for word, verbs in other.by_verb.items():
            self.by_verb.setdefault(word, [])[:0] = verbs
        self.transformations.extend(other.transformations)


_BLOCK = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")


def _code(raw: str) -> str | None:
    """``042`` -> "042"; ``042:043`` -> "042"; ``:173`` -> "173"; ``---`` -> None."""
    parts = [p.strip() for p in raw.split(":")]
    for part in parts:
        if part and part != "---":
            return part
    return None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _plurals(word: str) -> list[str]:
    if word.endswith("Y") and len(word) > 2 and word[-2] not in "AEIOU":
        return [word[:-1] + "IES"]
    if word.endswith(("SS", "SH", "CH", "X")):
        return [word + "ES"]
    return [word + "S"]


class _Parser:
    def __init__(self, origin: str, synsets: dict[str, tuple[Phrase, ...]] | None = None) -> None:
        self.d = VerbDictionary(origin=origin, synsets=dict(synsets or {}))
        self.block: Block | None = None
        self.synset: str | None = None
        self.synset_items: list[Phrase] = []
        self.synset_plurals = True

    def error(self, line_no: int, reason: str) -> DictionaryError:
        return DictionaryError("E201", origin=f"{self.d.origin}:{line_no}", reason=reason)

    # -- words ----------------------------------------------------------------------------
    def expand(self, token: str) -> tuple[Phrase, ...]:
        """One pattern token (``A_&SET_B``, ``&SET``, ``WORD``) as its word sequences."""
        results: list[Phrase] = [()]
        for part in [p for p in token.split("_") if p]:
            if part.startswith("&"):
                options = self.d.synsets.get(part.rstrip("_"))
                if options is None:
                    return ()
            else:
                options = ((part,),)
            results = [r + o for r in results for o in options]
        return tuple(r for r in results if r)

    def finish_synset(self) -> None:
        if self.synset is not None:
            self.d.synsets[self.synset] = tuple(dict.fromkeys(self.synset_items))
        self.synset = None
        self.synset_items = []

    # -- patterns -------------------------------------------------------------------------
    def elements(self, tokens: list[str], line_no: int) -> tuple[Element, ...]:
        out: list[Element] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == "(":
                depth, j = 1, i + 1
                while j < len(tokens) and depth:
                    depth += {"(": 1, ")": -1}.get(tokens[j], 0)
                    j += 1
                inner = tokens[i + 1 : j - 1]
                if not inner:
                    raise self.error(line_no, "empty ( )")
                prep_words = self.expand(inner[0])
                if prep_words:
                    out.append(Prep(Words(prep_words), self.elements(inner[1:], line_no)))
                i = j
            elif tok == "{":
                j = tokens.index("}", i) if "}" in tokens[i:] else len(tokens)
                words = [w for t in tokens[i + 1 : j] for w in t.split("_") if w]
                if words:
                    out.append(Words((tuple(words),), braced=True))
                i = j + 1
            elif tok in ("$", "+", "^", "%"):
                out.append(Slot({"$": "source", "+": "target"}.get(tok, "skip")))
                i += 1
            else:
                expanded = self.expand(tok)
                if expanded:
                    out.append(Words(expanded))
                i += 1
        return tuple(out)

    def pattern(self, line: str, line_no: int) -> None:
        if self.block is None:
            raise self.error(line_no, "pattern outside a verb block")
        body = _strip_comment(line)[1:]
        codes = _CODE.findall(body)
        if not codes:
            raise self.error(line_no, "pattern without [code]")
        body = _CODE.sub(" ", body)
        spaced = re.sub(r"([(){}*])", r" \1 ", body)
        tokens = spaced.split()
        if "*" not in tokens:
            raise self.error(line_no, "pattern without *")
        star = tokens.index("*")
        pre, post = tokens[:star], tokens[star + 1 :]
        self.block.patterns.append(
            Pattern(
                pre=self.elements([t for t in pre if t], line_no),
                post=self.elements(post, line_no),
                code=_code(codes[-1]),
                line=line_no,
                text=line.strip(),
            )
        )

    # -- verbs ----------------------------------------------------------------------------
    def verb(self, line: str, line_no: int) -> None:
        if self.block is None:
            raise self.error(line_no, "verb outside a verb block")
        text = _strip_comment(line)
        codes = _CODE.findall(text)
        text = _CODE.sub(" ", text)
        forms: list[str] = []
        braced = re.search(r"\{([^}]*)\}", text)
        if braced:
            forms = braced.group(1).split()
            text = text[: braced.start()] + text[braced.end() :]
        phrase = text.split()[0] if text.split() else ""
        if not phrase:
            return
        words = [w for w in phrase.split("_") if w]
        index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
        words = [w.lstrip("+") for w in words]
        verb = Verb(
            words=tuple(words),
            index=index,
            code=_code(codes[0]) if codes else self.block.code,
            block=self.block.name,
            forms=tuple(
                f.lstrip("+").split("_")[index] if "_" in f else f.lstrip("+") for f in forms
            ),
        )
        self.block.verbs.append(verb)
        for word in (words[index], *verb.forms):
            self.d.by_verb.setdefault(word, []).append(verb)

    def feed(self, lines: Iterable[str]) -> VerbDictionary:
        in_comment = False
        for line_no, raw in enumerate(lines, start=1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if in_comment or stripped.startswith("<!--"):
                in_comment = "-->" not in stripped
                continue
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("&"):
                self.finish_synset()
                name = _strip_comment(stripped).split()[0]
                self.synset = name.rstrip("_")
                self.synset_plurals = not name.endswith("_")
                continue
            if self.synset is not None and stripped.startswith("+"):
                item = _strip_comment(stripped)[1:].strip()
                for phrase in self.expand(item.replace(" ", "_")):
                    self.synset_items.append(phrase)
                    plural_ok = self.synset_plurals and not item.endswith("_")
                    if plural_ok and phrase[-1].isalpha():
                        for p in _plurals(phrase[-1]):
                            self.synset_items.append((*phrase[:-1], p))
                continue
            self.finish_synset()
            block = _BLOCK.match(stripped)
            if block:
                name = block.group(1).strip()
                self.block = self.d.blocks.setdefault(name, Block(name, _code(block.group(2))))
            elif stripped.startswith("~"):
                self.d.transformations.append(Transformation(stripped, line_no))
            else:
                try:
                    if stripped.startswith("-"):
                        self.pattern(stripped, line_no)
                    else:
                        self.verb(stripped, line_no)
                except DictionaryError as err:
                    self.d.problems.append(str(err))
        self.finish_synset()
        return self.d


def read_verb_dictionary(
    path: Path | str,
    text: str | None = None,
    synsets: dict[str, tuple[Phrase, ...]] | None = None,
) -> VerbDictionary:
    """Parse a PETRARCH-format verb dictionary file (or ``text`` given for it).

    ``synsets``: synonym sets the file may use without defining them (an addition to
    another dictionary uses its sets: "- * &WEAPON (TO +)"). A set the file neither defines
    nor is given drops out of the pattern.

    Malformed entries are skipped and listed in ``problems`` (E201 with file and line).
    """
    origin = str(path)
    content = text if text is not None else Path(path).read_text(encoding="utf-8", errors="replace")
    return _Parser(origin, synsets).feed(content.splitlines())
