"""A user's own office holders on top of the shipped knowledge base, and what the knowledge
base says about a name on a date.

A user KB is a CSV file (``#`` lines are comments), one row per person and term. Required
columns: ``name`` (as news writes it), ``country`` (ISO 3166-1 alpha-3; empty only for
sector ``IGO``), ``sector`` (CAMEO: ``GOV``, ``LEG``, ``OPP``, ``MIL``, ``IGO``, ...),
``title`` (the office, "foreign minister"; for sector IGO ``CODE:title``,
"UNO:Secretary-General"), ``start`` and ``end`` (``YYYY-MM-DD``; empty: since always, still
in office) and ``source`` (not empty). Optional: ``id`` (the person's id in the knowledge
base, when the name alone could mean several people), ``aliases`` (``|``-separated),
``gender`` (``m`` or ``f``) and ``note``.

A row is about the person with that id, else the one person the knowledge base knows by
that name (or one of its aliases), else a new person. On the row's dates it overrides the
shipped knowledge base: the person's own shipped roles are cut around those dates, and so
are other people's terms in the same single-holder office (``single_office_titles.csv``:
a new president ends the old one's term). ``dyad kb export`` writes the merged knowledge
base in this same format. Read back whole, an export is not the same knowledge base: its
rows override one another in file order (a term ending the day the next begins is cut by
a day; a person's later role cuts their own concurrent one), so edit it down to the rows
you mean to change.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from dyad.actors.kb import KnowledgeBase, Person, Role
from dyad.errors import DictionaryError
from dyad.lexicons import Row, parse_table, word_set

REQUIRED = ("name", "country", "sector", "title", "start", "end", "source")
COLUMNS = ("id", "name", "aliases", "gender", *REQUIRED[1:], "note")
"""The columns ``dyad kb export`` writes, in order."""
USER_PREFIX = "user:"
"""Ids of people a user KB adds (``user:jane-doe``)."""
# Offices one person holds at a time: a user row in one cuts the other holders' terms.
_SINGLE_OFFICE = word_set("dyad.actors", "single_office_titles.csv")


@dataclass(frozen=True, slots=True)
class UserRow:
    """One validated row of a user KB."""

    name: str
    aliases: tuple[str, ...]
    gender: str | None
    person_id: str | None
    role: Role
    origin: str
    """``file.csv:LINE``."""


def read_user_kb(path: Path | str, kb: KnowledgeBase) -> list[UserRow]:
    """The rows of the user KB at ``path``, checked against ``kb`` (country codes, sectors,
    IGO codes).

    Raises:
        DictionaryError: E204 the file cannot be read; E205 a column is missing; E206 a
            date is not ``YYYY-MM-DD``; E207 an unknown country, sector or IGO code; E208
            a row is incomplete or its end is before its start.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise DictionaryError("E204", origin=str(path), reason=str(e)) from e
    table = parse_table(text, str(path))
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise DictionaryError("E205", origin=str(path), columns=", ".join(missing))
    sectors = {n.sector for n in kb.sectors.values() if n.sector} | {"IGO"}
    return [_user_row(row, kb, sectors) for row in table]


def _cell(row: Row, column: str) -> str:
    return row[column] if column in row.columns else ""


def _date(row: Row, column: str) -> dt.date | None:
    value = row[column]
    if not value:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise DictionaryError("E206", origin=row.origin, column=column, value=value) from e


def _user_row(row: Row, kb: KnowledgeBase, sectors: set[str]) -> UserRow:
    for column in ("name", "sector", "title", "source"):
        if not row[column]:
            raise DictionaryError("E208", origin=row.origin, reason=f"empty {column}")
    country, sector, title = row["country"].upper(), row["sector"].upper(), row["title"]
    igo = None
    if sector == "IGO":
        igo, _, title = title.partition(":")
        if not title or igo not in kb.igos:
            reason = f"IGO title {row['title']!r} is not CODE:title with a known code"
            raise DictionaryError("E207", origin=row.origin, what=reason)
    elif country not in kb.countries:
        raise DictionaryError("E207", origin=row.origin, what=f"country code {country!r}")
    if sector not in sectors:
        raise DictionaryError("E207", origin=row.origin, what=f"sector {sector!r}")
    start, end = _date(row, "start"), _date(row, "end")
    if start and end and end < start:
        raise DictionaryError("E208", origin=row.origin, reason=f"end {end} before start {start}")
    gender = _cell(row, "gender").lower() or None
    if gender not in (None, "m", "f"):
        raise DictionaryError("E208", origin=row.origin, reason=f"gender {gender!r} not m or f")
    role = Role(
        country or None,
        sector,
        kb.title_of(title.strip().lower()),
        start,
        end,
        igo,
        source=row["source"],
    )
    aliases = tuple(a.strip() for a in _cell(row, "aliases").split("|") if a.strip())
    return UserRow(row["name"], aliases, gender, _cell(row, "id") or None, role, row.origin)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def person_for(kb: KnowledgeBase, row: UserRow) -> str | None:
    """The id of the known person ``row`` is about, or None for a new person.

    Raises:
        DictionaryError: E209 when the name means several people and no id is given.
    """
    if row.person_id:
        return row.person_id if row.person_id in kb.people else None
    ids = sorted(
        {e.key for n in (row.name, *row.aliases) for e in kb.names.get(n, []) if e.kind == "person"}
    )
    full = [i for i in ids if row.name in kb.people[i].names]
    ids = full or ids
    if len(ids) > 1:
        raise DictionaryError("E209", origin=row.origin, name=row.name, ids=", ".join(ids))
    return ids[0] if ids else None


