"""The learned stage's models: the contextual trigger model, its gate and its file format."""

from __future__ import annotations

from dataclasses import replace

import numpy
import pytest

from dyad.events import learned
from dyad.events.component import EventComponent
from dyad.events.features import TextContext, trigger_features
from dyad.events.learned import EventModel, LinearModel, load_event_model, type_probabilities
from dyad.pipeline import code_inspected
from dyad.records import Article

LABELS = ("NONE", "ACCUSE", "SUPPORT")


def _linear(dense: numpy.ndarray | None = None) -> LinearModel:
    weights = {"lemma=praise": numpy.array([-1.0, 0.0, 2.0])}
    return LinearModel(LABELS, numpy.array([0.5, 0.0, 0.0]), weights, dense)


def test_dense_weights_add_their_product_with_the_vector() -> None:
    dense = numpy.array([[0.0, 0.0], [1.0, -1.0], [0.0, 3.0]])
    model = _linear(dense)
    vector = numpy.array([0.5, 1.0], dtype="float32")
    z = numpy.array([0.5 - 1.0, 0.5 - 1.0, 2.0 + 3.0])
    expected = numpy.exp(z - z.max()) / numpy.exp(z - z.max()).sum()
    numpy.testing.assert_allclose(model.probabilities(["lemma=praise"], vector), expected)
    # without a vector the dense part is left out, as for the sparse model
    numpy.testing.assert_allclose(
        model.probabilities(["lemma=praise"]), _linear().probabilities(["lemma=praise"])
    )


def test_model_file_round_trip_keeps_the_contextual_model_and_gate() -> None:
    dense = numpy.array([[0.0, 0.0], [1.0, -1.0], [0.0, 3.0]])
    written = EventModel(
        _linear(), _linear(), ((), ()), 0.1, 0.4, {}, contextual=_linear(dense), gate=0.15
    )
    model = EventModel.from_json(replace(written, encoder_layers=1).to_json())
    assert model.gate == 0.15 and model.encoder_layers == 1
    assert model.contextual is not None and model.contextual.dense is not None
    numpy.testing.assert_allclose(model.contextual.dense, dense)


def test_a_model_file_without_a_contextual_model_reads_as_sparse_only() -> None:
    plain = EventModel(_linear(), _linear(), ((), ()), 0.1, 0.4, {})
    read = EventModel.from_json(plain.to_json())
    assert read.contextual is None
    assert "contextual" not in plain.to_json()


@pytest.fixture(scope="module")
def seed_proposals(nlp) -> tuple:  # the session's pipeline (tests/conftest.py)
    component = nlp.get_pipe("dyad_events")
    assert isinstance(component, EventComponent)
    text = (
        "Russian President Vladimir Putin praised Chinese President Xi Jinping on Wednesday. "
        "The weather in Moscow was cold."
    )
    _, doc = code_inspected(nlp, Article(id="t", text=text))
    mentions = list(doc._.mentions or [])
    proposals = component.coder.propose(doc, mentions, None, frozenset())
    return doc, proposals


@pytest.mark.model
def test_a_closed_gate_never_runs_the_encoder(
    seed_proposals: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, proposals = seed_proposals
    model = load_event_model()
    assert model is not None and model.contextual is not None

    def refuse(*_: object) -> numpy.ndarray:
        raise AssertionError("the encoder ran on a sentence the gate keeps closed")

    monkeypatch.setattr(learned, "trigger_vectors", refuse)
    closed = replace(model, gate=1.01)
    context = TextContext.of(doc, proposals)
    got = type_probabilities(proposals, closed, False, context)
    for proposal, probs in zip(proposals, got, strict=True):
        sparse = model.trigger.probabilities(trigger_features(proposal, False, context))
        numpy.testing.assert_array_equal(probs, sparse)


@pytest.mark.model
def test_an_open_gate_lets_the_contextual_model_decide(seed_proposals: tuple) -> None:
    doc, proposals = seed_proposals
    model = load_event_model()
    assert model is not None and model.contextual is not None
    opened = replace(model, gate=0.0, blend=1.0)
    context = TextContext.of(doc, proposals)
    got = type_probabilities(proposals, opened, False, context)
    praise = next(k for k, p in enumerate(proposals) if p.candidate.trigger.lower_ == "praised")
    vector = learned.trigger_vectors([proposals[praise]], model.encoder_layers)[0]
    assert vector.any()
    features = trigger_features(proposals[praise], False, context)
    numpy.testing.assert_allclose(
        got[praise], model.contextual.probabilities(features, vector), atol=1e-9
    )


@pytest.mark.model
def test_a_blended_model_weighs_the_sparse_and_contextual_models_geometrically(
    seed_proposals: tuple,
) -> None:
    doc, proposals = seed_proposals
    model = load_event_model()
    assert model is not None and model.contextual is not None
    context = TextContext.of(doc, proposals)
    half = type_probabilities(proposals, replace(model, gate=0.0, blend=0.5), False, context)
    praise = next(k for k, p in enumerate(proposals) if p.candidate.trigger.lower_ == "praised")
    features = trigger_features(proposals[praise], False, context)
    vector = learned.trigger_vectors([proposals[praise]], model.encoder_layers)[0]
    product = numpy.sqrt(
        model.trigger.probabilities(features) * model.contextual.probabilities(features, vector)
    )
    numpy.testing.assert_allclose(half[praise], product / product.sum(), atol=1e-9)


def test_model_file_round_trip_keeps_the_blend_and_old_files_read_as_contextual_alone() -> None:
    dense = numpy.array([[0.0, 0.0], [1.0, -1.0], [0.0, 3.0]])
    written = EventModel(
        _linear(), _linear(), ((), ()), 0.1, 0.4, {}, contextual=_linear(dense), blend=0.75
    )
    assert EventModel.from_json(written.to_json()).blend == 0.75
    old = written.to_json().replace('"blend": 0.75,', "")
    assert EventModel.from_json(old).blend == 1.0
