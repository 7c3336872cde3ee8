"""How `dyad.forms` writes a record's fields, on small records made for the purpose."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

import pytest

from dyad.forms import Out, as_dict, as_row, columns, json_schema
from dyad.records import Actor, Quote, Speaker, TextSpan


@dataclass(frozen=True, slots=True)
class Visit:
    place: str
    day: dt.date | None
    guests: tuple[str, ...]
    note: Annotated[str, Out(json=False)] = ""
    source: Annotated[str, Out(after="place")] = "text"


def test_fields_are_written_in_class_order_except_those_marked_after_another():
    visit = Visit("Beijing", dt.date(2026, 2, 4), ("Xi",), note="n")
    assert as_dict(visit) == {
        "place": "Beijing",
        "source": "text",
        "day": "2026-02-04",
        "guests": ["Xi"],
    }
    assert list(as_dict(visit)) == ["place", "source", "day", "guests"]
    assert as_row(visit) == {
        "place": "Beijing",
        "source": "text",
        "day": dt.date(2026, 2, 4),
        "guests": ["Xi"],
        "note": "n",
    }
    assert [(c.name, c.sql) for c in columns(Visit)] == [
        ("place", "VARCHAR"),
        ("source", "VARCHAR"),
        ("day", "DATE"),
        ("guests", "VARCHAR[]"),
        ("note", "VARCHAR"),
    ]


def test_the_json_schema_gives_each_field_its_type_and_its_docstring():
    schema = json_schema(Quote)["$defs"]
    assert schema["Quote"]["properties"]["cue"] == {
        "anyOf": [{"$ref": "#/$defs/TextSpan"}, {"type": "null"}]
    }
    assert schema["Speaker"]["properties"]["name"]["description"].startswith("The speaker's")
    assert schema["TextSpan"]["required"] == ["start", "end", "text"]


def test_a_flattened_record_is_stored_as_prefixed_columns_without_those_left_out():
    putin = Actor("Vladimir Putin", "RUSGOV", "RUS", "GOV", "person:vladimir-putin")
    quote = Quote(
        0,
        5,
        "Peace",
        "direct",
        TextSpan(7, 11, "said"),
        Speaker(12, 17, "Putin", "V. Putin", putin),
        0,
    )
    row = as_row(quote)
    assert row["cue_text"] == "said"
    assert row["speaker_name"] == "V. Putin"  # the speaker's own name, not the actor's
    assert row["speaker_code"] == "RUSGOV"
    assert "speaker_actor_name" not in row and "speaker" not in row
    unattributed = as_row(Quote(0, 5, "Peace", "direct", None, None, 0))
    assert unattributed["cue_start"] is None and unattributed["speaker_id"] is None


def test_writing_a_field_after_one_that_is_not_there_is_an_error():
    @dataclass(frozen=True, slots=True)
    class Lost:
        a: Annotated[str, Out(after="nowhere")]

    with pytest.raises(TypeError, match=r"a \(after nowhere\)"):
        as_dict(Lost("x"))


def test_a_field_of_a_type_without_a_column_type_is_an_error():
    @dataclass(frozen=True, slots=True)
    class Raw:
        data: bytes

    with pytest.raises(TypeError, match=r"Raw\.data"):
        columns(Raw)
