"""The user KB (`dyad.actors.userkb`): read and checked with coded errors naming file and
line, merged over the shipped roles on its dates, looked up and exported."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from dyad.actors.kb import Country, Igo, KnowledgeBase, Person, Role, SectorNoun
from dyad.actors.knowledge import load_kb
from dyad.actors.userkb import (
    COLUMNS,
    add_user_kb,
    merge_user_rows,
    read_user_kb,
    who,
    write_kb,
)
from dyad.errors import DictionaryError

HEADER = "name,country,sector,title,start,end,source\n"


def small_kb() -> KnowledgeBase:
    """Two countries, one IGO, and the people the tests override: a foreign minister in
    office since 2004 and two people called John Smith."""
    kb = KnowledgeBase(sources=["test"])
    kb.countries["RUS"] = Country("Russia", (), iso3="RUS", capitals=("Moscow",))
    kb.countries["GBR"] = Country("United Kingdom", ("UK",), iso3="GBR", capitals=())
    kb.igos["UNO"] = Igo("United Nations", ("UN",), code="UNO")
    for phrase, sector, title in (
        ("foreign minister", "GOV", "foreign minister"),
        ("foreign secretary", "GOV", "foreign minister"),
        ("senator", "LEG", "senator"),
        ("opposition", "OPP", ""),
    ):
        kb.sectors[phrase] = SectorNoun(phrase, sector, True, title)
    fm = Role("RUS", "GOV", "foreign minister", dt.date(2004, 3, 9), None, source="shipped")
    kb.people["sergey-lavrov"] = Person(
        "Sergey Lavrov", ("Lavrov",), id="sergey-lavrov", gender="m", roles=(fm,)
    )
    for key, country in (("john-smith-gbr", "GBR"), ("john-smith-rus", "RUS")):
        role = Role(country, "LEG", "senator", dt.date(2001, 1, 1), None, source="shipped")
        kb.people[key] = Person("John Smith", (), id=key, gender=None, roles=(role,))
    kb.index_names()
    return kb


def user_csv(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "mine.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def code_on(kb: KnowledgeBase, name: str, day: str) -> str | None:
    (known,) = who(kb, name, dt.date.fromisoformat(day))
    return known.code


def test_a_user_row_overrides_the_shipped_holder_on_its_dates_only(tmp_path):
    kb = small_kb()
    add_user_kb(
        kb, user_csv(tmp_path, "Jane Doe,RUS,GOV,foreign minister,2016-01-01,2016-12-31,me\n")
    )
    assert code_on(kb, "Jane Doe", "2016-05-01") == "RUSGOV"
    assert code_on(kb, "Lavrov", "2016-05-01") is None  # the office is hers on those dates
    assert code_on(kb, "Lavrov", "2015-12-31") == "RUSGOV"
    assert code_on(kb, "Lavrov", "2017-01-01") == "RUSGOV"
    assert code_on(kb, "Jane Doe", "2017-01-01") is None


def test_a_user_row_about_a_known_person_replaces_their_role_on_its_dates(tmp_path):
    kb = small_kb()
    add_user_kb(kb, user_csv(tmp_path, "Lavrov,RUS,OPP,opposition,2030-01-01,,my source\n"))
    (known,) = who(kb, "Sergey Lavrov", dt.date(2030, 6, 1))
    assert known.key == "sergey-lavrov" and known.code == "RUSOPP"
    assert known.role is not None and known.role.source == "my source"
    assert code_on(kb, "Lavrov", "2029-12-31") == "RUSGOV"


def test_a_user_row_adds_a_new_person_with_aliases_and_gender(tmp_path):
    kb = small_kb()
    body = "Jane Doe,GBR,LEG,senator,2020-01-01,,me,Doe|J. Doe,f\n"
    add_user_kb(kb, user_csv(tmp_path, body, HEADER.rstrip("\n") + ",aliases,gender\n"))
    (known,) = who(kb, "J. Doe", dt.date(2021, 1, 1))
    assert known.key == "user:jane-doe" and known.code == "GBRLEG"
    assert kb.people["user:jane-doe"].gender == "f"
    # senators sit side by side: the shipped ones keep their seats
    assert [k.code for k in who(kb, "John Smith", dt.date(2021, 1, 1))] == ["GBRLEG", "RUSLEG"]


def test_a_user_row_names_a_person_by_id_when_the_name_is_ambiguous(tmp_path):
    kb = small_kb()
    body = "John Smith,GBR,GOV,foreign minister,2022-01-01,,me,john-smith-gbr\n"
    add_user_kb(kb, user_csv(tmp_path, body, HEADER.rstrip("\n") + ",id\n"))
    codes = {k.key: k.code for k in who(kb, "John Smith", dt.date(2022, 6, 1))}
    assert codes == {"john-smith-gbr": "GBRGOV", "john-smith-rus": "RUSLEG"}


def test_an_igo_official_is_coded_by_the_organization(tmp_path):
    kb = small_kb()
    add_user_kb(kb, user_csv(tmp_path, "Jane Doe,,IGO,UNO:Secretary-General,2027-01-01,,me\n"))
    assert code_on(kb, "Jane Doe", "2027-02-01") == "IGOUNO"


def test_the_title_is_read_as_the_knowledge_base_names_it(tmp_path):
    kb = small_kb()
    add_user_kb(kb, user_csv(tmp_path, "Jane Doe,GBR,GOV,Foreign Secretary,2027-01-01,,me\n"))
    (known,) = who(kb, "Jane Doe", dt.date(2027, 2, 1))
    assert known.role is not None and known.role.title == "foreign minister"


@pytest.mark.parametrize(
    ("body", "header", "code", "where"),
    [
        ("Jane Doe,RUS,GOV,foreign minister,2016,,me\n", HEADER, "E206", "mine.csv:2"),
        ("Jane Doe,RUS,GOV,foreign minister,2016-02-30,,me\n", HEADER, "E206", "mine.csv:2"),
        ("Jane Doe,XXX,GOV,foreign minister,2016-01-01,,me\n", HEADER, "E207", "mine.csv:2"),
        ("Jane Doe,RUS,ZZZ,foreign minister,2016-01-01,,me\n", HEADER, "E207", "mine.csv:2"),
        ("Jane Doe,,IGO,XYZ:Director,2016-01-01,,me\n", HEADER, "E207", "mine.csv:2"),
        (
            "Jane Doe,RUS,GOV,foreign minister,2016-01-01,2015-01-01,me\n",
            HEADER,
            "E208",
            "mine.csv:2",
        ),
        ("Jane Doe,RUS,GOV,foreign minister,2016-01-01,,\n", HEADER, "E208", "mine.csv:2"),
        ("John Smith,RUS,GOV,foreign minister,2016-01-01,,me\n", HEADER, "E209", "mine.csv:2"),
        (
            "Jane Doe,RUS,GOV,2016-01-01,,me\n",
            "name,country,sector,start,end,source\n",
            "E205",
            "mine.csv",
        ),
    ],
    ids=[
        "year-only-date",
        "impossible-date",
        "unknown-country",
        "unknown-sector",
        "unknown-igo",
        "end-before-start",
        "no-source",
        "ambiguous-name",
        "missing-column",
    ],
)
def test_a_malformed_user_kb_gives_a_coded_error_naming_file_and_line(
    tmp_path, body, header, code, where
):
    kb = small_kb()
    path = user_csv(tmp_path, body, header)
    with pytest.raises(DictionaryError) as err:
        merge_user_rows(kb, read_user_kb(path, kb))
    assert err.value.code == code
    assert str(err.value).startswith(f"{code}: {tmp_path / where}")


def test_the_error_line_counts_comment_lines(tmp_path):
    kb = small_kb()
    body = "# checked 2026-12-01\nJane Doe,RUS,GOV,foreign minister,2016-01-01,,me\nX,RUS,GOV,foreign minister,01/02/2017,,me\n"
    with pytest.raises(DictionaryError, match=r"E206: .*mine\.csv:4: start '01/02/2017'"):
        read_user_kb(user_csv(tmp_path, body), kb)


def test_an_unreadable_user_kb_is_e204(tmp_path):
    with pytest.raises(DictionaryError, match="E204: cannot read user KB"):
        read_user_kb(tmp_path / "absent.csv", small_kb())


def test_the_export_reads_back_as_the_same_roles(tmp_path):
    kb = small_kb()
    add_user_kb(
        kb, user_csv(tmp_path, "Jane Doe,RUS,GOV,foreign minister,2016-01-01,2016-12-31,me\n")
    )
    out = io.StringIO()
    n = write_kb(kb, out)
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(COLUMNS) and n == len(text.splitlines()) - 1
    exported = tmp_path / "export.csv"
    exported.write_text(text, encoding="utf-8")
    again = small_kb()
    again.people.clear()
    again.index_names()
    add_user_kb(again, exported)
    for key, person in kb.people.items():
        assert sorted(again.people[key].roles, key=repr) == sorted(person.roles, key=repr)


def test_the_kb_spec_merges_a_user_kb_over_the_shipped_one(tmp_path):
    path = user_csv(tmp_path, "Jane Doe,RUS,GOV,foreign minister,2016-01-01,2016-12-31,me\n")
    kb = load_kb(f"dyad+csv:{path}")
    assert code_on(kb, "Jane Doe", "2016-05-01") == "RUSGOV"
    lavrov = [k for k in who(kb, "Lavrov", dt.date(2016, 5, 1)) if k.key == "sergey-lavrov"]
    assert lavrov and lavrov[0].code is None
    shipped = [k for k in who(load_kb("dyad"), "Lavrov", dt.date(2016, 5, 1)) if k.kind == "person"]
    assert shipped[0].code == "RUSGOV"  # the shipped KB is not changed by the merge


def test_an_unknown_kb_part_names_the_csv_part_too():
    with pytest.raises(DictionaryError, match=r"E202: .*csv:FILE"):
        load_kb("dyad+xml:foo")


def test_a_user_row_for_one_organization_leaves_another_organizations_holder(tmp_path):
    kb = small_kb()
    kb.igos["ECB"] = Igo("European Central Bank", ("ECB",), code="ECB")
    head = Role(None, "IGO", "president", dt.date(2019, 11, 1), None, igo="ECB", source="shipped")
    kb.people["christine-lagarde"] = Person(
        "Christine Lagarde", ("Lagarde",), id="christine-lagarde", gender="f", roles=(head,)
    )
    kb.index_names()
    add_user_kb(kb, user_csv(tmp_path, "Jane Doe,,IGO,UNO:President,2024-01-01,2024-12-31,me\n"))
    assert code_on(kb, "Christine Lagarde", "2024-06-01") == "IGOECB"
    assert code_on(kb, "Jane Doe", "2024-06-01") == "IGOUNO"
