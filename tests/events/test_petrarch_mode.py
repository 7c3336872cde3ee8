"""PETRARCH mode (``--petrarch``) with small self-written PETRARCH dictionaries, on hand-built
parses (en_core_web_sm's, in the bank at the end) of sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parses import Parses

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
    folder: Path = tmp_path_factory.mktemp("petrarch")
    (folder / "test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "test.verbs.txt").write_text(VERBS, encoding="utf-8")
    (folder / "test.discards.txt").write_text(DISCARDS, encoding="utf-8")
    dictionaries = {"kb": f"petrarch:{folder}", "verbs": str(folder / "test.verbs.txt")}

    def run(text: str) -> set[tuple[str, str, str]]:
        coded = PARSES.code(text, "2020-01-01", petrarch=True, **dictionaries)
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


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Freedonia restored full diplomatic ties with Sylvania, a senior official said.
    1   Freedonia   _        PROPN  NNP  2   nsubj  B-GPE
    2   restored    restore  VERB   VBD  12  ccomp
    3   full        _        ADJ    JJ   5   amod
    4   diplomatic  _        ADJ    JJ   5   amod
    5   ties        tie      NOUN   NNS  2   dobj
    6   with        _        ADP    IN   5   prep
    7   Sylvania    _        PROPN  NNP  6   pobj   B-GPE
    8   ,           _        PUNCT  ,    12  punct
    9   a           _        DET    DT   11  det
    10  senior      _        ADJ    JJ   11  amod
    11  official    _        NOUN   NN   12  nsubj
    12  said        say      VERB   VBD  0   ROOT
    13  .           _        PUNCT  .    12  punct

    # text = Freedonia and Sylvania welcomed the resumption of ties with Ruritania.
    1   Freedonia   _        PROPN  NNP  4  nsubj  B-GPE
    2   and         _        CCONJ  CC   1  cc
    3   Sylvania    _        PROPN  NNP  1  conj   B-GPE
    4   welcomed    welcome  VERB   VBD  0  ROOT
    5   the         _        DET    DT   6  det
    6   resumption  _        NOUN   NN   4  dobj
    7   of          _        ADP    IN   6  prep
    8   ties        tie      NOUN   NNS  7  pobj
    9   with        _        ADP    IN   8  prep
    10  Ruritania   _        PROPN  NNP  9  pobj   B-GPE
    11  .           _        PUNCT  .    4  punct

    # text = Freedonia urged Ozia to restore ties.
    1  Freedonia  _     PROPN  NNP  2  nsubj  B-GPE
    2  urged      urge  VERB   VBD  0  ROOT
    3  Ozia       _     PROPN  NNP  2  dobj   B-GPE
    4  to         _     PART   TO   5  aux
    5  restore    _     VERB   VB   2  xcomp
    6  ties       tie   NOUN   NNS  5  dobj
    7  .          _     PUNCT  .    2  punct

    # text = Freedonia is about to restore full diplomatic ties with Sylvania, a senior Ruritania official said.
    1   Freedonia   _    PROPN  NNP  2   nsubj     B-GPE
    2   is          be   AUX    VBZ  16  ccomp
    3   about       _    ADJ    JJ   2   acomp
    4   to          _    PART   TO   5   aux
    5   restore     _    VERB   VB   3   xcomp
    6   full        _    ADJ    JJ   8   amod
    7   diplomatic  _    ADJ    JJ   8   amod
    8   ties        tie  NOUN   NNS  5   dobj
    9   with        _    ADP    IN   8   prep
    10  Sylvania    _    PROPN  NNP  9   pobj      B-GPE
    11  ,           _    PUNCT  ,    16  punct
    12  a           _    DET    DT   15  det
    13  senior      _    ADJ    JJ   15  amod
    14  Ruritania   _    PROPN  NNP  15  compound  B-ORG
    15  official    _    NOUN   NN   16  nsubj
    16  said        say  VERB   VBD  0   ROOT
    17  .           _    PUNCT  .    16  punct

    # text = Freedonia fired two artillery shells at Sylvania.
    1  Freedonia  _      PROPN  NNP  2  nsubj     B-GPE
    2  fired      fire   VERB   VBD  0  ROOT
    3  two        _      NUM    CD   5  nummod    B-CARDINAL
    4  artillery  _      NOUN   NN   5  compound
    5  shells     shell  NOUN   NNS  2  dobj
    6  at         _      ADP    IN   2  prep
    7  Sylvania   _      PROPN  NNP  6  pobj      B-GPE
    8  .          _      PUNCT  .    2  punct

    # text = Freedonia wants Sylvania to leave.
    1  Freedonia  _     PROPN  NNP  2  nsubj  B-GPE
    2  wants      want  VERB   VBZ  0  ROOT
    3  Sylvania   _     PROPN  NNP  5  nsubj  B-GPE
    4  to         _     PART   TO   5  aux
    5  leave      _     VERB   VB   2  ccomp
    6  .          _     PUNCT  .    2  punct

    # text = Freedonia welcomed memos sent by Sylvania.
    1  Freedonia  _        PROPN  NNP  2  nsubj  B-GPE
    2  welcomed   welcome  VERB   VBD  0  ROOT
    3  memos      memo     NOUN   NNS  2  dobj
    4  sent       send     VERB   VBN  3  acl
    5  by         _        ADP    IN   4  agent
    6  Sylvania   _        PROPN  NNP  5  pobj   B-GPE
    7  .          _        PUNCT  .    2  punct

    # text = Freedonia was seen to restore full diplomatic ties with Sylvania.
    1   Freedonia   _    PROPN  NNP  3  nsubjpass  B-GPE
    2   was         be   AUX    VBD  3  auxpass
    3   seen        see  VERB   VBN  0  ROOT
    4   to          _    PART   TO   5  aux
    5   restore     _    VERB   VB   3  xcomp
    6   full        _    ADJ    JJ   8  amod
    7   diplomatic  _    ADJ    JJ   8  amod
    8   ties        tie  NOUN   NNS  5  dobj
    9   with        _    ADP    IN   8  prep
    10  Sylvania    _    PROPN  NNP  9  pobj       B-GPE
    11  .           _    PUNCT  .    3  punct

    # text = Freedonia imposed sanctions on Sylvania.
    1  Freedonia  _         PROPN  NNP  2  nsubj  B-GPE
    2  imposed    impose    VERB   VBD  0  ROOT
    3  sanctions  sanction  NOUN   NNS  2  dobj
    4  on         _         ADP    IN   3  prep
    5  Sylvania   _         PROPN  NNP  4  pobj   B-GPE
    6  .          _         PUNCT  .    2  punct

    # text = Freedonia restored full diplomatic ties with Sylvania after Ruritania was reported on the border.
    1   Freedonia   _        PROPN  NNP  2   nsubj      B-GPE
    2   restored    restore  VERB   VBD  0   ROOT
    3   full        _        ADJ    JJ   5   amod
    4   diplomatic  _        ADJ    JJ   5   amod
    5   ties        tie      NOUN   NNS  2   dobj
    6   with        _        ADP    IN   5   prep
    7   Sylvania    _        PROPN  NNP  6   pobj       B-GPE
    8   after       _        SCONJ  IN   11  mark
    9   Ruritania   _        PROPN  NNP  11  nsubjpass  B-GPE
    10  was         be       AUX    VBD  11  auxpass
    11  reported    report   VERB   VBN  2   advcl
    12  on          _        ADP    IN   11  prep
    13  the         _        DET    DT   14  det
    14  border      _        NOUN   NN   12  pobj
    15  .           _        PUNCT  .    2   punct

    # text = Freedonia urged Ozia to restore ties. Freedonia urged Sylvania at the football match today.
    1  Freedonia  _     PROPN  NNP  2  nsubj     B-GPE
    2  urged      urge  VERB   VBD  0  ROOT
    3  Ozia       _     PROPN  NNP  2  dobj      B-GPE
    4  to         _     PART   TO   5  aux
    5  restore    _     VERB   VB   2  xcomp
    6  ties       tie   NOUN   NNS  5  dobj
    7  .          _     PUNCT  .    2  punct
    1  Freedonia  _     PROPN  NNP  2  nsubj     B-GPE
    2  urged      urge  VERB   VBD  0  ROOT
    3  Sylvania   _     PROPN  NNP  2  dobj      B-GPE
    4  at         _     ADP    IN   2  prep
    5  the        _     DET    DT   7  det
    6  football   _     NOUN   NN   7  compound
    7  match      _     NOUN   NN   4  pobj
    8  today      _     NOUN   NN   2  npadvmod  B-DATE
    9  .          _     PUNCT  .    2  punct
    """
)
