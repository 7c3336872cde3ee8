"""Datelines (`dyad.actors.datelines`): the place a wire story was filed from."""

from __future__ import annotations

import pytest

from dyad.actors.datelines import dateline_spans


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "KUALA LUMPUR, Malaysia — Malaysian police arrested two men.",
            "KUALA LUMPUR, Malaysia — ",
        ),
        ("WASHINGTON (Reuters) - The president spoke.", "WASHINGTON (Reuters) - "),
        ("Sunday, March 31, 2019\n\nANKARA, Turkey -- The court ruled.", "ANKARA, Turkey -- "),
    ],
)
def test_a_paragraph_opening_with_a_city_in_capitals_and_a_dash_is_a_dateline(text, dateline):
    ((start, end),) = dateline_spans(text)
    assert text[start:end] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "US — China talks resumed on Monday.",
        "US, Russia — the talks went on.",
        "UN — a statement followed.",
        "The talks in LONDON — a first — went on.",
    ],
)
def test_a_sentence_that_opens_with_an_abbreviation_is_no_dateline(text):
    assert dateline_spans(text) == []
