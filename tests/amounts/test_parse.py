from __future__ import annotations

import pytest

from dyad.amounts.parse import find_money


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("surpassing the $200 billion mark", 2e11, "USD"),
        ("a €3.5bn deal", 3.5e9, "EUR"),
        ("1.2 trillion yuan of trade", 1.2e12, "CNY"),
        ("200 million roubles", 2e8, "RUB"),
        ("US$5m in aid", 5e6, "USD"),
        ("£20 each", 20.0, "GBP"),
        ("costs Africa between $5 or so", 5.0, "USD"),
        ("USD 40 per barrel", 40.0, "USD"),
        ("two billion dollars", 2e9, "USD"),
    ],
)
def test_money_in_common_notations_is_normalized(text, value, unit):
    (m,) = find_money(text)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["in 2025", "on February 3", "call +7 495 123-45-67", "the 80th anniversary", "3.5 percent"],
)
def test_no_money_in_years_dates_phone_numbers_or_percentages(text):
    assert find_money(text) == []


def test_a_range_shares_its_magnitude():
    assert [(m.value, m.unit) for m in find_money("between $5 and $7 billion")] == [
        (5e9, "USD"),
        (7e9, "USD"),
    ]


def test_currency_words_with_diacritics():
    (m,) = find_money("900 million złotys")
    assert (m.value, m.unit) == (9e8, "PLN")
