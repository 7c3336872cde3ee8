"""More of dyad's PLOVER defaults in ``events/data/dyad.verbs.txt`` (issue #5), each found
reading a plover-gsr dev error; hand-built parses (en_core_web_sm's, in the bank at the end) of sentences written for these
tests."""

from __future__ import annotations

import pytest

from dyad.events.verbdict import read_verb_dictionary
from tests.parses import Parses
from tests.parses_shared import SHARED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Phoenix: BEAT in DESTROY, "- * (WITH)" [130] made it a threat
        ("Kenyan police beat up Somali traders with batons.", ("ASSAULT", "182")),
        # Phoenix: SUE 173 (arrest, detain); a lawsuit is 115 (ACCUSE)
        ("A Kenyan company is suing Uganda for damages.", ("ACCUSE", "115")),
        # Phoenix has no DISMISS pattern for requests
        ("Somali rebels dismissed an appeal from Kenya to lay down their arms.", ("REJECT", "120")),
        # Phoenix: "- * ARMS" [154] (DEPLOY) made it a mobilization
        ("Russia sent arms to Syria last year.", ("AID", "072")),
        ("Russia sent missiles to Syria last year.", ("AID", "072")),
        # Phoenix has no "hand over"
        ("Kenyan doctors handed over medicine to Somali refugees.", ("AID", "073")),
        # Phoenix has PREVENT "- * PROTEST" [1721] but not its synonyms
        ("Kenyan police prevented a demonstration by students in Nairobi.", ("COERCE", "1721")),
        # Phoenix has only "{DIPLOMATIC RELATIONS}"
        ("Kenya and Uganda upgraded their diplomatic ties.", ("SUPPORT", "050")),
        # Phoenix: INVADE [192] (occupy); an invasion is an armed attack (PLOVER ASSAULT)
        ("Iraq invaded Kuwait in August.", ("ASSAULT", "190")),
        ("Iraq's invasion of Kuwait began in August.", ("ASSAULT", "190")),
        ("Rebels occupied the town of Goma.", ("COERCE", "192")),
        # Phoenix: "- * FROM +" and "- * &WEAPON" [0874] made these military retreats
        ("The OSCE withdrew its observers from Belarus.", ("SANCTION", "1662")),
        ("The UN withdrew its weapons inspectors from Iraq.", ("SANCTION", "1662")),
        ("The OSCE will withdraw its observers from Belarus.", ("THREATEN", "136")),
        ("Nigeria withdrew its troops from Chad.", ("RETREAT", "0874")),
        # Phoenix: SWEAR in ALLEGE [110]; swearing to fight is a vow, so a threat
        (
            "Rebel leaders in Chad have sworn to fight until the president resigns.",
            ("THREATEN", "1384"),
        ),
        # Phoenix's SHARE has only evidence
        ("Kenya has been sharing intelligence with Uganda.", ("COOPERATE", "064")),
    ],
)
def test_plover_defaults_for_phoenix_verbs(sentence, expected):
    top = max(PARSES.code(sentence, None).events, key=lambda e: e.confidence)
    assert (top.event, top.cameo) == expected


def test_an_addition_uses_the_synonym_sets_of_the_dictionary_it_adds_to():
    base = read_verb_dictionary("base.txt", "&ARMS\n+RIFLE\n+GUN\n")
    addition = "---  SEND   [---]  ---\nSEND\n- * &ARMS (TO +)  [072]\n"
    alone = read_verb_dictionary("add.txt", addition).blocks["SEND"].patterns[0]
    added = read_verb_dictionary("add.txt", addition, synsets=base.synsets)
    pattern = added.blocks["SEND"].patterns[0]
    # without the base's sets "&ARMS" dropped out and the pattern matched any "to" phrase
    assert pattern.size > alone.size
    assert ("RIFLE",) in pattern.post[0].options


