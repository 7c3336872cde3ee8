"""Events with no one named as acting: PLOVER's "generic unidentified actor" (sector UNK,
"two civilians were killed by a bomb"). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def parties(event):
    return (
        event.event,
        tuple(p.actor.country for p in event.actor),
        tuple(p.actor.country for p in event.recipient),
    )


def test_a_passive_attack_without_an_agent_is_coded_with_no_actor(code):
    coded = code("Four Kenyan soldiers were killed near the border on Monday.", None)
    assert [parties(e) for e in coded.events] == [("ASSAULT", (), ("KEN",))]
    assert "agentless" in coded.events[0].rule


def test_an_explosion_as_subject_is_no_actor(code):
    coded = code("A roadside bomb killed two Nigerian policemen on Sunday.", None)
    assert [parties(e) for e in coded.events] == [("ASSAULT", (), ("NGA",))]


def test_a_passive_with_a_by_agent_keeps_the_agent(code):
    coded = code("Two Kenyan soldiers were killed by Somali militants on Monday.", None)
    assert ("ASSAULT", ("SOM",), ("KEN",)) in [parties(e) for e in coded.events]


def test_a_verbal_act_without_an_actor_is_no_event(code):
    # "Iran was accused" names no accuser: not worth an event
    coded = code("Iran was accused of hiding its nuclear program.", None)
    assert [e for e in coded.events if e.event == "ACCUSE"] == []


def test_with_no_actor_a_place_is_only_where_it_happened(code):
    # "abroad" needs an actor to be abroad from: no event with Uganda as the recipient
    coded = code("A missionary was arrested in Uganda on Monday.", None)
    assert [e for e in coded.events if e.recipient] == []
