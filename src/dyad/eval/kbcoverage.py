"""Suite ``kb-coverage``: how many heads of state, heads of government and foreign
ministers of 2000-2025 the shipped actor knowledge base names right, year by year.

The reference is the research-only office-holder table (``actors/officeholders_nc.csv.gz``,
CC BY-NC 4.0 selection of Wikidata statements), read in place and never copied: nothing
of it is written but these counts (and, locally, the error cases).

A slot is a country, an office and a year, read on 1 July (2025: on 31 January, the
table's last day). Its reference holders are every row of the table for that country and
office in force that day. The knowledge base's holders are the people with a role in that
country and office class in force that day (`OFFICE_OF`; for a head of government also
the head of state when the table names the same person both, as for a US president). The
slot is **right** when a knowledge-base holder has the name of a reference holder
(`same_name`: after folding accents, case and punctuation, the same full name or first and
last word, one name's words all in the other's, or spellings at least 85% alike, so that
transliterations such as Rajapaksa/Rajapakse match), **wrong** when the knowledge base
has holders but none of them, **missing** when it has none. Scored twice: with every row
of the knowledge base, and with only the rows an open source supports (not
``unsourced``). The table is thin before 2000 and has stray sub-national rows ("President
of Tatarstan" as Russia's head of state), which only add names a slot accepts.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from dyad.actors.kb import KnowledgeBase, Role
from dyad.actors.knowledge import load_kb
from dyad.eval.base import Case, Coder, SuiteResult, require

GOLD = "actors/officeholders_nc.csv.gz"
OFFICES = ("head of state", "head of government", "foreign minister")
YEARS = range(2000, 2026)
LAST_DAY = dt.date(2025, 1, 31)
# The knowledge base's role titles (canonical, as `KnowledgeBase.title_of` gives them) by
# the reference's office.
OFFICE_OF = {
    "president": "head of state",
    "king": "head of state",
    "queen": "head of state",
    "emperor": "head of state",
    "emir": "head of state",
    "sultan": "head of state",
    "supreme leader": "head of state",
    "prime minister": "head of government",
    "premier": "head of government",
    "chancellor": "head of government",
    "chief executive": "head of government",
    "foreign minister": "foreign minister",
}
UNSOURCED = "unsourced"
# How alike two spellings of a name must be (difflib ratio) to be one name: set by reading
# the wrong slots of a first run, where transliterations (Mottaki/Motaki) were most of them;
# no pair of different people was seen above it.
SPELLING_RATIO = 0.85


def files(data: Path) -> list[Path]:
    return [require(data / GOLD)]


def day_of(year: int) -> dt.date:
    return LAST_DAY if year == LAST_DAY.year else dt.date(year, 7, 1)


def name_key(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[.\-‐'’]", " ", ascii_name.lower()).split())


def _keys(names: Iterable[str]) -> set[str]:
    out = set()
    for name in names:
        words = name_key(name).split()
        if len(words) > 1:
            out.add(" ".join(words))
            out.add(f"{words[0]} {words[-1]}")
    return out


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of name keys (`_keys`) name one person (see the module docstring)."""
    if a & b:
        return True
    for x in a:
        for y in b:
            wx, wy = set(x.split()), set(y.split())
            if wx <= wy or wy <= wx or SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO:
                return True
    return False


