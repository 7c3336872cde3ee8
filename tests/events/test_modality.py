"""Modality: negation, hypotheses, the future and what they make of an event's code
(`dyad.events.modality`), on hand-built parses: en_core_web_sm's parses of sentences written
for these tests and of sentences of the PLOVER gold standard (PLOVER-GSR01, CC BY-SA 4.0, Open
Event Data Alliance), quoted with their ids."""

from __future__ import annotations

import pytest

from dyad.events.modality import Modality, modality, recode, reported_obligation
from dyad.events.scoring import code_event
from tests.parses import code_parse, parse, token


def only(coded):
    (event,) = coded.events
    return (
        event.event,
        event.cameo,
        tuple(p.actor.country for p in event.actor),
        tuple(p.actor.country for p in event.recipient),
    )


def mood(sentence: tuple[str, str], trigger: str) -> Modality:
    return modality(token(parse(*sentence), trigger))


DID_NOT_SIGN = (
    "Russia did not sign the agreement.",
    """
    1  Russia     _   PROPN  NNP  4  nsubj  B-GPE
    2  did        do  AUX    VBD  4  aux
    3  not        _   PART   RB   4  neg
    4  sign       _   VERB   VB   0  ROOT
    5  the        _   DET    DT   6  det
    6  agreement  _   NOUN   NN   4  dobj
    7  .          _   PUNCT  .    4  punct
    """,
)


NEITHER_NOR = (
    "Neither the EU nor the US would endorse the plan.",
    """
    1   Neither  _  CCONJ  CC   3   preconj
    2   the      _  DET    DT   3   det
    3   EU       _  PROPN  NNP  8   nsubj    B-ORG
    4   nor      _  CCONJ  CC   3   cc
    5   the      _  DET    DT   6   det
    6   US       _  PROPN  NNP  3   conj     B-GPE
    7   would    _  AUX    MD   8   aux
    8   endorse  _  VERB   VB   0   ROOT
    9   the      _  DET    DT   10  det
    10  plan     _  NOUN   NN   8   dobj
    11  .        _  PUNCT  .    8   punct
    """,
)


NEVER_ATTACKED = (
    "Iran never attacked Iraq.",
    """
    1  Iran      _       PROPN  NNP  3  nsubj  B-GPE
    2  never     _       ADV    RB   3  neg
    3  attacked  attack  VERB   VBD  0  ROOT
    4  Iraq      _       PROPN  NNP  3  dobj   B-GPE
    5  .         _       PUNCT  .    3  punct
    """,
)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [(DID_NOT_SIGN, "sign"), (NEITHER_NOR, "endorse"), (NEVER_ATTACKED, "attacked")],
)
def test_not_neither_and_never_negate_a_clause(sentence, trigger):
    assert mood(sentence, trigger).negated


def test_a_negated_cooperative_act_is_a_refusal():
    # CAMEO 12, reject: "did not sign" an agreement (CAMEO 057) is 120
    assert only(code_parse(*DID_NOT_SIGN, None)) == ("REJECT", "120", ("RUS",), ())
    assert recode(code_event("057"), mood(DID_NOT_SIGN, "sign"))[:2] == ("120", " + negated -> 120")


IF_INVADES = (
    "If Russia invades Ukraine, NATO would respond.",
    """
    1  If       _       SCONJ  IN   3  mark
    2  Russia   _       PROPN  NNP  3  nsubj  B-GPE
    3  invades  invade  VERB   VBZ  8  advcl
    4  Ukraine  _       PROPN  NNP  3  dobj   B-GPE
    5  ,        _       PUNCT  ,    8  punct
    6  NATO     _       PROPN  NNP  8  nsubj  B-ORG
    7  would    _       AUX    MD   8  aux
    8  respond  _       VERB   VB   0  ROOT
    9  .        _       PUNCT  .    8  punct
    """,
)


def test_a_condition_and_a_bare_would_make_a_clause_hypothetical():
    assert mood(IF_INVADES, "invades") == Modality(hypothetical=True)
    assert mood(IF_INVADES, "respond") == Modality(hypothetical=True)
    assert mood(NEITHER_NOR, "endorse").hypothetical


