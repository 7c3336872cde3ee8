"""`dyad export`'s selection (--from/--to, --pair, --min-confidence), its errors, and the
command in process."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.errors import ExportError, StoreError
from dyad.exports.run import export


def event_ids(db, **selection) -> list[str]:
    out = io.StringIO()
    export(db, "plover-jsonl", out, **selection)
    return [json.loads(line)["id"] for line in out.getvalue().splitlines()]


def test_no_selection_exports_the_counted_events_oldest_first(export_db):
    ids = event_ids(export_db)
    assert ids[0] == "consult-2024-01-15-22" and len(ids) == 4


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"date_from": "2024-03-01"}, 3),
        ({"date_to": "2024-03-02"}, 2),
        ({"date_from": "2024-03-02", "date_to": "2024-03-02"}, 1),
        ({"pair": ("RUS", "CHN")}, 2),
        ({"pair": ("chn", "rus")}, 2),
        ({"pair": ("RUS", "UKR")}, 1),
        ({"pair": ("IGOUNO", "RUS")}, 1),
        ({"min_confidence": 0.5}, 3),
        ({"min_confidence": 0.5, "pair": ("RUS", "UKR")}, 0),
    ],
)
def test_a_selection_keeps_only_its_events(export_db, selection, expected):
    assert len(event_ids(export_db, **selection)) == expected


@pytest.mark.parametrize(
    ("arguments", "code", "says"),
    [
        (["--format", "csv"], "E601", "unknown export format 'csv'"),
        (["--format", "icews", "--from", "2024-13-01"], "E602", "--from '2024-13-01'"),
        (["--format", "icews", "--from", "2024-03-02", "--to", "2024-01-01"], "E602", "after"),
        (["--format", "icews", "--pair", "RUS", "RUS"], "E602", "--pair RUS RUS"),
        (["--format", "icews", "--pair", "RUS", "C-N"], "E602", "two different"),
        (["--format", "icews", "--min-confidence", "2"], "E602", "not in [0, 1]"),
    ],
)
def test_bad_arguments_fail_with_a_catalogue_code(export_db, arguments, code, says):
    result = CliRunner().invoke(main, ["export", "--db", str(export_db), *arguments])
    assert result.exit_code == 2
    assert f"error: {code}:" in result.stderr and says in result.stderr


def test_a_missing_store_and_an_unwritable_output_are_errors(export_db, tmp_path):
    with pytest.raises(StoreError, match="E301"):
        export(tmp_path / "none.duckdb", "icews", io.StringIO())
    with pytest.raises(StoreError, match="E301"):
        export(tmp_path, "icews", io.StringIO())  # a folder without Parquet events
    with pytest.raises(ExportError, match="E603"):
        export(export_db, "icews", tmp_path / "no" / "such" / "dir.tsv")


def test_the_command_writes_a_file_and_says_how_many(export_db, tmp_path):
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--db",
            str(export_db),
            "--format",
            "icews",
            "--out",
            str(out),
            "--pair",
            "RUS",
            "CHN",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert "2 records written" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3  # header and two events


def test_the_command_prints_to_standard_output_without_out(export_db):
    result = CliRunner().invoke(
        main, ["export", "--db", str(export_db), "--format", "gdelt-events", "--to", "2024-01-31"]
    )
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("fmt", ["polecat-tsv", "gdelt-events", "icews", "phoenix"])
def test_every_event_format_applies_the_selection(export_db, fmt):
    out = io.StringIO()
    written = export(
        export_db, fmt, out, pair=("RUS", "CHN"), date_from="2024-01-01", min_confidence=0.1
    )
    header = 1 if fmt in ("polecat-tsv", "icews") else 0
    assert written == 2 and len(out.getvalue().splitlines()) == header + 2


@pytest.fixture(scope="module")
def flagged_db(tmp_path_factory):
    """The export fixture with China's accusation negated, Russia's assault hypothetical and
    China beside Russia as a co-actor of the assault on Ukraine."""
    from dyad.store.database import Store
    from tests.exports.conftest import export_articles

    a1, a2, a3 = export_articles()
    accuse = dataclasses.replace(a2.events[0], negated=True)
    assault, un = a3.events
    china = dataclasses.replace(a1.events[0].actor[1])
    assault = dataclasses.replace(assault, hypothetical=True, actor=(*assault.actor, china))
    path = tmp_path_factory.mktemp("flagged") / "flagged.duckdb"
    with Store(path, model="hand-built") as store:
        store.write(
            [
                a1,
                dataclasses.replace(a2, events=(accuse,)),
                dataclasses.replace(a3, events=(assault, un)),
            ]
        )
    return path


def test_negated_and_hypothetical_events_are_left_out_as_pair_aggregates_leave_them(
    flagged_db,
):
    assert event_ids(flagged_db) == ["consult-2024-01-15-22", "accuse-2024-03-20-62"]


def test_include_flagged_keeps_negated_and_hypothetical_events(flagged_db):
    assert len(event_ids(flagged_db, flagged=True)) == 4
    result = CliRunner().invoke(
        main, ["export", "--db", str(flagged_db), "--format", "icews", "--include-flagged"]
    )
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1 + 4


def test_co_actors_are_not_a_pair(flagged_db):
    # Russia and China both attack Ukraine: each is paired with Ukraine, not with each other
    ids = event_ids(flagged_db, flagged=True, pair=("RUS", "CHN"))
    assert ids == ["consult-2024-01-15-22", "accuse-2024-03-02-6"]
    assert "assault-2024-03-20-15" in event_ids(flagged_db, flagged=True, pair=("CHN", "UKR"))
