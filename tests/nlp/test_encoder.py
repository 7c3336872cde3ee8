"""dyad's numpy forward pass of all-MiniLM-L6-v2 gives what Hugging Face's own does.

The reference numbers (``data/minilm_reference.json``, its header says how they were made)
come from transformers' BertModel on torch, run once outside the project: dyad has neither.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy
import pytest

from dyad.errors import ModelError
from dyad.nlp import encoder
from dyad.nlp.encoder import Encoder, gelu, load_encoder, weights_folder

REFERENCE = json.loads((Path(__file__).parent / "data" / "minilm_reference.json").read_text())
SENTENCES = REFERENCE["sentences"]
# the sixth decimal of the reference moves with the attention implementation (its header)
TOLERANCE = 1e-4

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: s["text"][:30])
def test_tokenizer_gives_the_reference_ids(sentence: dict) -> None:
    assert load_encoder(1).tokenizer.encode(sentence["text"]).ids == sentence["token_ids"]


@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: s["text"][:30])
def test_hidden_states_match_the_reference_implementation(sentence: dict, layers: int) -> None:
    hidden = load_encoder(layers).hidden(sentence["token_ids"])
    for position, expected in sentence[f"hidden_{layers}"].items():
        numpy.testing.assert_allclose(hidden[int(position)], expected, atol=TOLERANCE, rtol=0)


def test_all_six_layers_give_the_sentence_embedding_of_sentence_transformers() -> None:
    full = Encoder(weights_folder(), 6)
    for sentence in SENTENCES:
        mean = full.hidden(sentence["token_ids"]).mean(0)
        embedding = mean / numpy.linalg.norm(mean)
        numpy.testing.assert_allclose(
            embedding[:8], sentence["embedding_first8"], atol=TOLERANCE, rtol=0
        )


def test_span_vector_is_the_mean_of_the_word_pieces_it_overlaps() -> None:
    enc = load_encoder(1)
    text = SENTENCES[0]["text"]  # "Russian President Vladimir Putin ..."
    start = text.index("Putin")
    pieces = enc.tokenizer.encode(text)
    inside = [i for i, (a, b) in enumerate(pieces.offsets) if b > a and a < start + 5 and b > start]
    expected = enc.hidden(pieces.ids)[inside].mean(0)
    (vector,) = enc.span_vectors(text, [(start, start + 5)])
    numpy.testing.assert_allclose(vector, expected, atol=1e-3, rtol=0)
    assert numpy.array_equal(vector, numpy.round(vector, encoder.VECTOR_DIGITS))


def test_span_outside_every_word_piece_gets_zeros() -> None:
    (vector,) = load_encoder(1).span_vectors("Talks resumed.", [(40, 45)])
    assert not vector.any()


def test_gelu_agrees_with_the_exact_erf_form() -> None:
    x = numpy.linspace(-8, 8, 4001, dtype="float32")
    exact = numpy.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x.astype(float)])
    assert numpy.abs(gelu(x) - exact).max() < 1e-5
    assert gelu(x).dtype == numpy.float32


def test_altered_weights_are_refused_with_e104(tmp_path: Path) -> None:
    real = weights_folder()
    (tmp_path / "tokenizer.json").write_bytes((real / "tokenizer.json").read_bytes())
    (tmp_path / encoder.WEIGHTS_FILE).write_bytes(b"\0" * 64)
    with pytest.raises(ModelError, match=r"E104.*not the official"):
        Encoder(tmp_path, 1)


def test_missing_weights_package_is_e104_naming_make_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(encoder, "WEIGHTS_PACKAGE", "no_such_weights_package")
    with pytest.raises(ModelError, match=r"E104.*make install"):
        weights_folder()