SAID_IT_WOULD = (
    "China said it would send aid to Nepal.",
    """
    1  China  _    PROPN  NNP  2  nsubj  B-GPE
    2  said   say  VERB   VBD  0  ROOT
    3  it     _    PRON   PRP  5  nsubj
    4  would  _    AUX    MD   5  aux
    5  send   _    VERB   VB   2  ccomp
    6  aid    _    NOUN   NN   5  dobj
    7  to     _    ADP    IN   5  prep
    8  Nepal  _    PROPN  NNP  7  pobj   B-GPE
    9  .      _    PUNCT  .    2  punct
    """,
)


def test_would_under_a_verb_of_saying_is_the_reported_future():
    # "China said it would send aid": a future, not a hypothesis
    assert mood(SAID_IT_WOULD, "send") == Modality(future=True)
    # CAMEO 07 provide aid announced: 033, express intent to provide aid (PLOVER AGREE)
    assert only(code_parse(*SAID_IT_WOULD, None)) == ("AGREE", "033", ("CHN",), ("NPL",))


WILL_VISIT = (
    "Russia will visit China.",
    """
    1  Russia  _  PROPN  NNP  3  nsubj  B-GPE
    2  will    _  AUX    MD   3  aux
    3  visit   _  VERB   VB   0  ROOT
    4  China   _  PROPN  NNP  3  dobj   B-GPE
    5  .       _  PUNCT  .    3  punct
    """,
)


PLANS_TO = (
    "China plans to provide aid to Nepal.",
    """
    1  China    _     PROPN  NNP  2  nsubj  B-GPE
    2  plans    plan  VERB   VBZ  0  ROOT
    3  to       _     PART   TO   4  aux
    4  provide  _     VERB   VB   2  xcomp
    5  aid      _     NOUN   NN   4  dobj
    6  to       _     ADP    IN   4  prep
    7  Nepal    _     PROPN  NNP  6  pobj   B-GPE
    8  .        _     PUNCT  .    2  punct
    """,
)


GOING_TO = (
    "Iran is going to attack Iraq.",
    """
    1  Iran    _   PROPN  NNP  3  nsubj  B-GPE
    2  is      be  AUX    VBZ  3  aux
    3  going   go  VERB   VBG  0  ROOT
    4  to      _   PART   TO   5  aux
    5  attack  _   VERB   VB   3  xcomp
    6  Iraq    _   PROPN  NNP  5  dobj   B-GPE
    7  .       _   PUNCT  .    3  punct
    """,
)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [(WILL_VISIT, "visit"), (PLANS_TO, "provide"), (GOING_TO, "attack")],
)
def test_will_an_intent_verb_and_going_to_put_a_clause_in_the_future(sentence, trigger):
    assert mood(sentence, trigger) == Modality(future=True)


def test_announced_cooperation_is_an_intent():
    # PLOVER manual, AGREE; CAMEO 036, express intent to meet or negotiate
    assert only(code_parse(*WILL_VISIT, None)) == ("AGREE", "036", ("RUS",), ("CHN",))


ALLEGED_THAT = (
    "Iran alleged that Iraq attacked its ships.",
    """
    1  Iran      _       PROPN  NNP   2  nsubj  B-GPE
    2  alleged   allege  VERB   VBD   0  ROOT
    3  that      _       SCONJ  IN    5  mark
    4  Iraq      _       PROPN  NNP   5  nsubj  B-GPE
    5  attacked  attack  VERB   VBD   2  ccomp
    6  its       _       PRON   PRP$  7  poss
    7  ships     ship    NOUN   NNS   5  dobj
    8  .         _       PUNCT  .     2  punct
    """,
)


def test_an_alleged_act_is_hypothetical():
    assert mood(ALLEGED_THAT, "attacked") == Modality(hypothetical=True)


MUST_RETURN = (
    "Russia said on Tuesday that Sudan must return a Mi-26 helicopter that was captured by the Sudanese authorities.",
    """
    1   Russia       _          PROPN  NNP  2   nsubj      B-GPE
    2   said         say        VERB   VBD  0   ROOT
    3   on           _          ADP    IN   2   prep
    4   Tuesday      _          PROPN  NNP  3   pobj       B-DATE
    5   that         _          SCONJ  IN   8   mark
    6   Sudan        _          PROPN  NNP  8   nsubj      B-GPE
    7   must         _          AUX    MD   8   aux
    8   return       _          VERB   VB   2   ccomp
    9   a            _          DET    DT   11  det
    10  Mi-26        _          PROPN  NNP  11  compound
    11  helicopter   _          NOUN   NN   8   dobj
    12  that         _          PRON   WDT  14  nsubjpass
    13  was          be         AUX    VBD  14  auxpass
    14  captured     capture    VERB   VBN  11  relcl
    15  by           _          ADP    IN   14  agent
    16  the          _          DET    DT   18  det
    17  Sudanese     _          ADJ    JJ   18  amod       B-NORP
    18  authorities  authority  NOUN   NNS  15  pobj
    19  .            _          PUNCT  .    2   punct
    """,
)


