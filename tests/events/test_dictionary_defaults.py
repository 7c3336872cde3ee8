"""dyad's PLOVER defaults for Phoenix verbs (``events/data/dyad.verbs.txt``), on sentences
from English Wikinews (CC BY 2.5, © Wikinews contributors; each sentence's article URL is
beside it)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "date", "trigger", "expected"),
    [
        # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
        # Phoenix codes a bare "agree" 050 (SUPPORT); an agreement is AGREE
        (
            "In the November 27 deal, Turkey and Libya agreed on a line as their shared maritime "
            "border that would make the sea between Crete and Cyprus a part of the Turkish EEZ.",
            "2020-01-11",
            "agreed",
            ("AGREE", "030", ("TUR", "LBY")),
        ),
        # https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
        # Phoenix's REFUSE block has no code
        (
            "He also noted that the Libyan House of Representatives rejected the demarcation, and "
            "that Greece and Turkey might end up before International Court of Justice in the "
            "Hague if talks would fail.",
            "2020-01-10",
            "rejected",
            ("REJECT", "120", ("LBY",)),
        ),
        # https://en.wikinews.org/wiki/UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision
        # "urge" is missing from Phoenix's verbs
        (
            "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US "
            "Secretary of State Mike Pompeo about the case.",
            "2019-10-10",
            "urged",
            ("REQUEST", "020", ("GBR",)),
        ),
    ],
)
def test_a_bare_verb_takes_the_code_of_what_it_names(code, sentence, date, trigger, expected):
    event = next(e for e in code(sentence, date).events if e.event_text == trigger)
    assert (event.event, event.cameo, tuple(p.actor.country for p in event.actor)) == expected
