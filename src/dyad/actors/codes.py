"""The actor each kind of knowledge-base entry makes: its name and its CAMEO code on the
article's date (a country, an international organization, a person, a PETRARCH dictionary
entry, an armed group, or a group named by a sector noun)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dyad.actors.kb import Entry, KnowledgeBase, Person
from dyad.records import Actor

# PETRARCH's CAMEO codes for someone out of office: ELI, "elites" (CAMEO manual 1.1b3, 2.3).
FORMER_OFFICIAL_SECTOR = "ELI"


def country_actor(kb: KnowledgeBase, iso3: str, sector: str | None = None) -> Actor:
    country = kb.countries.get(iso3)
    return Actor(
        name=country.name if country else iso3,
        code=iso3 + (sector or ""),
        country=iso3,
        sector=sector,
        id=f"country:{iso3}",
    )


def igo_actor(kb: KnowledgeBase, code: str, sector: str | None = None) -> Actor:
    """An international organization: IGO + code (``IGOUNO``), or NGO + code for a
    non-governmental one (``NGOAMN``), with a sector of its own when a phrase names one."""
    igo = kb.igos.get(code)
    kind = igo.kind if igo else "IGO"
    suffix = sector if sector and sector not in ("IGO", "NGO") else ""
    return Actor(
        name=igo.name if igo else code,
        code=f"{kind}{code}{suffix}",
        country=None,
        sector=sector or kind,
        id=f"{kind.lower()}:{code}",
    )


def person_actor(kb: KnowledgeBase, person: Person, date: dt.date | None) -> Actor:
    role = person.role_at(date)
    if role is None:
        past = person.last_role_before(date)
        country = past.country if past else None
        sector = FORMER_OFFICIAL_SECTOR if past else None
        code = (country + sector) if country and sector else country
        return Actor(person.name, code, country, sector, f"person:{person.id}")
    if role.igo:
        base = igo_actor(kb, role.igo)
        return Actor(person.name, base.code, None, "IGO", f"person:{person.id}")
    code = (role.country or "") + (role.sector or "") or None
    return Actor(person.name, code, role.country, role.sector, f"person:{person.id}")


def coded_actor(
    kb: KnowledgeBase, key: str, date: dt.date | None, sector: str | None = None
) -> Actor:
    """An actor from a PETRARCH dictionary: its code on ``date``, with an agent's sector
    appended to a bare country code ("Arnorian police" -> ARN + COP)."""
    entity = kb.coded[key]
    code = entity.code_at(date)
    if code and sector and len(code) == 3:
        code += sector
    is_org = code is not None and code[:3] in ("IGO", "NGO", "IMG", "MNC", "NGM")
    country = None if code is None or is_org else code[:3]
    return Actor(
        name=entity.name,
        code=code,
        country=country,
        sector=(code[3:6] or None)
        if code and not is_org
        else ("IGO" if code and code.startswith("IGO") else None),
        id=key,
    )


def armed_actor(kb: KnowledgeBase, key: str, date: dt.date | None) -> Actor:
    group = kb.armed_groups[key]
    role = group.role_at(date)
    country = role.country if role else None
    sector = role.sector if role else "REB"
    code = (country + (sector or "")) if country else f"IMG{key}"
    return Actor(group.name, code, country, sector, f"group:{key}")


def group_actor(
    kb: KnowledgeBase, country: str | None, igo: str | None, sector: str | None
) -> Actor:
    """A group named by a sector noun ("Russian citizens"): coded, but it has no name of its
    own (the country's name would read as if the country itself acted)."""
    if igo:
        return igo_actor(kb, igo, sector)
    if country:
        return replace(country_actor(kb, country, sector), name=None, id=None)
    return Actor(name=None, code=None, country=None, sector=sector, id=None)


def pick_person(kb: KnowledgeBase, entries: list[Entry], date: dt.date | None) -> Person | None:
    """Of the people a name may be, the one in office on ``date``, else the first listed."""
    people = [kb.people[e.key] for e in entries if e.kind == "person" and e.key in kb.people]
    if not people:
        return None
    if date is not None:
        for person in people:
            if person.role_at(date) is not None:
                return person
    return people[0]
