"""The learned event stage: the rules propose, linear models decide.

For every proposal of `EventCoder.propose` (a dictionary verb, an event noun, a reported
obligation, any other verb, a noun naming a dictionary verb's act), a *trigger model* gives
the probability of each PLOVER type and of "no event"; for a proposal taken as an event, a
*party model* says of each candidate party of its sentence (its coded mentions and other
noun phrases, `dyad.events.features.sentence_parties`) whether it is the actor, the
recipient or neither. Both are
multinomial logistic regressions over `dyad.events.features`, trained on the train split of
dyad's news-event corpus (``data/events``) by ``scripts/train_events.py`` and shipped as
``events/data/event_model.json``. In a sentence where the trigger model gives some proposal
at least `EventModel.gate` probability of being an event, a second trigger model weighs in
on its proposals (`EventModel.blend`): the same features plus each trigger's contextual
vector from the first layer of a small transformer (`dyad.nlp.encoder`), which tells "shot
back at" from "shot".
An event's confidence is the probability that it is an event, mapped through a calibration
table fitted on held-out folds of train so that it reads as the share of such events that
are right (docs/events.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy
from spacy.tokens import Doc, Token

from dyad.doc import DocMention, article_country
from dyad.errors import ModelError
from dyad.events.candidates import Proposal
from dyad.events.coder import EventCoder, EventInputs, event_of
from dyad.events.features import (
    TextContext,
    dictionary_type,
    party_features,
    sentence_parties,
    trigger_features,
    verdict_name,
)
from dyad.events.modality import modality
from dyad.events.scoring import Coding, code_event, generic_coding
from dyad.events.trace import DROPPED, EMITTED, Decision
from dyad.lexicons import word_set
from dyad.nlp.encoder import load_encoder
from dyad.records import PLOVER_TYPES, Event

NO_EVENT = "NONE"
TYPE_LABELS: tuple[str, ...] = (NO_EVENT, *PLOVER_TYPES)
ROLE_LABELS: tuple[str, ...] = ("none", "actor", "recipient")
MODEL_FILE = "event_model.json"
PLAIN_REPORTING_VERBS = word_set("dyad.events", "reporting_verbs.csv", where="plain")


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A multinomial logistic regression over string features (presence = 1) and, when
    ``dense`` is set, a vector of numbers beside them."""

    labels: tuple[str, ...]
    bias: numpy.ndarray
    weights: dict[str, numpy.ndarray]
    dense: numpy.ndarray | None = None
    """Weights (labels x dimensions) of the vector."""

    def probabilities(
        self, features: Sequence[str], vector: numpy.ndarray | None = None
    ) -> numpy.ndarray:
        z = self.bias.copy()
        for name in features:
            w = self.weights.get(name)
            if w is not None:
                z += w
        if self.dense is not None and vector is not None:
            z += self.dense @ vector.astype("float64")
        return _softmax(z)

    def to_dict(self, digits: int = 5) -> dict[str, Any]:
        def rounded(a: numpy.ndarray) -> list[float]:
            return [round(float(x), digits) for x in a]

        out: dict[str, Any] = {
            "labels": list(self.labels),
            "bias": rounded(self.bias),
            "weights": {k: rounded(v) for k, v in sorted(self.weights.items())},
        }
        if self.dense is not None:
            out["dense"] = [rounded(row) for row in self.dense]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        dense = data.get("dense")
        return cls(
            labels=tuple(data["labels"]),
            bias=numpy.asarray(data["bias"], dtype="float64"),
            weights={k: numpy.asarray(v, dtype="float64") for k, v in data["weights"].items()},
            dense=None if dense is None else numpy.asarray(dense, dtype="float64"),
        )


