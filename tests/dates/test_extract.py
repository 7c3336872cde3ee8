from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_on_wednesday_in_the_seed_is_the_article_date(seed):
    values = {d.text: d.value for d in seed.dates}
    assert values["Wednesday"] == "2026-02-04"
    assert values["2025"] == "2025"
    assert all(d.text != "the 80th anniversary" for d in seed.dates)


def test_wikinews_yesterday_resolves_to_the_day_before_publication(code, wikinews_records):
    from tests.conftest import wikinews_sentence

    sentence, date = wikinews_sentence(wikinews_records, "government forces began deploying")
    (ref,) = [d for d in code(sentence, date).dates if d.text == "yesterday"]
    assert ref.value == "2019-10-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was 95 when he died.",
        "Some 1846 persons were hospitalized.",
        "The council passed resolution 2259.",
        "Voting closed at 1800 UTC.",
    ],
)
def test_ages_counts_and_numbers_are_not_years(code, sentence):
    assert code(sentence, "2019-09-09").dates == ()


def test_a_deadline_is_read_forward(code):
    (ref,) = code("Schools stay closed until May 1.", "2020-04-14").dates
    assert ref.value == "2020-05-01"


def test_a_dateline_paragraph_is_its_own_sentence(code):
    coded = code(
        "Tuesday, October 15, 2019\n\nLate on Sunday, Kurdish forces announced a deal.",
        "2019-10-15",
    )
    assert coded.dates[0].text == "Tuesday, October 15, 2019"
    assert [d.value for d in coded.dates] == ["2019-10-15", "2019-10-13"]


# Sentences from English Wikinews (CC BY 2.5, © Wikinews contributors), article URLs beside.
@pytest.mark.parametrize(
    ("sentence", "date", "text", "value", "granularity"),
    [
        # https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
        (
            "The move came after Sanders ended his own presidential bid last week.",
            "2020-04-15",
            "last week",
            "2020-W15",
            "week",
        ),
        # https://en.wikinews.org/wiki/World_Health_Organization_names_new_coronavirus_COVID-19
        (
            "On Tuesday, the World Health Organization (WHO) announced the official name of the "
            "coronavirus-induced disease first recognized about two months ago in Wuhan, China.",
            "2020-02-14",
            "about two months ago",
            "2019-12",
            "month",
        ),
        # https://en.wikinews.org/wiki/French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard
        (
            "This device was invented three years ago and could reportedly serve military "
            "assault or logistics purposes.",
            "2019-08-06",
            "three years ago",
            "2016",
            "year",
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
        (
            "Trump said he banned travel from China in January, which Biden opposed as xenophobic.",
            "2020-11-02",
            "January",
            "2020-01",
            "month",
        ),
    ],
)
def test_wikinews_relative_expressions_resolve_against_the_article_date(
    code, sentence, date, text, value, granularity
):
    found = {d.text: (d.value, d.granularity) for d in code(sentence, date).dates}
    assert found[text] == (value, granularity)


def test_wikinews_anniversary_is_not_a_date(code):
    # https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue
    coded = code(
        "Yesterday was the 70th anniversary of the Communist Party's takeover of China.",
        "2019-10-02",
    )
    assert [(d.text, d.value) for d in coded.dates] == [("Yesterday", "2019-10-01")]
