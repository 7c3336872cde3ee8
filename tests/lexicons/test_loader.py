"""The typed CSV reader and the word-list loaders of `dyad.lexicons`, on small files."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import textwrap

import pytest

from dyad.errors import DictionaryError
from dyad.lexicons import code_map, int_map, parse_table, read_table, word_list, word_set

SAMPLE = textwrap.dedent(
    """\
    # Capitals by country code.
    # Source: made up for this test
    # version: sample-1
    code, name ,aliases,start
    RUS,Moscow,Moskva|Moscou ,2000-01-01

    # a comment between rows
    CHN, Beijing ,Peking
    """
)


def test_a_table_has_its_header_columns_and_stripped_rows():
    table = parse_table(SAMPLE, "sample.csv")
    assert table.header == (
        "Capitals by country code.",
        "Source: made up for this test",
        "version: sample-1",
    )
    assert table.columns == ("code", "name", "aliases", "start")
    assert [row.values for row in table] == [
        ("RUS", "Moscow", "Moskva|Moscou", "2000-01-01"),
        ("CHN", "Beijing", "Peking", ""),
    ]
    assert table.column("name") == ("Moscow", "Beijing")


def test_header_lines_of_the_form_key_value_are_metadata():
    table = parse_table(SAMPLE, "sample.csv")
    assert (table.source, table.meta("VERSION"), table.meta("licence")) == (
        "made up for this test",
        "sample-1",
        None,
    )


def test_rows_know_the_file_and_line_they_came_from():
    assert [row.origin for row in parse_table(SAMPLE, "sample.csv")] == [
        "sample.csv:5",
        "sample.csv:8",
    ]


def test_rows_have_typed_accessors():
    moscow, beijing = parse_table(SAMPLE, "sample.csv")
    assert moscow.split("aliases") == ("Moskva", "Moscou")
    assert moscow.date("start") == dt.date(2000, 1, 1) and beijing.date("start") is None
    row = parse_table("n,x,f\n3,2.5,1\n", "n.csv").rows[0]
    assert (row.integer("n"), row.number("x"), row.flag("f")) == (3, 2.5, True)


@pytest.mark.parametrize(
    ("text", "call", "code", "where"),
    [
        ("a,b\n1,2,3\n", lambda table: table, "E203", "t.csv:2"),
        ("a\nx\n", lambda table: table.rows[0]["b"], "E203", "t.csv:2"),
        ("a\nx\n", lambda table: table.rows[0].integer("a"), "E203", "t.csv:2"),
        ("a\n2020-13-01\n", lambda table: table.rows[0].date("a"), "E201", "t.csv:2"),
        ("# only a comment\n", lambda table: table, "E203", "t.csv"),
    ],
)
def test_malformed_data_is_reported_with_its_file_and_line(text, call, code, where):
    with pytest.raises(DictionaryError) as err:
        call(parse_table(text, "t.csv"))
    assert err.value.code == code and str(err.value).startswith(f"{code}: {where}:")


def test_read_table_reads_a_file(tmp_path):
    path = tmp_path / "capitals.csv"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_table(path).name == "capitals.csv" and len(read_table(path)) == 2


_PACKAGES = (f"lexicon_sample_{i}" for i in itertools.count())


@pytest.fixture
def lexicon(tmp_path, monkeypatch):
    """Writes data files into a throwaway package (a new one per test: the loaders cache by
    package and file name); returns the package and file name."""
    package = next(_PACKAGES)
    (tmp_path / package / "data").mkdir(parents=True)
    (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    names = (f"list{i}.csv" for i in itertools.count())

    def write(text: str) -> tuple[str, str]:
        name = next(names)
        (tmp_path / package / "data" / name).write_text(text, encoding="utf-8")
        return package, name

    return write


def test_word_lists_and_maps_load_typed_and_read_only(lexicon):
    words = lexicon("# Source: test\nword,future,note\nsay,1,reports speech\ntell,0,\n")
    assert word_set(*words) == frozenset({"say", "tell"})
    assert word_set(*words, where="future") == frozenset({"say"})
    assert word_list(*words) == ("say", "tell")
    codes = lexicon("# Source: CAMEO\nroot,code\n03,120\n04,125\n")
    assert dict(code_map(*codes)) == {"03": "120", "04": "125"}
    assert dict(int_map(*codes)) == {"03": 120, "04": 125}
    with pytest.raises(TypeError):
        code_map(*codes)["05"] = "120"


@pytest.mark.parametrize(
    ("load", "text", "reason"),
    [
        (word_set, "word\nsay\n", "no '# Source:' line"),
        (word_set, "# made by hand\nword\nsay\n", "no '# Source:' line"),
        (word_set, "# Source: test\nword\nsay\nsay\n", "'say' listed twice"),
        (word_set, "# Source: test\nword,note\n,empty\n", "empty entry"),
        (code_map, "# Source: test\nroot,note\n03,x\n", "needs 2 column(s)"),
    ],
)
def test_a_word_list_needs_a_source_and_unique_entries(lexicon, load, text, reason):
    with pytest.raises(DictionaryError, match=re.escape(reason)) as err:
        load(*lexicon(text))
    assert err.value.code == "E203"
