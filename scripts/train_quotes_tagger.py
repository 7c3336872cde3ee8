"""Adapt MiniLM to PolNeAR train as a tagger of cue, source and content words.

    python scripts/train_quotes_tagger.py [--data ../shared/data] [--out FILE]
        (or: make train-quotes-tagger; needs the `train` extra: torch 2.13.0, transformers)
    python scripts/train_quotes_tagger.py --score-fold 0
        (trains on four fifths of train, scores the fifth left out end to end; writes nothing)

The default output is src/dyad/quotes/data/quote_tagger.safetensors, read by
`dyad.quotes.tagger`.

Every article of PolNeAR's train split (first annotator) is parsed as `dyad code` parses it
and cut into its sentences. Each word piece of a sentence is labelled with four yes/no
targets: whether it lies in a gold cue, in a gold source, in a gold content, and whether a
gold content starts within it. Low-rank updates of the first three of all-MiniLM-L6-v2's
layers (rank 8, as for the quote encoder: `train_quotes_encoder.adapted_encoder`) and a linear
head from each piece's state to the four targets are trained for one epoch over all
sentences (AdamW, learning rate 1e-3 with warm-up and linear decay, batches of 16 sentences
of similar length, fixed seeds, binary cross-entropy averaged over the pieces). About 4
minutes on two CPU cores after parsing. Only the train split is read.

torch is pinned by version only: see `train_quotes_encoder.py`.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import save_file
from spacy.tokens import Doc
from tokenizers import Tokenizer
from train_quotes import TRAIN, _labelled, _metrics_line, _parse
from train_quotes_encoder import (
    FOLDS,
    SEED,
    adapted_encoder,
    batch_tokenizer,
    length_batches,
    train_step,
    trained_weights,
    training_parser,
    warmup_then_decay,
)

from dyad.eval.polnear import Tally, first_annotations
from dyad.nlp.cleanup import clean_text, raw_offsets
from dyad.quotes.extract import extract_quotes
from dyad.quotes.lexicon import load_cues
from dyad.quotes.model import train as train_linear
from dyad.quotes.tagger import SpanTagger, tagger_from

LAYERS = 3
PARTS = ("cue", "source", "content")  # the first three targets; the fourth: content starts


@dataclass
class Sentence:
    article: int
    text: str
    targets: np.ndarray  # (pieces with [CLS] and [SEP], 4)


def main() -> None:
    args = training_parser(__doc__, "quote_tagger.safetensors", "the tagger").parse_args()
    started = time.perf_counter()
    torch.set_num_threads(2)
    records = first_annotations(Path(args.data) / TRAIN)
    docs = _parse([clean_text(r["text"]) for r in records], with_actors=args.score_fold is not None)
    tokenizer = batch_tokenizer()
    tokenizer.no_padding()
    sentences = [
        s
        for i, (r, d) in enumerate(zip(records, docs, strict=True))
        for s in _targets(r, d, i, tokenizer)
    ]
    print(f"{len(sentences)} sentences", flush=True)
    fold = args.score_fold
    training = [s for s in sentences if fold is None or s.article % FOLDS != fold]
    # shipped in half precision; the fold is scored with what would ship
    trained = {k: v.astype(np.float16) for k, v in _fine_tune(training).items()}
    if fold is None:
        save_file(trained, args.out)
        print(f"written to {args.out} in {time.perf_counter() - started:.0f} s")
        return
    _score(records, docs, fold, tagger_from(trained))
    print(f"in {time.perf_counter() - started:.0f} s")


def _targets(record: dict, doc: Doc, article: int, tokenizer: Tokenizer) -> list[Sentence]:
    """The sentences of one article with their word pieces' targets (``tokenizer`` cuts as
    in training and does not pad)."""
    mapping = raw_offsets(record["text"], doc.text)
    spans: dict[str, list[tuple[int, int]]] = {part: [] for part in PARTS}
    for att in record["attributions"]:
        for part in PARTS:
            if att.get(part) and att[part].get("spans"):
                spans[part].extend((s, e) for s, e in att[part]["spans"])
    starts = [s for s, _ in spans["content"]]
    out = []
    for sent in doc.sents:
        enc = tokenizer.encode(sent.text)
        targets = np.zeros((len(enc.ids), 4), dtype=np.float32)
        for k, (s, e) in enumerate(enc.offsets):
            if s == e:
                continue  # [CLS], [SEP]
            first = mapping[sent.start_char + s]
            last = mapping[sent.start_char + e - 1]
            for c, part in enumerate(PARTS):
                targets[k, c] = any(a <= first < b for a, b in spans[part])
            targets[k, 3] = any(first <= start <= last for start in starts)
        out.append(Sentence(article, sent.text, targets))
    return out


def _fine_tune(sentences: list[Sentence]) -> dict[str, np.ndarray]:
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    tokenizer = batch_tokenizer()
    encoder, updates = adapted_encoder(LAYERS)
    head = torch.nn.Linear(encoder.config.hidden_size, 4)
    params = [p for m in updates.values() for p in (m.A, m.B)] + list(head.parameters())
    optimizer = torch.optim.AdamW(params, lr=1e-3, weight_decay=0.01)
    batches = length_batches(list(range(len(sentences))), lambda k: len(sentences[k].text), rng)
    total = len(batches)
    schedule = warmup_then_decay(optimizer, total)
    encoder.train()
    started = time.perf_counter()
    for step, batch in enumerate(batches):
        enc = tokenizer.encode_batch([sentences[k].text for k in batch])
        ids = torch.tensor([e.ids for e in enc])
        mask = torch.tensor([e.attention_mask for e in enc])
        z = head(encoder(input_ids=ids, attention_mask=mask).last_hidden_state)
        targets = torch.zeros(z.shape)
        counted = torch.zeros(z.shape[:2])  # real pieces: not padding, [CLS] or [SEP]
        for j, k in enumerate(batch):
            own = sentences[k].targets
            targets[j, : len(own)] = torch.from_numpy(own)
            for q, (s, e) in enumerate(enc[j].offsets[: len(own)]):
                counted[j, q] = float(e > s)
        losses = torch.nn.functional.binary_cross_entropy_with_logits(
            z, targets, reduction="none"
        ).mean(-1)
        loss = (losses * counted).sum() / counted.sum().clamp(min=1.0)
        train_step(optimizer, schedule, loss, step, total, started)
    return trained_weights(updates, head)


def _score(records: list[dict], docs: list[Doc], fold: int, tagger: SpanTagger) -> None:
    """The fold's polnear metrics with a linear model trained on the other folds, alone and
    with the ``tagger``'s proposals (dyad's numpy forward pass)."""
    examples = [_labelled(r, d) for r, d in zip(records, docs, strict=True)]
    model = train_linear([e for i, a in enumerate(examples) if i % FOLDS != fold for e in a])
    cues = load_cues()
    for label, proposer in (("linear", None), ("linear and tagger", tagger)):
        tally = Tally()
        for i in range(fold, len(docs), FOLDS):
            doc = docs[i]
            quotes = extract_quotes(doc, doc._.mentions or [], cues, model, tagger=proposer)
            tally.add(records[i], doc.text, quotes)
        print(f"fold {fold}, {label}: {_metrics_line(tally)}", flush=True)


if __name__ == "__main__":
    main()
