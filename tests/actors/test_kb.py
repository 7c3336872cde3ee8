from __future__ import annotations

import datetime as dt

import pycountry

from dyad.actors.kb import load_default_kb


def test_knowledge_base_loads_countries_igos_people_and_sectors():
    kb = load_default_kb()
    assert len(kb.countries) >= 249 and "RUS" in kb.countries
    assert {"UNO", "EUR", "NAT", "SCO", "BRI", "ASN", "AFU", "OPC", "WHO", "IMF", "WBK"} <= set(
        kb.igos
    )
    assert kb.sectors["president"].sector == "GOV" and kb.sectors["president"].person


def test_every_role_has_a_valid_country_and_ordered_dates():
    kb = load_default_kb()
    for person in kb.people.values():
        for role in person.roles:
            if role.country:
                assert pycountry.countries.get(alpha_3=role.country) or role.country == "XKX", (
                    person.id
                )
            if role.start and role.end:
                assert role.start <= role.end, person.id


def test_g20_and_security_council_members_have_current_heads():
    kb = load_default_kb()
    members = [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "KOR",
        "TUR",
        "GBR",
        "USA",
    ]
    members += ["DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR"]
    day = dt.date(2025, 6, 1)
    for iso in members:
        heads = [
            p
            for p in kb.people.values()
            for r in p.roles
            if r.country == iso
            and r.active(day)
            and r.title in ("president", "king", "queen", "emperor", "prime minister", "chancellor")
        ]
        assert heads, iso


def test_dated_roles_pick_the_office_held_on_the_day():
    putin = load_default_kb().people["vladimir-putin"]
    assert putin.role_at(dt.date(2010, 1, 1)).title == "prime minister"
    assert putin.role_at(dt.date(2026, 2, 4)).title == "president"
    assert putin.role_at(dt.date(1995, 1, 1)) is None


def test_heads_of_state_from_countryinfo_have_dated_terms():
    kb = load_default_kb()
    museveni = kb.people["yoweri-museveni"]
    assert "Museveni" in museveni.aliases
    assert museveni.role_at(dt.date(1996, 1, 1)).country == "UGA"
    # the source ends on 2012-01-16: later the person reads as a former official
    assert museveni.role_at(dt.date(2019, 1, 1)) is None


def test_a_surname_alias_is_given_only_when_it_names_no_one_else():
    kb = load_default_kb()
    john_major = kb.people["john-major"]  # "major" is an English word
    assert "Major" not in john_major.aliases and "Major" not in kb.names


def test_curated_people_keep_their_roles_over_countryinfo():
    kb = load_default_kb()
    assert kb.people["barack-obama"].role_at(dt.date(2010, 1, 1)).country == "USA"
    assert not [p for p in kb.people if p.startswith("barack-obama-")]


def test_non_governmental_organizations_are_coded_ngo():
    kb = load_default_kb()
    assert kb.igos["AMN"].kind == "NGO" and kb.igos["UNO"].kind == "IGO"
    assert {e.key for e in kb.names["Red Crescent"]} == {"IRC"}


def test_every_role_says_where_it_comes_from():
    kb = load_default_kb()
    sources = {role.source for p in kb.people.values() for role in p.roles}
    assert "" not in sources
    # what the dyad team wrote from memory is marked, never passed off as sourced
    assert not any("model knowledge" in s for s in sources)
    assert "unsourced" in sources
    known = ("unitedstates/congress-legislators", "instituteforgov/", "CountryInfo", "Phoenix")
    assert all(s == "unsourced" or s.startswith(known) for s in sources), sources - {"unsourced"}


def test_the_seed_leaders_hold_office_on_the_seed_date():
    kb = load_default_kb()
    seed = dt.date(2026, 2, 4)
    for name, code in (("Vladimir Putin", "RUSGOV"), ("Xi Jinping", "CHNGOV")):
        (entry,) = [e for e in kb.names[name] if e.kind == "person"]
        role = kb.people[entry.key].role_at(seed)
        assert role is not None and f"{role.country}{role.sector}" == code


def test_legislators_of_the_open_table_are_coded_leg_with_their_surname():
    kb = load_default_kb()
    (entry,) = [e for e in kb.names["Schumer"] if e.kind == "person"]
    role = kb.people[entry.key].role_at(dt.date(2018, 3, 1))
    assert role is not None and (role.country, role.sector) == ("USA", "LEG")
    assert role.source.startswith("unitedstates/congress-legislators")


def test_an_mp_who_is_a_minister_is_coded_by_the_ministry():
    kb = load_default_kb()
    (entry,) = [e for e in kb.names["Boris Johnson"] if e.kind == "person"]
    person = kb.people[entry.key]
    role = person.role_at(dt.date(2017, 3, 1))
    assert role is not None and role.title == "foreign minister" and role.sector == "GOV"
    assert {r.title for r in person.roles} >= {"member of parliament", "prime minister"}


def test_an_undated_mention_takes_the_highest_office_ever_held():
    kb = load_default_kb()
    (entry,) = [e for e in kb.names["Boris Johnson"] if e.kind == "person"]
    role = kb.people[entry.key].role_at(None)
    assert role is not None and role.title == "prime minister"