def _cut(role: Role, start: dt.date | None, end: dt.date | None) -> list[Role]:
    """``role`` without the days from ``start`` to ``end`` (None: unbounded)."""
    lo, hi = start or dt.date.min, end or dt.date.max
    r_lo, r_hi = role.start or dt.date.min, role.end or dt.date.max
    if r_hi < lo or r_lo > hi:
        return [role]
    out = []
    if r_lo < lo:
        out.append(replace(role, end=lo - dt.timedelta(days=1)))
    if r_hi > hi:
        out.append(replace(role, start=hi + dt.timedelta(days=1)))
    return out


def merge_user_rows(kb: KnowledgeBase, rows: Iterable[UserRow]) -> None:
    """Add ``rows`` to ``kb`` (in place), each overriding the shipped roles on its dates
    (see the module docstring), later rows over earlier ones."""
    for row in rows:
        key = person_for(kb, row) or row.person_id or USER_PREFIX + _slug(row.name)
        new = row.role
        if new.title in _SINGLE_OFFICE:
            for pid, person in kb.people.items():
                if pid == key:
                    continue
                # the same office: its title in the same country, or the same organization
                clash = [
                    r
                    for r in person.roles
                    if r.title == new.title and r.country == new.country and r.igo == new.igo
                ]
                if clash:
                    roles = [
                        x
                        for r in person.roles
                        for x in (_cut(r, new.start, new.end) if r in clash else [r])
                    ]
                    kb.people[pid] = replace(person, roles=tuple(roles))
        old = kb.people.get(key)
        kept = [x for r in (old.roles if old else ()) for x in _cut(r, new.start, new.end)]
        aliases = tuple(dict.fromkeys([*(old.aliases if old else ()), *row.aliases]))
        if old and row.name not in old.names:
            aliases = (*aliases, row.name)
        kb.people[key] = Person(
            old.name if old else row.name,
            aliases,
            id=key,
            gender=row.gender or (old.gender if old else None),
            roles=(*kept, new),
        )
    kb.index_names()


def add_user_kb(kb: KnowledgeBase, path: Path | str) -> None:
    """Read, check and merge the user KB at ``path`` into ``kb`` (in place)."""
    merge_user_rows(kb, read_user_kb(path, kb))
    kb.sources.append(f"csv:{path}")


@dataclass(frozen=True, slots=True)
class Known:
    """What the knowledge base says one name stands for."""

    kind: str
    """``person``, ``country``, ``capital``, ``igo``, ``armed``, ``institution`` or
    ``coded`` (a PETRARCH dictionary actor)."""
    key: str
    name: str
    code: str | None
    """The actor code on the date (``RUSGOV``), or None when it has none then."""
    role: Role | None
    """The person's role on the date (with its title, dates and source)."""
    roles: tuple[Role, ...] = ()
    """All the person's roles, by start."""


def _lookup(kb: KnowledgeBase, name: str) -> list[tuple[str, str]]:
    """(kind, key) of what ``name`` stands for: as written, else ignoring case."""
    entries = kb.names.get(" ".join(name.split()))
    if entries is None:
        folded = name.casefold().strip()
        entries = [e for s, es in kb.names.items() if s.casefold() == folded for e in es]
    return list(dict.fromkeys((e.kind, e.key) for e in entries))


def role_code(role: Role | None) -> str | None:
    if role is None:
        return None
    if role.igo:
        return f"IGO{role.igo}"
    return f"{role.country or ''}{role.sector or ''}" or None


def who(kb: KnowledgeBase, name: str, date: dt.date | None = None) -> list[Known]:
    """What ``name`` stands for on ``date`` (None: the latest roles): people with their
    role then and all their roles, countries, organizations and dictionary actors."""
    out = []
    for kind, key in _lookup(kb, name):
        if kind == "person":
            person = kb.people[key]
            role = person.role_at(date)
            ordered = tuple(sorted(person.roles, key=lambda r: r.start or dt.date.min))
            out.append(Known(kind, key, person.name, role_code(role), role, ordered))
        elif kind in ("country", "capital"):
            out.append(Known(kind, key, kb.countries[key].name, key, None))
        elif kind == "igo":
            igo = kb.igos[key]
            out.append(Known(kind, key, igo.name, f"{igo.kind}{key}", None))
        elif kind == "coded":
            actor = kb.coded[key]
            out.append(Known(kind, key, actor.name, actor.code_at(date), None))
        else:
            out.append(Known(kind, key, key, None, None))
    return out


def export_rows(kb: KnowledgeBase) -> Iterator[dict[str, str]]:
    """Every person's roles in the user KB format (`COLUMNS`), by person id."""
    for key in sorted(kb.people):
        person = kb.people[key]
        for role in sorted(person.roles, key=lambda r: r.start or dt.date.min):
            yield {
                "id": key,
                "name": person.name,
                "aliases": "|".join(person.aliases),
                "gender": person.gender or "",
                "country": role.country or "",
                "sector": role.sector or "",
                "title": f"{role.igo}:{role.title}" if role.igo else role.title,
                "start": role.start.isoformat() if role.start else "",
                "end": role.end.isoformat() if role.end else "",
                "source": role.source or "unsourced",
                "note": "",
            }


def write_kb(kb: KnowledgeBase, out: TextIO) -> int:
    """Write `export_rows` as CSV to ``out``; the number of rows written."""
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in export_rows(kb):
        writer.writerow(row)
        n += 1
    return n
