"""The learned event stage: the rules propose, two linear models decide.

For every proposal of `EventCoder.propose` (a dictionary verb, an event noun, a reported
obligation, or any other verb), a *trigger model* gives the probability of each PLOVER type
and of "no event"; for a proposal taken as an event, a *party model* says of each coded
mention in its sentence whether it is the actor, the recipient or neither. Both are
multinomial logistic regressions over `dyad.events.features`, trained on the train split of
dyad's news-event corpus (``data/events``) by ``scripts/train_events.py`` and shipped as
``events/data/event_model.json``. An event's confidence is the trigger model's probability
that it is an event, mapped through a calibration table fitted on held-out folds of train so
that it reads as the share of such events that are right (docs/events.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy
from spacy.tokens import Doc

from dyad.doc import DocMention, Found, article_country
from dyad.events.circumstances import attach_sizes, situate
from dyad.events.coder import EventCoder, Proposal
from dyad.events.features import (
    party_features,
    sentence_parties,
    token_vector,
    trigger_features,
    verdict_name,
)
from dyad.events.modality import modality
from dyad.events.scoring import Coding, _plover_table, code_event
from dyad.events.trace import DROPPED, EMITTED, Decision
from dyad.nlp.sentences import layout
from dyad.records import PLOVER_TYPES, Amount, DateRef, Event, Location, Participant

NO_EVENT = "NONE"
TYPE_LABELS: tuple[str, ...] = (NO_EVENT, *PLOVER_TYPES)
ROLE_LABELS: tuple[str, ...] = ("none", "actor", "recipient")
MODEL_FILE = "event_model.json"


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A multinomial logistic regression over string features and a dense vector."""

    labels: tuple[str, ...]
    bias: numpy.ndarray
    weights: dict[str, numpy.ndarray]
    dense: numpy.ndarray | None = None
    """(vector length, labels) weights of the dense vector, when the model reads one."""

    def probabilities(
        self, features: Sequence[str], vector: numpy.ndarray | None = None
    ) -> numpy.ndarray:
        z = self.bias.copy()
        for name in features:
            w = self.weights.get(name)
            if w is not None:
                z += w
        if self.dense is not None and vector is not None and vector.shape[0]:
            z += vector @ self.dense
        z -= z.max()
        e = numpy.exp(z)
        out: numpy.ndarray = e / e.sum()
        return out

    def to_dict(self, digits: int = 5) -> dict[str, Any]:
        def rounded(a: numpy.ndarray) -> list[float]:
            return [round(float(x), digits) for x in a]

        return {
            "labels": list(self.labels),
            "bias": rounded(self.bias),
            "weights": {k: rounded(v) for k, v in sorted(self.weights.items())},
            "dense": [rounded(row) for row in self.dense] if self.dense is not None else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        dense = data.get("dense")
        return cls(
            labels=tuple(data["labels"]),
            bias=numpy.asarray(data["bias"], dtype="float64"),
            weights={k: numpy.asarray(v, dtype="float64") for k, v in data["weights"].items()},
            dense=numpy.asarray(dense, dtype="float64") if dense else None,
        )


@dataclass(frozen=True, slots=True)
class EventModel:
    trigger: LinearModel
    party: LinearModel
    calibration: tuple[tuple[float, ...], tuple[float, ...]]
    """Points (raw probability, share right) of a non-decreasing map, interpolated."""
    emit_floor: float
    """Proposals whose probability of being an event is below this make no event."""
    party_floor: float
    """A mention is a party when its most probable role is one and at least this probable."""
    meta: dict[str, Any]

    def confidence(self, p_event: float) -> float:
        xs, ys = self.calibration
        if not xs:
            return p_event
        return float(numpy.interp(p_event, xs, ys))

    def to_json(self) -> str:
        data = {
            "meta": self.meta,
            "emit_floor": self.emit_floor,
            "party_floor": self.party_floor,
            "calibration": {"raw": list(self.calibration[0]), "right": list(self.calibration[1])},
            "trigger": self.trigger.to_dict(),
            "party": self.party.to_dict(),
        }
        return json.dumps(data, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> EventModel:
        data = json.loads(text)
        return cls(
            trigger=LinearModel.from_dict(data["trigger"]),
            party=LinearModel.from_dict(data["party"]),
            calibration=(
                tuple(data["calibration"]["raw"]),
                tuple(data["calibration"]["right"]),
            ),
            emit_floor=float(data["emit_floor"]),
            party_floor=float(data["party_floor"]),
            meta=data.get("meta", {}),
        )


@lru_cache(maxsize=4)
def load_event_model(path: str | None = None) -> EventModel:
    """The shipped model, or one written by ``scripts/train_events.py --out PATH``."""
    if path is None:
        text = resources.files("dyad.events").joinpath("data", MODEL_FILE).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return EventModel.from_json(text)


@lru_cache(maxsize=1)
def _generic_codings() -> dict[str, Coding]:
    """Per PLOVER type, the coding of its most general CAMEO code (the shortest, then the
    lowest): what a learned event gets when the dictionary's code is of another type."""
    best: dict[str, str] = {}
    for code, (event, _, _) in _plover_table().items():
        if event not in best or (len(code), code) < (len(best[event]), best[event]):
            best[event] = code
    out = {}
    for event, code in best.items():
        coding = code_event(code)
        if coding is not None and coding.event == event:
            out[event] = replace(coding, mode=None, context=())
    return out


@dataclass(frozen=True, slots=True)
class Decided:
    """A proposal the trigger model takes as an event, with its parties."""

    proposal: Proposal
    event_type: str
    p_event: float
    actors: tuple[DocMention, ...]
    recipients: tuple[DocMention, ...]


def decide_proposal(
    proposal: Proposal,
    parties: list[DocMention],
    model: EventModel,
    title: bool = False,
    others: dict[int, Proposal] | None = None,
) -> Decided | None:
    """The event the models make of one proposal, or None; ``others`` are all proposals of
    the text by token index (`trigger_features`)."""
    probs = model.trigger.probabilities(
        trigger_features(proposal, title, others), token_vector(proposal.candidate.trigger)
    )
    p_event = 1.0 - float(probs[0])
    if p_event < model.emit_floor:
        return None
    event_type = model.trigger.labels[1 + int(numpy.argmax(probs[1:]))]
    actors: list[DocMention] = []
    recipients: list[DocMention] = []
    for mention in parties:
        role_probs = model.party.probabilities(party_features(proposal, mention, event_type))
        best = int(numpy.argmax(role_probs))
        role = model.party.labels[best]
        if role == "none" or role_probs[best] < model.party_floor:
            continue
        chosen = actors if role == "actor" else recipients
        chosen.append(mention)
        chosen += [replace(mention, actor=p, partners=()) for p in mention.partners]
    if not actors and not recipients:
        return None  # the corpus codes no event without a party (docs/annotation.md 5.1)
    return Decided(proposal, event_type, p_event, tuple(actors), tuple(recipients))


def _event(doc: Doc, decided: Decided, model: EventModel, article_date: dt.date | None) -> Event:
    proposal = decided.proposal
    trigger = proposal.candidate.trigger
    ruled = proposal.verdict if isinstance(proposal.verdict, Event) else None
    coding = code_event(proposal.candidate.cameo) if proposal.candidate.cameo else None
    if ruled is not None and ruled.event == decided.event_type:
        coding = Coding(
            ruled.cameo or "",
            ruled.event,
            ruled.mode,
            ruled.context,
            ruled.goldstein,
            ruled.quad_code,
        )
    elif coding is None or coding.event != decided.event_type:
        coding = _generic_codings()[decided.event_type]
    mood = modality(trigger)
    sentence = layout(doc).sentence_span(trigger.i)
    return Event(
        id="",
        date=article_date,
        event=decided.event_type,
        mode=coding.mode,
        context=coding.context,
        cameo=coding.cameo,
        goldstein=coding.goldstein,
        quad_code=coding.quad_code,
        actor=tuple(_participant(doc, d) for d in decided.actors),
        recipient=tuple(_participant(doc, d) for d in decided.recipients),
        event_text=trigger.text,
        sentence=proposal.sentence,
        start=trigger.idx,
        end=trigger.idx + len(trigger),
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
        confidence=round(model.confidence(decided.p_event), 3),
        negated=mood.negated,
        hypothetical=mood.hypothetical,
        rule=(
            f"learned {decided.event_type} p={decided.p_event:.2f}"
            f" (rules: {verdict_name(proposal.verdict)}; {proposal.candidate.rule})"
        ),
    )


def _participant(doc: Doc, d: DocMention) -> Participant:
    span = doc[d.start : d.end]
    return Participant(d.actor, span.start_char, span.end_char, span.text)


def _same_action(a: Event, b: Event) -> bool:
    def parties(e: Event) -> set[str | None]:
        return {p.actor.code for p in (*e.actor, *e.recipient)}

    return a.sentence == b.sentence and a.event == b.event and parties(a) == parties(b)


def decide_events(
    doc: Doc,
    proposals: Sequence[Proposal],
    drafts: list[DocMention],
    model: EventModel,
    article_date: dt.date | None,
    title: bool = False,
    trace: list[Decision] | None = None,
    country: str | None = None,
) -> list[Event]:
    """The events the models make of ``proposals``, one per action: of two events of a
    sentence with the same type and parties, the surer is kept. ``country`` is the
    article's (`dyad.actors.context.article_country`), by default found in ``drafts``."""
    events: list[Event] = []
    parties_of: dict[int, list[DocMention]] = {}
    country = country or article_country(drafts)
    others = {p.candidate.trigger.i: p for p in proposals}
    for proposal in proposals:
        if proposal.sentence not in parties_of:
            parties_of[proposal.sentence] = sentence_parties(
                doc, drafts, proposal.sentence, country
            )
        decided = decide_proposal(proposal, parties_of[proposal.sentence], model, title, others)
        if decided is None:
            if trace is not None and proposal.verdict != "open":
                trace.append(_decision(proposal, DROPPED, "the model finds no event"))
            continue
        event = _event(doc, decided, model, article_date)
        same = next((e for e in events if _same_action(e, event)), None)
        if same is not None:
            if same.confidence >= event.confidence:
                continue
            events.remove(same)
        events.append(event)
        if trace is not None:
            trace.append(_decision(proposal, EMITTED, event.rule, event))
    return events


def code_learned(
    coder: EventCoder,
    model: EventModel,
    doc: Doc,
    drafts: list[DocMention],
    dates: Sequence[Found[DateRef]],
    article_date: dt.date | None,
    locations: Sequence[Found[Location]] = (),
    amounts: Sequence[Found[Amount]] = (),
    trace: list[Decision] | None = None,
    title: bool = False,
    country: str | None = None,
    discarded: Collection[int] = frozenset(),
) -> list[Event]:
    """The events of ``doc`` as the learned stage decides them, dated, placed and sized as
    the rules' are (`EventCoder.code`)."""
    proposals = coder.propose(doc, drafts, article_date, discarded)
    events = decide_events(doc, proposals, drafts, model, article_date, title, trace, country)
    events = [situate(doc, e, dates, locations, article_date) for e in events]
    return attach_sizes(doc, events, amounts)


def _decision(
    proposal: Proposal, outcome: str, reason: str, event: Event | None = None
) -> Decision:
    cand = proposal.candidate
    doc = cand.trigger.doc
    return Decision(
        trigger=cand.trigger.text,
        start=cand.trigger.idx,
        end=cand.trigger.idx + len(cand.trigger),
        sentence=proposal.sentence,
        outcome=outcome,
        reason=reason,
        rule=cand.rule,
        cameo=event.cameo if event else cand.cameo or None,
        event=event.event if event else None,
        actors=tuple(p.text for p in event.actor)
        if event
        else tuple(doc[d.start : d.end].text for d in cand.actors),
        recipients=tuple(p.text for p in event.recipient)
        if event
        else tuple(doc[d.start : d.end].text for d in cand.recipients),
    )