@dataclass(frozen=True, slots=True)
class EventModel:
    """The two models, the calibration of confidence and the decision rules, as
    ``scripts/train_events.py`` chose them (each number's reasons are in its comments)."""

    trigger: LinearModel
    party: LinearModel
    calibration: tuple[tuple[float, ...], tuple[float, ...]]
    """Points (raw probability, share right) of a non-decreasing map, interpolated."""
    emit_floor: float
    """A proposal the rules make an event of makes none when its probability of being an
    event is below this."""
    party_floor: float
    """A mention is a party when its most probable role is one and at least this probable."""
    meta: dict[str, Any]
    open_floor: float = 0.0
    """The same for proposals the rules make no event of (open verbs and nouns, triggers
    they drop)."""
    reporting_floor: float = 0.0
    """A plain reporting verb ("said") as trigger needs at least this probability."""
    count_threshold: float = 0.0
    """Events less confident than this are stored but not counted in pair aggregates
    (``Event.counted``)."""
    override: float = 0.0
    """A trigger the dictionary codes keeps the dictionary's type (or the rules' after
    modality) unless another type is at least this probable."""
    contextual: LinearModel | None = None
    """The trigger model with the encoder's vector of the trigger (`dyad.nlp.encoder`)
    beside the features: blended with ``trigger`` (``blend``) in the sentences the gate
    opens."""
    encoder_layers: int = 0
    """How many of the encoder's layers ``contextual`` reads."""
    gate: float = 1.0
    """``contextual`` weighs in on a sentence's proposals when ``trigger`` gives one of them
    at least this probability of being an event (the encoder is not run on the others)."""
    blend: float = 1.0
    """Where the gate opens, the type probabilities are ``trigger``'s and ``contextual``'s
    multiplied, weighted 1 - blend and blend, and normalised (1: ``contextual``'s alone)."""

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
            "open_floor": self.open_floor,
            "reporting_floor": self.reporting_floor,
            "count_threshold": self.count_threshold,
            "override": self.override,
            "encoder_layers": self.encoder_layers,
            "gate": self.gate,
            "blend": self.blend,
            "calibration": {"raw": list(self.calibration[0]), "right": list(self.calibration[1])},
            "trigger": self.trigger.to_dict(),
            "party": self.party.to_dict(),
        }
        if self.contextual is not None:
            data["contextual"] = self.contextual.to_dict()
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
            open_floor=float(data.get("open_floor", 0.0)),
            reporting_floor=float(data.get("reporting_floor", 0.0)),
            count_threshold=float(data.get("count_threshold", 0.0)),
            override=float(data.get("override", 0.0)),
            contextual=LinearModel.from_dict(data["contextual"]) if "contextual" in data else None,
            encoder_layers=int(data.get("encoder_layers", 0)),
            gate=float(data.get("gate", 1.0)),
            blend=float(data.get("blend", 1.0)),
        )


SHIPPED = "shipped"
"""The model spec of the model that ships with dyad (``events/data/event_model.json``)."""
RULES = "rules"
"""The model spec of no model: the rules decide alone (`EventCoder.code`)."""


@lru_cache(maxsize=4)
def load_event_model(spec: str = SHIPPED) -> EventModel | None:
    """The model by spec: `SHIPPED`, `RULES` (None: no model), or the path of a file written
    by ``scripts/train_events.py --out PATH``.

    Raises:
        ModelError: E103 when the file is missing or malformed.
    """
    if spec == RULES:
        return None
    source = resources.files("dyad.events").joinpath("data", MODEL_FILE)
    origin = str(source) if spec == SHIPPED else spec
    try:
        text = source.read_text("utf-8") if spec == SHIPPED else Path(spec).read_text("utf-8")
        return EventModel.from_json(text)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ModelError("E103", origin=origin, reason=f"{type(e).__name__}: {e}") from e


@dataclass(frozen=True, slots=True)
class Decided:
    """A proposal the trigger model takes as an event, with its parties."""

    proposal: Proposal
    event_type: str
    p_event: float
    actors: tuple[DocMention, ...]
    recipients: tuple[DocMention, ...]


def type_probabilities(
    proposals: Sequence[Proposal],
    model: EventModel,
    title: bool = False,
    context: TextContext | None = None,
) -> list[numpy.ndarray]:
    """The probability of each of the trigger labels for each proposal: from
    `EventModel.trigger`, blended with `EventModel.contextual`'s in the sentences the gate
    opens (`EventModel.gate`, `EventModel.blend`); ``context`` is their text's
    (`TextContext`)."""
    features = [trigger_features(p, title, context) for p in proposals]
    probs = [model.trigger.probabilities(f) for f in features]
    if model.contextual is None:
        return probs
    by_sentence: dict[int, list[int]] = {}
    for k, proposal in enumerate(proposals):
        by_sentence.setdefault(proposal.sentence, []).append(k)
    for rows in by_sentence.values():
        if max(1.0 - float(probs[k][0]) for k in rows) < model.gate:
            continue
        vectors = trigger_vectors([proposals[k] for k in rows], model.encoder_layers)
        for k, vector in zip(rows, vectors, strict=True):
            contextual = model.contextual.probabilities(features[k], vector)
            probs[k] = _blended(probs[k], contextual, model.blend)
    return probs


def _blended(sparse: numpy.ndarray, contextual: numpy.ndarray, weight: float) -> numpy.ndarray:
    """The weighted geometric mean of two distributions, normalised."""
    if weight >= 1.0:
        return contextual
    return _softmax(
        (1.0 - weight) * numpy.log(sparse + 1e-12) + weight * numpy.log(contextual + 1e-12)
    )