def _partial(text: str, end: bool) -> dt.date | None:
    """``2014``, ``2014-05`` or ``2014-05-16``; a year or month alone is its first day for a
    start and its last for an end."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        month_end = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - dt.timedelta(1)
        return month_end if end else dt.date(parts[0], parts[1], 1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


@dataclass(frozen=True, slots=True)
class Holder:
    country: str
    office: str
    keys: frozenset[str]
    start: dt.date | None
    end: dt.date | None
    name: str

    def on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def read_reference(path: Path) -> list[Holder]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["office"] in OFFICES and r["country_iso3"]]
    out = []
    for r in rows:
        try:
            start, end = _partial(r["start"], False), _partial(r["end"], True)
        except ValueError:
            continue  # an unreadable date: the row cannot be placed in time
        names = [r["name"], *r["aliases"].split(";")]
        out.append(
            Holder(r["country_iso3"], r["office"], frozenset(_keys(names)), start, end, r["name"])
        )
    return out


def kb_holders(kb: KnowledgeBase, sourced_only: bool) -> list[Holder]:
    """The knowledge base's people in the reference's offices, one per role."""
    out = []
    for person in kb.people.values():
        keys = frozenset(_keys(person.names))
        for role in person.roles:
            office = OFFICE_OF.get(role.title)
            if office is None or not role.country or (sourced_only and _unsourced(role)):
                continue
            out.append(Holder(role.country, office, keys, role.start, role.end, person.name))
    return out


def _unsourced(role: Role) -> bool:
    return role.source == UNSOURCED


def _index(holders: list[Holder]) -> dict[tuple[str, str], list[Holder]]:
    index: dict[tuple[str, str], list[Holder]] = defaultdict(list)
    for h in holders:
        index[(h.country, h.office)].append(h)
    return index


def slots(
    reference: list[Holder], kb: list[Holder]
) -> Iterator[tuple[int, str, str, str, list[Holder], list[Holder]]]:
    """(year, country, office, verdict, reference holders, knowledge-base holders)."""
    ref, mine = _index(reference), _index(kb)
    for (country, office), holders in sorted(ref.items()):
        for year in YEARS:
            day = day_of(year)
            want = [h for h in holders if h.on(day)]
            if not want:
                continue
            got = [h for h in mine.get((country, office), []) if h.on(day)]
            if office == "head of government":
                heads = {
                    k for h in ref.get((country, "head of state"), []) if h.on(day) for k in h.keys
                }
                if any(h.keys & heads for h in want):
                    got += [h for h in mine.get((country, "head of state"), []) if h.on(day)]
            hit = any(same_name(g.keys, w.keys) for g in got for w in want)
            verdict = "missing" if not got else "right" if hit else "wrong"
            yield year, country, office, verdict, want, got


def run(data: Path, coder: Coder) -> SuiteResult:
    del coder  # the knowledge base is read directly; nothing is coded
    kb = load_kb("dyad")
    reference = read_reference(data / GOLD)
    counts: dict[bool, Counter[tuple[int, str, str]]] = {}
    cases: list[Case] = []
    for sourced_only in (False, True):
        tally: Counter[tuple[int, str, str]] = Counter()
        for year, country, office, verdict, want, got in slots(
            reference, kb_holders(kb, sourced_only)
        ):
            tally[(year, office, verdict)] += 1
            if verdict != "right" and not sourced_only:
                cases.append(_case(year, country, office, verdict, want, got))
        counts[sourced_only] = tally
    result = SuiteResult("kb-coverage", _metrics(counts), sum(counts[False].values()))
    result.cases = cases
    result.tables["by year, all rows (right / wrong / missing)"] = _by_year(counts[False])
    result.tables["by year, sourced rows only (right / wrong / missing)"] = _by_year(counts[True])
    result.notes.append(
        "slots: country x office x year (1 July; 2025: 31 January) with a holder in the "
        "reference; right = a KB holder on that day has a reference holder's name"
    )
    return result


def _case(
    year: int, country: str, office: str, verdict: str, want: list[Holder], got: list[Holder]
) -> Case:
    return Case(
        id=f"{country}-{office.replace(' ', '-')}-{year}",
        text=f"{office} of {country} on {day_of(year)}",
        gold=" / ".join(sorted({h.name for h in want})),
        got=" / ".join(sorted({h.name for h in got})) or "(none)",
        badness=1.0 if verdict == "wrong" else 0.5,
    )


def _metrics(counts: dict[bool, Counter[tuple[int, str, str]]]) -> dict[str, float]:
    out = {}
    for sourced_only, tally in counts.items():
        for office in OFFICES:
            n = sum(v for (_, o, _), v in tally.items() if o == office)
            right = sum(
                v for (_, o, verdict), v in tally.items() if o == office and verdict == "right"
            )
            prefix = "sourced_" if sourced_only else ""
            out[f"{prefix}{office.replace(' ', '_')}_right"] = right / n if n else 0.0
    return out


def _by_year(tally: Counter[tuple[int, str, str]]) -> list[list[str]]:
    rows = [["year", *OFFICES, "all"]]
    totals: Counter[tuple[str, str]] = Counter()
    for year in YEARS:
        row = [str(year)]
        for office in [*OFFICES, None]:
            triple = [
                sum(
                    v
                    for (y, o, verdict), v in tally.items()
                    if y == year and (office is None or o == office) and verdict == want
                )
                for want in ("right", "wrong", "missing")
            ]
            for want, v in zip(("right", "wrong", "missing"), triple, strict=True):
                totals[(office or "all", want)] += v
            row.append(" / ".join(map(str, triple)))
        rows.append(row)
    rows.append(
        ["2000-2025"]
        + [
            " / ".join(str(totals[(o, w)]) for w in ("right", "wrong", "missing"))
            for o in [*OFFICES, "all"]
        ]
    )
    return rows
