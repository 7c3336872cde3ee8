"""PETRARCH mode (``--petrarch``) with small self-written PETRARCH dictionaries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ACTORS = """\
FREEDONIA [FRD]
SYLVANIA [SYL]
RURITANIA [RUR]
OZIA [OZI]
"""
# SAY is coded 023 here, as in PETRARCH2's validation dictionary: a verbal act that would
# subsume what it governs if its speaker were coded.
VERBS = """\
--- SAY  [023] ---
SAY
SAID

--- RESTORE  [064] ---
RESTORE
- * TIES  [064]

--- URGE  [102] ---
URGE

--- REPORT  [010] ---
REPORT

--- WANT  [030] ---
WANT

--- WELCOME  [041] ---
WELCOME

--- FIRE  [190] ---
FIRE
- * SHELLS  [194]
"""
DISCARDS = """\
FOOTBALL_MATCH
"""


@pytest.fixture(scope="module")
def petrarch_code(tmp_path_factory):
    from dyad.pipeline import build_pipeline, code_text

    folder: Path = tmp_path_factory.mktemp("petrarch")
    (folder / "test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "test.verbs.txt").write_text(VERBS, encoding="utf-8")
    (folder / "test.discards.txt").write_text(DISCARDS, encoding="utf-8")
    nlp = build_pipeline(
        kb=f"petrarch:{folder}", verbs=str(folder / "test.verbs.txt"), petrarch=True
    )

    def run(text: str) -> set[tuple[str, str, str]]:
        coded = code_text(text, dt.date(2020, 1, 1), nlp=nlp)
        return {
            (a.actor.code or "---", r.actor.code or "---", e.cameo or "")
            for e in coded.events
            for a in e.actor
            for r in e.recipient
        }

    return run


def test_an_uncoded_speaker_does_not_subsume_the_reported_action(petrarch_code):
    # "a senior official" is no actor: "said" makes no event, and the restoring is coded
    got = petrarch_code(
        "Freedonia restored full diplomatic ties with Sylvania, a senior official said."
    )
    assert ("FRD", "SYL", "064") in got


def test_a_reciprocal_code_keeps_source_and_target_apart(petrarch_code):
    # PETRARCH codes a dictionary's 04x code source -> target, as any other: both welcomers
    # act, the one welcomed receives (PLOVER mode makes all parties of a meeting actors)
    got = petrarch_code("Freedonia and Sylvania welcomed the resumption of ties with Ruritania.")
    assert got == {("FRD", "RUR", "041"), ("SYL", "RUR", "041")}


def test_a_four_letter_dictionary_name_matches_as_a_name(tmp_path):
    from dyad.actors.kb import KnowledgeBase
    from dyad.actors.petrarch import read_actors

    # "BREE [BRE]" in PETRARCH2's validation dictionary is written "Bree"; "NATO" stays too
    kb = KnowledgeBase()
    path = tmp_path / "a.actors.txt"
    path.write_text("OZIA [OZI]\nNATO [IGONAT]\n", encoding="utf-8")
    read_actors(path, kb)
    assert {"OZIA", "Ozia", "NATO"} <= set(kb.names)


def test_a_four_letter_name_is_a_target(petrarch_code):
    assert petrarch_code("Freedonia urged Ozia to restore ties.") == {("FRD", "OZI", "102")}


def test_the_subject_of_a_reported_clause_is_not_told_it(petrarch_code):
    # "said" has no addressee in what is said: a coded speaker with no target is no event
    got = petrarch_code(
        "Freedonia is about to restore full diplomatic ties with Sylvania, a senior Ruritania"
        " official said."
    )
    assert got == {("FRD", "SYL", "064")}


def test_the_target_is_the_first_actor_after_the_verb_a_place_too(petrarch_code):
    # PETRARCH's target: the first actor in the verb's phrase, "at Sylvania" as well
    assert petrarch_code("Freedonia fired two artillery shells at Sylvania.") == {
        ("FRD", "SYL", "194")
    }


def test_the_target_is_not_looked_for_in_a_clause_below_the_verb(petrarch_code):
    # Sylvania is the one to leave, not the one wanted
    assert petrarch_code("Freedonia wants Sylvania to leave.") == set()


def test_the_target_may_be_in_a_participle_describing_the_object(petrarch_code):
    # a clause that describes the object is no act of its own: "memos sent by Sylvania"
    assert petrarch_code("Freedonia welcomed memos sent by Sylvania.") == {("FRD", "SYL", "041")}


def test_the_subject_of_a_raising_passive_does_the_infinitive(petrarch_code):
    assert petrarch_code("Freedonia was seen to restore full diplomatic ties with Sylvania.") == {
        ("FRD", "SYL", "064")
    }


def test_petrarch_mode_codes_verbs_only_not_dyads_event_nouns(petrarch_code):
    # PETRARCH codes verb phrases from its verb dictionary: "impose" is not in it, and
    # dyad's own event noun "sanctions" is no trigger here
    assert petrarch_code("Freedonia imposed sanctions on Sylvania.") == set()


def test_a_passive_background_clause_has_its_own_subject(petrarch_code):
    # nobody named reports Ruritania: Freedonia does not
    got = petrarch_code(
        "Freedonia restored full diplomatic ties with Sylvania after Ruritania was reported"
        " on the border."
    )
    assert got == {("FRD", "SYL", "064")}


def test_a_sentence_with_a_discard_phrase_is_not_coded(petrarch_code):
    got = petrarch_code(
        "Freedonia urged Ozia to restore ties. Freedonia urged Sylvania at the football match today."
    )
    assert got == {("FRD", "OZI", "102")}
