"""Adapt MiniLM to PolNeAR train as a second opinion on candidate attributions.

    python scripts/train_quotes_encoder.py [--data ../shared/data] [--out FILE]
        (or: make train-quotes-encoder; needs the `train` extra: torch 2.13.0, transformers)
    python scripts/train_quotes_encoder.py --score-fold 0
        (trains on four fifths of train, scores the fifth left out end to end; writes nothing)

The default output is src/dyad/quotes/data/quote_encoder.safetensors.

Every article of PolNeAR's train split (first annotator) is parsed as `dyad code` does and its
candidate attributions labelled as `scripts/train_quotes.py` labels them. Each candidate also
gets the linear model's probability from a model that did not see its article (five folds by
article), since that is what the encoder's head reads beside the sentence. Then low-rank
updates of the first three of all-MiniLM-L6-v2's six layers (``--layers``; rank 8 on the
attention and feed-forward matrices) and a small head are trained for one epoch over the
sentences, all candidates of a sentence in one pass (AdamW, learning rate 1e-3 with warm-up
and linear decay, batches of 16 sentences, fixed seeds). About 7 minutes on two CPU cores for
the whole split. Only the train split is read. On fold 0 three layers kept nine tenths of six
layers' gain at half the encoder's cost at run time (docs/quotes.md).

The encoder is trained on every candidate, while dyad asks it only about the candidates that
pass `QuoteFinder`'s filters (not inside quotation marks, a subject or a passive) and whose
linear probability lies in `SECOND_OPINION_BAND`; training on the candidates in the band alone
did no better on fold 0 (docs/quotes.md). With ``--score-fold``, the training rows'
linear probabilities come from five-fold models of which four saw the scored fold's labels;
the encoder itself never sees them.

torch is pinned by version only. On this project's machines pip takes the CPU build kept on
disk; elsewhere install torch 2.13.0 from PyTorch's CPU index first, or pip may fetch a CUDA
build of several GB.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import save_file
from spacy.tokens import Doc
from tokenizers import Tokenizer
from train_quotes import TRAIN, _labelled, _metrics_line, _parse
from transformers import AutoModel, PreTrainedModel

from dyad.eval.polnear import Tally, first_annotations
from dyad.nlp.cleanup import clean_text
from dyad.quotes.candidates import candidates
from dyad.quotes.encoder import (
    _LORA_TARGETS,
    LORA_SCALE,
    MAX_PIECES,
    CandidateView,
    EncoderScorer,
    base_model_dir,
    head_logit,
    layer_count,
    pieces_in,
    scorer_from,
)
from dyad.quotes.extract import candidate_view, extract_quotes
from dyad.quotes.lexicon import load_cues
from dyad.quotes.model import QuoteModel
from dyad.quotes.model import train as train_linear

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
RANK = 8
HIDDEN = 128
BATCH = 16
SEED = 0
LAYERS = 3


@dataclass
class Row:
    article: int
    sentence: int
    view: CandidateView
    label: int


def main() -> None:
    parser = training_parser(__doc__, "quote_encoder.safetensors", "the encoder")
    parser.add_argument(
        "--layers",
        type=int,
        default=LAYERS,
        help=f"keep only the base model's first N layers (default {LAYERS})",
    )
    args = parser.parse_args()
    available = layer_count(base_model_dir())
    if not 1 <= args.layers <= available:
        # with no layer trained the file would hold no updates, and dyad would run them all
        parser.error(f"--layers must be 1 to {available}, the base model's layers")
    started = time.perf_counter()
    torch.set_num_threads(2)
    records = first_annotations(Path(args.data) / TRAIN)
    docs = _parse([clean_text(r["text"]) for r in records], with_actors=args.score_fold is not None)
    rows, sentences, linear_models = _rows(records, docs)
    print(f"{len(rows)} candidates in {len(sentences)} sentences", flush=True)
    fold = args.score_fold
    training = [r for r in rows if fold is None or r.article % FOLDS != fold]
    # shipped in half precision; the fold is scored with what would ship
    tuned = _fine_tune(training, sentences, args.layers)
    trained = {k: v.astype(np.float16) for k, v in tuned.items()}
    if fold is None:
        save_file(trained, args.out)
        print(f"written to {args.out} in {time.perf_counter() - started:.0f} s")
        return
    _score(records, docs, fold, linear_models[fold], scorer_from(trained))
    print(f"in {time.perf_counter() - started:.0f} s")


def training_parser(doc: str, weights: str, scored: str) -> argparse.ArgumentParser:
    """The options of both training scripts: ``--data``, ``--out`` (by default dyad's
    ``weights`` file) and ``--score-fold`` (which scores with and without ``scored``)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "src/dyad/quotes/data" / weights))
    parser.add_argument(
        "--score-fold",
        type=int,
        default=None,
        help=f"write nothing: train on the other {FOLDS - 1} of {FOLDS} folds (article i is in "
        f"fold i mod {FOLDS}) and score this one end to end, with the actor stage, with and "
        f"without {scored}",
    )
    return parser


