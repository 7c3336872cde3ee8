"""Money and counts found in text (`dyad.amounts.extract`): the seed's with the model; the
rest on hand-built parses (en_core_web_sm's, in the bank at the end) of sentences from
English Wikinews and written for these tests."""

from __future__ import annotations

import pytest

from tests.parses import Parses
from tests.parses_shared import SHARED


@pytest.mark.model
def test_the_seeds_200_billion_is_trade_in_usd(seed):
    (amount,) = [a for a in seed.amounts if a.kind == "money"]
    assert (amount.text, amount.value, amount.unit, amount.object) == (
        "$200 billion",
        2e11,
        "USD",
        "trade",
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "obj"),
    [
        ("Japan provided $5 million in aid to Bangladesh.", "$5 million", 5e6, "USD", "aid"),
        ("Russia signed a €3.5bn loan with Serbia.", "€3.5bn", 3.5e9, "EUR", "loan"),
        (
            "At least 12 people were killed in the attack.",
            "At least 12 people",
            12,
            "people",
            "dead",
        ),
        ("The United States sent 3,000 troops to Poland.", "3,000 troops", 3000, "troops", None),
        ("Police arrested 40 protesters on Sunday.", "40 protesters", 40, "protesters", "arrested"),
    ],
)
def test_amounts_carry_value_unit_and_object(sentence, text, value, unit, obj):
    (a,) = PARSES.code(sentence).amounts
    assert (a.text, a.value, a.unit, a.object) == (text, value, unit, obj)


def test_years_dates_and_durations_are_not_counts():
    coded = PARSES.code("In 2019, three years after the 2016 vote, talks lasted 10 days.")
    assert coded.amounts == ()


def test_wikinews_currency_cost_figure(wikinews_records):
    from tests.conftest import wikinews_sentence

    sentence, date = wikinews_sentence(wikinews_records, "costs Africa between")
    money = [a for a in PARSES.code(sentence, date).amounts if a.kind == "money"]
    assert [(a.value, a.unit) for a in money] == [(5e9, "USD"), (7e9, "USD")]


# Sentences from English Wikinews (CC BY 2.5, © Wikinews contributors), article URLs beside.
def test_wikinews_roubles_payout():
    # https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
    coded = PARSES.code(
        "Chelyabinsk's governor has promised each victim will be subject to a payout of one "
        "million rubles.",
        "2019-01-04",
    )
    assert [(a.text, a.value, a.unit) for a in coded.amounts] == [
        ("one million rubles", 1e6, "RUB")
    ]


def test_wikinews_euro_pound_and_dollar_figures_side_by_side():
    # https://en.wikinews.org/wiki/Paris_court_jails_two_police_in_high-profile_rape_case
    coded = PARSES.code(
        "In addition to prison, the men's identities, protected during the three-week trial "
        "owing to their police jobs, are now public and they are to pay €20,000 (£17,500; "
        "US$22,900) in compensation.",
        "2019-02-02",
    )
    assert [(a.value, a.unit) for a in coded.amounts] == [
        (20000, "EUR"),
        (17500, "GBP"),
        (22900, "USD"),
    ]


@pytest.mark.parametrize(
    ("sentence", "date", "counts"),
    [
        # https://en.wikinews.org/wiki/World_War_II_era_plane_crashes_in_Connecticut,_US,_killing_at_least_seven
        (
            "At least seven people were killed in the United States yesterday, when a World War "
            "II-era bomber crashed at Bradley International Airport in Windsor Locks, "
            "Connecticut.",
            "2019-10-03",
            [(7, "people", "dead")],
        ),
        # https://en.wikinews.org/wiki/Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest
        (
            "As a result of Saturday's unrest, according to a report citing the mayor's office, "
            "twenty people were arrested, and two police officers were injured.",
            "2020-11-17",
            [(20, "people", "arrested"), (2, "officers", "injured")],
        ),
    ],
)
def test_wikinews_casualty_counts(sentence, date, counts):
    found = [(a.value, a.unit, a.object) for a in PARSES.code(sentence, date).amounts]
    assert found == counts


