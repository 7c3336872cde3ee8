"""Modality on sentences of the PLOVER gold standard (PLOVER-GSR01, CC BY-SA 4.0, Open Event
Data Alliance), quoted with their ids; the rules alone on a hand-built parse."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dyad.events.modality import Modality, modality, recode
from dyad.events.scoring import code_event

model = pytest.mark.model


def only(coded):
    (event,) = coded.events
    return (
        event.event,
        event.cameo,
        tuple(p.actor.country for p in event.actor),
        tuple(p.actor.country for p in event.recipient),
    )


@model
def test_a_reported_obligation_is_a_demand_of_the_one_who_must_act(code):
    # PLOVER-GSR01-DEMAND-0028: "return" is the content of the demand, not a return
    coded = code(
        "Russia said on Tuesday that Sudan must return a Mi-26 helicopter that was captured "
        "by the Sudanese authorities.",
        None,
    )
    demand = next(e for e in coded.events if e.event_text == "return")
    assert (demand.event, demand.cameo) == ("REQUEST", "100")
    assert [p.actor.country for p in demand.actor] == ["RUS"]
    assert [p.actor.country for p in demand.recipient] == ["SDN"]


@model
def test_material_conflict_announced_for_the_future_is_a_threat(code):
    # PLOVER-GSR01-THREATEN-0007: a boycott announced, CAMEO 1312 threaten to boycott
    coded = code(
        "Palestinian leaders said they would boycott all official contact with the United States.",
        None,
    )
    assert only(coded) == ("THREATEN", "1312", ("PSE",), ("USA",))
    assert "future conflict -> threat" in coded.events[0].rule


@model
def test_a_withdrawal_held_over_a_condition_is_a_threat(code):
    # PLOVER-GSR01-THREATEN-0003: CAMEO 136, threaten to halt international involvement
    coded = code(
        "Nigeria today announced that it will withdraw their peacekeeping force from Chad "
        "unless President Goukouni Oueddei arranged a ceasefire with rebels fighting to topple "
        "his government and held elections within four months.",
        None,
    )
    withdraw = next(e for e in coded.events if e.event_text == "withdraw")
    assert (withdraw.event, withdraw.cameo) == ("THREATEN", "136")


def _willing_to_withdraw() -> Doc:
    # PLOVER-GSR01-AGREE-0034, "Syria says it is willing to withdraw its troops from
    # neighboring Lebanon", as en_core_web_sm parses it
    return Doc(
        English().vocab,
        words=["Syria", "says", "it", "is", "willing", "to", "withdraw", "its", "troops"],
        heads=[1, 1, 3, 1, 3, 6, 4, 8, 6],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "aux", "xcomp", "poss", "dobj"],
        pos=["PROPN", "VERB", "PRON", "AUX", "ADJ", "PART", "VERB", "PRON", "NOUN"],
        lemmas=["Syria", "say", "it", "be", "willing", "to", "withdraw", "its", "troop"],
    )


def test_willingness_to_withdraw_is_an_intent_to_de_escalate():
    withdraw = _willing_to_withdraw()[6]
    mood = modality(withdraw)
    assert mood.ready and not mood.future
    # CAMEO 0356, express intent to de-escalate military engagement; CAMEO2PLOVER: AGREE
    cameo, note, _ = recode(code_event("0874"), mood)
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


@model
def test_a_leader_prepared_to_lift_a_ban_agrees(code):
    # PLOVER-GSR01-AGREE-0023
    coded = code(
        "In an interview this weekend, President Abdelaziz Bouteflika said he is prepared to "
        "lift ban on Islamic Salvation Front (FIS) but not with its historical leadership.",
        None,
    )
    lift = next(e for e in coded.events if e.event_text == "lift")
    assert (lift.event, lift.cameo) == ("AGREE", "0351")


def test_petrarch_mode_leaves_announced_conflict_and_readiness_alone():
    mood = modality(_willing_to_withdraw()[6])
    assert recode(code_event("0874"), mood, petrarch=True)[:2] == ("0874", "")
    future = Modality(future=True)
    assert recode(code_event("163"), future, petrarch=True)[:2] == ("163", "")
    assert recode(code_event("163"), future)[0] == "1312"


def test_petrarch_mode_leaves_announced_cooperation_alone():
    # PETRARCH2's unit tests code "Arnor will contribute a million rupees to Gondor" 071 and
    # "will meet" 031: no future -> intent recoding
    future = Modality(future=True)
    assert recode(code_event("071"), future, petrarch=True)[:2] == ("071", "")
    assert recode(code_event("071"), future)[1] == " + future -> intent"


@model
def test_an_army_preparing_to_fight_mobilizes(code):
    # PLOVER-GSR01-MOBILIZE-0001; PLOVER manual, MOBILIZE: readiness, not a verbal threat
    coded = code(
        "The Macedonian army prepared to resume shelling Albanian rebel-held territory as "
        "attempts to resolve the crisis on the political front were deadlocked.",
        None,
    )
    top = max(coded.events, key=lambda e: e.confidence)
    assert (top.event, top.cameo) == ("MOBILIZE", "150")


def test_a_vow_to_fight_stays_a_threat_and_preparing_a_sanction_is_no_mobilization():
    assert recode(code_event("190"), Modality(future=True))[0] == "1384"
    prepared = Modality(future=True, prepared=True)
    assert recode(code_event("190"), prepared)[0] == "150"
    assert recode(code_event("163"), prepared)[0] == "1312"
