"""Nouns that name an event (``events/data/nouns.csv``), on sentences of the PLOVER gold
standard (PLOVER-GSR01, CC BY-SA 4.0, Open Event Data Alliance, quoted with their ids) and
of English Wikinews (CC BY 2.5, © Wikinews contributors; article URL beside each)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def top(coded):
    return max(coded.events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # PLOVER-GSR01-PROTEST-0016: "general" is an adjective before the noun
        (
            "Seven opposition parties in Nepal have organized a general strike that shut down "
            "Khatmandu in protest of last week's arrest of a number of activists.",
            None,
            ("PROTEST", "143", "strike"),
        ),
        # PLOVER-GSR01-RETREAT-0018
        (
            "The United States speeded up the withdrawal of some invasion forces from Panama on "
            "Wednesday, but defence officials cautioned that no deadline had been set for "
            "complete removal of the troops.",
            None,
            ("RETREAT", "087", "withdrawal"),
        ),
        # https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation
        (
            '"[T]he House of Representatives is moving forward with an official impeachment '
            'inquiry," she announced.',
            "2019-09-25",
            ("ACCUSE", "090", "inquiry"),
        ),
    ],
)
def test_an_event_noun_is_the_event(code, sentence, date, expected):
    event = top(code(sentence, date))
    assert (event.event, event.cameo, event.event_text) == expected


def test_a_bare_strike_is_not_a_labour_strike(code):
    # https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani
    coded = code(
        "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public "
        "mourning after the strike.",
        "2020-01-05",
    )
    assert "PROTEST" not in [e.event for e in coded.events]
