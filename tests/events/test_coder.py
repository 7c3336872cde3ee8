"""Event coding: on the seed with the model, end to end; on hand-built parses (en_core_web_sm's,
in the bank at the end) of real sentences, quoted with their source, and of sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.parses import Parses
from tests.parses_shared import SHARED


def events(coded):
    return [
        (
            e.event,
            tuple(p.actor.country or p.actor.code for p in e.actor),
            tuple(p.actor.country or p.actor.code for p in e.recipient),
        )
        for e in coded.events
    ]


@pytest.mark.model
def test_the_seed_counts_the_consult_between_russia_and_china_by_videoconference(seed):
    # "introducing a visa-free regime" is a CONSULT in the verb dictionary; the learned stage
    # keeps it, unsure, below the threshold at which pair aggregates count an event. Since
    # 0.7.0 "glad to continue the tradition of personal communication with Xi" is counted
    # too, between the same two presidents: the same meeting twice (issue 21 would merge it)
    consults = [e for e in seed.events if e.event == "CONSULT" and e.counted]
    assert all({p.actor.country for p in e.actor} == {"RUS", "CHN"} for e in consults)
    (consult,) = [e for e in consults if e.event_text == "videoconference"]
    assert {p.actor.country for p in consult.actor} == {"RUS", "CHN"} and consult.recipient == ()
    assert consult.mode == "phone" and consult.event_text == "videoconference"
    assert consult.date.isoformat() == "2026-02-04"


@pytest.mark.model
def test_the_seeds_thanks_praise_and_congratulations_are_support_from_putin_to_xi(seed):
    support = {e.event_text: e for e in seed.events if e.event == "SUPPORT"}
    assert {"thanked", "congratulated", "called"} <= set(support)
    for word in ("thanked", "congratulated"):
        e = support[word]
        assert [p.actor.name for p in e.actor] == ["Vladimir Putin"]
        assert "Xi Jinping" in [p.actor.name for p in e.recipient]
        assert e.goldstein > 0 and e.quad_code == 1


@pytest.mark.model
def test_the_seed_has_no_conflict_events(seed):
    assert all(e.quad_code in (1, 2) for e in seed.events)


@pytest.mark.model
def test_event_offsets_and_evidence_sentence_are_consistent(seed):
    text = seed.article.text
    for e in seed.events:
        assert text[e.start : e.end] == e.event_text
        assert e.sentence_start <= e.start < e.end <= e.sentence_end


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an invasion is an armed attack (PLOVER ASSAULT, CAMEO 190), not 192 occupy
        ("Turkey invaded Syria on Wednesday.", ("ASSAULT", ("TUR",), ("SYR",))),
        # PLOVER manual: international sanctions are SANCTION (dyad's deviation from the
        # 2021 table, events/data/plover_deviations.csv)
        ("The United States imposed sanctions on Iran.", ("SANCTION", ("USA",), ("IRN",))),
        ("Pakistan expelled India's ambassador.", ("COERCE", ("PAK",), ("IND",))),
        ("Germany banned Iran's Mahan Air on Monday.", ("COERCE", ("DEU",), ("IRN",))),
        (
            "Iran was accused by the United States of attacking tankers.",
            ("ACCUSE", ("USA",), ("IRN",)),
        ),
        ("North Korea threatened to attack South Korea.", ("THREATEN", ("PRK",), ("KOR",))),
        ("The EU criticized Turkey for its offensive.", ("ACCUSE", ("IGOEUR",), ("TUR",))),
        # spaCy parses this "to" as a dative, not a preposition
        ("Japan sent aid to Bangladesh.", ("AID", ("JPN",), ("BGD",))),
    ],
)
def test_actor_and_recipient_come_from_the_clause(sentence, expected):
    assert events(PARSES.code(sentence, "2019-10-15")) == [expected]


def test_a_meeting_makes_all_parties_actors():
    assert events(PARSES.code("Putin met Erdogan in Sochi.", "2019-10-22")) == [
        ("CONSULT", ("RUS", "TUR"), ())
    ]


def test_future_cooperation_is_coded_as_agree():
    (e,) = PARSES.code(
        "Chinese President Xi Jinping will visit France next week.", "2019-03-20"
    ).events
    assert e.event == "AGREE" and "future" in e.rule


def test_negated_events_are_flagged_and_less_confident():
    (plain,) = PARSES.code("Russia attacked Ukraine.").events
    (negated,) = PARSES.code("Russia did not attack Ukraine.").events
    assert negated.negated and not plain.negated
    assert negated.confidence < plain.confidence


def test_a_negated_cooperative_act_is_a_refusal():
    # PETR2 validation sentence NEG_1 (MIT): CAMEO 124, refuse to yield
    coded = PARSES.code(
        "Obama said he would not give permission to Russia to help Israel", "2016-01-01"
    )
    refusal = next(e for e in coded.events if e.event_text == "give")
    assert (refusal.event, refusal.cameo, refusal.negated) == ("REJECT", "124", False)
    assert refusal.rule.endswith("+ negated -> 124")
    assert [p.actor.code for p in refusal.recipient] == ["RUS"]


def test_hypothetical_events_are_flagged():
    (e,) = PARSES.code("If talks fail, Russia could attack Ukraine.").events
    assert e.hypothetical


def test_a_statement_without_a_second_party_is_no_event():
    assert (
        PARSES.code(
            "Foreign powers should get out of the region, Rouhani said.", "2019-09-23"
        ).events
        == ()
    )


def test_clause_time_expression_dates_the_event():
    (e,) = PARSES.code("Germany banned Iran's Mahan Air on Monday.", "2019-01-23").events
    assert (e.date.isoformat(), e.date_source) == ("2019-01-21", "text")


def test_wikinews_ban_of_an_iranian_airline_is_coercion_of_iran(wikinews_records):
    from tests.conftest import wikinews_sentence

    sentence, date = wikinews_sentence(wikinews_records, "Germany on Monday banned Iranian airline")
    (e,) = PARSES.code(sentence, date).events
    assert (e.event, e.actor[0].actor.country, e.recipient[0].actor.country) == (
        "COERCE",
        "DEU",
        "IRN",
    )
    assert e.quad_code == 4 and e.goldstein < 0
    assert (e.date.isoformat(), e.date_source) == ("2019-01-21", "text")


def test_plover_types_that_need_no_recipient_are_coded_with_one_party():
    (e,) = PARSES.code(
        "Serbian President Vojislav Kostunica promised to democratize Serbia.", "2000-10-07"
    ).events
    assert e.event == "AGREE" and e.recipient == () and e.confidence < 0.6


def test_a_meeting_needs_two_parties():
    assert PARSES.code("Russian officials held talks in Moscow on Monday.").events == ()


def test_the_one_a_demand_is_made_of_receives_it():
    (e,) = PARSES.code(
        "The United States on Thursday demanded that North Korea forsake its nuclear program."
    ).events
    assert (e.event, e.actor[0].actor.country, e.recipient[0].actor.country) == (
        "REQUEST",
        "USA",
        "PRK",
    )


def test_a_commitment_to_act_is_agree():
    (e,) = PARSES.code(
        "The Turkish and Greek sides have agreed to share information on missing people."
    ).events
    assert e.event == "AGREE" and {p.actor.country for p in e.actor} == {"TUR", "GRC"}


def test_reported_would_is_the_future_not_a_hypothetical():
    (e,) = PARSES.code(
        "Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez."
    ).events
    assert (e.event, e.hypothetical) == ("AGREE", False)
    assert e.actor[0].actor.code == "AFGREB" and e.recipient[0].actor.code == "IGOUNO"


def test_a_topic_noun_is_not_the_critics_action():
    assert [e.event for e in PARSES.code("The EU criticized Turkey for its offensive.").events] == [
        "ACCUSE"
    ]


def test_an_event_noun_inside_a_threatened_action_is_part_of_the_threat():
    # written for this test: the curfew is what is threatened, not a curfew imposed
    coded = PARSES.code("President Daniel Moi threatened to institute a curfew in Nairobi.", None)
    assert [e.event for e in coded.events] == ["THREATEN"]


def test_travellers_for_talks_hold_the_talks_but_a_wish_for_talks_is_none():
    # written for this test
    coded = PARSES.code(
        "Kenyan and Ugandan negotiators return to Geneva this week for talks.", None
    )
    assert [e.event for e in coded.events] == ["CONSULT"]
    assert {p.actor.country for p in coded.events[0].actor} == {"KEN", "UGA"}
    coded = PARSES.code("The Kenyan government hoped for more talks with Ugandan officials.", None)
    assert "CONSULT" not in [e.event for e in coded.events]


@pytest.mark.parametrize(
    "sentence",
    [
        # PLOVER-GSR01-PROTEST-0013
        "Palestinians of the Israeli-occupied West Bank shunned work on Monday to protest at "
        "settlement of Russian Jewish immigrants on Arab land.",
        # written for this test: "in protest" rather than "to protest"
        "A Kenyan opposition leader staged a hunger strike in prison in protest against his "
        "detention.",
        # written for this test
        "Kenyan farmers blocked the highway to protest against the government's tax.",
    ],
)
def test_an_act_done_to_protest_is_the_protest(sentence):
    assert [e.event for e in PARSES.code(sentence, None).events] == ["PROTEST"]


def test_inspectors_sent_to_monitor_are_the_investigation():
    # written for this test: the dispatch is the form the investigation takes (CAMEO 09)
    coded = PARSES.code("The IAEA has sent inspectors to Iran to monitor the nuclear plant.", None)
    assert [(e.event, e.cameo[:2]) for e in coded.events] == [("ACCUSE", "09")]


def test_being_committed_to_doing_something_is_agree_by_the_one_committed():
    # PLOVER-GSR01-AGREE-0019
    coded = PARSES.code(
        "Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to opening "
        "up the economy but will not be rushed, in a rare interview late on Friday.",
        None,
    )
    assert [(e.event, e.actor[0].actor.code) for e in coded.events] == [("AGREE", "VNM")]


def test_committing_atrocities_is_no_commitment():
    coded = PARSES.code("Kenyan soldiers committed atrocities in Somalia.", None)
    assert "AGREE" not in [e.event for e in coded.events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # written for this test; PLOVER manual, RETREAT: the recipient is the one left
        ("Nigeria withdrew its troops from Chad.", ("RETREAT", ("NGA",), ("TCD",))),
        (
            "Kenya said it is willing to withdraw its troops from Somalia.",
            ("AGREE", ("KEN",), ("SOM",)),
        ),
    ],
)
def test_the_party_withdrawn_from_receives_the_withdrawal(sentence, expected):
    assert events(PARSES.code(sentence, None)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "trigger", "actor"),
    [
        # PLOVER-GSR01-RETREAT-0020 (shortened): the one indicted resigns, not the court
        (
            "Montenegro's prime minister has been indicted by the U.N. war crimes court and "
            "will resign.",
            "resign",
            "MNEGOV",
        ),
        # written for this test: a bare participle shares the passive, and its agent
        (
            "Two Kenyan aid workers were kidnapped by Somali militants and killed.",
            "killed",
            "SOMREB",
        ),
    ],
)
def test_an_active_verb_conjoined_with_a_passive_is_done_by_its_subject(sentence, trigger, actor):
    event = next(e for e in PARSES.code(sentence, None).events if e.event_text == trigger)
    assert [p.actor.code for p in event.actor] == [actor]


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = Turkey invaded Syria on Wednesday.
    1  Turkey     _       PROPN  NNP  2  nsubj  B-GPE
    2  invaded    invade  VERB   VBD  0  ROOT
    3  Syria      _       PROPN  NNP  2  dobj   B-GPE
    4  on         _       ADP    IN   2  prep
    5  Wednesday  _       PROPN  NNP  4  pobj   B-DATE
    6  .          _       PUNCT  .    2  punct

    # text = The United States imposed sanctions on Iran.
    1  The        _         DET    DT   3  det       B-GPE
    2  United     _         PROPN  NNP  3  compound  I-GPE
    3  States     _         PROPN  NNP  4  nsubj     I-GPE
    4  imposed    impose    VERB   VBD  0  ROOT
    5  sanctions  sanction  NOUN   NNS  4  dobj
    6  on         _         ADP    IN   5  prep
    7  Iran       _         PROPN  NNP  6  pobj      B-GPE
    8  .          _         PUNCT  .    4  punct

    # text = Pakistan expelled India's ambassador.
    1  Pakistan    _      PROPN  NNP  2  nsubj  B-GPE
    2  expelled    expel  VERB   VBD  0  ROOT
    3  India       _      PROPN  NNP  5  poss   B-GPE
    4  's          _      PART   POS  3  case
    5  ambassador  _      NOUN   NN   2  dobj
    6  .           _      PUNCT  .    2  punct

    # text = Germany banned Iran's Mahan Air on Monday.
    1  Germany  _    PROPN  NNP  2  nsubj     B-GPE
    2  banned   ban  VERB   VBD  0  ROOT
    3  Iran     _    PROPN  NNP  6  poss      B-GPE
    4  's       _    PART   POS  3  case
    5  Mahan    _    PROPN  NNP  6  compound  B-ORG
    6  Air      _    PROPN  NNP  2  dobj      I-ORG
    7  on       _    ADP    IN   2  prep
    8  Monday   _    PROPN  NNP  7  pobj      B-DATE
    9  .        _    PUNCT  .    2  punct

    # text = Iran was accused by the United States of attacking tankers.
    1   Iran       _       PROPN  NNP  3  nsubjpass  B-GPE
    2   was        be      AUX    VBD  3  auxpass
    3   accused    accuse  VERB   VBN  0  ROOT
    4   by         _       ADP    IN   3  agent
    5   the        _       DET    DT   7  det        B-GPE
    6   United     _       PROPN  NNP  7  compound   I-GPE
    7   States     _       PROPN  NNP  4  pobj       I-GPE
    8   of         _       ADP    IN   3  prep
    9   attacking  attack  VERB   VBG  8  pcomp
    10  tankers    tanker  NOUN   NNS  9  dobj
    11  .          _       PUNCT  .    3  punct

    # text = North Korea threatened to attack South Korea.
    1  North       _         PROPN  NNP  2  compound  B-GPE
    2  Korea       _         PROPN  NNP  3  nsubj     I-GPE
    3  threatened  threaten  VERB   VBD  0  ROOT
    4  to          _         PART   TO   5  aux
    5  attack      _         VERB   VB   3  xcomp
    6  South       _         PROPN  NNP  7  compound  B-GPE
    7  Korea       _         PROPN  NNP  5  dobj      I-GPE
    8  .           _         PUNCT  .    3  punct

    # text = The EU criticized Turkey for its offensive.
    1  The         _          DET    DT    2  det
    2  EU          _          PROPN  NNP   3  nsubj  B-ORG
    3  criticized  criticize  VERB   VBD   0  ROOT
    4  Turkey      _          PROPN  NNP   3  dobj   B-GPE
    5  for         _          ADP    IN    3  prep
    6  its         _          PRON   PRP$  7  poss
    7  offensive   _          NOUN   NN    5  pobj
    8  .           _          PUNCT  .     3  punct

    # text = Japan sent aid to Bangladesh.
    1  Japan       _     PROPN  NNP  2  nsubj   B-GPE
    2  sent        send  VERB   VBD  0  ROOT
    3  aid         _     NOUN   NN   2  dobj
    4  to          _     ADP    IN   2  dative
    5  Bangladesh  _     PROPN  NNP  4  pobj    B-GPE
    6  .           _     PUNCT  .    2  punct

    # text = Putin met Erdogan in Sochi.
    1  Putin    _     PROPN  NNP  2  nsubj  B-PERSON
    2  met      meet  VERB   VBD  0  ROOT
    3  Erdogan  _     PROPN  NNP  2  dobj   B-PERSON
    4  in       _     ADP    IN   2  prep
    5  Sochi    _     PROPN  NNP  4  pobj   B-GPE
    6  .        _     PUNCT  .    2  punct

    # text = Chinese President Xi Jinping will visit France next week.
    1   Chinese    _  ADJ    JJ   2  amod      B-NORP
    2   President  _  PROPN  NNP  4  compound
    3   Xi         _  PROPN  NNP  4  compound  B-PERSON
    4   Jinping    _  PROPN  NNP  6  nsubj     I-PERSON
    5   will       _  AUX    MD   6  aux
    6   visit      _  VERB   VB   0  ROOT
    7   France     _  PROPN  NNP  6  dobj      B-GPE
    8   next       _  ADJ    JJ   9  amod      B-DATE
    9   week       _  NOUN   NN   6  npadvmod  I-DATE
    10  .          _  PUNCT  .    6  punct

    # text = Russia attacked Ukraine.
    1  Russia    _       PROPN  NNP  2  nsubj  B-GPE
    2  attacked  attack  VERB   VBD  0  ROOT
    3  Ukraine   _       PROPN  NNP  2  dobj   B-GPE
    4  .         _       PUNCT  .    2  punct

    # text = Russia did not attack Ukraine.
    1  Russia   _   PROPN  NNP  4  nsubj  B-GPE
    2  did      do  AUX    VBD  4  aux
    3  not      _   PART   RB   4  neg
    4  attack   _   VERB   VB   0  ROOT
    5  Ukraine  _   PROPN  NNP  4  dobj   B-GPE
    6  .        _   PUNCT  .    4  punct

    # text = Obama said he would not give permission to Russia to help Israel
    1   Obama       _    PROPN  NNP  2   nsubj   B-PERSON
    2   said        say  VERB   VBD  0   ROOT
    3   he          _    PRON   PRP  6   nsubj
    4   would       _    AUX    MD   6   aux
    5   not         _    PART   RB   6   neg
    6   give        _    VERB   VB   2   ccomp
    7   permission  _    NOUN   NN   6   dobj
    8   to          _    ADP    IN   6   dative
    9   Russia      _    PROPN  NNP  8   pobj    B-GPE
    10  to          _    PART   TO   11  aux
    11  help        _    VERB   VB   6   advcl
    12  Israel      _    PROPN  NNP  11  dobj    B-GPE

    # text = If talks fail, Russia could attack Ukraine.
    1  If       _     SCONJ  IN   3  mark
    2  talks    talk  NOUN   NNS  3  nsubj
    3  fail     _     VERB   VBP  7  advcl
    4  ,        _     PUNCT  ,    7  punct
    5  Russia   _     PROPN  NNP  7  nsubj  B-GPE
    6  could    _     AUX    MD   7  aux
    7  attack   _     VERB   VB   0  ROOT
    8  Ukraine  _     PROPN  NNP  7  dobj   B-GPE
    9  .        _     PUNCT  .    7  punct

    # text = Foreign powers should get out of the region, Rouhani said.
    1   Foreign  _      ADJ    JJ   2   amod
    2   powers   power  NOUN   NNS  4   nsubj
    3   should   _      AUX    MD   4   aux
    4   get      _      VERB   VB   11  ccomp
    5   out      _      ADP    IN   4   prep
    6   of       _      ADP    IN   5   prep
    7   the      _      DET    DT   8   det
    8   region   _      NOUN   NN   6   pobj
    9   ,        _      PUNCT  ,    11  punct
    10  Rouhani  _      PROPN  NNP  11  nsubj  B-ORG
    11  said     say    VERB   VBD  0   ROOT
    12  .        _      PUNCT  .    11  punct

    # text = Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with officials saying this is for security reasons.
    1   Germany    _         PROPN  NNP  4   nsubj     B-GPE
    2   on         _         ADP    IN   4   prep
    3   Monday     _         PROPN  NNP  2   pobj      B-DATE
    4   banned     ban       VERB   VBD  0   ROOT
    5   Iranian    _         ADJ    JJ   6   amod      B-NORP
    6   airline    _         NOUN   NN   8   compound
    7   Mahan      _         PROPN  NNP  8   compound  B-FAC
    8   Air        _         PROPN  NNP  4   dobj      I-FAC
    9   from       _         ADP    IN   4   prep
    10  flying     fly       VERB   VBG  9   pcomp
    11  in         _         ADP    IN   10  prep
    12  the        _         DET    DT   14  det
    13  European   _         ADJ    JJ   14  amod      B-NORP
    14  nation     _         NOUN   NN   11  pobj
    15  ,          _         PUNCT  ,    4   punct
    16  with       _         ADP    IN   4   prep
    17  officials  official  NOUN   NNS  16  pobj
    18  saying     say       VERB   VBG  17  acl
    19  this       _         PRON   DT   20  nsubj
    20  is         be        AUX    VBZ  18  ccomp
    21  for        _         ADP    IN   20  prep
    22  security   _         NOUN   NN   23  compound
    23  reasons    reason    NOUN   NNS  21  pobj
    24  .          _         PUNCT  .    4   punct

    # text = Serbian President Vojislav Kostunica promised to democratize Serbia.
    1  Serbian      _        ADJ    JJ   2  amod      B-NORP
    2  President    _        PROPN  NNP  4  compound
    3  Vojislav     _        PROPN  NNP  4  compound  B-PERSON
    4  Kostunica    _        PROPN  NNP  5  nsubj     I-PERSON
    5  promised     promise  VERB   VBD  0  ROOT
    6  to           _        PART   TO   7  aux
    7  democratize  _        VERB   VB   5  xcomp
    8  Serbia       _        PROPN  NNP  7  dobj      B-GPE
    9  .            _        PUNCT  .    5  punct

    # text = Russian officials held talks in Moscow on Monday.
    1  Russian    _         ADJ    JJ   2  amod   B-NORP
    2  officials  official  NOUN   NNS  3  nsubj
    3  held       hold      VERB   VBD  0  ROOT
    4  talks      talk      NOUN   NNS  3  dobj
    5  in         _         ADP    IN   4  prep
    6  Moscow     _         PROPN  NNP  5  pobj   B-GPE
    7  on         _         ADP    IN   3  prep
    8  Monday     _         PROPN  NNP  7  pobj   B-DATE
    9  .          _         PUNCT  .    3  punct

    # text = The United States on Thursday demanded that North Korea forsake its nuclear program.
    1   The       _       DET    DT    3   det       B-GPE
    2   United    _       PROPN  NNP   3   compound  I-GPE
    3   States    _       PROPN  NNP   6   nsubj     I-GPE
    4   on        _       ADP    IN    6   prep
    5   Thursday  _       PROPN  NNP   4   pobj      B-DATE
    6   demanded  demand  VERB   VBD   0   ROOT
    7   that      _       SCONJ  IN    10  mark
    8   North     _       PROPN  NNP   9   compound  B-GPE
    9   Korea     _       PROPN  NNP   10  nsubj     I-GPE
    10  forsake   _       VERB   VBP   6   ccomp
    11  its       _       PRON   PRP$  13  poss
    12  nuclear   _       ADJ    JJ    13  amod
    13  program   _       NOUN   NN    10  dobj
    14  .         _       PUNCT  .     6   punct

    # text = The Turkish and Greek sides have agreed to share information on missing people.
    1   The          _      DET    DT   5   det
    2   Turkish      _      ADJ    JJ   5   amod   B-NORP
    3   and          _      CCONJ  CC   2   cc
    4   Greek        _      ADJ    JJ   2   conj   B-NORP
    5   sides        side   NOUN   NNS  7   nsubj
    6   have         _      AUX    VBP  7   aux
    7   agreed       agree  VERB   VBN  0   ROOT
    8   to           _      PART   TO   9   aux
    9   share        _      VERB   VB   7   xcomp
    10  information  _      NOUN   NN   9   dobj
    11  on           _      ADP    IN   10  prep
    12  missing      miss   VERB   VBG  13  amod
    13  people       _      NOUN   NNS  11  pobj
    14  .            _      PUNCT  .    7   punct

    # text = Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez.
    1   Afghan     _       ADJ    JJ   3   amod      B-NORP
    2   rebel      _       NOUN   NN   3   compound
    3   leaders    leader  NOUN   NNS  4   nsubj
    4   said       say     VERB   VBD  0   ROOT
    5   on         _       ADP    IN   4   prep
    6   Wednesday  _       PROPN  NNP  5   pobj      B-DATE
    7   they       _       PRON   PRP  9   nsubj
    8   would      _       AUX    MD   9   aux
    9   meet       _       VERB   VB   4   ccomp
    10  U.N.       _       PROPN  NNP  11  compound  B-ORG
    11  mediator   _       NOUN   NN   13  compound
    12  Diego      _       PROPN  NNP  13  compound  B-PERSON
    13  Cordovez   _       PROPN  NNP  9   dobj      I-PERSON
    14  .          _       PUNCT  .    4   punct

    # text = President Daniel Moi threatened to institute a curfew in Nairobi.
    1   President   _         PROPN  NNP  3  compound
    2   Daniel      _         PROPN  NNP  3  compound  B-PERSON
    3   Moi         _         PROPN  NNP  4  nsubj     I-PERSON
    4   threatened  threaten  VERB   VBD  0  ROOT
    5   to          _         PART   TO   6  aux
    6   institute   _         VERB   VB   4  xcomp
    7   a           _         DET    DT   8  det
    8   curfew      _         NOUN   NN   6  dobj
    9   in          _         ADP    IN   8  prep
    10  Nairobi     _         PROPN  NNP  9  pobj      B-GPE
    11  .           _         PUNCT  .    4  punct

    # text = Kenyan and Ugandan negotiators return to Geneva this week for talks.
    1   Kenyan       _           PROPN  NNP  4   amod      B-NORP
    2   and          _           CCONJ  CC   1   cc
    3   Ugandan      _           PROPN  NNP  1   conj      B-GPE
    4   negotiators  negotiator  NOUN   NNS  5   nsubj
    5   return       _           VERB   VBP  0   ROOT
    6   to           _           ADP    IN   5   prep
    7   Geneva       _           PROPN  NNP  6   pobj      B-GPE
    8   this         _           DET    DT   9   det       B-DATE
    9   week         _           NOUN   NN   5   npadvmod  I-DATE
    10  for          _           ADP    IN   5   prep
    11  talks        talk        NOUN   NNS  10  pobj
    12  .            _           PUNCT  .    5   punct

    # text = The Kenyan government hoped for more talks with Ugandan officials.
    1   The         _         DET    DT   3   det
    2   Kenyan      _         ADJ    JJ   3   amod      B-NORP
    3   government  _         NOUN   NN   4   nsubj
    4   hoped       hop       VERB   VBD  0   ROOT
    5   for         _         ADP    IN   4   prep
    6   more        _         ADJ    JJR  7   amod
    7   talks       talk      NOUN   NNS  5   pobj
    8   with        _         ADP    IN   7   prep
    9   Ugandan     _         PROPN  NNP  10  compound  B-ORG
    10  officials   official  NOUN   NNS  8   pobj
    11  .           _         PUNCT  .    4   punct

    # text = Palestinians of the Israeli-occupied West Bank shunned work on Monday to protest at settlement of Russian Jewish immigrants on Arab land.
    1   Palestinians  _          PROPN  NNPS  9   nsubj     B-NORP
    2   of            _          ADP    IN    1   prep
    3   the           _          DET    DT    8   det
    4   Israeli       _          PROPN  NNP   6   npadvmod  B-NORP
    5   -             _          PUNCT  HYPH  6   punct
    6   occupied      occupy     VERB   VBN   8   amod
    7   West          _          PROPN  NNP   8   compound  B-GPE
    8   Bank          _          PROPN  NNP   2   pobj      I-GPE
    9   shunned       shun       VERB   VBD   0   ROOT
    10  work          _          NOUN   NN    9   dobj
    11  on            _          ADP    IN    9   prep
    12  Monday        _          PROPN  NNP   11  pobj      B-DATE
    13  to            _          PART   TO    14  aux
    14  protest       _          VERB   VB    9   advcl
    15  at            _          ADP    IN    14  prep
    16  settlement    _          NOUN   NN    15  pobj
    17  of            _          ADP    IN    16  prep
    18  Russian       _          ADJ    JJ    20  amod      B-NORP
    19  Jewish        _          ADJ    JJ    20  amod      I-NORP
    20  immigrants    immigrant  NOUN   NNS   17  pobj
    21  on            _          ADP    IN    20  prep
    22  Arab          _          ADJ    JJ    23  amod      B-NORP
    23  land          _          NOUN   NN    21  pobj
    24  .             _          PUNCT  .     9   punct

    # text = A Kenyan opposition leader staged a hunger strike in prison in protest against his detention.
    1   A           _     DET    DT    4   det
    2   Kenyan      _     ADJ    JJ    4   amod      B-NORP
    3   opposition  _     NOUN   NN    4   compound
    4   leader      _     NOUN   NN    5   nsubj
    5   staged      stag  VERB   VBD   0   ROOT
    6   a           _     DET    DT    8   det
    7   hunger      _     NOUN   NN    8   compound
    8   strike      _     NOUN   NN    5   dobj
    9   in          _     ADP    IN    8   prep
    10  prison      _     NOUN   NN    9   pobj
    11  in          _     ADP    IN    5   prep
    12  protest     _     NOUN   NN    11  pobj
    13  against     _     ADP    IN    12  prep
    14  his         _     PRON   PRP$  15  poss
    15  detention   _     NOUN   NN    13  pobj
    16  .           _     PUNCT  .     5   punct

    # text = Kenyan farmers blocked the highway to protest against the government's tax.
    1   Kenyan      _       ADJ    JJ   2   amod   B-NORP
    2   farmers     farmer  NOUN   NNS  3   nsubj
    3   blocked     block   VERB   VBD  0   ROOT
    4   the         _       DET    DT   5   det
    5   highway     _       NOUN   NN   3   dobj
    6   to          _       PART   TO   7   aux
    7   protest     _       VERB   VB   3   advcl
    8   against     _       ADP    IN   7   prep
    9   the         _       DET    DT   10  det
    10  government  _       NOUN   NN   12  poss
    11  's          _       PART   POS  10  case
    12  tax         _       NOUN   NN   8   pobj
    13  .           _       PUNCT  .    3   punct

    # text = The IAEA has sent inspectors to Iran to monitor the nuclear plant.
    1   The         _          DET    DT   2   det
    2   IAEA        _          PROPN  NNP  4   nsubj  B-ORG
    3   has         have       AUX    VBZ  4   aux
    4   sent        send       VERB   VBN  0   ROOT
    5   inspectors  inspector  NOUN   NNS  4   dobj
    6   to          _          ADP    IN   4   prep
    7   Iran        _          PROPN  NNP  6   pobj   B-GPE
    8   to          _          PART   TO   9   aux
    9   monitor     _          VERB   VB   4   advcl
    10  the         _          DET    DT   12  det
    11  nuclear     _          ADJ    JJ   12  amod
    12  plant       _          NOUN   NN   9   dobj
    13  .           _          PUNCT  .    4   punct

    # text = Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to opening up the economy but will not be rushed, in a rare interview late on Friday.
    1   Planning    _       NOUN   NN   4   nmod
    2   and         _       CCONJ  CC   1   cc
    3   Investment  _       PROPN  NNP  1   conj
    4   Minister    _       PROPN  NNP  7   compound
    5   Tran        _       PROPN  NNP  7   compound   B-PERSON
    6   Xuan        _       PROPN  NNP  7   compound   I-PERSON
    7   Gia         _       PROPN  NNP  8   nsubj      I-PERSON
    8   said        say     VERB   VBD  0   ROOT
    9   Vietnam     _       PROPN  NNP  11  nsubjpass  B-GPE
    10  is          be      AUX    VBZ  11  auxpass
    11  committed   commit  VERB   VBN  8   ccomp
    12  to          _       ADP    IN   11  prep
    13  opening     open    VERB   VBG  12  pcomp
    14  up          _       ADP    RP   13  prt
    15  the         _       DET    DT   16  det
    16  economy     _       NOUN   NN   13  dobj
    17  but         _       CCONJ  CC   11  cc
    18  will        _       AUX    MD   21  aux
    19  not         _       PART   RB   21  neg
    20  be          _       AUX    VB   21  auxpass
    21  rushed      rush    VERB   VBN  11  conj
    22  ,           _       PUNCT  ,    21  punct
    23  in          _       ADP    IN   21  prep
    24  a           _       DET    DT   26  det
    25  rare        _       ADJ    JJ   26  amod
    26  interview   _       NOUN   NN   23  pobj
    27  late        _       ADV    RB   21  advmod
    28  on          _       ADP    IN   21  prep
    29  Friday      _       PROPN  NNP  28  pobj       B-DATE
    30  .           _       PUNCT  .    8   punct

    # text = Kenyan soldiers committed atrocities in Somalia.
    1  Kenyan      _         ADJ    JJ   2  amod   B-NORP
    2  soldiers    soldier   NOUN   NNS  3  nsubj
    3  committed   commit    VERB   VBD  0  ROOT
    4  atrocities  atrocity  NOUN   NNS  3  dobj
    5  in          _         ADP    IN   3  prep
    6  Somalia     _         PROPN  NNP  5  pobj   B-GPE
    7  .           _         PUNCT  .    3  punct

    # text = Kenya said it is willing to withdraw its troops from Somalia.
    1   Kenya     _      PROPN  NNP   2   nsubj  B-GPE
    2   said      say    VERB   VBD   0   ROOT
    3   it        _      PRON   PRP   4   nsubj
    4   is        be     AUX    VBZ   2   ccomp
    5   willing   _      ADJ    JJ    4   acomp
    6   to        _      PART   TO    7   aux
    7   withdraw  _      VERB   VB    5   xcomp
    8   its       _      PRON   PRP$  9   poss
    9   troops    troop  NOUN   NNS   7   dobj
    10  from      _      ADP    IN    7   prep
    11  Somalia   _      PROPN  NNP   10  pobj   B-GPE
    12  .         _      PUNCT  .     2   punct

    # text = Montenegro's prime minister has been indicted by the U.N. war crimes court and will resign.
    1   Montenegro  _       PROPN  NNP  4   poss       B-GPE
    2   's          _       PART   POS  1   case
    3   prime       _       ADJ    JJ   4   amod
    4   minister    _       NOUN   NN   7   nsubjpass
    5   has         have    AUX    VBZ  7   aux
    6   been        be      AUX    VBN  7   auxpass
    7   indicted    indict  VERB   VBN  0   ROOT
    8   by          _       ADP    IN   7   agent
    9   the         _       DET    DT   13  det
    10  U.N.        _       PROPN  NNP  13  compound   B-ORG
    11  war         _       NOUN   NN   12  compound
    12  crimes      crime   NOUN   NNS  13  compound
    13  court       _       NOUN   NN   8   pobj
    14  and         _       CCONJ  CC   7   cc
    15  will        _       AUX    MD   16  aux
    16  resign      _       VERB   VB   7   conj
    17  .           _       PUNCT  .    7   punct

    # text = Two Kenyan aid workers were kidnapped by Somali militants and killed.
    1   Two        _         NUM    CD   4  nummod     B-CARDINAL
    2   Kenyan     _         ADJ    JJ   4  amod       B-NORP
    3   aid        _         NOUN   NN   4  compound
    4   workers    worker    NOUN   NNS  6  nsubjpass
    5   were       be        AUX    VBD  6  auxpass
    6   kidnapped  kidnap    VERB   VBN  0  ROOT
    7   by         _         ADP    IN   6  agent
    8   Somali     _         ADJ    JJ   9  amod       B-NORP
    9   militants  militant  NOUN   NNS  7  pobj
    10  and        _         CCONJ  CC   6  cc
    11  killed     kill      VERB   VBN  6  conj
    12  .          _         PUNCT  .    6  punct
    """,
    SHARED,
)
