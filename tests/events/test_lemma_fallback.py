"""Verbs whose spaCy lemma is wrong are found by the stems of their regular inflections.
Sentences written for these tests."""

from __future__ import annotations

from dyad.events.patterns import regular_stems
from tests.parses import code_parse


def test_a_verb_spacy_lemmatizes_wrongly_is_found_by_its_regular_stem():
    # en_core_web_sm lemmatizes "staged" as "stag"
    coded = code_parse(
        "Kenyan teachers staged rallies in Nairobi against the government.",
        """
        1   Kenyan      _        PROPN  NNP  2  amod   B-NORP
        2   teachers    teacher  NOUN   NNS  3  nsubj
        3   staged      stag     VERB   VBD  0  ROOT
        4   rallies     rally    NOUN   NNS  3  dobj
        5   in          _        ADP    IN   3  prep
        6   Nairobi     _        PROPN  NNP  5  pobj   B-GPE
        7   against     _        ADP    IN   3  prep
        8   the         _        DET    DT   9  det
        9   government  _        NOUN   NN   7  pobj
        10  .           _        PUNCT  .    3  punct
        """,
        None,
    )
    assert "PROTEST" in [e.event for e in coded.events]


def test_regular_stems_cover_the_usual_inflections():
    assert regular_stems("staged")[0] == "stage"
    assert "stop" in regular_stems("stopped")
    assert regular_stems("tried")[0] == "try"
    assert "make" in regular_stems("making")
