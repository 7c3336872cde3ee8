"""A country for sector mentions that name none: from their own place, else from the only
country of their sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def codes(coded):
    return {m.text: m.actor.code for m in coded.mentions}


def test_a_group_based_in_a_country_is_that_countrys(code):
    coded = code("Rebels based in Trinidad threatened the United States.", None)
    assert codes(coded)["Rebels"] == "TTOREB"


def test_a_sector_mention_takes_the_only_country_of_its_sentence(code):
    coded = code("The court opened an investigation into three Chilean ministers.", None)
    assert codes(coded)["The court"] == "CHLJUD"


def test_a_sentence_naming_two_countries_gives_no_country(code):
    coded = code("The court opened an investigation into Chilean and Peruvian ministers.", None)
    assert codes(coded)["The court"] is None


def test_petrarch_mode_leaves_the_country_unknown():
    import datetime as dt

    from dyad.pipeline import build_pipeline, code_text

    nlp = build_pipeline(petrarch=True)
    text = "The court opened an investigation into three Chilean ministers."
    coded = code_text(text, dt.date(2020, 1, 1), nlp=nlp)
    assert codes(coded)["The court"] is None


@pytest.mark.parametrize("noun", ["youths", "settlers", "supporters"])
def test_groups_of_people_are_civilians_of_their_country(code, noun):
    # written for this test
    coded = code(f"Kenyan {noun} blocked a road near the border.", None)
    assert codes(coded)[f"Kenyan {noun}"] == "KENCVL"
