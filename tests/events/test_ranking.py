"""Which event of a sentence ranks first, on sentences of the PLOVER gold standard
(PLOVER-GSR01, CC BY-SA 4.0, Open Event Data Alliance), quoted with their ids."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def top(coded):
    return max(coded.events, key=lambda e: e.confidence)


def test_the_main_clause_outranks_a_subordinate_one(code):
    # PLOVER-GSR01-DISAPPROVE-0005: "ignoring" hangs from "accused" as an adverbial clause
    coded = code(
        "Human rights watchdog Amnesty International accused the United States of violating "
        "human rights, ignoring international law and sending a ``permissive signal to abusive "
        "governments''.",
        None,
    )
    assert (top(coded).event, top(coded).event_text) == ("ACCUSE", "accused")
    ignoring = next(e for e in coded.events if e.event_text == "ignoring")
    assert ignoring.rule.endswith("+ subordinate clause")


def test_an_infinitive_of_purpose_is_not_background(code):
    # PLOVER-GSR01-PROTEST-0007: "to protest" is what the hunger strike is for
    coded = code(
        "Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's "
        "decision to send them back to Bulgaria, where they say they face imprisonment, "
        "homelessness and persecution.",
        None,
    )
    protest = next(e for e in coded.events if e.event_text == "protest")
    assert "subordinate" not in protest.rule
