"""Where the event stage loses the news-event corpus's gold events, and what more data buys.

    python scripts/event_losses.py funnel            # dev: each gold event's first loss
    python scripts/event_losses.py curve             # train's folds: a learning curve

``funnel`` follows each gold event of the dev split through the stage in its order and
names the first step that loses it: no proposal on its trigger; its parties' countries among
no party candidate of the sentence; the party model, even with the event's type given (an
oracle type, p(event) 1); the trigger model (no event, or another type); the count
threshold. Events that pass every step are counted and right. The first three steps bound
what any trigger model can reach with the rest of the stage as it is.

``curve`` refits the shipped model's recipe on a share of each fold's training articles
(0.25 ... 1.0; the same articles at every share, by a hash of their ids) and scores out of
fold, as ``scripts/train_events.py`` does.

Only train and dev are read (docs/eval.md: the test split is scored only to report).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_events as recipe

from dyad.eval.newsevents import country_of, dyad_scored, gold_scored, right_events
from dyad.events.features import sentence_parties
from dyad.events.learned import (
    EventModel,
    _event,
    decide_proposal,
    load_event_model,
)

STEPS = (
    "no proposal on the trigger",
    "a party's country among no candidate",
    "party model, type given",
    "trigger model: no event",
    "trigger model: another type",
    "right, below the count threshold",
    "counted and right",
)


def _covers(unit: recipe.Unit, k: int, trigger: dict[str, Any]) -> bool:
    """Whether proposal ``k`` of ``unit`` is on the gold ``trigger`` (as training labels it)."""
    own, words = recipe.trigger_spans(unit, unit.proposals[k])
    return any(recipe._overlaps(span, trigger) for span in (own, *words))


def first_loss(
    unit: recipe.Unit,
    sid: str,
    gold_event: dict[str, Any],
    model: EventModel,
    decoded: dict[int, list[Any]],
) -> tuple[str, str]:
    """The first step of `STEPS` that loses ``gold_event`` of sentence ``sid``, and for the
    party step how the oracle-typed event differs from the gold one."""
    wanted = gold_scored(gold_event).triple
    on_trigger = [
        k for k, s in enumerate(unit.sids) if s == sid and _covers(unit, k, gold_event["trigger"])
    ]
    if not on_trigger:
        return STEPS[0], ""
    sentence = unit.proposals[on_trigger[0]].sentence
    parties = sentence_parties(unit.doc, unit.drafts, sentence, unit.country)
    available = {country_of(m.actor.code) for m in parties if m.actor.code}
    if not (wanted[1] | wanted[2]) <= available:
        return STEPS[1], ""
    labels = model.trigger.labels
    given = numpy.full(len(labels), 1e-9)
    given[labels.index(gold_event["type"])] = 1.0
    misses = []
    for k in on_trigger:
        decided = decide_proposal(unit.proposals[k], given, parties, model)
        if decided is None:
            misses.append("no side chosen")
            continue
        got = dyad_scored(_event(unit.doc, decided, model, unit.date)).triple
        if got == wanted:
            break
        empty = any(want and not have for want, have in zip(wanted[1:], got[1:], strict=True))
        misses.append("a side left empty" if empty else "a wrong or extra country")
    else:
        return STEPS[2], misses[0]
    events = [
        e for k in on_trigger for e in decoded.get(unit.proposals[k].candidate.trigger.idx, [])
    ]
    right = [e for e in events if dyad_scored(e).triple == wanted]
    if not events:
        return STEPS[3], ""
    if not right:
        return STEPS[4], ""
    return (STEPS[6] if any(e.counted for e in right) else STEPS[5]), ""


def funnel(split: str) -> None:
    units, gold = recipe.parse_corpus(Path(recipe.CORPUS))
    model = load_event_model()
    assert model is not None
    losses: Counter[str] = Counter()
    party_losses: Counter[str] = Counter()
    for unit in (u for u in units if u.split == split):
        decoded: dict[int, list[Any]] = {}
        for events in recipe.decode(unit, model).values():
            for e in events:
                decoded.setdefault(e.start, []).append(e)
        for sid in recipe._unit_sids(unit, gold):
            for gold_event in gold.get(sid, []):
                step, how = first_loss(unit, sid, gold_event, model, decoded)
                losses[step] += 1
                if step == STEPS[2]:
                    party_losses[how] += 1
    total = sum(losses.values())
    left = total
    print(f"{split}: {total} gold events; first step that loses each (left after it)")
    for step in STEPS:
        if step != STEPS[-1]:
            left -= losses[step]
        print(
            f"  {step:40s} {losses[step]:5d} {losses[step] / total:6.3f}   left {left / total:.3f}"
        )
        if step == STEPS[2]:
            for how, n in party_losses.most_common():
                print(f"    {how:38s} {n:5d}")


def curve(shares: list[float], folds: int) -> None:
    units, gold = recipe.parse_corpus(Path(recipe.CORPUS))
    recipe.label(units, gold)
    train = [u for u in units if u.split == "train"]
    recipe.encode(train)
    predicted: dict[float, dict[str, list[Any]]] = {s: {} for s in shares}
    pairs: dict[float, list[tuple[float, bool]]] = {s: [] for s in shares}
    model = None
    for held in recipe.folds_of(train, folds):
        rest = sorted(
            {u.article for u in train if u.article not in held},
            key=lambda a: hashlib.sha256(f"curve:{a}".encode()).hexdigest(),
        )
        for share in shares:
            kept = set(rest[: round(len(rest) * share)])
            model = recipe.fit([u for u in train if u.article in kept], ((), ()))
            for unit in (u for u in train if u.article in held):
                for sid, events in recipe.decode(unit, model).items():
                    predicted[share].setdefault(sid, []).extend(events)
                    pairs[share] += [
                        (e.confidence, r) for e, r in right_events(gold.get(sid, []), events)
                    ]
    assert model is not None
    for share in shares:
        recipe.report(f"share {share}, all", recipe.score(train, gold, predicted[share]))
        counted = recipe.calibrated(
            predicted[share], replace(model, calibration=recipe.isotonic_table(pairs[share]))
        )
        recipe.report(
            f"share {share}, >= {recipe.COUNT_THRESHOLD}",
            recipe.score(train, gold, counted, recipe.COUNT_THRESHOLD),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    # dev only: the shipped model is fitted on train, so train's funnel would flatter it
    sub.add_parser("funnel", help="dev's gold events by the first step that loses them")
    c = sub.add_parser("curve", help="train's folds with a share of the training articles")
    c.add_argument("--shares", type=float, nargs="+", default=[0.25, 0.5, 0.75, 1.0])
    c.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if args.command == "funnel":
        funnel("dev")
    else:
        curve(args.shares, args.folds)


if __name__ == "__main__":
    main()