def _rows(records: list[dict], docs: list[Doc]) -> tuple[list[Row], list[str], list[QuoteModel]]:
    """Every candidate with its label and out-of-fold linear probability, the texts of the
    sentences holding them, and each fold's linear model (trained on the other folds)."""
    examples = [_labelled(r, d) for r, d in zip(records, docs, strict=True)]
    linear = [[0.0] * len(e) for e in examples]
    models = []
    for k in range(FOLDS):
        model = train_linear([e for i, a in enumerate(examples) if i % FOLDS != k for e in a])
        models.append(model)
        for i in range(k, len(docs), FOLDS):
            linear[i] = [model.probability(feats) for feats, _ in examples[i]]
    rows: list[Row] = []
    sentences: list[str] = []
    for i, doc in enumerate(docs):
        seen: dict[int, int] = {}
        for cand, (_, label), p in zip(candidates(doc), examples[i], linear[i], strict=True):
            sent = cand.cue.sent
            if sent.start_char not in seen:
                seen[sent.start_char] = len(sentences)
                sentences.append(sent.text)
            rows.append(Row(i, seen[sent.start_char], candidate_view(cand, p), label))
    return rows, sentences, models


class _LowRank(torch.nn.Module):
    def __init__(self, base: torch.nn.Linear) -> None:
        super().__init__()
        self.base = base
        self.A = torch.nn.Parameter(torch.randn(RANK, base.in_features) * 0.01)
        self.B = torch.nn.Parameter(torch.zeros(base.out_features, RANK))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.A.T @ self.B.T) * LORA_SCALE


def adapted_encoder(layers: int) -> tuple[PreTrainedModel, dict[str, _LowRank]]:
    """The base model cut to its first ``layers`` layers, frozen, with trainable low-rank
    updates on each layer's `_LORA_TARGETS` (keyed "layer.module" as dyad's files name
    them)."""
    encoder = AutoModel.from_pretrained(str(base_model_dir()))
    # the layers above are dropped; dyad's weights then hold updates for these alone, which
    # is how `dyad.quotes.encoder` knows how many of the base model's layers to run
    encoder.encoder.layer = encoder.encoder.layer[:layers]
    encoder.config.num_hidden_layers = layers
    for p in encoder.parameters():
        p.requires_grad = False
    updates: dict[str, _LowRank] = {}
    for li, layer in enumerate(encoder.encoder.layer):
        for name in _LORA_TARGETS:
            *path, last = name.split(".")
            parent = layer
            for part in path:
                parent = getattr(parent, part)
            wrapped = _LowRank(getattr(parent, last))
            setattr(parent, last, wrapped)
            updates[f"{li}.{name}"] = wrapped
    return encoder, updates


def lora_weights(updates: dict[str, _LowRank]) -> dict[str, np.ndarray]:
    """The trained updates as dyad's weight files hold them ("lora.<layer>.<module>.A")."""
    out = {}
    for key, m in updates.items():
        out[f"lora.{key}.A"] = m.A.detach().numpy()
        out[f"lora.{key}.B"] = m.B.detach().numpy()
    return out


