"""Nouns that name an event (``events/data/nouns.csv``), on sentences of the PLOVER gold
standard (PLOVER-GSR01, CC BY-SA 4.0, Open Event Data Alliance, quoted with their ids) and
of English Wikinews (CC BY 2.5, © Wikinews contributors; article URL beside each), on hand-built parses (en_core_web_sm's, in the bank at the end)."""

from __future__ import annotations

import pytest

from tests.parses import Parses


def top(coded):
    return max(coded.events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # PLOVER-GSR01-PROTEST-0016: "general" is an adjective before the noun
        (
            "Seven opposition parties in Nepal have organized a general strike that shut down "
            "Khatmandu in protest of last week's arrest of a number of activists.",
            None,
            ("PROTEST", "143", "strike"),
        ),
        # PLOVER-GSR01-RETREAT-0018
        (
            "The United States speeded up the withdrawal of some invasion forces from Panama on "
            "Wednesday, but defence officials cautioned that no deadline had been set for "
            "complete removal of the troops.",
            None,
            ("RETREAT", "087", "withdrawal"),
        ),
        # https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation
        (
            '"[T]he House of Representatives is moving forward with an official impeachment '
            'inquiry," she announced.',
            "2019-09-25",
            ("ACCUSE", "090", "inquiry"),
        ),
    ],
)
def test_an_event_noun_is_the_event(sentence, date, expected):
    event = top(PARSES.code(sentence, date))
    assert (event.event, event.cameo, event.event_text) == expected


