"""The gazetteer index (`dyad.geo.index`, `dyad.geo.gazetteer`): what it holds and how names
find places."""

from __future__ import annotations

import os

import pytest

from dyad.geo.gazetteer import load_gazetteer
from dyad.geo.index import name_key


def readings(name: str) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.kind) for p in load_gazetteer().lookup(name)}


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Alberta", ("Alberta", "CAN", "admin1")),
        ("Sichuan", ("Sichuan", "CHN", "admin1")),
        ("Metcalfe County", ("Metcalfe County", "USA", "admin2")),
        ("Innisfail", ("Innisfail", "CAN", "city")),  # 8,000 people
    ],
)
def test_divisions_counties_and_small_towns_are_in_the_gazetteer(name, place):
    assert place in readings(name)


@pytest.mark.parametrize(
    ("abbreviation", "division"),
    [("Calif.", "California"), ("Ky.", "Kentucky"), ("B.C.", "British Columbia")],
)
def test_an_abbreviation_news_writes_names_its_division(abbreviation, division):
    (place,) = load_gazetteer().lookup(abbreviation)
    assert (place.name, place.how) == (division, "abbreviation")


def test_a_name_is_found_without_its_accents_and_saint_as_st():
    assert name_key("Toruń") == name_key("TORUN") == "torun"
    assert ("St. Louis", "USA", "city") in readings("Saint Louis")


def test_a_us_state_has_coordinates():
    (state,) = [p for p in load_gazetteer().lookup("Kentucky") if p.kind == "admin1"]
    assert state.lat is not None and 36 < state.lat < 39.5
    assert state.lon is not None and -90 < state.lon < -82


def test_a_demonym_reads_as_its_country():
    (place,) = load_gazetteer().lookup("Syrian")
    assert (place.country, place.how) == ("SYR", "demonym")


def test_a_forked_worker_reopens_the_index():
    gazetteer = load_gazetteer()
    gazetteer.lookup("Paris")
    pid = os.fork()
    if pid == 0:  # the child answers through its exit code
        os._exit(0 if [p.country for p in gazetteer.lookup("Aleppo")] == ["SYR"] else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
