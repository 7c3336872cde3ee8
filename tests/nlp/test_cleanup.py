from __future__ import annotations

import pytest

from dyad.nlp.cleanup import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "results, the Russian leader added.The relations",
            "results, the Russian leader added. The relations",
        ),
        ('in all areas,"Putin said', 'in all areas," Putin said'),
        ('He said:"We agree."Then', 'He said: "We agree." Then'),
        ("in 2025.Additionally", "in 2025. Additionally"),
        ("\u201cQuoted,\u201d he said. It\u2019s", '"Quoted," he said. It\'s'),
        ("  two   spaces\u00a0and\ttab ", "two spaces and tab"),
        ("one\r\n\r\n\r\n\r\ntwo", "one\n\ntwo"),
        ("areas,Putin said", "areas, Putin said"),
    ],
)
def test_cleanup_repairs_glue_and_normalizes_quotes_and_spaces(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.A. and the U.K. agreed.",
        "It grew 3.5 percent.",
        "It cost 1,000 dollars.",
        "Visit example.com today.",
    ],
)
def test_cleanup_leaves_abbreviations_numbers_and_domains_alone(text):
    assert clean_text(text) == text
