"""dyad's PLOVER defaults for Phoenix verbs (``events/data/dyad.verbs.txt``), on sentences
from English Wikinews (CC BY 2.5, © Wikinews contributors; each sentence's article URL is
beside it), on hand-built parses (en_core_web_sm's, in the bank at the end)."""

from __future__ import annotations

import pytest

from tests.parses import Parses


@pytest.mark.parametrize(
    ("sentence", "date", "trigger", "expected"),
    [
        # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
        # Phoenix codes a bare "agree" 050 (SUPPORT); an agreement is AGREE
        (
            "In the November 27 deal, Turkey and Libya agreed on a line as their shared maritime "
            "border that would make the sea between Crete and Cyprus a part of the Turkish EEZ.",
            "2020-01-11",
            "agreed",
            ("AGREE", "030", ("TUR", "LBY")),
        ),
        # https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
        # Phoenix's REFUSE block has no code
        (
            "He also noted that the Libyan House of Representatives rejected the demarcation, and "
            "that Greece and Turkey might end up before International Court of Justice in the "
            "Hague if talks would fail.",
            "2020-01-10",
            "rejected",
            ("REJECT", "120", ("LBY",)),
        ),
        # https://en.wikinews.org/wiki/UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision
        # "urge" is missing from Phoenix's verbs
        (
            "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US "
            "Secretary of State Mike Pompeo about the case.",
            "2019-10-10",
            "urged",
            ("REQUEST", "020", ("GBR",)),
        ),
    ],
)
def test_a_bare_verb_takes_the_code_of_what_it_names(sentence, date, trigger, expected):
    event = next(e for e in PARSES.code(sentence, date).events if e.event_text == trigger)
    assert (event.event, event.cameo, tuple(p.actor.country for p in event.actor)) == expected


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = In the November 27 deal, Turkey and Libya agreed on a line as their shared maritime border that would make the sea between Crete and Cyprus a part of the Turkish EEZ.
    1   In        _      ADP    IN    10  prep
    2   the       _      DET    DT    5   det
    3   November  _      PROPN  NNP   5   nmod    B-DATE
    4   27        _      NUM    CD    3   nummod  I-DATE
    5   deal      _      NOUN   NN    1   pobj
    6   ,         _      PUNCT  ,     10  punct
    7   Turkey    _      PROPN  NNP   10  nsubj   B-GPE
    8   and       _      CCONJ  CC    7   cc
    9   Libya     _      PROPN  NNP   7   conj    B-GPE
    10  agreed    agree  VERB   VBD   0   ROOT
    11  on        _      ADP    IN    10  prep
    12  a         _      DET    DT    13  det
    13  line      _      NOUN   NN    11  pobj
    14  as        _      ADP    IN    13  prep
    15  their     _      PRON   PRP$  18  poss
    16  shared    share  VERB   VBN   18  amod
    17  maritime  _      ADJ    JJ    18  amod
    18  border    _      NOUN   NN    14  pobj
    19  that      _      PRON   WDT   21  nsubj
    20  would     _      AUX    MD    21  aux
    21  make      _      VERB   VB    13  relcl
    22  the       _      DET    DT    23  det
    23  sea       _      NOUN   NN    29  nsubj
    24  between   _      ADP    IN    23  prep
    25  Crete     _      PROPN  NNP   24  pobj    B-ORG
    26  and       _      CCONJ  CC    25  cc      I-ORG
    27  Cyprus    _      PROPN  NNP   25  conj    I-ORG
    28  a         _      DET    DT    29  det
    29  part      _      NOUN   NN    21  ccomp
    30  of        _      ADP    IN    29  prep
    31  the       _      DET    DT    33  det
    32  Turkish   _      ADJ    JJ    33  amod    B-NORP
    33  EEZ       _      PROPN  NNP   30  pobj
    34  .         _      PUNCT  .     10  punct

    # text = He also noted that the Libyan House of Representatives rejected the demarcation, and that Greece and Turkey might end up before International Court of Justice in the Hague if talks would fail.
    1   He               _       PRON   PRP   3   nsubj
    2   also             _       ADV    RB    3   advmod
    3   noted            note    VERB   VBD   0   ROOT
    4   that             _       SCONJ  IN    10  mark
    5   the              _       DET    DT    7   det       B-ORG
    6   Libyan           _       ADJ    JJ    7   amod      I-ORG
    7   House            _       PROPN  NNP   10  nsubj     I-ORG
    8   of               _       ADP    IN    7   prep      I-ORG
    9   Representatives  _       PROPN  NNPS  8   pobj      I-ORG
    10  rejected         reject  VERB   VBD   3   ccomp
    11  the              _       DET    DT    12  det
    12  demarcation      _       NOUN   NN    10  dobj
    13  ,                _       PUNCT  ,     10  punct
    14  and              _       CCONJ  CC    10  cc
    15  that             _       SCONJ  IN    20  mark
    16  Greece           _       PROPN  NNP   20  nsubj     B-GPE
    17  and              _       CCONJ  CC    16  cc
    18  Turkey           _       PROPN  NNP   16  conj      B-GPE
    19  might            _       AUX    MD    20  aux
    20  end              _       VERB   VB    10  conj
    21  up               _       ADP    RP    20  prt
    22  before           _       ADP    IN    20  prep
    23  International    _       PROPN  NNP   24  compound  B-ORG
    24  Court            _       PROPN  NNP   22  pobj      I-ORG
    25  of               _       ADP    IN    24  prep      I-ORG
    26  Justice          _       PROPN  NNP   25  pobj      I-ORG
    27  in               _       ADP    IN    20  prep
    28  the              _       DET    DT    29  det
    29  Hague            _       PROPN  NNP   27  pobj      B-GPE
    30  if               _       SCONJ  IN    33  mark
    31  talks            talk    NOUN   NNS   33  nsubj
    32  would            _       AUX    MD    33  aux
    33  fail             _       VERB   VB    20  advcl
    34  .                _       PUNCT  .     3   punct

    # text = Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of State Mike Pompeo about the case.
    1   Foreign     _      PROPN  NNP  2   compound
    2   Secretary   _      PROPN  NNP  4   compound
    3   Dominic     _      PROPN  NNP  4   compound  B-PERSON
    4   Raab        _      PROPN  NNP  5   nsubj     I-PERSON
    5   urged       urge   VERB   VBD  0   ROOT
    6   the         _      DET    DT   7   det
    7   embassy     _      NOUN   NN   5   dobj
    8   to          _      PART   TO   9   aux
    9   reconsider  _      VERB   VB   5   xcomp
    10  and         _      CCONJ  CC   9   cc
    11  spoke       speak  VERB   VBD  9   conj
    12  with        _      ADP    IN   11  prep
    13  US          _      PROPN  NNP  14  nmod      B-GPE
    14  Secretary   _      PROPN  NNP  18  nmod
    15  of          _      ADP    IN   14  prep
    16  State       _      PROPN  NNP  15  pobj      B-ORG
    17  Mike        _      PROPN  NNP  18  compound  B-PERSON
    18  Pompeo      _      PROPN  NNP  12  pobj      I-PERSON
    19  about       _      ADP    IN   11  prep
    20  the         _      DET    DT   21  det
    21  case        _      NOUN   NN   19  pobj
    22  .           _      PUNCT  .    5   punct
    """
)
