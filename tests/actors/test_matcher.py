"""Knowledge-base names and sector nouns found token by token (`dyad.actors.matcher`). The
matcher reads the tokens' text only: the Docs here are tokenized, not parsed."""

from __future__ import annotations

import pytest

from dyad.actors.component import ActorComponent
from dyad.actors.kb import Entry
from dyad.actors.matcher import ActorMatcher
from tests.parses import rules


def matcher() -> ActorMatcher:
    component = rules().get_pipe("dyad_actors")
    assert isinstance(component, ActorComponent)
    return component.matcher


def names(text: str) -> list[tuple[str, tuple[Entry, ...]]]:
    doc = rules().make_doc(text)
    return [(m.surface, m.entries) for m in matcher().names(doc)]


def sectors(text: str) -> list[tuple[str, str]]:
    doc = rules().make_doc(text)
    return [(doc[m.start : m.end].text, m.phrase) for m in matcher().sectors(doc)]


def test_an_acronym_matches_only_as_written():
    assert names("Let us meet the US envoy.") == [("US", (Entry("country", "USA"),))]


def test_a_name_matches_only_capitalized():
    assert [surface for surface, _ in names("china and China signed.")] == ["China"]


def test_the_longest_name_matches():
    found = names("The United States and the European Union met.")
    assert [surface for surface, _ in found] == ["United States", "European Union"]
    assert [entries[0].kind for _, entries in found] == ["country", "igo"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Presidents and ministers and the police met.",
            [("Presidents", "president"), ("ministers", "minister"), ("police", "police")],
        ),
        ("Kenyan police arrested protesters.", [("police", "police"), ("protesters", "protester")]),
    ],
)
def test_sector_nouns_match_in_any_case_and_number(text, found):
    assert sectors(text) == found
