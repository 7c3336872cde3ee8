"""The news-events suite's scoring and the dev cases it shows (`dyad.eval.newsevents`)."""

from __future__ import annotations

from typing import Any

from dyad.eval.newsevents import dev_cases, score_split
from dyad.records import Actor, Event, Participant


def _party(code: str) -> Participant:
    return Participant(Actor(None, code, code[:3], code[3:] or None, None), 0, 3, code)


def _event(kind: str, actor: str, recipient: str | None, counted: bool = True) -> Event:
    return Event(
        id="e",
        date=None,
        event=kind,
        mode=None,
        context=(),
        cameo=None,
        goldstein=None,
        quad_code=0,
        actor=(_party(actor),),
        recipient=(_party(recipient),) if recipient else (),
        event_text="x",
        sentence=0,
        start=0,
        end=1,
        confidence=0.5 if counted else 0.05,
        counted=counted,
    )


def _gold(kind: str, actor: str, recipient: str | None) -> dict[str, Any]:
    return {
        "type": kind,
        "actors": [{"code": actor}],
        "recipients": [{"code": recipient}] if recipient else [],
    }


GOLD = {
    "a:1": [_gold("ACCUSE", "USAGOV", "CHNGOV")],
    "a:2": [_gold("ASSAULT", "SYRMIL", None)],
    "a:3": [],
}
TEXT = {"a:1": "The US accused China.", "a:2": "Troops shelled the town.", "a:3": "Rain."}


def test_dev_cases_list_only_sentences_whose_counted_events_differ_from_the_gold() -> None:
    predicted = {
        "a:1": [_event("ACCUSE", "USAGOV", "CHNGOV")],  # right
        "a:2": [_event("ASSAULT", "SYRMIL", None, counted=False)],  # right but not counted
        "a:3": [_event("REQUEST", "USAGOV", None)],  # no gold event
    }
    cases = {c.id: c for c in dev_cases(GOLD, TEXT, GOLD, predicted)}
    assert set(cases) == {"a:2", "a:3"}
    assert cases["a:2"].gold == "ASSAULT SYR -> ?" and cases["a:2"].got == "no event"
    assert cases["a:3"].gold == "no event" and cases["a:3"].got == "REQUEST USA -> ?"
    assert cases["a:3"].text == "Rain."


def test_a_wrong_recipient_counts_for_the_type_but_not_the_triple() -> None:
    predicted = {"a:1": [_event("ACCUSE", "USAGOV", "RUSGOV")]}
    total, by_type = score_split(["a:1"], GOLD, predicted, lambda e: e.counted)
    m = total.metrics()
    assert m["type_precision"] == 1.0 and m["triple_precision"] == 0.0
    assert by_type["ACCUSE"].metrics()["type_recall"] == 1.0
