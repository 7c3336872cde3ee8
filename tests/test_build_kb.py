"""scripts/build_kb.py's checking of a curated role against dated sources, on hand-made
terms (the script itself runs on ../shared/data)."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="module")
def build_kb():
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("build_kb")
    finally:
        sys.path.remove(str(SCRIPTS))


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def curated(title: str, start: str, end: str = "") -> dict[str, str]:
    return {
        "person_id": "vladimir-putin",
        "country": "RUS",
        "sector": "GOV",
        "title": title,
        "start": start,
        "end": end,
        "source": "model knowledge (as of training cutoff)",
    }


def test_a_source_covers_only_its_own_dates(build_kb):
    pieces = build_kb._cover(
        [(d("2010-01-01"), dt.date.max, None)], d("2008-05-08"), d("2014-01-30"), "Phoenix"
    )
    assert pieces == [
        (d("2010-01-01"), d("2014-01-30"), "Phoenix"),
        (d("2014-01-31"), dt.date.max, None),
    ]


def test_a_role_past_the_sources_last_update_is_unsourced(build_kb):
    names = frozenset({"vladimir putin"})
    src = build_kb.Sources([], [], {"vladimir putin": [("RUSGOV", d("2008-05-08"), None)]})
    rows = build_kb.check_row(curated("president", "2012-05-07"), names, src)
    assert [(r["start"], r["end"], r["source"]) for r in rows] == [
        ("2012-05-07", "2014-01-30", build_kb.PHOENIX_SOURCE),
        ("2014-01-31", "", "unsourced"),
    ]


def test_countryinfo_gives_a_head_of_state_its_start(build_kb):
    term = build_kb.Term(
        "Vladimir Putin",
        frozenset({"vladimir putin"}),
        (),
        "RUS",
        "GOV",
        "president",
        d("1999-12-31"),
        d("2008-05-07"),
        f"{build_kb.CI_SOURCE} <Leaders>",
    )
    src = build_kb.Sources([], [term], {})
    rows = build_kb.check_row(
        curated("president", "2000-05-07", "2008-05-07"), frozenset({"vladimir putin"}), src
    )
    assert [(r["start"], r["end"], r["source"]) for r in rows] == [
        ("1999-12-31", "2008-05-07", term.source)
    ]


def test_a_code_for_another_sector_does_not_support_the_row(build_kb):
    src = build_kb.Sources([], [], {"vladimir putin": [("RUSELI", d("1970-01-01"), None)]})
    rows = build_kb.check_row(
        curated("president", "2012-05-07"), frozenset({"vladimir putin"}), src
    )
    assert [r["source"] for r in rows] == ["unsourced"]
    assert rows[0]["note"] == ""  # the memory note is kept only when it says more