def batch_tokenizer() -> Tokenizer:
    """The base model's tokenizer, padding a batch to its longest sentence (the package's
    tokenizer.json pads every sentence to 128 pieces) and cutting at `MAX_PIECES`."""
    tokenizer = Tokenizer.from_file(str(base_model_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_PIECES)
    tokenizer.enable_padding()
    return tokenizer


def _fine_tune(rows: list[Row], sentences: list[str], layers: int) -> dict[str, np.ndarray]:
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    tokenizer = batch_tokenizer()
    encoder, updates = adapted_encoder(layers)
    width = encoder.config.hidden_size
    head = torch.nn.Sequential(
        torch.nn.Linear(4 * width + 1, HIDDEN), torch.nn.GELU(), torch.nn.Linear(HIDDEN, 1)
    )
    params = [p for m in updates.values() for p in (m.A, m.B)] + list(head.parameters())
    optimizer = torch.optim.AdamW(params, lr=1e-3, weight_decay=0.01)
    by_sentence: dict[int, list[Row]] = {}
    for r in rows:
        by_sentence.setdefault(r.sentence, []).append(r)
    batches = length_batches(list(by_sentence), lambda s: len(sentences[s]), rng)
    total = len(batches)
    schedule = warmup_then_decay(optimizer, total)
    encoder.train()
    started = time.perf_counter()
    for step, batch in enumerate(batches):
        enc = tokenizer.encode_batch([sentences[s] for s in batch])
        ids = torch.tensor([e.ids for e in enc])
        mask = torch.tensor([e.attention_mask for e in enc])
        states = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        inputs, labels = [], []
        for k, s in enumerate(batch):
            offsets = enc[k].offsets
            m = mask[k].float()
            whole = (states[k] * m[:, None]).sum(0) / m.sum()
            for r in by_sentence[s]:
                parts = [
                    _pool(states[k], offsets, span)
                    for span in (r.view.cue, r.view.content, r.view.subject)
                ]
                logit = torch.tensor([head_logit(r.view.linear_probability)])
                inputs.append(torch.cat([*parts, whole, logit]))
                labels.append(float(r.label))
        z = head(torch.stack(inputs)).squeeze(-1)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, torch.tensor(labels))
        train_step(optimizer, schedule, loss, step, total, started)
    return trained_weights(updates, head)


def length_batches(
    keys: list[int], length: Callable[[int], int], rng: random.Random
) -> list[list[int]]:
    """``keys`` in batches of `BATCH` of similar ``length``, which pad little, the batches in
    ``rng``'s order."""
    order = sorted(keys, key=length)
    batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
    rng.shuffle(batches)
    return batches


def warmup_then_decay(
    optimizer: torch.optim.Optimizer, total: int
) -> torch.optim.lr_scheduler.LambdaLR:
    """The learning rate rising over the first 100 of ``total`` steps, then falling linearly
    to zero."""
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / 100) * max(0.0, 1 - step / total)
    )


def train_step(
    optimizer: torch.optim.Optimizer,
    schedule: torch.optim.lr_scheduler.LRScheduler,
    loss: torch.Tensor,
    step: int,
    total: int,
    started: float,
) -> None:
    """One optimizer step on ``loss``, and a progress line every 200 steps."""
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    schedule.step()
    if (step + 1) % 200 == 0:
        print(
            f"step {step + 1}/{total}, loss {loss.item():.3f}, "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )


def trained_weights(updates: dict[str, _LowRank], head: torch.nn.Module) -> dict[str, np.ndarray]:
    """The updates and the head as dyad's weight files hold them ("lora.…", "head.…")."""
    out = lora_weights(updates)
    for key, value in head.state_dict().items():
        out[f"head.{key}"] = value.detach().numpy()
    return out


def _pool(states: torch.Tensor, offsets: list, span: tuple[int, int] | None) -> torch.Tensor:
    rows = pieces_in(offsets, span)
    return states[rows].mean(0) if rows else torch.zeros(states.shape[1])


def _score(
    records: list[dict], docs: list[Doc], fold: int, model: QuoteModel, scorer: EncoderScorer
) -> None:
    """The fold's polnear metrics with its linear ``model`` (trained on the other folds)
    alone and with the encoder's ``scorer`` (dyad's numpy forward pass)."""
    cues = load_cues()
    for label, second in (("linear", None), ("encoder", scorer)):
        tally = Tally()
        for i in range(fold, len(docs), FOLDS):
            doc = docs[i]
            quotes = extract_quotes(doc, doc._.mentions or [], cues, model, second)
            tally.add(records[i], doc.text, quotes)
        print(f"fold {fold}, {label}: {_metrics_line(tally)}", flush=True)


if __name__ == "__main__":
    main()