def test_a_reported_obligation_is_a_demand_of_the_one_who_must_act():
    # PLOVER-GSR01-DEMAND-0028: "return" is the content of the demand, not a return
    assert reported_obligation(token(parse(*MUST_RETURN), "return"))
    demand = next(e for e in code_parse(*MUST_RETURN, None).events if e.event_text == "return")
    assert (demand.event, demand.cameo) == ("REQUEST", "100")
    assert [p.actor.country for p in demand.actor] == ["RUS"]
    assert [p.actor.country for p in demand.recipient] == ["SDN"]


WOULD_BOYCOTT = (
    "Palestinian leaders said they would boycott all official contact with the United States.",
    """
    1   Palestinian  _       ADJ    JJ   2   amod      B-NORP
    2   leaders      leader  NOUN   NNS  3   nsubj
    3   said         say     VERB   VBD  0   ROOT
    4   they         _       PRON   PRP  6   nsubj
    5   would        _       AUX    MD   6   aux
    6   boycott      _       VERB   VB   3   ccomp
    7   all          _       DET    DT   9   det
    8   official     _       ADJ    JJ   9   amod
    9   contact      _       NOUN   NN   6   dobj
    10  with         _       ADP    IN   9   prep
    11  the          _       DET    DT   13  det       B-GPE
    12  United       _       PROPN  NNP  13  compound  I-GPE
    13  States       _       PROPN  NNP  10  pobj      I-GPE
    14  .            _       PUNCT  .    3   punct
    """,
)


def test_material_conflict_announced_for_the_future_is_a_threat():
    # PLOVER-GSR01-THREATEN-0007: a boycott announced, CAMEO 1312 threaten to boycott
    assert mood(WOULD_BOYCOTT, "boycott") == Modality(future=True)
    coded = code_parse(*WOULD_BOYCOTT, None)
    assert only(coded) == ("THREATEN", "1312", ("PSE",), ("USA",))
    assert "future conflict -> threat" in coded.events[0].rule


WITHDRAW_UNLESS = (
    "Nigeria today announced that it will withdraw their peacekeeping force from Chad unless President Goukouni Oueddei arranged a ceasefire with rebels fighting to topple his government and held elections within four months.",
    """
    1   Nigeria       _         PROPN  NNP   3   nsubj     B-GPE
    2   today         _         NOUN   NN    3   npadvmod  B-DATE
    3   announced     announce  VERB   VBD   0   ROOT
    4   that          _         SCONJ  IN    7   mark
    5   it            _         PRON   PRP   7   nsubj
    6   will          _         AUX    MD    7   aux
    7   withdraw      _         VERB   VB    3   ccomp
    8   their         _         PRON   PRP$  10  poss
    9   peacekeeping  _         NOUN   NN    10  compound
    10  force         _         NOUN   NN    7   dobj
    11  from          _         ADP    IN    7   prep
    12  Chad          _         PROPN  NNP   11  pobj      B-GPE
    13  unless        _         SCONJ  IN    17  mark
    14  President     _         PROPN  NNP   16  compound
    15  Goukouni      _         PROPN  NNP   16  compound  B-PERSON
    16  Oueddei       _         PROPN  NNP   17  nsubj     I-PERSON
    17  arranged      arrange   VERB   VBD   7   advcl
    18  a             _         DET    DT    19  det
    19  ceasefire     _         NOUN   NN    17  dobj
    20  with          _         ADP    IN    19  prep
    21  rebels        rebel     NOUN   NNS   20  pobj
    22  fighting      fight     VERB   VBG   21  acl
    23  to            _         PART   TO    24  aux
    24  topple        _         VERB   VB    22  xcomp
    25  his           _         PRON   PRP$  26  poss
    26  government    _         NOUN   NN    24  dobj
    27  and           _         CCONJ  CC    17  cc
    28  held          hold      VERB   VBD   17  conj
    29  elections     election  NOUN   NNS   28  dobj
    30  within        _         ADP    IN    28  prep
    31  four          _         NUM    CD    32  nummod    B-DATE
    32  months        month     NOUN   NNS   30  pobj      I-DATE
    33  .             _         PUNCT  .     3   punct
    """,
)


