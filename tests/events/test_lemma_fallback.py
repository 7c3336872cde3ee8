"""Verbs whose spaCy lemma is wrong are found by the stems of their regular inflections.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.events.patterns import regular_stems


@pytest.mark.model
def test_a_verb_spacy_lemmatizes_wrongly_is_found_by_its_regular_stem(code):
    # en_core_web_sm lemmatizes "staged" as "stag"
    coded = code("Kenyan teachers staged rallies in Nairobi against the government.", None)
    assert "PROTEST" in [e.event for e in coded.events]


def test_regular_stems_cover_the_usual_inflections():
    assert regular_stems("staged")[0] == "stage"
    assert "stop" in regular_stems("stopped")
    assert regular_stems("tried")[0] == "try"
    assert "make" in regular_stems("making")
