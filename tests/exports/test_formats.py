"""Each export format read back by pandas, its columns exactly the published ones (and the
ones docs/export.md lists), from a database and from a Parquet folder alike."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from dyad.exports.codes import numeric_id
from dyad.exports.formats import FORMATS
from dyad.exports.run import export
from dyad.serialize import output_schema
from tests.conftest import ROOT
from tests.exports.conftest import EVENTS, export_articles

PUBLISHED_COUNTS = {
    "gdelt-events": 61,
    "gdelt-mentions": 16,
    "polecat-tsv": 40,
    "icews": 20,
    "phoenix": 26,
}


def exported(db: Path, fmt: str, **selection) -> str:
    out = io.StringIO()
    export(db, fmt, out, **selection)
    return out.getvalue()


def read_tsv(text: str, fmt: str) -> pd.DataFrame:
    header = 0 if FORMATS[fmt].header else None
    return pd.read_csv(
        io.StringIO(text),
        sep="\t",
        header=header,
        quoting=csv.QUOTE_NONE,
        dtype=str,
        keep_default_na=False,
    )


def documented_columns(fmt: str) -> list[str]:
    """The first column of the table under ``## `fmt` `` in docs/export.md."""
    text = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    section = text.split(f"## `{fmt}`", 1)[1].split("\n## ", 1)[0]
    return [m.group(1) for m in re.finditer(r"^\| `([^`]+)` \|", section, re.M)]


@pytest.mark.parametrize("fmt", sorted(PUBLISHED_COUNTS))
def test_a_tabular_format_reads_back_with_its_published_columns(export_db, fmt):
    frame = read_tsv(exported(export_db, fmt), fmt)
    columns = FORMATS[fmt].columns
    assert len(columns) == PUBLISHED_COUNTS[fmt]
    assert frame.shape == (EVENTS, len(columns))
    if FORMATS[fmt].header:
        assert list(frame.columns) == list(columns)
    assert documented_columns(fmt) == list(columns)


@pytest.mark.parametrize("fmt", ["plover-jsonl", "quotes-citron"])
def test_a_json_lines_format_reads_back_with_its_documented_fields(export_db, fmt):
    frame = pd.read_json(io.StringIO(exported(export_db, fmt)), lines=True)
    assert list(frame.columns) == list(FORMATS[fmt].columns)
    assert documented_columns(fmt) == list(FORMATS[fmt].columns)


def test_plover_events_carry_entities_place_and_size(export_db):
    records = [json.loads(x) for x in exported(export_db, "plover-jsonl").splitlines()]
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    assert [a["code"] for a in consult["actor"]] == ["RUS", "CHN"]
    assert consult["event_loc"]["resolved_place"] == "Beijing"
    assert consult["event_loc"]["country_code"] == "CHN"
    assert consult["cite_info"]["url"] == "https://example.org/a1"
    assault = next(r for r in records if r["event"] == ["ASSAULT"])
    assert assault["size"] == {"dead": 3, "injured": None, "arrested": None}


def test_gdelt_events_use_yyyymmdd_fips_and_cameo_strings(export_db):
    frame = read_tsv(exported(export_db, "gdelt-events"), "gdelt-events")
    frame.columns = list(FORMATS["gdelt-events"].columns)
    consult = frame[frame.EventCode == "040"].iloc[0]
    assert consult.SQLDATE == "20240115" and consult.MonthYear == "202401"
    assert consult.FractionDate == "2024.1233"  # 2024 + (1 * 30 + 15) / 365
    assert (consult.Actor1CountryCode, consult.Actor2CountryCode) == ("RUS", "CHN")
    assert consult.ActionGeo_CountryCode == "CH"  # FIPS 10-4, not ISO
    assert consult.QuadClass == "1" and consult.SOURCEURL == "https://example.org/a1"
    un = frame[frame.Actor1Code == "IGOUNO"].iloc[0]
    assert un.Actor1KnownGroupCode == "UNO" and un.EventRootCode == "09"  # ACCUSE's generic code
    assert consult.AvgTone == "" and consult.Actor1EthnicCode == ""


def test_gdelt_mentions_point_at_the_event_and_its_offsets(export_db):
    frame = read_tsv(exported(export_db, "gdelt-mentions"), "gdelt-mentions")
    frame.columns = list(FORMATS["gdelt-mentions"].columns)
    text = export_articles()[0].article.text
    row = frame[str(numeric_id("consult-2024-01-15-22")) == frame.GLOBALEVENTID].iloc[0]
    assert text[int(row.ActionCharOffset) :].startswith("talks")
    assert text[int(row.Actor2CharOffset) :].startswith("China")
    assert (row.MentionType, row.Confidence, row.SentenceID) == ("1", "80", "1")
    assert int(row.MentionDocLen) == len(text)


def test_polecat_writes_cow_codes_and_the_story_columns(export_db):
    frame = read_tsv(exported(export_db, "polecat-tsv"), "polecat-tsv")
    consult = frame[frame["Event Type"] == "CONSULT"].iloc[0]
    assert consult["Actor Country"] == "RUS; CHN" and consult["Actor COW"] == "365; 710"
    assert consult["Quad Code"] == "VERBAL COOPERATION"
    assert consult["Story People"] == "Vladimir Putin"
    assert consult["Placename"] == "Beijing" and consult["GeoNames ID"] == "1816670"
    assault = frame[frame["Event Type"] == "ASSAULT"].iloc[0]
    assert assault["Primary Actor Sector"] == "Military" and assault["Recipient COW"] == "369"


def test_icews_names_countries_and_the_cameo_event(export_db):
    frame = read_tsv(exported(export_db, "icews"), "icews")
    consult = frame[frame["CAMEO Code"] == "040"].iloc[0]
    assert (consult["Source Country"], consult["Target Country"]) == ("Russia", "China")
    assert consult["Event Text"] == "Consult" and consult["Country"] == "China"


def test_phoenix_splits_actor_codes_and_dates(export_db):
    frame = read_tsv(exported(export_db, "phoenix"), "phoenix")
    frame.columns = list(FORMATS["phoenix"].columns)
    assault = frame[frame.EventCode == "190"].iloc[0]
    assert (assault.SourceActorEntity, assault.SourceActorRole) == ("RUS", "MIL")
    assert (assault.Date, assault.Year, assault.Month) == ("20240320", "2024", "3")
    assert assault.QuadClass == "4" and assault.StateName == "Kyiv City"


def test_citron_documents_hold_cue_sources_and_contents_with_offsets(export_db):
    documents = [json.loads(x) for x in exported(export_db, "quotes-citron").splitlines()]
    (quote,) = documents[0]["quotes"]
    text = documents[0]["text"]
    for span in (quote["cue"], *quote["sources"], *quote["contents"]):
        assert text[span["start"] : span["end"]] == span["text"]
    assert (quote["cue"]["text"], quote["sources"][0]["text"]) == ("said", "Putin")


def test_the_schema_format_ships_dyads_output_schema(export_db):
    assert json.loads(exported(export_db, "dyad-schema")) == output_schema()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_parquet_folder_exports_as_its_database_does(export_db, export_parquet, fmt):
    def stable(text: str) -> str:  # DATEADDED and coded dates differ between the two writes
        return re.sub(r"\b20\d{12}\b|\"coded_date\": \"[\d-]+\"", "T", text)

    assert stable(exported(export_parquet, fmt)) == stable(exported(export_db, fmt))
