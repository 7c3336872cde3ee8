"""Suite ``actors``: NGEC's actor-resolution cases (dev half).

Each case is a short text ("American soldiers", "former President Nursultan Nazarbayev") with
an expected country and/or first sector code. dyad codes the text as a sentence and reads the
mention that covers most of it. Cases whose expectations are on neither country nor
``code_1`` (Wikipedia titles, jobs) are not scored here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from dyad.dates.resolve import resolve_date
from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.records import Actor, CodedArticle

GOLD = "event-coding/ngec_actor_cases/actor_resolution_cases_dev.jsonl"
# NGEC/PLOVER sector names -> dyad's sector codes. Most are the same CAMEO codes; NGEC's
# finer or different names map to what dyad reports. Cases expecting UNK, JNK or "????"
# are skipped (no defined answer).
SECTOR_OF = {
    "PRE": "GOV",  # president
    "PRM": "GOV",  # prime minister
    "UAF": "MIL",  # unidentified armed forces
    "SOC": "CVL",  # society
    "": None,
}
SKIP_SECTORS = {"UNK", "JNK", "????"}


def files(data: Path) -> list[Path]:
    return [require(data / GOLD)]


def _expect(case: dict[str, Any], field: str) -> str | None:
    for e in case.get("expect", []):
        if e.get("field") == field and e.get("op") == "==":
            return str(e.get("value") or "")
    return None


def _date(case: dict[str, Any]) -> dt.date | None:
    args = case.get("args", [])
    if len(args) >= 3 and args[2] and args[2][:1].isdigit():
        found = resolve_date(args[2], None)  # "2022-01-01", "1 January 2018"
        if found and found[1] == "day":
            return found[0]
    return None  # "Today": dyad codes with the latest known roles


def main_actor(coded: CodedArticle) -> Actor | None:
    if not coded.mentions:
        return None
    return max(coded.mentions, key=lambda m: (m.end - m.start, m.start == 0)).actor


def run(data: Path, coder: Coder) -> SuiteResult:
    cases_in = [
        json.loads(line)
        for line in (data / GOLD).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    scored = [
        c
        for c in cases_in
        if c.get("args") and (_expect(c, "country") is not None or _expect(c, "code_1") is not None)
    ]
    coded = coder.code([(c["args"][0], _date(c)) for c in scored])
    country_n = country_ok = sector_n = sector_ok = 0
    cases = []
    for case, result in zip(scored, coded, strict=True):
        actor = main_actor(result)
        want_country = _expect(case, "country")
        want_sector = _expect(case, "code_1")
        got_country = (
            (
                actor.country
                or (actor.code[3:] if actor.code and actor.code.startswith("IGO") else "")
            )
            if actor
            else ""
        )
        got_sector = actor.sector if actor else None
        wrong = []
        if want_country is not None:
            country_n += 1
            if (got_country or "") == want_country:
                country_ok += 1
            else:
                wrong.append(f"country {want_country or '-'}")
        if want_sector is not None and want_sector not in SKIP_SECTORS:
            sector_n += 1
            want = SECTOR_OF.get(want_sector, want_sector)
            if got_sector == want:
                sector_ok += 1
            else:
                wrong.append(f"sector {want or '-'}")
        if wrong:
            code = actor.code if actor else "no actor"
            got = f"country {got_country or '-'}, sector {got_sector or '-'} ({code})"
            cases.append(Case(case["id"], case["args"][0], ", ".join(wrong), got))
    return SuiteResult(
        "actors",
        {
            "country_accuracy": country_ok / country_n if country_n else 0.0,
            "sector_accuracy": sector_ok / sector_n if sector_n else 0.0,
        },
        len(scored),
        cases,
        notes=[f"{country_n} cases scored on country, {sector_n} on sector"],
    )
