"""``dyad explain``: every trigger gets a decision with its rule and reason. The explanation
of hand-built parses (en_core_web_sm's, in the bank at the end) of sentences written for these
tests; the command with the model."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.events.explain import Explanation, explanation
from dyad.events.trace import Decision
from tests.parses import Parses, records, run_stages

model = pytest.mark.model


def explain(text: str, date: str = "2026-02-04") -> Explanation:
    # as dyad.api.explain does, on the hand-built parse
    trace: list[Decision] = []
    doc = run_stages(PARSES.doc(text), date, trace=trace)
    return explanation(records(doc), doc, trace)


def _decisions(ex, trigger):
    return [d for d in ex.decisions if d.trigger == trigger]


def test_an_emitted_event_shows_the_dictionary_rule_that_fired():
    ex = explain("Putin thanked Xi for introducing a visa-free regime for Russians.")
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
    ex = explain("Russia did not attack Ukraine, the ministry said.")
    (said,) = _decisions(ex, "said")
    assert said.outcome == "dropped" and "governs 'attack'" in said.reason
    (attack,) = _decisions(ex, "attack")
    assert attack.outcome == "emitted" and "negated" in attack.reason


def test_an_event_type_that_needs_a_recipient_is_dropped_with_one_party():
    ex = explain("Japan provided humanitarian aid.")
    (provided,) = _decisions(ex, "provided")
    assert provided.outcome == "dropped"
    assert provided.reason == "one party only; AID needs a recipient"


def test_a_verb_missing_from_the_dictionary_is_named():
    ex = explain("Putin yawned.")
    (yawned,) = _decisions(ex, "yawned")
    assert yawned.reason == "no entry for the verb 'yawn' in the verb dictionary"
    assert ex.events == ()


def test_the_parse_is_shown_token_by_token():
    ex = explain("Putin met Xi.")
    met = next(t for t in ex.tokens if t.text == "met")
    assert (met.dep, met.head) == ("ROOT", met.i)
    assert [m.actor.code for m in ex.mentions] == ["RUSGOV", "CHNGOV"]


@model
def test_explain_command_prints_decisions_as_json():
    result = CliRunner().invoke(
        main,
        ["explain", "Russia did not attack Ukraine.", "--date", "2026-02-04", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    (attack,) = [d for d in out["decisions"] if d["trigger"] == "attack"]
    assert attack["outcome"] == "emitted" and out["events"][0]["negated"] is True


@model
def test_explain_command_pretty_output_names_the_reason():
    result = CliRunner().invoke(main, ["explain", "Putin yawned."])
    assert result.exit_code == 0, result.output
    assert "no entry for the verb 'yawn'" in result.stdout


def test_explain_refuses_an_empty_text():
    result = CliRunner().invoke(main, ["explain", "  "])
    assert result.exit_code == 2 and "empty" in result.output


# en_core_web_sm's parses of the texts above
PARSES = Parses(
    r"""
    # text = Putin thanked Xi for introducing a visa-free regime for Russians.
    1   Putin        _          PROPN  NNP   2   nsubj     B-PERSON
    2   thanked      thank      VERB   VBD   0   ROOT
    3   Xi           _          PROPN  NNP   2   dobj      B-PERSON
    4   for          _          ADP    IN    2   prep
    5   introducing  introduce  VERB   VBG   4   pcomp
    6   a            _          DET    DT    10  det
    7   visa         _          NOUN   NN    9   npadvmod
    8   -            _          PUNCT  HYPH  9   punct
    9   free         _          ADJ    JJ    10  amod
    10  regime       _          NOUN   NN    5   dobj
    11  for          _          ADP    IN    10  prep
    12  Russians     _          PROPN  NNPS  11  pobj      B-NORP
    13  .            _          PUNCT  .     2   punct

    # text = Russia did not attack Ukraine, the ministry said.
    1   Russia    _    PROPN  NNP  4  nsubj  B-GPE
    2   did       do   AUX    VBD  4  aux
    3   not       _    PART   RB   4  neg
    4   attack    _    VERB   VB   9  ccomp
    5   Ukraine   _    PROPN  NNP  4  dobj   B-GPE
    6   ,         _    PUNCT  ,    9  punct
    7   the       _    DET    DT   8  det
    8   ministry  _    NOUN   NN   9  nsubj
    9   said      say  VERB   VBD  0  ROOT
    10  .         _    PUNCT  .    9  punct

    # text = Japan provided humanitarian aid.
    1  Japan         _        PROPN  NNP  2  nsubj  B-GPE
    2  provided      provide  VERB   VBD  0  ROOT
    3  humanitarian  _        ADJ    JJ   4  amod
    4  aid           _        NOUN   NN   2  dobj
    5  .             _        PUNCT  .    2  punct

    # text = Putin yawned.
    1  Putin   _     PROPN  NNP  2  nsubj  B-PERSON
    2  yawned  yawn  VERB   VBD  0  ROOT
    3  .       _     PUNCT  .    2  punct

    # text = Putin met Xi.
    1  Putin  _     PROPN  NNP  2  nsubj  B-PERSON
    2  met    meet  VERB   VBD  0  ROOT
    3  Xi     _     PROPN  NNP  2  dobj   B-PERSON
    4  .      _     PUNCT  .    2  punct
    """
)
