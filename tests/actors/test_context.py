"""A country for sector mentions that name none: from their own place, else from the only
country of their sentence. `situate` on hand-built parses and mentions, then the actors stage
on hand-built parses (en_core_web_sm's, in the bank at the end) of sentences written for
these tests."""

from __future__ import annotations

import pytest

from dyad.actors.context import situate
from dyad.records import Actor
from tests.parses import Parses, mention, parse

REBELS = Actor(None, None, None, "REB", None)
COURT = Actor(None, None, None, "JUD", None)
TRINIDAD = Actor("Trinidad and Tobago", "TTO", "TTO", None, "country:TTO")
USA = Actor("United States", "USA", "USA", None, "country:USA")
CHILEAN_MINISTERS = Actor(None, "CHLGOV", "CHL", "GOV", None)
PERUVIAN_MINISTERS = Actor(None, "PERGOV", "PER", "GOV", None)
THE_COURT_OPENED = (
    "The court opened an investigation into three Chilean ministers. It acted.",
    """
    1   The            _         DET    DT   2  det
    2   court          _         NOUN   NN   3  nsubj
    3   opened         open      VERB   VBD  0  ROOT
    4   an             _         DET    DT   5  det
    5   investigation  _         NOUN   NN   3  dobj
    6   into           _         ADP    IN   3  prep
    7   three          _         NUM    CD   9  nummod  B-CARDINAL
    8   Chilean        _         ADJ    JJ   9  amod    B-NORP
    9   ministers      minister  NOUN   NNS  6  pobj
    10  .              _         PUNCT  .    3  punct
    1   It             _         PRON   PRP  2  nsubj
    2   acted          act       VERB   VBD  0  ROOT
    3   .              _         PUNCT  .    2  punct
    """,
)


def test_situate_gives_a_sector_mention_the_country_of_its_own_place():
    # the sentence names two countries; the group's own place decides
    doc = PARSES.doc("Rebels based in Trinidad threatened the United States.")
    mentions = [
        mention(doc, "Rebels", REBELS, "group"),
        mention(doc, "Trinidad", TRINIDAD, "place", locative=True),
        mention(doc, "the United States", USA, "place"),
    ]
    rebels = situate(doc, mentions)[0].actor
    assert (rebels.code, rebels.country, rebels.sector) == ("TTOREB", "TTO", "REB")


def test_situate_gives_a_sector_mention_the_only_country_of_its_sentence_and_its_references():
    doc = parse(*THE_COURT_OPENED)
    mentions = [
        mention(doc, "The court", COURT, "group"),
        mention(doc, "three Chilean ministers", CHILEAN_MINISTERS, "group"),
        mention(doc, "It", COURT, "pronoun", antecedent=0),
    ]
    court, ministers, it = situate(doc, mentions)
    assert (court.actor.code, ministers.actor.code, it.actor.code) == ("CHLJUD", "CHLGOV", "CHLJUD")


def test_situate_gives_no_country_when_the_sentence_names_two():
    doc = parse(*THE_COURT_OPENED)
    both = mention(
        doc, "three Chilean ministers", CHILEAN_MINISTERS, "group", partners=(PERUVIAN_MINISTERS,)
    )
    court = mention(doc, "The court", COURT, "group")
    assert situate(doc, [court, both])[0].actor.code is None


@pytest.mark.parametrize(
    ("actor", "kind"),
    [
        (Actor(None, None, None, "IGO", None), "group"),  # an organization of many countries
        (COURT, "pronoun"),  # pronouns follow what they stand for
    ],
)
def test_situate_leaves_organizations_and_pronouns_alone(actor, kind):
    doc = parse(*THE_COURT_OPENED)
    mentions = [
        mention(doc, "The court", actor, kind),
        mention(doc, "three Chilean ministers", CHILEAN_MINISTERS, "group"),
    ]
    assert situate(doc, mentions) == mentions


def codes(coded):
    return {m.text: m.actor.code for m in coded.mentions}


def test_a_group_based_in_a_country_is_that_countrys():
    coded = PARSES.code("Rebels based in Trinidad threatened the United States.", None)
    assert codes(coded)["Rebels"] == "TTOREB"


def test_a_sector_mention_takes_the_only_country_of_its_sentence():
    coded = PARSES.code("The court opened an investigation into three Chilean ministers.", None)
    assert codes(coded)["The court"] == "CHLJUD"


