"""An event's own date, place and casualty counts, on sentences from English Wikinews
(CC BY 2.5, © Wikinews contributors; each sentence's article URL is beside it)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _event(coded, event_text):
    (event,) = [e for e in coded.events if e.event_text == event_text]
    return event


def test_a_historical_year_in_the_events_own_clause_dates_that_event(code):
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    coded = code(
        "Armenia and Azerbaijan fought a war over the Nagorno-Karabakh region in 1994.",
        "2020-10-29",
    )
    event = _event(coded, "fought")
    assert (event.event, event.date, event.date_source, event.date_granularity) == (
        "ASSAULT",
        dt.date(1994, 1, 1),
        "text",
        "year",
    )


def test_a_calendar_date_in_the_clause_dates_the_event(code):
    # https://en.wikinews.org/wiki/UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches
    coded = code(
        "The United Kingdom voted on June 23, 2016, to leave the European Union in the Brexit "
        "referendum.",
        "2019-09-11",
    )
    vote = _event(coded, "voted")
    assert (vote.date, vote.date_source, vote.date_granularity) == (
        dt.date(2016, 6, 23),
        "text",
        "day",
    )


def test_last_week_dates_the_event_to_the_monday_of_that_week_and_in_iraq_places_it(code):
    # https://en.wikinews.org/wiki/Stampede_during_funeral_procession_of_Qasem_Soleimani_causes_deaths,_delays_burial
    coded = code(
        "He was killed last week by a United States military airstrike in Iraq.", "2020-01-09"
    )
    event = _event(coded, "airstrike")
    assert (event.date, event.date_source, event.date_granularity) == (
        dt.date(2019, 12, 30),
        "text",
        "week",
    )
    assert (event.event_loc.name, event.event_loc.geonameid) == ("Iraq", 99237)


def test_a_month_dates_its_own_clause_only(code):
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    coded = code(
        "Trump said he banned travel from China in January, which Biden opposed as xenophobic.",
        "2020-11-02",
    )
    ban = _event(coded, "banned")
    assert (ban.event, ban.date, ban.date_granularity) == ("COERCE", dt.date(2020, 1, 1), "month")
    opposed = _event(coded, "opposed")
    assert (opposed.date, opposed.date_source) == (dt.date(2020, 11, 2), "article")


def test_a_place_named_only_as_an_origin_is_not_the_event_location(code):
    # same sentence: the ban was not carried out "in" China
    coded = code(
        "Trump said he banned travel from China in January, which Biden opposed as xenophobic.",
        "2020-11-02",
    )
    assert _event(coded, "banned").event_loc is None


def test_a_meeting_on_wednesday_in_cairo_is_dated_and_placed(code):
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    coded = code(
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French "
        "counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, "
        "respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.",
        "2020-01-11",
    )
    meeting = _event(coded, "gathered")
    assert (meeting.event, meeting.date, meeting.date_source) == (
        "CONSULT",
        dt.date(2020, 1, 8),
        "text",
    )
    assert (meeting.event_loc.name, meeting.event_loc.country, meeting.event_loc.geonameid) == (
        "Cairo",
        "EGY",
        360630,
    )


def test_troops_remaining_in_iraq_are_placed_there(code):
    # https://en.wikinews.org/wiki/Iraqi_Parliament_votes_for_expulsion_of_United_States_troops
    coded = code(
        "The Iraqi government has since declared victory, but the U.S. troops have remained "
        "in Iraq to prevent ISIS from gaining ground again.",
        "2020-01-06",
    )
    assert _event(coded, "remained").event_loc.country == "IRQ"


def test_an_arrest_count_is_the_size_of_the_arrest(code):
    # https://en.wikinews.org/wiki/Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk
    coded = code(
        "Within roughly a day before the event, Belarusian KGB arrested 33 Russian "
        "individuals, claiming them to be mercenaries.",
        "2020-08-03",
    )
    arrest = _event(coded, "arrested")
    assert (arrest.event, arrest.size.arrested, arrest.size.dead) == ("COERCE", 33, None)
    assert _event(coded, "claiming").size is None


def test_the_seeds_present_day_events_keep_the_article_date_beside_an_anniversary(seed):
    # the seed speaks of "the 80th anniversary of victory in World War II" and of 2025
    assert {e.date for e in seed.events} == {dt.date(2026, 2, 4)}
    assert all(e.event_loc is None and e.size is None for e in seed.events)
