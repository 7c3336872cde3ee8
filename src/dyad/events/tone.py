"""The tone of what a trigger says or calls someone: praise or reproach.

"Called Xi a dear friend" and "called Biden a liar" share their verb and their parse; only
the words differ, and a linear model that has seen few of either cannot tell them apart by
the words alone. The valence of the words (VADER's lexicon: vaderSentiment, MIT, from a
human-rated list of about 7,500 English words and their valence from -4 to +4) says which
side they fall on. dyad reads the lexicon file only, not VADER's sentence scorer: the
trigger model needs the tone of a clause, not of a whole text.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

LEXICON_PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"
# The summed valence from which a clause reads as praise or reproach: one clearly valenced
# word ("friend" 2.2, "liar" -2.3) is enough, a mild one ("agree" 1.5) alone is not.
TONE_THRESHOLD = 2.0


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word -> mean human-rated valence, from the lexicon in the vaderSentiment package."""
    text = resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FILE).read_text("utf-8")
    out = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            out[fields[0]] = float(fields[1])
    return out


def tone(words: Iterable[Token]) -> str:
    """``praise``, ``reproach`` or ``neutral``: the summed valence of ``words`` (by their
    lower-case form, else their lemma), names left out."""
    table = valences()
    total = 0.0
    for tok in words:
        if tok.ent_type_:
            continue
        value = table.get(tok.lower_)
        if value is None:
            value = table.get(tok.lemma_.lower(), 0.0)
        total += value
    if total >= TONE_THRESHOLD:
        return "praise"
    if total <= -TONE_THRESHOLD:
        return "reproach"
    return "neutral"
