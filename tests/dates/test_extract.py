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
