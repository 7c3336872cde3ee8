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


# Sentences from English Wikinews (CC BY 2.5, © Wikinews contributors), article URLs beside.
def test_wikinews_roubles_payout(code):
    # https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
    coded = code(
        "Chelyabinsk's governor has promised each victim will be subject to a payout of one "
        "million rubles.",
        "2019-01-04",
    )
    assert [(a.text, a.value, a.unit) for a in coded.amounts] == [
        ("one million rubles", 1e6, "RUB")
    ]


def test_wikinews_euro_pound_and_dollar_figures_side_by_side(code):
    # https://en.wikinews.org/wiki/Paris_court_jails_two_police_in_high-profile_rape_case
    coded = code(
        "In addition to prison, the men's identities, protected during the three-week trial "
        "owing to their police jobs, are now public and they are to pay €20,000 (£17,500; "
        "US$22,900) in compensation.",
        "2019-02-02",
    )
    assert [(a.value, a.unit) for a in coded.amounts] == [
        (20000, "EUR"),
        (17500, "GBP"),
        (22900, "USD"),
    ]


@pytest.mark.parametrize(
    ("sentence", "date", "counts"),
    [
        # https://en.wikinews.org/wiki/World_War_II_era_plane_crashes_in_Connecticut,_US,_killing_at_least_seven
        (
            "At least seven people were killed in the United States yesterday, when a World War "
            "II-era bomber crashed at Bradley International Airport in Windsor Locks, "
            "Connecticut.",
            "2019-10-03",
            [(7, "people", "dead")],
        ),
        # https://en.wikinews.org/wiki/Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest
        (
            "As a result of Saturday's unrest, according to a report citing the mayor's office, "
            "twenty people were arrested, and two police officers were injured.",
            "2020-11-17",
            [(20, "people", "arrested"), (2, "officers", "injured")],
        ),
    ],
)
def test_wikinews_casualty_counts(code, sentence, date, counts):
    found = [(a.value, a.unit, a.object) for a in code(sentence, date).amounts]
    assert found == counts


def test_wikinews_count_of_people_with_its_noun(code):
    # https://en.wikinews.org/wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm
    coded = code(
        "A large search operation was launched, involving over 500 police officers and "
        "firefighters.",
        "2020-07-09",
    )
    assert [(a.text, a.value, a.unit, a.kind) for a in coded.amounts] == [
        ("over 500 police officers", 500, "officers", "count")
    ]


def test_wikinews_ordinals_years_and_percentages_are_not_amounts(code):
    # https://en.wikinews.org/wiki/Wikinews_interviews_Jo_Jorgensen,_U.S._Libertarian_Party_presidential_nominee
    coded = code(
        "Johnson bested that performance in 2016 as the party's presidential nominee for a "
        "second time, earning 3.27 percent of the vote, the highest percentage for the party "
        "since its 1971 inception.",
        "2020-10-29",
    )
    assert coded.amounts == ()
