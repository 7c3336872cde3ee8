"""The news-actor suite's rules on hand-built records (no model needed)."""

from __future__ import annotations

from dyad.eval.newsactors import (
    load_articles,
    load_gold,
    match,
    occurrences,
    same_code,
    score,
    span_of,
    validate,
)
from dyad.records import Actor, Mention

TUR = Actor("Turkey", "TUR", "TUR", None, "country:TUR")
ERDOGAN = Actor("Recep Tayyip Erdoğan", "TURGOV", "TUR", "GOV", "person:x")
ARTICLE = {"id": "a1", "text": "The president said he was there. He left."}


def mention(start, end, actor):
    return Mention(start, end, "x", actor=actor, sentence=0, kind="name")


def test_a_pronoun_is_found_as_a_whole_word_not_inside_another():
    assert occurrences(ARTICLE["text"], "he") == [19]
    assert occurrences(ARTICLE["text"], "He") == [33]


def test_at_counts_occurrences_from_zero():
    assert span_of(ARTICLE, {"text": "He", "at": 0}) == (33, 35)
    assert span_of(ARTICLE, {"text": "he", "at": 1}) is None


def test_validation_names_each_bad_record():
    records = [
        {"article": "a1", "text": "he", "at": 3, "code": "TURGOV", "kind": "pronoun"},
        {"article": "a1", "text": "He", "code": "turkey", "kind": "pronoun"},
        {"article": "zz", "text": "He", "code": "", "kind": "pronoun"},
        {"article": "a1", "text": "president", "code": "", "kind": "role", "extra": 1},
    ]
    problems = validate(records, {"a1": ARTICLE})
    assert any("record 1" in p and "occurs 1 times" in p for p in problems)
    assert any("record 2" in p and "code" in p for p in problems)
    assert any("record 3" in p and "unknown article" in p for p in problems)
    assert any("record 4" in p and "kind" in p for p in problems)
    assert any("record 4" in p and "unknown keys" in p for p in problems)


def test_a_bare_country_counts_as_its_government():
    assert same_code("TURGOV", TUR)
    assert not same_code("TURMIL", TUR)
    assert same_code("TURGOV", ERDOGAN)


def test_a_person_coded_with_a_bare_country_is_not_its_government():
    unplaced = Actor("Tony Mendez", "USA", "USA", None, None)
    assert not same_code("USAGOV", unplaced)
    assert same_code("USA", unplaced)


def test_the_dyad_mention_overlapping_most_is_scored():
    found = [((0, 3), mention(0, 3, TUR)), ((4, 13), mention(4, 13, ERDOGAN))]
    assert match({"start": 2, "end": 13}, found).actor is ERDOGAN
    assert match({"start": 20, "end": 22}, found) is None


def test_scores_count_countries_codes_and_unknowns_apart():
    gold = [
        {"code": "TURGOV"},  # right
        {"code": "TURMIL"},  # right country, wrong code
        {"code": ""},  # unknown, left uncoded
        {"code": "UNKREB"},  # unknown country, but dyad gives one
    ]
    got = [mention(0, 1, TUR), mention(0, 1, TUR), None, mention(0, 1, TUR)]
    assert score(gold, got) == {
        "country_accuracy": 1.0,
        "code_accuracy": 0.5,
        "unknown_left_uncoded": 0.5,
    }


def test_the_corpus_is_valid_and_split_by_article():
    articles = load_articles()
    assert {a["split"] for a in articles} == {"dev", "test"}
    assert not [a for a in articles if a["example"] and a["split"] == "test"]
    gold = load_gold()
    assert len(gold) >= 400
    by_id = {a["id"]: a for a in articles}
    resolved = ("start", "end")
    assert validate([{k: v for k, v in m.items() if k not in resolved} for m in gold], by_id) == []
    assert all(by_id[m["article"]]["text"][m["start"] : m["end"]] == m["text"] for m in gold)