def test_a_sentence_naming_two_countries_gives_no_country():
    coded = PARSES.code(
        "The court opened an investigation into Chilean and Peruvian ministers.", None
    )
    assert codes(coded)["The court"] is None


def test_petrarch_mode_leaves_the_country_unknown():
    text = "The court opened an investigation into three Chilean ministers."
    coded = PARSES.code(text, "2020-01-01", petrarch=True)
    assert codes(coded)["The court"] is None


@pytest.mark.parametrize("noun", ["youths", "settlers", "supporters"])
def test_groups_of_people_are_civilians_of_their_country(noun):
    # written for this test
    coded = PARSES.code(f"Kenyan {noun} blocked a road near the border.", None)
    assert codes(coded)[f"Kenyan {noun}"] == "KENCVL"


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Rebels based in Trinidad threatened the United States.
    1  Rebels      _         PROPN  NNP  5  nsubj     B-GPE
    2  based       base      VERB   VBN  1  acl
    3  in          _         ADP    IN   2  prep
    4  Trinidad    _         PROPN  NNP  3  pobj      B-GPE
    5  threatened  threaten  VERB   VBD  0  ROOT
    6  the         _         DET    DT   8  det       B-GPE
    7  United      _         PROPN  NNP  8  compound  I-GPE
    8  States      _         PROPN  NNP  5  dobj      I-GPE
    9  .           _         PUNCT  .    5  punct

    # text = The court opened an investigation into three Chilean ministers.
    1   The            _         DET    DT   2  det
    2   court          _         NOUN   NN   3  nsubj
    3   opened         open      VERB   VBD  0  ROOT
    4   an             _         DET    DT   5  det
    5   investigation  _         NOUN   NN   3  dobj
    6   into           _         ADP    IN   3  prep
    7   three          _         NUM    CD   9  nummod  B-CARDINAL
    8   Chilean        _         ADJ    JJ   9  amod    B-NORP
    9   ministers      minister  NOUN   NNS  6  pobj
    10  .              _         PUNCT  .    3  punct

    # text = The court opened an investigation into Chilean and Peruvian ministers.
    1   The            _         DET    DT   2   det
    2   court          _         NOUN   NN   3   nsubj
    3   opened         open      VERB   VBD  0   ROOT
    4   an             _         DET    DT   5   det
    5   investigation  _         NOUN   NN   3   dobj
    6   into           _         ADP    IN   5   prep
    7   Chilean        _         ADJ    JJ   10  amod   B-NORP
    8   and            _         CCONJ  CC   7   cc
    9   Peruvian       _         ADJ    JJ   7   conj   B-NORP
    10  ministers      minister  NOUN   NNS  6   pobj
    11  .              _         PUNCT  .    3   punct

    # text = Kenyan youths blocked a road near the border.
    1  Kenyan   _      ADJ    JJ   2  amod   B-NORP
    2  youths   youth  NOUN   NNS  3  nsubj
    3  blocked  block  VERB   VBD  0  ROOT
    4  a        _      DET    DT   5  det
    5  road     _      NOUN   NN   3  dobj
    6  near     _      ADP    IN   5  prep
    7  the      _      DET    DT   8  det
    8  border   _      NOUN   NN   6  pobj
    9  .        _      PUNCT  .    3  punct

    # text = Kenyan settlers blocked a road near the border.
    1  Kenyan    _        PROPN  NNP  2  amod   B-NORP
    2  settlers  settler  NOUN   NNS  3  nsubj
    3  blocked   block    VERB   VBD  0  ROOT
    4  a         _        DET    DT   5  det
    5  road      _        NOUN   NN   3  dobj
    6  near      _        ADP    IN   5  prep
    7  the       _        DET    DT   8  det
    8  border    _        NOUN   NN   6  pobj
    9  .         _        PUNCT  .    3  punct

    # text = Kenyan supporters blocked a road near the border.
    1  Kenyan      _          ADJ    JJ   2  amod   B-NORP
    2  supporters  supporter  NOUN   NNS  3  nsubj
    3  blocked     block      VERB   VBD  0  ROOT
    4  a           _          DET    DT   5  det
    5  road        _          NOUN   NN   3  dobj
    6  near        _          ADP    IN   5  prep
    7  the         _          DET    DT   8  det
    8  border      _          NOUN   NN   6  pobj
    9  .           _          PUNCT  .    3  punct
    """
)
