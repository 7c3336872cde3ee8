"""Money and counts in text, with values normalized ("$200 billion" -> 2e11 USD).

Money is found with one regular expression built from ``amounts/data/currencies.csv``
(symbols before the number, words and ISO codes after it); spaCy's MONEY entities miss
forms like "€3.5bn" and include no unit. Counts are spaCy CARDINAL numbers that modify a
noun ("3,000 troops"). Years, dates, ordinals, percentages and phone numbers are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry

from dyad.lexicons import data_table, int_map
from dyad.records import TextSpan

# "billion", "bn" -> 1e9 (amounts/data/magnitudes.csv)
MAGNITUDES = int_map("dyad.amounts", "magnitudes.csv")
# "five" -> 5, "dozens" -> 24: the number words dates read too (lexicons/data)
NUMBER_WORDS = int_map("dyad.lexicons", "number_words.csv")


@dataclass(frozen=True, slots=True)
class MoneyMatch(TextSpan):
    value: float
    unit: str
    scaled: bool = False
    """Whether the text gave a magnitude word ("billion")."""


@dataclass(frozen=True, slots=True)
class Currencies:
    symbols: dict[str, str]
    words: dict[str, str]
    pattern: re.Pattern[str]


_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAG = "|".join(sorted(MAGNITUDES, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_currencies() -> Currencies:
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    for row in data_table("dyad.amounts", "currencies.csv"):
        if pycountry.currencies.get(alpha_3=row["iso"]) is None:
            raise ValueError(f"currencies.csv: unknown ISO 4217 code {row['iso']}")
        if row["kind"] in ("symbol", "code"):  # ISO codes stand before or after: "USD 40"
            symbols[row["surface"]] = row["iso"]
        if row["kind"] in ("word", "code"):
            words[row["surface"]] = row["iso"]
    sym = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    word = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(
        rf"(?:(?P<sym>{sym})\s?(?P<n1>{_NUMBER})(?:\s?-?(?P<m1>{_MAG})\b)?)"
        rf"|(?:\b(?P<n2>{_NUMBER}|{'|'.join(NUMBER_WORDS)})(?:\s?-?(?P<m2>{_MAG}))?\s(?P<word>{word})\b)",
        re.I,
    )
    return Currencies(symbols, words, pattern)


def _number(text: str) -> float | None:
    text = text.replace(",", "").lower()
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def find_money(text: str) -> list[MoneyMatch]:
    """Money amounts in ``text`` with value in units of the currency."""
    cur = load_currencies()
    out: list[MoneyMatch] = []
    for m in cur.pattern.finditer(text):
        if m.group("sym"):
            symbol = next((s for s in cur.symbols if s.lower() == m.group("sym").lower()), None)
            if symbol is None or (symbol.isalpha() and m.group("sym") != symbol):
                continue
            unit, number, mag = cur.symbols[symbol], m.group("n1"), m.group("m1")
        else:
            word = next((w for w in cur.words if w.lower() == m.group("word").lower()), None)
            if word is None or (word.isupper() and m.group("word") != word):
                continue
            unit, number, mag = cur.words[word], m.group("n2"), m.group("m2")
        value = _number(number)
        if value is None:
            continue
        if mag:
            value *= MAGNITUDES[mag.lower()]
        out.append(MoneyMatch(m.start(), m.end(), m.group(), value, unit, bool(mag)))
    return _share_magnitudes(text, out)


_RANGE_JOINERS = (" and ", " to ", "-", " or ", "–")


def _share_magnitudes(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """In "between $5 and $7 billion" the first figure is billions too."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1], out[i]
        joined = text[first.end : second.start] in _RANGE_JOINERS
        if joined and second.scaled and not first.scaled and first.unit == second.unit:
            scale = _magnitude_of(second.text)
            if scale:
                out[i - 1] = replace(first, value=first.value * scale, scaled=True)
    return out


def _magnitude_of(text: str) -> float | None:
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in MAGNITUDES:
            return MAGNITUDES[word.lower()]
    return None