def test_a_withdrawal_held_over_a_condition_is_a_threat():
    # PLOVER-GSR01-THREATEN-0003: CAMEO 136, threaten to halt international involvement
    assert mood(WITHDRAW_UNLESS, "withdraw") == Modality(future=True, unless=True)
    coded = code_parse(*WITHDRAW_UNLESS, None)
    withdraw = next(e for e in coded.events if e.event_text == "withdraw")
    assert (withdraw.event, withdraw.cameo) == ("THREATEN", "136")


WILLING_TO_WITHDRAW = (
    # PLOVER-GSR01-AGREE-0034, "Syria says it is willing to withdraw its troops from
    # neighboring Lebanon", up to "troops"
    "Syria says it is willing to withdraw its troops",
    """
    1  Syria     _         PROPN  NNP   2  nsubj
    2  says      say       VERB   VBZ   0  ROOT
    3  it        _         PRON   PRP   4  nsubj
    4  is        be        AUX    VBZ   2  ccomp
    5  willing   _         ADJ    JJ    4  acomp
    6  to        _         PART   TO    7  aux
    7  withdraw  _         VERB   VB    5  xcomp
    8  its       _         PRON   PRP$  9  poss
    9  troops    troop     NOUN   NNS   7  dobj
    """,
)


def test_willingness_to_withdraw_is_an_intent_to_de_escalate():
    mood_ = mood(WILLING_TO_WITHDRAW, "withdraw")
    assert mood_.ready and not mood_.future
    # CAMEO 0356, express intent to de-escalate military engagement; CAMEO2PLOVER: AGREE
    cameo, note, _ = recode(code_event("0874"), mood_)
    assert (cameo, code_event(cameo).event) == ("0356", "AGREE")
    assert note == " + willing to yield -> intent"


@pytest.mark.parametrize(
    ("yield_code", "intent_code"),
    [("081", "0351"), ("084", "0353"), ("083", "034"), ("080", "035")],
)
def test_willingness_to_yield_is_the_matching_intent_to_yield(yield_code, intent_code):
    ready = Modality(ready=True)
    assert recode(code_event(yield_code), ready)[0] == intent_code


def test_an_announced_retreat_stays_a_concession():
    # PLOVER manual, RETREAT: "Announcements of future retreats should be coded as CONCEDE"
    cameo, note, _ = recode(code_event("0874"), Modality(future=True))
    assert (code_event(cameo).event, note) == ("CONCEDE", " + future retreat -> concede")


PREPARED_TO_LIFT = (
    "In an interview this weekend, President Abdelaziz Bouteflika said he is prepared to lift ban on Islamic Salvation Front (FIS) but not with its historical leadership.",
    """
    1   In          _    ADP    IN     10  prep
    2   an          _    DET    DT     3   det
    3   interview   _    NOUN   NN     1   pobj
    4   this        _    DET    DT     5   det       B-DATE
    5   weekend     _    NOUN   NN     3   npadvmod  I-DATE
    6   ,           _    PUNCT  ,      10  punct
    7   President   _    PROPN  NNP    9   compound
    8   Abdelaziz   _    PROPN  NNP    9   compound  B-PERSON
    9   Bouteflika  _    PROPN  NNP    10  nsubj     I-PERSON
    10  said        say  VERB   VBD    0   ROOT
    11  he          _    PRON   PRP    12  nsubj
    12  is          be   AUX    VBZ    10  ccomp
    13  prepared    _    ADJ    JJ     12  acomp
    14  to          _    PART   TO     15  aux
    15  lift        _    VERB   VB     13  xcomp
    16  ban         _    NOUN   NN     15  dobj
    17  on          _    ADP    IN     16  prep
    18  Islamic     _    PROPN  NNP    20  compound  B-ORG
    19  Salvation   _    PROPN  NNP    20  compound  I-ORG
    20  Front       _    PROPN  NNP    17  pobj      I-ORG
    21  (           _    PUNCT  -LRB-  20  punct
    22  FIS         _    PROPN  NNP    20  appos     B-ORG
    23  )           _    PUNCT  -RRB-  20  punct
    24  but         _    CCONJ  CC     13  cc
    25  not         _    PART   RB     26  neg
    26  with        _    ADP    IN     13  conj
    27  its         _    PRON   PRP$   29  poss
    28  historical  _    ADJ    JJ     29  amod
    29  leadership  _    NOUN   NN     26  pobj
    30  .           _    PUNCT  .      10  punct
    """,
)