def test_wikinews_count_of_people_with_its_noun():
    # https://en.wikinews.org/wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm
    coded = PARSES.code(
        "A large search operation was launched, involving over 500 police officers and "
        "firefighters.",
        "2020-07-09",
    )
    assert [(a.text, a.value, a.unit, a.kind) for a in coded.amounts] == [
        ("over 500 police officers", 500, "officers", "count")
    ]


def test_wikinews_ordinals_years_and_percentages_are_not_amounts():
    # https://en.wikinews.org/wiki/Wikinews_interviews_Jo_Jorgensen,_U.S._Libertarian_Party_presidential_nominee
    coded = PARSES.code(
        "Johnson bested that performance in 2016 as the party's presidential nominee for a "
        "second time, earning 3.27 percent of the vote, the highest percentage for the party "
        "since its 1971 inception.",
        "2020-10-29",
    )
    assert coded.amounts == ()


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = Japan provided $5 million in aid to Bangladesh.
    1   Japan       _        PROPN  NNP  2  nsubj     B-GPE
    2   provided    provide  VERB   VBD  0  ROOT
    3   $           _        SYM    $    5  quantmod  B-MONEY
    4   5           _        NUM    CD   5  compound  I-MONEY
    5   million     _        NUM    CD   2  dobj      I-MONEY
    6   in          _        ADP    IN   5  prep
    7   aid         _        NOUN   NN   6  pobj
    8   to          _        ADP    IN   2  prep
    9   Bangladesh  _        PROPN  NNP  8  pobj      B-GPE
    10  .           _        PUNCT  .    2  punct

    # text = Russia signed a €3.5bn loan with Serbia.
    1  Russia  _     PROPN  NNP  2  nsubj     B-GPE
    2  signed  sign  VERB   VBD  0  ROOT
    3  a       _     DET    DT   6  det
    4  €       _     SYM    $    5  nmod
    5  3.5bn   _     NUM    CD   6  compound
    6  loan    _     NOUN   NN   2  dobj
    7  with    _     ADP    IN   6  prep
    8  Serbia  _     PROPN  NNP  7  pobj      B-GPE
    9  .       _     PUNCT  .    2  punct

    # text = At least 12 people were killed in the attack.
    1   At      _     ADV    RB   2  advmod     B-CARDINAL
    2   least   _     ADJ    JJS  3  advmod     I-CARDINAL
    3   12      _     NUM    CD   4  nummod     I-CARDINAL
    4   people  _     NOUN   NNS  6  nsubjpass
    5   were    be    AUX    VBD  6  auxpass
    6   killed  kill  VERB   VBN  0  ROOT
    7   in      _     ADP    IN   6  prep
    8   the     _     DET    DT   9  det
    9   attack  _     NOUN   NN   7  pobj
    10  .       _     PUNCT  .    6  punct

    # text = The United States sent 3,000 troops to Poland.
    1  The     _      DET    DT   3  det       B-GPE
    2  United  _      PROPN  NNP  3  compound  I-GPE
    3  States  _      PROPN  NNP  4  nsubj     I-GPE
    4  sent    send   VERB   VBD  0  ROOT
    5  3,000   _      NUM    CD   6  nummod    B-CARDINAL
    6  troops  troop  NOUN   NNS  4  dobj
    7  to      _      ADP    IN   4  prep
    8  Poland  _      PROPN  NNP  7  pobj      B-GPE
    9  .       _      PUNCT  .    4  punct

    # text = Police arrested 40 protesters on Sunday.
    1  Police      Police     NOUN   NNS  2  nsubj
    2  arrested    arrest     VERB   VBD  0  ROOT
    3  40          _          NUM    CD   4  nummod  B-CARDINAL
    4  protesters  protester  NOUN   NNS  2  dobj
    5  on          _          ADP    IN   2  prep
    6  Sunday      _          PROPN  NNP  5  pobj    B-DATE
    7  .           _          PUNCT  .    2  punct

    # text = In 2019, three years after the 2016 vote, talks lasted 10 days.
    1   In      _     ADP    IN   12  prep
    2   2019    _     NUM    CD   1   pobj      B-DATE
    3   ,       _     PUNCT  ,    12  punct
    4   three   _     NUM    CD   5   nummod    B-DATE
    5   years   year  NOUN   NNS  6   npadvmod  I-DATE
    6   after   _     ADP    IN   12  prep
    7   the     _     DET    DT   9   det
    8   2016    _     NUM    CD   9   nummod    B-DATE
    9   vote    _     NOUN   NN   6   pobj
    10  ,       _     PUNCT  ,    12  punct
    11  talks   talk  NOUN   NNS  12  nsubj
    12  lasted  last  VERB   VBD  0   ROOT
    13  10      _     NUM    CD   14  nummod    B-DATE
    14  days    day   NOUN   NNS  12  npadvmod  I-DATE
    15  .       _     PUNCT  .    12  punct

    # text = African Export–Import Bank president Okey Oramah said the use of third-party currencies "costs Africa between $5 and $7 billion," further saying, "Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange."
    1   African     _         PROPN  NNP   2   compound  B-ORG
    2   Export      _         PROPN  NNP   9   nsubj     I-ORG
    3   –           _         PUNCT  :     2   punct     I-ORG
    4   Import      _         PROPN  NNP   5   compound  I-ORG
    5   Bank        _         PROPN  NNP   6   compound  I-ORG
    6   president   _         NOUN   NN    8   compound
    7   Okey        _         PROPN  NNP   8   compound  B-PERSON
    8   Oramah      _         PROPN  NNP   2   appos     I-PERSON
    9   said        say       VERB   VBD   0   ROOT
    10  the         _         DET    DT    11  det
    11  use         _         NOUN   NN    18  nsubj
    12  of          _         ADP    IN    11  prep
    13  third       _         ADJ    JJ    15  amod      B-ORDINAL
    14  -           _         PUNCT  HYPH  15  punct
    15  party       _         NOUN   NN    16  compound
    16  currencies  currency  NOUN   NNS   12  pobj
    17  "           _         PUNCT  ``    18  punct
    18  costs       cost      VERB   VBZ   9   ccomp
    19  Africa      _         PROPN  NNP   18  dobj      B-LOC
    20  between     _         ADP    IN    22  quantmod  B-MONEY
    21  $           _         SYM    $     22  quantmod  I-MONEY
    22  5           _         NUM    CD    18  dobj      I-MONEY
    23  and         _         CCONJ  CC    22  cc        I-MONEY
    24  $           _         SYM    $     26  quantmod  I-MONEY
    25  7           _         NUM    CD    26  compound  I-MONEY
    26  billion     _         NUM    CD    22  conj      I-MONEY
    27  ,           _         PUNCT  ,     22  punct
    28  "           _         PUNCT  ''    18  punct
    29  further     far       ADV    RB    30  advmod
    30  saying      say       VERB   VBG   18  advcl
    31  ,           _         PUNCT  ,     30  punct
    32  "           _         PUNCT  ``    30  punct
    33  Beyond      _         ADP    IN    38  prep
    34  that        _         PRON   DT    33  pobj
    35  ,           _         PUNCT  ,     38  punct
    36  it          _         PRON   PRP   38  nsubj
    37  also        _         ADV    RB    38  advmod
    38  reduces     reduce    VERB   VBZ   30  ccomp
    39  trade       _         NOUN   NN    38  dobj
    40  because     _         SCONJ  IN    42  mark
    41  Africa      _         PROPN  NNP   42  nsubj     B-LOC
    42  has         have      VERB   VBZ   38  advcl
    43  a           _         DET    DT    44  det
    44  scarcity    _         NOUN   NN    42  dobj
    45  of          _         ADP    IN    44  prep
    46  foreign     _         ADJ    JJ    47  amod
    47  exchange    _         NOUN   NN    45  pobj
    48  .           _         PUNCT  .     9   punct
    49  "           _         PUNCT  ''    9   punct

    # text = Chelyabinsk's governor has promised each victim will be subject to a payout of one million rubles.
    1   Chelyabinsk  _        PROPN  NNP  3   poss      B-ORG
    2   's           _        PART   POS  1   case
    3   governor     _        NOUN   NN   5   nsubj
    4   has          have     AUX    VBZ  5   aux
    5   promised     promise  VERB   VBN  0   ROOT
    6   each         _        DET    DT   7   det
    7   victim       _        NOUN   NN   5   dobj
    8   will         _        AUX    MD   9   aux
    9   be           _        AUX    VB   5   ccomp
    10  subject      _        ADJ    JJ   9   acomp
    11  to           _        ADP    IN   10  prep
    12  a            _        DET    DT   13  det
    13  payout       _        NOUN   NN   11  pobj
    14  of           _        ADP    IN   13  prep
    15  one          _        NUM    CD   16  compound  B-MONEY
    16  million      _        NUM    CD   17  nummod    I-MONEY
    17  rubles       ruble    NOUN   NNS  14  pobj      I-MONEY
    18  .            _        PUNCT  .    5   punct

    # text = In addition to prison, the men's identities, protected during the three-week trial owing to their police jobs, are now public and they are to pay €20,000 (£17,500; US$22,900) in compensation.
    1   In            _         ADP    IN     24  prep
    2   addition      _         NOUN   NN     1   pobj
    3   to            _         ADP    IN     2   prep
    4   prison        _         NOUN   NN     3   pobj
    5   ,             _         PUNCT  ,      24  punct
    6   the           _         DET    DT     7   det
    7   men           man       NOUN   NNS    9   poss
    8   's            _         PART   POS    7   case
    9   identities    identity  NOUN   NNS    24  nsubj
    10  ,             _         PUNCT  ,      9   punct
    11  protected     protect   VERB   VBN    9   acl
    12  during        _         ADP    IN     11  prep
    13  the           _         DET    DT     17  det
    14  three         _         NUM    CD     16  nummod    B-DATE
    15  -             _         PUNCT  HYPH   16  punct     I-DATE
    16  week          _         NOUN   NN     17  compound  I-DATE
    17  trial         _         NOUN   NN     12  pobj
    18  owing         owe       VERB   VBG    17  acl
    19  to            _         ADP    IN     18  prep
    20  their         _         PRON   PRP$   22  poss
    21  police        _         NOUN   NN     22  compound
    22  jobs          job       NOUN   NNS    19  pobj
    23  ,             _         PUNCT  ,      9   punct
    24  are           be        AUX    VBP    0   ROOT
    25  now           _         ADV    RB     24  advmod
    26  public        _         ADJ    JJ     24  acomp
    27  and           _         CCONJ  CC     24  cc
    28  they          _         PRON   PRP    29  nsubj
    29  are           be        AUX    VBP    24  conj
    30  to            _         PART   TO     31  aux
    31  pay           _         VERB   VB     29  xcomp
    32  €             _         SYM    $      33  nmod
    33  20,000        _         NUM    CD     31  dobj      B-MONEY
    34  (             _         PUNCT  -LRB-  33  punct
    35  £             _         SYM    $      36  nmod
    36  17,500        _         NUM    CD     33  appos     B-MONEY
    37  ;             _         PUNCT  :      33  punct
    38  US$           _         SYM    $      39  quantmod
    39  22,900        _         NUM    CD     33  appos     B-MONEY
    40  )             _         PUNCT  -RRB-  33  punct
    41  in            _         ADP    IN     31  prep
    42  compensation  _         NOUN   NN     41  pobj
    43  .             _         PUNCT  .      29  punct

    # text = As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were arrested, and two police officers were injured.
    1   As         _        ADP    IN   22  prep
    2   a          _        DET    DT   3   det
    3   result     _        NOUN   NN   1   pobj
    4   of         _        ADP    IN   3   prep
    5   Saturday   _        PROPN  NNP  7   poss       B-DATE
    6   's         _        PART   POS  5   case
    7   unrest     _        NOUN   NN   4   pobj
    8   ,          _        PUNCT  ,    22  punct
    9   according  accord   VERB   VBG  22  prep
    10  to         _        ADP    IN   9   prep
    11  a          _        DET    DT   12  det
    12  report     _        NOUN   NN   10  pobj
    13  citing     cite     VERB   VBG  12  acl
    14  the        _        DET    DT   15  det
    15  mayor      _        NOUN   NN   17  poss
    16  's         _        PART   POS  15  case
    17  office     _        NOUN   NN   13  dobj
    18  ,          _        PUNCT  ,    22  punct
    19  twenty     _        NUM    CD   20  nummod     B-CARDINAL
    20  people     _        NOUN   NNS  22  nsubjpass
    21  were       be       AUX    VBD  22  auxpass
    22  arrested   arrest   VERB   VBN  0   ROOT
    23  ,          _        PUNCT  ,    22  punct
    24  and        _        CCONJ  CC   22  cc
    25  two        _        NUM    CD   27  nummod     B-CARDINAL
    26  police     _        NOUN   NN   27  compound
    27  officers   officer  NOUN   NNS  29  nsubjpass
    28  were       be       AUX    VBD  29  auxpass
    29  injured    injure   VERB   VBN  22  conj
    30  .          _        PUNCT  .    29  punct

    # text = A large search operation was launched, involving over 500 police officers and firefighters.
    1   A             _            DET    DT   4   det
    2   large         _            ADJ    JJ   4   amod
    3   search        _            NOUN   NN   4   compound
    4   operation     _            NOUN   NN   6   nsubjpass
    5   was           be           AUX    VBD  6   auxpass
    6   launched      launch       VERB   VBN  0   ROOT
    7   ,             _            PUNCT  ,    6   punct
    8   involving     involve      VERB   VBG  6   advcl
    9   over          _            ADP    IN   10  quantmod   B-CARDINAL
    10  500           _            NUM    CD   12  nummod     I-CARDINAL
    11  police        _            NOUN   NN   12  compound
    12  officers      officer      NOUN   NNS  8   dobj
    13  and           _            CCONJ  CC   12  cc
    14  firefighters  firefighter  NOUN   NNS  12  conj
    15  .             _            PUNCT  .    6   punct

    # text = Johnson bested that performance in 2016 as the party's presidential nominee for a second time, earning 3.27 percent of the vote, the highest percentage for the party since its 1971 inception.
    1   Johnson       _     PROPN  NNP   2   nsubj   B-PERSON
    2   bested        best  VERB   VBD   0   ROOT
    3   that          _     DET    DT    4   det
    4   performance   _     NOUN   NN    2   dobj
    5   in            _     ADP    IN    2   prep
    6   2016          _     NUM    CD    5   pobj    B-DATE
    7   as            _     ADP    IN    2   prep
    8   the           _     DET    DT    9   det
    9   party         _     NOUN   NN    12  poss
    10  's            _     PART   POS   9   case
    11  presidential  _     ADJ    JJ    12  amod
    12  nominee       _     NOUN   NN    7   pobj
    13  for           _     ADP    IN    2   prep
    14  a             _     DET    DT    16  det
    15  second        _     ADJ    JJ    16  amod    B-ORDINAL
    16  time          _     NOUN   NN    13  pobj
    17  ,             _     PUNCT  ,     2   punct
    18  earning       earn  VERB   VBG   2   advcl
    19  3.27          _     NUM    CD    20  nummod  B-PERCENT
    20  percent       _     NOUN   NN    18  dobj    I-PERCENT
    21  of            _     ADP    IN    20  prep
    22  the           _     DET    DT    23  det
    23  vote          _     NOUN   NN    21  pobj
    24  ,             _     PUNCT  ,     20  punct
    25  the           _     DET    DT    27  det
    26  highest       high  ADJ    JJS   27  amod
    27  percentage    _     NOUN   NN    20  appos
    28  for           _     ADP    IN    27  prep
    29  the           _     DET    DT    30  det
    30  party         _     NOUN   NN    28  pobj
    31  since         _     SCONJ  IN    27  prep
    32  its           _     PRON   PRP$  34  poss
    33  1971          _     NUM    CD    34  nummod  B-DATE
    34  inception     _     NOUN   NN    31  pobj
    35  .             _     PUNCT  .     2   punct
    """,
    SHARED,
)
