"""The tone the trigger model reads of what a trigger says or calls someone."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dyad.events.tone import tone, valences


def _words(text: str, entities: tuple[int, ...] = ()) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=text.split())
    for i, tok in enumerate(doc):
        tok.lemma_ = tok.lower_
        if i in entities:
            tok.ent_type_ = "PERSON"
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a dear friend", "praise"),
        ("a liar and a fraud", "reproach"),
        ("a plan for the development of relations", "neutral"),
    ],
)
def test_tone_reads_praise_and_reproach_from_the_words(text: str, expected: str) -> None:
    assert tone(_words(text)) == expected


def test_tone_leaves_names_out() -> None:
    # "Joy" as a name says nothing of the tone
    assert tone(_words("Joy Smith", entities=(0, 1))) == "neutral"


def test_valences_come_from_the_lexicon_file() -> None:
    table = valences()
    assert len(table) > 7000
    assert table["friend"] > 0 > table["liar"]


@pytest.mark.model
def test_a_friendly_name_for_a_leader_is_praise_not_an_accusation(code) -> None:
    coded = code("Putin also called Xi a dear friend and wished peace to the people of China.")
    kinds = {e.event for e in coded.events}
    assert "SUPPORT" in kinds
    assert "ACCUSE" not in kinds
