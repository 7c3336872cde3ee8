from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_seeds_200_billion_is_trade_in_usd(seed):
    (amount,) = [a for a in seed.amounts if a.kind == "money"]
    assert (amount.text, amount.value, amount.unit, amount.object) == (
        "$200 billion",
        2e11,
        "USD",
        "trade",
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "obj"),
    [
        ("Japan provided $5 million in aid to Bangladesh.", "$5 million", 5e6, "USD", "aid"),
        ("Russia signed a €3.5bn loan with Serbia.", "€3.5bn", 3.5e9, "EUR", "loan"),
        (
            "At least 12 people were killed in the attack.",
            "At least 12 people",
            12,
            "people",
            "dead",
        ),
        ("The United States sent 3,000 troops to Poland.", "3,000 troops", 3000, "troops", None),
        ("Police arrested 40 protesters on Sunday.", "40 protesters", 40, "protesters", "arrested"),
    ],
)
def test_amounts_carry_value_unit_and_object(code, sentence, text, value, unit, obj):
    (a,) = code(sentence).amounts
    assert (a.text, a.value, a.unit, a.object) == (text, value, unit, obj)


def test_years_dates_and_durations_are_not_counts(code):
    coded = code("In 2019, three years after the 2016 vote, talks lasted 10 days.")
    assert coded.amounts == ()


def test_wikinews_currency_cost_figure(code, wikinews_records):
    from tests.conftest import wikinews_sentence

    sentence, date = wikinews_sentence(wikinews_records, "costs Africa between")
    money = [a for a in code(sentence, date).amounts if a.kind == "money"]
    assert [(a.value, a.unit) for a in money] == [(5e9, "USD"), (7e9, "USD")]