def test_a_bare_strike_is_not_a_labour_strike():
    # https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani
    coded = PARSES.code(
        "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public "
        "mourning after the strike.",
        "2020-01-05",
    )
    assert "PROTEST" not in [e.event for e in coded.events]


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Seven opposition parties in Nepal have organized a general strike that shut down Khatmandu in protest of last week's arrest of a number of activists.
    1   Seven       _         NUM    CD   3   nummod    B-CARDINAL
    2   opposition  _         NOUN   NN   3   compound
    3   parties     party     NOUN   NNS  7   nsubj
    4   in          _         ADP    IN   3   prep
    5   Nepal       _         PROPN  NNP  4   pobj      B-GPE
    6   have        _         AUX    VBP  7   aux
    7   organized   organize  VERB   VBN  0   ROOT
    8   a           _         DET    DT   10  det
    9   general     _         ADJ    JJ   10  amod
    10  strike      _         NOUN   NN   7   dobj
    11  that        _         PRON   WDT  12  nsubj
    12  shut        _         VERB   VBD  10  relcl
    13  down        _         ADP    RP   12  prt
    14  Khatmandu   _         PROPN  NNP  12  dobj      B-ORG
    15  in          _         ADP    IN   12  prep
    16  protest     _         NOUN   NN   15  pobj
    17  of          _         ADP    IN   16  prep
    18  last        _         ADJ    JJ   19  amod      B-DATE
    19  week        _         NOUN   NN   21  poss      I-DATE
    20  's          _         PART   POS  19  case      I-DATE
    21  arrest      _         NOUN   NN   17  pobj
    22  of          _         ADP    IN   21  prep
    23  a           _         DET    DT   24  det
    24  number      _         NOUN   NN   22  pobj
    25  of          _         ADP    IN   24  prep
    26  activists   activist  NOUN   NNS  25  pobj
    27  .           _         PUNCT  .    7   punct

    # text = The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday, but defence officials cautioned that no deadline had been set for complete removal of the troops.
    1   The         _         DET    DT   3   det        B-GPE
    2   United      _         PROPN  NNP  3   compound   I-GPE
    3   States      _         PROPN  NNP  4   nsubj      I-GPE
    4   speeded     speed     VERB   VBD  0   ROOT
    5   up          _         ADP    RP   4   prt
    6   the         _         DET    DT   7   det
    7   withdrawal  _         NOUN   NN   4   dobj
    8   of          _         ADP    IN   7   prep
    9   some        _         DET    DT   11  det
    10  invasion    _         NOUN   NN   11  compound
    11  forces      force     NOUN   NNS  8   pobj
    12  from        _         ADP    IN   11  prep
    13  Panama      _         PROPN  NNP  12  pobj       B-GPE
    14  on          _         ADP    IN   7   prep
    15  Wednesday   _         PROPN  NNP  14  pobj       B-DATE
    16  ,           _         PUNCT  ,    4   punct
    17  but         _         CCONJ  CC   4   cc
    18  defence     _         NOUN   NN   19  compound
    19  officials   official  NOUN   NNS  20  nsubj
    20  cautioned   caution   VERB   VBD  4   conj
    21  that        _         SCONJ  IN   26  mark
    22  no          _         DET    DT   23  det
    23  deadline    _         NOUN   NN   26  nsubjpass
    24  had         have      AUX    VBD  26  aux
    25  been        be        AUX    VBN  26  auxpass
    26  set         _         VERB   VBN  20  ccomp
    27  for         _         ADP    IN   26  prep
    28  complete    _         ADJ    JJ   29  amod
    29  removal     _         NOUN   NN   27  pobj
    30  of          _         ADP    IN   29  prep
    31  the         _         DET    DT   32  det
    32  troops      troop     NOUN   NNS  30  pobj
    33  .           _         PUNCT  .    20  punct

    # text = "[T]he House of Representatives is moving forward with an official impeachment inquiry," she announced.
    1   "                _         PUNCT  ``    18  punct
    2   [                _         X      XX    8   dep
    3   T]he             _         X      XX    8   advmod
    4   House            _         PROPN  NNP   8   nsubj     B-ORG
    5   of               _         ADP    IN    4   prep      I-ORG
    6   Representatives  _         PROPN  NNPS  5   pobj      I-ORG
    7   is               be        AUX    VBZ   8   aux
    8   moving           move      VERB   VBG   18  ccomp
    9   forward          _         ADV    RB    8   advmod
    10  with             _         ADP    IN    8   prep
    11  an               _         DET    DT    14  det
    12  official         _         ADJ    JJ    14  amod
    13  impeachment      _         NOUN   NN    14  compound
    14  inquiry          _         NOUN   NN    10  pobj
    15  ,                _         PUNCT  ,     18  punct
    16  "                _         PUNCT  ''    18  punct
    17  she              _         PRON   PRP   18  nsubj
    18  announced        announce  VERB   VBD   0   ROOT
    19  .                _         PUNCT  .     18  punct

    # text = Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public mourning after the strike.
    1   Sayyid    _      PROPN  NNP  4   compound  B-PERSON
    2   Ali       _      PROPN  NNP  4   compound  I-PERSON
    3   Hosseini  _      PROPN  NNP  4   compound  I-PERSON
    4   Khamenei  _      PROPN  NNP  12  nsubj     I-PERSON
    5   ,         _      PUNCT  ,    4   punct
    6   the       _      DET    DT   8   det
    7   Supreme   _      PROPN  NNP  8   compound
    8   Leader    _      PROPN  NNP  4   appos
    9   of        _      ADP    IN   8   prep
    10  Iran      _      PROPN  NNP  9   pobj      B-GPE
    11  ,         _      PUNCT  ,    4   punct
    12  ordered   order  VERB   VBD  0   ROOT
    13  three     _      NUM    CD   14  nummod    B-DATE
    14  days      day    NOUN   NNS  12  dobj      I-DATE
    15  of        _      ADP    IN   14  prep
    16  public    _      ADJ    JJ   17  amod
    17  mourning  _      NOUN   NN   15  pobj
    18  after     _      ADP    IN   12  prep
    19  the       _      DET    DT   20  det
    20  strike    _      NOUN   NN   18  pobj
    21  .         _      PUNCT  .    12  punct
    """
)
