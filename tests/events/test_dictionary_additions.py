"""More of dyad's PLOVER defaults in ``events/data/dyad.verbs.txt`` (issue #5), each found
reading a plover-gsr dev error; sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.events.verbdict import read_verb_dictionary


@pytest.mark.model
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
def test_plover_defaults_for_phoenix_verbs(code, sentence, expected):
    top = max(code(sentence, None).events, key=lambda e: e.confidence)
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


@pytest.mark.model
def test_a_swearing_in_is_no_event(code):
    assert code("The new Kenyan minister was sworn in on Monday.", None).events == ()