def _softmax(z: numpy.ndarray) -> numpy.ndarray:
    e = numpy.exp(z - z.max())
    out: numpy.ndarray = e / e.sum()
    return out


def trigger_vectors(proposals: Sequence[Proposal], layers: int) -> numpy.ndarray:
    """The encoder's vector of each proposal's trigger in its sentence (all in one)."""
    sent = proposals[0].candidate.trigger.sent
    spans = [
        (t.idx - sent.start_char, t.idx - sent.start_char + len(t))
        for t in (p.candidate.trigger for p in proposals)
    ]
    return load_encoder(layers).span_vectors(sent.text, spans)


def decide_proposal(
    proposal: Proposal,
    probs: numpy.ndarray,
    parties: list[DocMention],
    model: EventModel,
) -> Decided | None:
    """The event the models make of one proposal whose type probabilities are ``probs``
    (`type_probabilities`), or None."""
    p_event = 1.0 - float(probs[0])
    ruled = proposal.verdict.event if isinstance(proposal.verdict, Event) else None
    floor = model.emit_floor if ruled else model.open_floor
    if proposal.candidate.trigger.lemma_.lower() in PLAIN_REPORTING_VERBS:
        floor = max(floor, model.reporting_floor)
    if p_event < floor:
        return None
    event_type = _event_type(proposal, probs, model, ruled)
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


def _event_type(
    proposal: Proposal, probs: numpy.ndarray, model: EventModel, ruled: str | None
) -> str:
    """The likeliest type; for a trigger the dictionary codes, the rules' type (else the
    dictionary's) unless another is at least `EventModel.override` probable."""
    labels = model.trigger.labels
    best = labels[1 + int(numpy.argmax(probs[1:]))]
    known = ruled or dictionary_type(proposal)
    if known in labels and known != best and probs[labels.index(best)] < model.override:
        return known
    return best


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
        coding = generic_coding(decided.event_type)
    confidence = round(model.confidence(decided.p_event), 3)
    rule = (
        f"learned {decided.event_type} p={decided.p_event:.2f}"
        f" (rules: {verdict_name(proposal.verdict)}; {proposal.candidate.rule})"
    )
    return event_of(
        trigger,
        coding,
        modality(trigger),
        (decided.actors, decided.recipients),
        proposal.sentence,
        article_date,
        confidence,
        rule,
        counted=confidence >= model.count_threshold,
    )


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
    why_open: Callable[[Token], str] | None = None,
) -> list[Event]:
    """The events the models make of ``proposals``, one per action: of two events of a
    sentence with the same type and parties, the surer is kept. ``country`` is the
    article's (`dyad.doc.article_country`), by default found in ``drafts``; with ``trace``,
    ``why_open`` says why the rules code no event for an open proposal's word."""
    events: list[Event] = []
    parties_of: dict[int, list[DocMention]] = {}
    country = country or article_country(drafts)
    context = TextContext.of(doc, proposals)
    for proposal, probs in zip(
        proposals, type_probabilities(proposals, model, title, context), strict=True
    ):
        if proposal.sentence not in parties_of:
            parties_of[proposal.sentence] = sentence_parties(
                doc, drafts, proposal.sentence, country
            )
        decided = decide_proposal(proposal, probs, parties_of[proposal.sentence], model)
        if decided is None:
            if trace is not None:
                trace.append(_decision(proposal, DROPPED, _why_none(proposal, why_open)))
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


def _why_none(proposal: Proposal, why_open: Callable[[Token], str] | None) -> str:
    rules = (
        why_open(proposal.candidate.trigger)
        if proposal.verdict == "open" and why_open is not None and not proposal.candidate.noun
        else f"the rules: {verdict_name(proposal.verdict)}"
    )
    return f"{rules}; the model finds no event"


def code_learned(
    coder: EventCoder,
    model: EventModel,
    found: EventInputs,
    trace: list[Decision] | None = None,
    title: bool = False,
    country: str | None = None,
) -> list[Event]:
    """The events of ``found.doc`` as the learned stage decides them, dated, placed and
    sized as the rules' are (`EventCoder.code`); ``title`` and ``country`` as
    `decide_events` takes them."""
    doc, mentions = found.doc, found.mentions
    proposals = coder.propose(doc, mentions, found.article_date, found.discarded)
    events = decide_events(
        doc,
        proposals,
        mentions,
        model,
        found.article_date,
        title,
        trace,
        country,
        coder.why_no_verb_event,
    )
    return found.situated(events)


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
