"""Every CSV file dyad ships says where it came from; every word list and code map loads, and
the constants its header names hold its entries."""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from dyad.lexicons import read_table, word_set
from tests.conftest import ROOT

SRC = ROOT / "src" / "dyad"
DATA_FILES = sorted(SRC.glob("**/data/**/*.csv"))
# A word list or code map names the constants that hold it in a "# Used by:" header line.
LEXICONS = [path for path in DATA_FILES if "Used by:" in path.read_text(encoding="utf-8")]


def _name(path: Path) -> str:
    return str(path.relative_to(SRC))


def test_the_word_lists_and_code_maps_are_found():
    assert len(LEXICONS) >= 50


@pytest.mark.parametrize("path", DATA_FILES, ids=_name)
def test_every_data_file_opens_with_a_header_saying_what_it_is_and_where_it_came_from(path):
    header = read_table(path).header
    assert len(" ".join(header).split()) >= 10, f"{_name(path)}: no header comment"


@pytest.mark.parametrize("path", LEXICONS, ids=_name)
def test_every_word_list_names_its_source_and_its_users(path):
    table = read_table(path)
    assert table.source, f"{_name(path)}: no '# Source:' line"
    # "Used by:" is the last part of the header and may run on over several lines
    used_by = " ".join(table.header).split("Used by:", 1)[1]
    users = re.findall(r"(dyad(?:\.\w+)+)\.(\w+)", used_by)
    assert users, f"{_name(path)}: no constant named after 'Used by:'"
    entries = table.column(table.columns[0])
    for module, constant in users:
        value = getattr(importlib.import_module(module), constant)
        if isinstance(value, tuple):  # an ordered list
            assert value == entries, f"{module}.{constant}"
        elif isinstance(value, Mapping):
            assert tuple(value) == entries, f"{module}.{constant}"
        else:  # a set, or the rows with one flag set
            assert value <= set(entries) and value, f"{module}.{constant}"


def test_the_reporting_verbs_keep_one_set_per_rule():
    """Issue #23: the two REPORTING_VERBS had different members. They serve different rules
    and are one file now, with a column per rule; each rule keeps the verbs it had."""
    from dyad.events import modality, participants

    future = modality.FUTURE_REPORTING_VERBS
    speaker = participants.SPEAKER_REPORTING_VERBS
    demand = modality.DEMAND_REPORTING_VERBS
    core = {"say", "tell", "announce", "state", "declare", "add", "report"}
    assert future == core | {"indicate", "confirm"}
    assert speaker == core | {"claim", "insist", "warn"}
    assert demand == core | {"indicate", "confirm", "conclude", "insist", "warn", "stress"}
    assert word_set("dyad.events", "reporting_verbs.csv") == future | speaker | demand


def test_amounts_and_dates_read_one_number_word_table():
    """Issue #23: amounts and dates each had a table; the one table is their union (they
    agreed on every word both had; only dates had "an")."""
    from dyad.amounts import parse
    from dyad.dates import resolve

    assert parse.NUMBER_WORDS is resolve._NUMBER_WORDS
    dates_had = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    assert dates_had.items() <= parse.NUMBER_WORDS.items()
    assert (parse.NUMBER_WORDS["dozens"], parse.NUMBER_WORDS["fifty"]) == (24, 50)


def test_events_and_dates_share_the_future_auxiliaries_and_deadline_prepositions():
    from dyad.dates import tense
    from dyad.events import circumstances, modality

    assert modality.FUTURE_AUX is tense._FUTURE_AUX
    assert circumstances.END_PREPOSITIONS is tense._FORWARD_PREPOSITIONS
