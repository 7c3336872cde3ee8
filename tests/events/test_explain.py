"""``dyad explain``: every trigger gets a decision with its rule and reason."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from dyad.api import explain
from dyad.cli import main

pytestmark = pytest.mark.model

DATE = dt.date(2026, 2, 4)


def _decisions(ex, trigger):
    return [d for d in ex.decisions if d.trigger == trigger]


def test_an_emitted_event_shows_the_dictionary_rule_that_fired():
    ex = explain("Putin thanked Xi for introducing a visa-free regime for Russians.", DATE)
    (thanks,) = _decisions(ex, "thanked")
    assert (thanks.outcome, thanks.event, thanks.actors, thanks.recipients) == (
        "emitted",
        "SUPPORT",
        ("Putin",),
        ("Xi",),
    )
    assert "THANK" in thanks.rule
    assert [e.event_text for e in ex.events] == ["thanked"]


def test_a_reporting_verb_is_dropped_for_the_action_it_reports():
    ex = explain("Russia did not attack Ukraine, the ministry said.", DATE)
    (said,) = _decisions(ex, "said")
    assert said.outcome == "dropped" and "governs 'attack'" in said.reason
    (attack,) = _decisions(ex, "attack")
    assert attack.outcome == "emitted" and "negated" in attack.reason


def test_an_event_type_that_needs_a_recipient_is_dropped_with_one_party():
    ex = explain("Japan provided humanitarian aid.", DATE)
    (provided,) = _decisions(ex, "provided")
    assert provided.outcome == "dropped"
    assert provided.reason == "one party only; AID needs a recipient"


def test_a_verb_missing_from_the_dictionary_is_named():
    ex = explain("Putin yawned.", DATE)
    (yawned,) = _decisions(ex, "yawned")
    assert yawned.reason == "no entry for the verb 'yawn' in the verb dictionary"
    assert ex.events == ()


def test_the_parse_is_shown_token_by_token():
    ex = explain("Putin met Xi.", DATE)
    met = next(t for t in ex.tokens if t.text == "met")
    assert (met.dep, met.head) == ("ROOT", met.i)
    assert [m.actor.code for m in ex.mentions] == ["RUSGOV", "CHNGOV"]


def test_explain_command_prints_decisions_as_json():
    result = CliRunner().invoke(
        main,
        ["explain", "Russia did not attack Ukraine.", "--date", "2026-02-04", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    (attack,) = [d for d in out["decisions"] if d["trigger"] == "attack"]
    assert attack["outcome"] == "emitted" and out["events"][0]["negated"] is True


def test_explain_command_pretty_output_names_the_reason():
    result = CliRunner().invoke(main, ["explain", "Putin yawned."])
    assert result.exit_code == 0, result.output
    assert "no entry for the verb 'yawn'" in result.stdout


def test_explain_refuses_an_empty_text():
    result = CliRunner().invoke(main, ["explain", "  "])
    assert result.exit_code == 2 and "empty" in result.output
