from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_seeds_moscow_and_beijing_resolve_to_their_geonames_ids(seed):
    ids = {loc.text: loc.geonameid for loc in seed.locations}
    assert ids["Moscow"] == 524901 and ids["Beijing"] == 1816670


def test_country_context_keeps_a_city_in_the_article_country(code):
    (loc,) = [x for x in code("Russian officials met in Moscow.").locations if x.text == "Moscow"]
    assert loc.country == "RUS"
