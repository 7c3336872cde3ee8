"""Text cleanup before parsing: one canonical form for quotes and whitespace, and repair of
sentences that crawlers glued together (".The relations", 'areas,"Putin').

The cleaned text is what dyad outputs as ``article.text``; every offset refers to it.
Written by hand rather than with ftfy/clean-text because those fix mojibake but not glued
sentences, and normalizing quotes is two translate tables.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_QUOTE_TABLE = str.maketrans(
    {**{c: '"' for c in _DOUBLE_QUOTES}, **{c: "'" for c in _SINGLE_QUOTES}}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
# PTB/LaTeX-style quotes (``like this'') appear in older corpora such as PETRARCH's records.
_LATEX_QUOTES = re.compile(r"``|''")

# A sentence end glued to the next sentence: lower-case letter or digit, end mark, capital
# followed by a lower-case letter (so "U.S.A." and "3.5" stay intact).
_GLUED_SENTENCE = re.compile(r"(?<=[a-z0-9%)\]][.!?])(?=[A-Z][a-z])")
# A comma glued to the next word: "areas,Putin" (digits excluded: "1,000").
_GLUED_COMMA = re.compile(r"(?<=[a-z],)(?=[A-Z][a-z])")


def _space_glued_quotes(paragraph: str) -> str:
    """Put a space on the outer side of a straight double quote glued to a word.

    A mark right after sentence punctuation closes a quote (news style puts the comma or
    period inside: 'areas,"Putin'); after a colon or a space it opens one; otherwise the
    parity of the marks before it in the paragraph decides.
    """
    out: list[str] = []
    count = 0
    for i, ch in enumerate(paragraph):
        if ch != '"':
            out.append(ch)
            continue
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if before in ".,!?":
            opening = False
        elif before in ": ([":
            opening = True
        else:
            opening = count % 2 == 0
        count += 1
        if opening and (before.isalnum() or before in ".,;:!?"):
            out.append(" ")
        out.append(ch)
        if not opening and after.isalnum():
            out.append(" ")
    return "".join(out)


def clean_text(text: str) -> str:
    """The canonical form of an article body: straight quotes, single spaces, paragraphs
    separated by one blank line, glued sentences separated."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = text.translate(_QUOTE_TABLE)
    text = _LATEX_QUOTES.sub('"', text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()
    text = _GLUED_SENTENCE.sub(" ", text)
    text = _GLUED_COMMA.sub(" ", text)
    return "\n".join(_space_glued_quotes(p) for p in text.split("\n"))


def _visible(text: str) -> list[tuple[int, str]]:
    """(offset, character) of the characters that survive cleanup unchanged in order: all
    but whitespace and invisible characters, with quotes normalized."""
    out = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in ("``", "''"):
            out.append((i, '"'))
            i += 2
            continue
        ch = text[i]
        if not ch.isspace() and not _INVISIBLE.match(ch):
            out.append((i, ch.translate(_QUOTE_TABLE)))
        i += 1
    return out


def raw_offsets(raw: str, clean: str) -> list[int]:
    """For each offset of ``clean`` (``clean_text(raw)``), the offset in ``raw`` it came from.

    Cleanup only changes whitespace, quote characters and invisible characters, so the other
    characters align one to one; whitespace maps to the raw offset after the character
    before it. Used to report dyad's spans against gold data annotated on raw text.
    """
    a, b = _visible(raw), _visible(clean)
    pairs: dict[int, int] = {}
    if [c for _, c in a] == [c for _, c in b]:
        pairs = {cb: ca for (ca, _), (cb, _) in zip(a, b, strict=True)}
    else:  # cleanup's repairs are rare; align what still matches
        matcher = SequenceMatcher(
            None, "".join(c for _, c in a), "".join(c for _, c in b), autojunk=False
        )
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                pairs[b[block.b + k][0]] = a[block.a + k][0]
    out = []
    last = -1
    for i in range(len(clean) + 1):
        if i in pairs:
            last = pairs[i]
            out.append(last)
        else:
            out.append(min(last + 1, len(raw)))
    return out
