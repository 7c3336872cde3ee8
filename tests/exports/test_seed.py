"""The seed article, coded by the real pipeline, exported in every format: its CONSULT
(Putin and Xi's call) and SUPPORT (Putin praising Xi) are in each event format, its
statements in Citron's, its output fields in the schema."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from dyad.exports.codes import numeric_id
from dyad.exports.formats import FORMATS
from dyad.exports.run import export
from dyad.serialize import coded_dict
from dyad.store.database import Store

pytestmark = pytest.mark.model

# Each event format: the column holding the event's id, and its form of the id.
ID_COLUMNS = {
    "plover-jsonl": ("id", str),
    "polecat-tsv": ("Event ID", str),
    "gdelt-events": ("GLOBALEVENTID", lambda i: str(numeric_id(i))),
    "gdelt-mentions": ("GLOBALEVENTID", lambda i: str(numeric_id(i))),
    "icews": ("Event ID", str),
    "phoenix": ("EventID", str),
}


@pytest.fixture(scope="module")
def seed_store(seed, tmp_path_factory):
    path = tmp_path_factory.mktemp("seed-export") / "seed.duckdb"
    with Store(path, model="seed") as store:
        store.write([seed])
    return path


def _countries(event, role):
    return {p.actor.country for p in getattr(event, role)}


@pytest.fixture(scope="module")
def consult_and_support(seed):
    consult = next(
        e
        for e in seed.events
        if e.event == "CONSULT"
        and _countries(e, "actor") | _countries(e, "recipient") == {"RUS", "CHN"}
    )
    support = next(
        e
        for e in seed.events
        if e.event == "SUPPORT"
        and _countries(e, "actor") == {"RUS"}
        and _countries(e, "recipient") == {"CHN"}
    )
    return consult, support


def _frame(text: str, fmt: str) -> pd.DataFrame:
    if fmt.endswith("jsonl"):
        return pd.read_json(io.StringIO(text), lines=True, dtype=False)
    frame = pd.read_csv(
        io.StringIO(text),
        sep="\t",
        header=0 if FORMATS[fmt].header else None,
        quoting=csv.QUOTE_NONE,
        dtype=str,
        keep_default_na=False,
    )
    frame.columns = list(FORMATS[fmt].columns)
    return frame


@pytest.mark.parametrize("fmt", sorted(ID_COLUMNS))
def test_the_seed_exports_its_consult_and_support(seed_store, consult_and_support, fmt):
    out = io.StringIO()
    export(seed_store, fmt, out)
    frame = _frame(out.getvalue(), fmt)
    column, form = ID_COLUMNS[fmt]
    for event in consult_and_support:
        (row,) = frame[frame[column] == form(event.id)].to_dict("records")
        if fmt == "polecat-tsv":
            assert row["Event Type"] == event.event
        if fmt == "gdelt-events":
            assert (row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("RUS", "CHN")
            assert row["EventCode"] == event.cameo
        if fmt == "icews":
            assert (row["Source Country"], row["Target Country"]) == ("Russia", "China")
        if fmt == "plover-jsonl":
            assert row["event"] == [event.event]


def test_the_seed_exports_its_statements_as_citron_quotes(seed, seed_store):
    out = io.StringIO()
    written = export(seed_store, "quotes-citron", out)
    (document,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert document["text"] == seed.article.text
    statements = {q.statement for q in seed.quotes if q.kind != "stance" and q.cue is not None}
    assert written == len(document["quotes"]) == len(statements)
    assert any("Putin" in s["text"] for q in document["quotes"] for s in q["sources"])


def test_the_seed_output_has_only_fields_the_schema_names(seed, seed_store):
    out = io.StringIO()
    export(seed_store, "dyad-schema", out)
    schema = json.loads(out.getvalue())
    output = coded_dict(seed)
    assert set(output) <= set(schema["$defs"]["CodedArticle"]["properties"])
    for event in output["events"]:
        assert set(event) <= set(schema["$defs"]["Event"]["properties"])
