"""Amounts in a parsed Doc: money with what it measures, and counts of people and things."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyad.amounts.parse import MAGNITUDES, NUMBER_WORDS, find_money
from dyad.doc import Found
from dyad.lexicons import code_map, word_set
from dyad.nlp.sentences import layout
from dyad.records import Amount

# Nouns that name a measure, not what is measured ("the $200 billion mark"): the object is
# looked for further up the clause.
MEASURE_NOUNS = word_set("dyad.amounts", "measure_nouns.csv")
# Counted nouns that are units of time or ratios, not things.
NOT_COUNTED = word_set("dyad.amounts", "not_counted.csv")
# Verbs whose counted object or subject is a casualty figure (PLOVER ``size`` fields).
CASUALTY_VERBS = code_map("dyad.amounts", "casualty_verbs.csv")
OBJECT_PREPOSITIONS = word_set("dyad.amounts", "object_prepositions.csv")


def _money_object(doc: Doc, span: Span) -> str | None:
    """What a money amount measures: "$5bn in aid" -> aid, "a $5bn loan" -> loan,
    "trade has surpassed the $200 billion mark" -> trade."""
    inside = set(range(span.start, span.end))
    for tok in span:
        for child in tok.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in OBJECT_PREPOSITIONS
                and child.i not in inside
            ):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN":
                    return obj.lemma_.lower()
    head = span.root
    while head.i in inside and head.head.i != head.i:
        head = head.head
    if head.i in inside:
        return None
    if head.pos_ == "NOUN" and head.lemma_.lower() not in MEASURE_NOUNS:
        return head.lemma_.lower()
    if head.pos_ == "NOUN":
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                return child.lemma_.lower()
    return None


def _count_value(span: Span) -> float | None:
    value: float | None = None
    for tok in span:
        word = tok.lower_.replace(",", "")
        if word in MAGNITUDES and value is not None and len(word) > 2:
            value *= MAGNITUDES[word]
            continue
        number: float | None
        try:
            number = float(word)
        except ValueError:
            number = float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else None
        if number is not None:
            value = number if value is None else value * number
    return value


def _casualty(noun: Token) -> str | None:
    verb = noun.head
    if verb.pos_ == "VERB":
        return CASUALTY_VERBS.get(verb.lemma_.lower())
    return None


def _looks_like_phone_or_year(span: Span) -> bool:
    text = span.text
    digits = "".join(c for c in text if c.isdigit())
    if "-" in text and len(digits) >= 7:
        return True
    return len(span) == 1 and text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100


def extract_amounts(doc: Doc) -> list[Found[Amount]]:
    out: list[Found[Amount]] = []
    taken: set[int] = set()
    text = layout(doc).text
    for m in find_money(text):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        taken.update(range(span.start, span.end))
        money = Amount(
            m.start,
            m.end,
            m.text,
            m.value,
            m.unit,
            _money_object(doc, span),
            "money",
        )
        out.append(Found(span.start, span.end, money))
    for ent in doc.ents:
        if ent.label_ != "CARDINAL" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if _looks_like_phone_or_year(ent):
            continue
        noun = ent.root.head if ent.root.dep_ in ("nummod", "quantmod", "compound") else None
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in NOT_COUNTED:
            continue
        value = _count_value(ent)
        if value is None:
            continue
        start, end = ent.start_char, noun.idx + len(noun)
        count = Amount(start, end, text[start:end], value, noun.lower_, _casualty(noun), "count")
        out.append(Found(ent.start, noun.i + 1, count))
    return sorted(out, key=lambda f: f.record.start)
