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
