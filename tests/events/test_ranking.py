"""Which event of a sentence ranks first, on sentences of the PLOVER gold standard
(PLOVER-GSR01, CC BY-SA 4.0, Open Event Data Alliance), quoted with their ids, on hand-built parses (en_core_web_sm's, in the bank at the end)."""

from __future__ import annotations

from tests.parses import Parses


def top(coded):
    return max(coded.events, key=lambda e: e.confidence)


def test_the_main_clause_outranks_a_subordinate_one():
    # PLOVER-GSR01-DISAPPROVE-0005: "ignoring" hangs from "accused" as an adverbial clause
    coded = PARSES.code(
        "Human rights watchdog Amnesty International accused the United States of violating "
        "human rights, ignoring international law and sending a ``permissive signal to abusive "
        "governments''.",
        None,
    )
    assert (top(coded).event, top(coded).event_text) == ("ACCUSE", "accused")
    ignoring = next(e for e in coded.events if e.event_text == "ignoring")
    assert ignoring.rule.endswith("+ subordinate clause")


def test_an_infinitive_of_purpose_is_not_background():
    # PLOVER-GSR01-PROTEST-0007: "to protest" is what the hunger strike is for
    coded = PARSES.code(
        "Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's "
        "decision to send them back to Bulgaria, where they say they face imprisonment, "
        "homelessness and persecution.",
        None,
    )
    protest = next(e for e in coded.events if e.event_text == "protest")
    assert "subordinate" not in protest.rule


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Human rights watchdog Amnesty International accused the United States of violating human rights, ignoring international law and sending a "permissive signal to abusive governments".
    1   Human          _           ADJ    JJ   2   amod
    2   rights         right       NOUN   NNS  3   compound
    3   watchdog       _           NOUN   NN   5   compound
    4   Amnesty        _           PROPN  NNP  5   compound  B-ORG
    5   International  _           PROPN  NNP  6   nsubj     I-ORG
    6   accused        accuse      VERB   VBD  0   ROOT
    7   the            _           DET    DT   9   det       B-GPE
    8   United         _           PROPN  NNP  9   compound  I-GPE
    9   States         _           PROPN  NNP  6   dobj      I-GPE
    10  of             _           ADP    IN   6   prep
    11  violating      violate     VERB   VBG  10  pcomp
    12  human          _           ADJ    JJ   13  amod
    13  rights         right       NOUN   NNS  11  dobj
    14  ,              _           PUNCT  ,    6   punct
    15  ignoring       ignore      VERB   VBG  6   advcl
    16  international  _           ADJ    JJ   17  amod
    17  law            _           NOUN   NN   15  dobj
    18  and            _           CCONJ  CC   15  cc
    19  sending        send        VERB   VBG  15  conj
    20  a              _           DET    DT   23  det
    21  "              _           PUNCT  ``   23  punct
    22  permissive     _           ADJ    JJ   23  amod
    23  signal         _           NOUN   NN   19  dobj
    24  to             _           ADP    IN   19  dative
    25  abusive        _           ADJ    JJ   26  amod
    26  governments    government  NOUN   NNS  24  pobj
    27  "              _           PUNCT  ''   6   punct
    28  .              _           PUNCT  .    6   punct

    # text = Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's decision to send them back to Bulgaria, where they say they face imprisonment, homelessness and persecution.
    1   Up            _      ADP    IN    3   quantmod  B-CARDINAL
    2   to            _      PART   TO    3   quantmod  I-CARDINAL
    3   1,000         _      NUM    CD    5   nummod    I-CARDINAL
    4   ethnic        _      ADJ    JJ    5   amod
    5   Turks         _      PROPN  NNPS  6   nsubj     B-NORP
    6   began         begin  VERB   VBD   0   ROOT
    7   a             _      DET    DT    9   det
    8   hunger        _      NOUN   NN    9   compound
    9   strike        _      NOUN   NN    6   dobj
    10  on            _      ADP    IN    9   prep
    11  Monday        _      PROPN  NNP   10  pobj      B-DATE
    12  to            _      PART   TO    13  aux
    13  protest       _      VERB   VB    6   advcl
    14  against       _      ADP    IN    13  prep
    15  Sweden        _      PROPN  NNP   17  poss      B-GPE
    16  's            _      PART   POS   15  case
    17  decision      _      NOUN   NN    14  pobj
    18  to            _      PART   TO    19  aux
    19  send          _      VERB   VB    17  acl
    20  them          they   PRON   PRP   19  dobj
    21  back          _      ADV    RB    19  advmod
    22  to            _      ADP    IN    21  prep
    23  Bulgaria      _      PROPN  NNP   22  pobj      B-GPE
    24  ,             _      PUNCT  ,     23  punct
    25  where         _      SCONJ  WRB   27  advmod
    26  they          _      PRON   PRP   27  nsubj
    27  say           _      VERB   VBP   23  relcl
    28  they          _      PRON   PRP   29  nsubj
    29  face          _      VERB   VBP   27  ccomp
    30  imprisonment  _      NOUN   NN    29  dobj
    31  ,             _      PUNCT  ,     30  punct
    32  homelessness  _      NOUN   NN    30  conj
    33  and           _      CCONJ  CC    32  cc
    34  persecution   _      NOUN   NN    32  conj
    35  .             _      PUNCT  .     6   punct
    """
)