def test_a_swearing_in_is_no_event():
    assert PARSES.code("The new Kenyan minister was sworn in on Monday.", None).events == ()


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = Kenyan police beat up Somali traders with batons.
    1  Kenyan   _       ADJ    JJ   2  amod   B-NORP
    2  police   _       NOUN   NNS  3  nsubj
    3  beat     _       VERB   VBD  0  ROOT
    4  up       _       ADP    RP   3  prt
    5  Somali   _       ADJ    JJ   6  amod   B-NORP
    6  traders  trader  NOUN   NNS  3  dobj
    7  with     _       ADP    IN   3  prep
    8  batons   baton   NOUN   NNS  7  pobj
    9  .        _       PUNCT  .    3  punct

    # text = A Kenyan company is suing Uganda for damages.
    1  A        _       DET    DT   3  det
    2  Kenyan   _       ADJ    JJ   3  amod   B-NORP
    3  company  _       NOUN   NN   5  nsubj
    4  is       be      AUX    VBZ  5  aux
    5  suing    sue     VERB   VBG  0  ROOT
    6  Uganda   _       PROPN  NNP  5  dobj   B-GPE
    7  for      _       ADP    IN   5  prep
    8  damages  damage  NOUN   NNS  7  pobj
    9  .        _       PUNCT  .    5  punct

    # text = Somali rebels dismissed an appeal from Kenya to lay down their arms.
    1   Somali     _        ADJ    JJ    2   amod
    2   rebels     rebel    NOUN   NNS   3   nsubj
    3   dismissed  dismiss  VERB   VBD   0   ROOT
    4   an         _        DET    DT    5   det
    5   appeal     _        NOUN   NN    3   dobj
    6   from       _        ADP    IN    5   prep
    7   Kenya      _        PROPN  NNP   6   pobj   B-GPE
    8   to         _        PART   TO    9   aux
    9   lay        _        VERB   VB    5   acl
    10  down       _        ADP    RP    9   prt
    11  their      _        PRON   PRP$  12  poss
    12  arms       arm      NOUN   NNS   9   dobj
    13  .          _        PUNCT  .     3   punct

    # text = Russia sent arms to Syria last year.
    1  Russia  _     PROPN  NNP  2  nsubj     B-GPE
    2  sent    send  VERB   VBD  0  ROOT
    3  arms    arm   NOUN   NNS  2  dobj
    4  to      _     ADP    IN   2  dative
    5  Syria   _     PROPN  NNP  4  pobj      B-GPE
    6  last    _     ADJ    JJ   7  amod      B-DATE
    7  year    _     NOUN   NN   2  npadvmod  I-DATE
    8  .       _     PUNCT  .    2  punct

    # text = Russia sent missiles to Syria last year.
    1  Russia    _        PROPN  NNP  2  nsubj     B-GPE
    2  sent      send     VERB   VBD  0  ROOT
    3  missiles  missile  NOUN   NNS  2  dobj
    4  to        _        ADP    IN   2  dative
    5  Syria     _        PROPN  NNP  4  pobj      B-GPE
    6  last      _        ADJ    JJ   7  amod      B-DATE
    7  year      _        NOUN   NN   2  npadvmod  I-DATE
    8  .         _        PUNCT  .    2  punct

    # text = Kenyan doctors handed over medicine to Somali refugees.
    1  Kenyan    _        ADJ    JJ   2  amod   B-NORP
    2  doctors   doctor   NOUN   NNS  3  nsubj
    3  handed    hand     VERB   VBD  0  ROOT
    4  over      _        ADP    RP   3  prt
    5  medicine  _        NOUN   NN   3  dobj
    6  to        _        ADP    IN   3  prep
    7  Somali    _        ADJ    JJ   8  amod   B-NORP
    8  refugees  refugee  NOUN   NNS  6  pobj
    9  .         _        PUNCT  .    3  punct

    # text = Kenyan police prevented a demonstration by students in Nairobi.
    1   Kenyan         _        ADJ    JJ   2  amod   B-NORP
    2   police         _        NOUN   NNS  3  nsubj
    3   prevented      prevent  VERB   VBD  0  ROOT
    4   a              _        DET    DT   5  det
    5   demonstration  _        NOUN   NN   3  dobj
    6   by             _        ADP    IN   5  prep
    7   students       student  NOUN   NNS  6  pobj
    8   in             _        ADP    IN   7  prep
    9   Nairobi        _        PROPN  NNP  8  pobj   B-GPE
    10  .              _        PUNCT  .    3  punct

    # text = Kenya and Uganda upgraded their diplomatic ties.
    1  Kenya       _        PROPN  NNP   4  nsubj  B-GPE
    2  and         _        CCONJ  CC    1  cc
    3  Uganda      _        PROPN  NNP   1  conj   B-GPE
    4  upgraded    upgrade  VERB   VBD   0  ROOT
    5  their       _        PRON   PRP$  7  poss
    6  diplomatic  _        ADJ    JJ    7  amod
    7  ties        tie      NOUN   NNS   4  dobj
    8  .           _        PUNCT  .     4  punct

    # text = Iraq invaded Kuwait in August.
    1  Iraq     _       PROPN  NNP  2  nsubj  B-GPE
    2  invaded  invade  VERB   VBD  0  ROOT
    3  Kuwait   _       PROPN  NNP  2  dobj   B-GPE
    4  in       _       ADP    IN   2  prep
    5  August   _       PROPN  NNP  4  pobj   B-DATE
    6  .        _       PUNCT  .    2  punct

    # text = Iraq's invasion of Kuwait began in August.
    1  Iraq      _      PROPN  NNP  3  poss   B-GPE
    2  's        _      PART   POS  1  case
    3  invasion  _      NOUN   NN   6  nsubj
    4  of        _      ADP    IN   3  prep
    5  Kuwait    _      PROPN  NNP  4  pobj   B-GPE
    6  began     begin  VERB   VBD  0  ROOT
    7  in        _      ADP    IN   6  prep
    8  August    _      PROPN  NNP  7  pobj   B-DATE
    9  .         _      PUNCT  .    6  punct

    # text = Rebels occupied the town of Goma.
    1  Rebels    rebel   NOUN   NNS  2  nsubj
    2  occupied  occupy  VERB   VBD  0  ROOT
    3  the       _       DET    DT   4  det
    4  town      _       NOUN   NN   2  dobj
    5  of        _       ADP    IN   4  prep
    6  Goma      _       PROPN  NNP  5  pobj   B-PERSON
    7  .         _       PUNCT  .    2  punct

    # text = The OSCE withdrew its observers from Belarus.
    1  The        _         DET    DT    2  det
    2  OSCE       _         PROPN  NNP   3  nsubj  B-ORG
    3  withdrew   withdraw  VERB   VBD   0  ROOT
    4  its        _         PRON   PRP$  5  poss
    5  observers  observer  NOUN   NNS   3  dobj
    6  from       _         ADP    IN    3  prep
    7  Belarus    _         PROPN  NNP   6  pobj   B-GPE
    8  .          _         PUNCT  .     3  punct

    # text = The UN withdrew its weapons inspectors from Iraq.
    1  The         _          DET    DT    2  det
    2  UN          _          PROPN  NNP   3  nsubj     B-ORG
    3  withdrew    withdraw   VERB   VBD   0  ROOT
    4  its         _          PRON   PRP$  6  poss
    5  weapons     weapon     NOUN   NNS   6  compound
    6  inspectors  inspector  NOUN   NNS   3  dobj
    7  from        _          ADP    IN    3  prep
    8  Iraq        _          PROPN  NNP   7  pobj      B-GPE
    9  .           _          PUNCT  .     3  punct

    # text = The OSCE will withdraw its observers from Belarus.
    1  The        _         DET    DT    2  det
    2  OSCE       _         PROPN  NNP   4  nsubj  B-ORG
    3  will       _         AUX    MD    4  aux
    4  withdraw   _         VERB   VB    0  ROOT
    5  its        _         PRON   PRP$  6  poss
    6  observers  observer  NOUN   NNS   4  dobj
    7  from       _         ADP    IN    4  prep
    8  Belarus    _         PROPN  NNP   7  pobj   B-GPE
    9  .          _         PUNCT  .     4  punct

    # text = Rebel leaders in Chad have sworn to fight until the president resigns.
    1   Rebel      _       NOUN   NN   2   compound
    2   leaders    leader  NOUN   NNS  6   nsubj
    3   in         _       ADP    IN   2   prep
    4   Chad       _       PROPN  NNP  3   pobj      B-GPE
    5   have       _       AUX    VBP  6   aux
    6   sworn      swear   VERB   VBN  0   ROOT
    7   to         _       PART   TO   8   aux
    8   fight      _       VERB   VB   6   xcomp
    9   until      _       SCONJ  IN   12  mark
    10  the        _       DET    DT   11  det
    11  president  _       PROPN  NNP  12  nsubj
    12  resigns    resign  VERB   VBZ  8   advcl
    13  .          _       PUNCT  .    6   punct

    # text = Kenya has been sharing intelligence with Uganda.
    1  Kenya         _      PROPN  NNP  4  nsubj  B-GPE
    2  has           have   AUX    VBZ  4  aux
    3  been          be     AUX    VBN  4  aux
    4  sharing       share  VERB   VBG  0  ROOT
    5  intelligence  _      NOUN   NN   4  dobj
    6  with          _      ADP    IN   5  prep
    7  Uganda        _      PROPN  NNP  6  pobj   B-GPE
    8  .             _      PUNCT  .    4  punct

    # text = The new Kenyan minister was sworn in on Monday.
    1   The       _      DET    DT   4  det
    2   new       _      ADJ    JJ   4  amod
    3   Kenyan    _      PROPN  NNP  4  compound   B-NORP
    4   minister  _      NOUN   NN   6  nsubjpass
    5   was       be     AUX    VBD  6  auxpass
    6   sworn     swear  VERB   VBN  0  ROOT
    7   in        _      ADP    RP   6  prt
    8   on        _      ADP    IN   6  prep
    9   Monday    _      PROPN  NNP  8  pobj       B-DATE
    10  .         _      PUNCT  .    6  punct
    """,
    SHARED,
)
