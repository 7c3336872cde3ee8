"""The kb-coverage suite's scoring, on hand-made holders (the reference table is read only
where the data is, by `dyad eval kb-coverage`)."""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.eval.kbcoverage import Holder, _keys, same_name, slots


def holder(name: str, office: str, start: str, end: str | None, country: str = "RUS") -> Holder:
    return Holder(
        country,
        office,
        frozenset(_keys([name])),
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
        name,
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mahinda Rajapaksa", "Mahinda Rajapakse", True),  # a transliteration
        ("David Choquehuanca", "David Choquehuanca Céspedes", True),  # a second surname
        ("Ioannis Kasoulidis", "Ioannis Kasoulides", True),
        ("Sergey Lavrov", "Sergey Shoygu", False),
        ("Mohamed Nasheed", "Maumoon Abdul Gayoom", False),
    ],
)
def test_names_match_across_spellings_but_not_across_people(a, b, same):
    assert same_name(frozenset(_keys([a])), frozenset(_keys([b]))) is same


def test_a_slot_is_right_wrong_or_missing():
    reference = [
        holder("Sergey Lavrov", "foreign minister", "2004-03-09", None),
        holder("Mikhail Mishustin", "head of government", "2020-01-16", None),
        holder("Vladimir Putin", "head of state", "2012-05-07", None),
    ]
    kb = [
        holder("Sergey Lavrov", "foreign minister", "2004-03-09", "2014-01-30"),
        holder("Dmitry Medvedev", "head of government", "2012-05-08", None),
    ]
    verdicts = {(y, o): v for y, _, o, v, _, _ in slots(reference, kb)}
    assert verdicts[(2010, "foreign minister")] == "right"
    assert verdicts[(2016, "foreign minister")] == "missing"  # the KB's term ended
    assert verdicts[(2021, "head of government")] == "wrong"
    assert verdicts[(2013, "head of state")] == "missing"
    assert (2005, "head of government") not in verdicts  # no reference holder: no slot


def test_a_president_who_heads_the_government_fills_both_slots():
    reference = [
        holder("Joe Biden", "head of state", "2021-01-20", "2025-01-20", "USA"),
        holder("Joe Biden", "head of government", "2021-01-20", "2025-01-20", "USA"),
    ]
    kb = [holder("Joe Biden", "head of state", "2021-01-20", "2025-01-20", "USA")]
    verdicts = {(y, o): v for y, _, o, v, _, _ in slots(reference, kb)}
    assert verdicts[(2022, "head of state")] == verdicts[(2022, "head of government")] == "right"
