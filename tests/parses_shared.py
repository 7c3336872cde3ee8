"""The hand-built parses of sentences that test modules of more than one stage or rule test:
en_core_web_sm's parses, each sentence's table written once. A module that tests one of these
sentences gives its bank this one, ``PARSES = Parses(r'''…''', SHARED)``, and asks its own
bank for the text as for any other (`tests.parses`); a sentence one module tests stays in that
module's bank."""

from __future__ import annotations

from tests.parses import Parses

SHARED = Parses(
    r"""
    # text = At least seven people were killed in the United States yesterday, when a World War II-era bomber crashed at Bradley International Airport in Windsor Locks, Connecticut.
    1   At             _      ADV    RB    2   advmod     B-CARDINAL
    2   least          _      ADJ    JJS   3   advmod     I-CARDINAL
    3   seven          _      NUM    CD    4   nummod     I-CARDINAL
    4   people         _      NOUN   NNS   6   nsubjpass
    5   were           be     AUX    VBD   6   auxpass
    6   killed         kill   VERB   VBN   0   ROOT
    7   in             _      ADP    IN    6   prep
    8   the            _      DET    DT    10  det        B-GPE
    9   United         _      PROPN  NNP   10  compound   I-GPE
    10  States         _      PROPN  NNP   7   pobj       I-GPE
    11  yesterday      _      NOUN   NN    6   npadvmod   B-DATE
    12  ,              _      PUNCT  ,     11  punct
    13  when           _      SCONJ  WRB   21  advmod
    14  a              _      DET    DT    20  det
    15  World          _      PROPN  NNP   17  compound   B-EVENT
    16  War            _      PROPN  NNP   17  compound   I-EVENT
    17  II             _      PROPN  NNP   19  compound   I-EVENT
    18  -              _      PUNCT  HYPH  19  punct
    19  era            _      NOUN   NN    20  compound
    20  bomber         _      NOUN   NN    21  nsubj
    21  crashed        crash  VERB   VBD   11  relcl
    22  at             _      ADP    IN    21  prep
    23  Bradley        _      PROPN  NNP   25  compound   B-FAC
    24  International  _      PROPN  NNP   25  compound   I-FAC
    25  Airport        _      PROPN  NNP   22  pobj       I-FAC
    26  in             _      ADP    IN    25  prep
    27  Windsor        _      PROPN  NNP   28  compound   B-GPE
    28  Locks          _      PROPN  NNP   26  pobj       I-GPE
    29  ,              _      PUNCT  ,     28  punct
    30  Connecticut    _      PROPN  NNP   28  appos      B-GPE
    31  .              _      PUNCT  .     6   punct

    # text = Trump said he banned travel from China in January, which Biden opposed as xenophobic.
    1   Trump       _       NOUN   NN   2   nsubj  B-ORG
    2   said        say     VERB   VBD  0   ROOT
    3   he          _       PRON   PRP  4   nsubj
    4   banned      ban     VERB   VBD  2   ccomp
    5   travel      _       NOUN   NN   4   dobj
    6   from        _       ADP    IN   5   prep
    7   China       _       PROPN  NNP  6   pobj   B-GPE
    8   in          _       ADP    IN   4   prep
    9   January     _       PROPN  NNP  8   pobj   B-DATE
    10  ,           _       PUNCT  ,    9   punct
    11  which       _       PRON   WDT  13  dobj
    12  Biden       _       PROPN  NNP  13  nsubj  B-ORG
    13  opposed     oppose  VERB   VBD  9   relcl
    14  as          _       ADP    IN   13  prep
    15  xenophobic  _       NOUN   NN   14  pobj
    16  .           _       PUNCT  .    2   punct

    # text = Nigeria withdrew its troops from Chad.
    1  Nigeria   _         PROPN  NNP   2  nsubj
    2  withdrew  withdraw  VERB   VBD   0  ROOT
    3  its       _         PRON   PRP$  4  poss
    4  troops    troop     NOUN   NNS   2  dobj
    5  from      _         ADP    IN    2  prep
    6  Chad      _         PROPN  NNP   5  pobj   B-GPE
    7  .         _         PUNCT  .     2  punct

    # text = The senator was critical of the plan to cut taxes.
    1   The       _      DET    DT   2  det
    2   senator   _      NOUN   NN   3  nsubj
    3   was       be     AUX    VBD  0  ROOT
    4   critical  _      ADJ    JJ   3  acomp
    5   of        _      ADP    IN   4  prep
    6   the       _      DET    DT   7  det
    7   plan      _      NOUN   NN   5  pobj
    8   to        _      PART   TO   9  aux
    9   cut       _      VERB   VB   7  acl
    10  taxes     taxis  NOUN   NNS  9  dobj
    11  .         _      PUNCT  .    3  punct
    """
)