def test_a_leader_prepared_to_lift_a_ban_agrees():
    # PLOVER-GSR01-AGREE-0023
    assert mood(PREPARED_TO_LIFT, "lift").ready
    lift = next(e for e in code_parse(*PREPARED_TO_LIFT, None).events if e.event_text == "lift")
    assert (lift.event, lift.cameo) == ("AGREE", "0351")


def test_petrarch_mode_leaves_announced_conflict_and_readiness_alone():
    mood_ = mood(WILLING_TO_WITHDRAW, "withdraw")
    assert recode(code_event("0874"), mood_, petrarch=True)[:2] == ("0874", "")
    future = Modality(future=True)
    assert recode(code_event("163"), future, petrarch=True)[:2] == ("163", "")
    assert recode(code_event("163"), future)[0] == "1312"


def test_petrarch_mode_leaves_announced_cooperation_alone():
    # PETRARCH2's unit tests code "Arnor will contribute a million rupees to Gondor" 071 and
    # "will meet" 031: no future -> intent recoding
    future = Modality(future=True)
    assert recode(code_event("071"), future, petrarch=True)[:2] == ("071", "")
    assert recode(code_event("071"), future)[1] == " + future -> intent"


PREPARED_TO_RESUME = (
    "The Macedonian army prepared to resume shelling Albanian rebel-held territory as attempts to resolve the crisis on the political front were deadlocked.",
    """
    1   The         _          DET    DT    3   det
    2   Macedonian  _          ADJ    JJ    3   amod      B-NORP
    3   army        _          NOUN   NN    4   nsubj
    4   prepared    prepare    VERB   VBD   0   ROOT
    5   to          _          PART   TO    6   aux
    6   resume      _          VERB   VB    4   xcomp
    7   shelling    shell      VERB   VBG   6   xcomp
    8   Albanian    _          ADJ    JJ    12  amod      B-NORP
    9   rebel       _          NOUN   NN    11  npadvmod
    10  -           _          PUNCT  HYPH  11  punct
    11  held        hold       VERB   VBN   12  amod
    12  territory   _          NOUN   NN    7   dobj
    13  as          _          SCONJ  IN    14  mark
    14  attempts    attempt    NOUN   NNS   6   advcl
    15  to          _          PART   TO    16  aux
    16  resolve     _          VERB   VB    14  xcomp
    17  the         _          DET    DT    18  det
    18  crisis      _          NOUN   NN    16  dobj
    19  on          _          ADP    IN    18  prep
    20  the         _          DET    DT    22  det
    21  political   _          ADJ    JJ    22  amod
    22  front       _          NOUN   NN    19  pobj
    23  were        be         AUX    VBD   24  auxpass
    24  deadlocked  deadlocke  VERB   VBN   4   ccomp
    25  .           _          PUNCT  .     4   punct
    """,
)


def test_an_army_preparing_to_fight_mobilizes():
    # PLOVER-GSR01-MOBILIZE-0001; PLOVER manual, MOBILIZE: readiness, not a verbal threat
    assert mood(PREPARED_TO_RESUME, "shelling") == Modality(future=True, ready=True, prepared=True)
    top = max(code_parse(*PREPARED_TO_RESUME, None).events, key=lambda e: e.confidence)
    assert (top.event, top.cameo) == ("MOBILIZE", "150")


def test_a_vow_to_fight_stays_a_threat_and_preparing_a_sanction_is_no_mobilization():
    assert recode(code_event("190"), Modality(future=True))[0] == "1384"
    prepared = Modality(future=True, prepared=True)
    assert recode(code_event("190"), prepared)[0] == "150"
    assert recode(code_event("163"), prepared)[0] == "1312"
