"""Titles: an article's title is coded as a sentence of its own (``Event.part`` ``title``).

A headline usually restates an event the text reports ("Sixteen states sue Trump" above
"Sixteen states sued President Trump on Monday ..."). Counted twice, one lawsuit would weigh
twice in its pair's aggregates; so a title event the text also reports (the same type
between the same countries) is stored with ``counted`` False. A title event the text does
not report (headlines summarise) counts like any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dyad.records import Event, Participant


def _parties(parties: Iterable[Participant]) -> frozenset[str]:
    return frozenset(p.actor.country or p.actor.code or "" for p in parties) - {""}


def _key(e: Event) -> tuple[str | None, frozenset[str], frozenset[str]]:
    return (e.event, _parties(e.actor), _parties(e.recipient))


def count_title_events(title: Iterable[Event], text: Iterable[Event]) -> list[Event]:
    """The title's events, those the text also reports not counted."""
    reported = {_key(e) for e in text}
    return [replace(e, counted=False) if _key(e) in reported else e for e in title]
