"""Events with no one named as acting: PLOVER's "generic unidentified actor" (sector UNK,
"two civilians were killed by a bomb"). Hand-built parses (en_core_web_sm's, in the bank at the end) of sentences written for these
tests."""

from __future__ import annotations

from tests.parses import Parses


def parties(event):
    return (
        event.event,
        tuple(p.actor.country for p in event.actor),
        tuple(p.actor.country for p in event.recipient),
    )


def test_a_passive_attack_without_an_agent_is_coded_with_no_actor():
    coded = PARSES.code("Four Kenyan soldiers were killed near the border on Monday.", None)
    assert [parties(e) for e in coded.events] == [("ASSAULT", (), ("KEN",))]
    assert "agentless" in coded.events[0].rule


def test_an_explosion_as_subject_is_no_actor():
    coded = PARSES.code("A roadside bomb killed two Nigerian policemen on Sunday.", None)
    assert [parties(e) for e in coded.events] == [("ASSAULT", (), ("NGA",))]


def test_a_passive_with_a_by_agent_keeps_the_agent():
    coded = PARSES.code("Two Kenyan soldiers were killed by Somali militants on Monday.", None)
    assert ("ASSAULT", ("SOM",), ("KEN",)) in [parties(e) for e in coded.events]


def test_a_verbal_act_without_an_actor_is_no_event():
    # "Iran was accused" names no accuser: not worth an event
    coded = PARSES.code("Iran was accused of hiding its nuclear program.", None)
    assert [e for e in coded.events if e.event == "ACCUSE"] == []


def test_with_no_actor_a_place_is_only_where_it_happened():
    # "abroad" needs an actor to be abroad from: no event with Uganda as the recipient
    coded = PARSES.code("A missionary was arrested in Uganda on Monday.", None)
    assert [e for e in coded.events if e.recipient] == []


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Four Kenyan soldiers were killed near the border on Monday.
    1   Four      _        NUM    CD   3  nummod     B-CARDINAL
    2   Kenyan    _        ADJ    JJ   3  amod       B-NORP
    3   soldiers  soldier  NOUN   NNS  5  nsubjpass
    4   were      be       AUX    VBD  5  auxpass
    5   killed    kill     VERB   VBN  0  ROOT
    6   near      _        ADP    IN   5  prep
    7   the       _        DET    DT   8  det
    8   border    _        NOUN   NN   6  pobj
    9   on        _        ADP    IN   5  prep
    10  Monday    _        PROPN  NNP  9  pobj       B-DATE
    11  .         _        PUNCT  .    5  punct

    # text = A roadside bomb killed two Nigerian policemen on Sunday.
    1   A          _          DET    DT   3  det
    2   roadside   _          NOUN   NN   3  compound
    3   bomb       _          NOUN   NN   4  nsubj
    4   killed     kill       VERB   VBD  0  ROOT
    5   two        _          NUM    CD   7  nummod    B-CARDINAL
    6   Nigerian   _          ADJ    JJ   7  amod      B-NORP
    7   policemen  policeman  NOUN   NNS  4  dobj
    8   on         _          ADP    IN   4  prep
    9   Sunday     _          PROPN  NNP  8  pobj      B-DATE
    10  .          _          PUNCT  .    4  punct

    # text = Two Kenyan soldiers were killed by Somali militants on Monday.
    1   Two        _         NUM    CD   3  nummod     B-CARDINAL
    2   Kenyan     _         ADJ    JJ   3  amod       B-NORP
    3   soldiers   soldier   NOUN   NNS  5  nsubjpass
    4   were       be        AUX    VBD  5  auxpass
    5   killed     kill      VERB   VBN  0  ROOT
    6   by         _         ADP    IN   5  agent
    7   Somali     _         ADJ    JJ   8  amod       B-NORP
    8   militants  militant  NOUN   NNS  6  pobj
    9   on         _         ADP    IN   5  prep
    10  Monday     _         PROPN  NNP  9  pobj       B-DATE
    11  .          _         PUNCT  .    5  punct

    # text = Iran was accused of hiding its nuclear program.
    1  Iran     _       PROPN  NNP   3  nsubjpass  B-GPE
    2  was      be      AUX    VBD   3  auxpass
    3  accused  accuse  VERB   VBN   0  ROOT
    4  of       _       ADP    IN    3  prep
    5  hiding   hide    VERB   VBG   4  pcomp
    6  its      _       PRON   PRP$  8  poss
    7  nuclear  _       ADJ    JJ    8  amod
    8  program  _       NOUN   NN    5  dobj
    9  .        _       PUNCT  .     3  punct

    # text = A missionary was arrested in Uganda on Monday.
    1  A           _       DET    DT   2  det
    2  missionary  _       NOUN   NN   4  nsubjpass
    3  was         be      AUX    VBD  4  auxpass
    4  arrested    arrest  VERB   VBN  0  ROOT
    5  in          _       ADP    IN   4  prep
    6  Uganda      _       PROPN  NNP  5  pobj       B-GPE
    7  on          _       ADP    IN   4  prep
    8  Monday      _       PROPN  NNP  7  pobj       B-DATE
    9  .           _       PUNCT  .    4  punct
    """
)
