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
