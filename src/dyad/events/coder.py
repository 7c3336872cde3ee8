"""Sentences to PLOVER events by the rules: triggers, participants, modality, one event per
action.

For each sentence:
1. Triggers and their parties (`dyad.events.candidates`): dictionary verbs, reported
   obligations, event nouns. Meetings are reciprocal: all parties are actors (PLOVER manual,
   CONSULT), except visits (visitor acts, host receives).
2. One event per action (`dyad.events.embedding`): an event verb governing another
   ("threatened to attack", "agreed to meet") keeps the governing one when it is a verbal
   act, else the embedded one.
3. Modality: negation and hypotheticals are flagged; cooperation announced for the future
   ("will visit", "plans to provide aid") is AGREE, as the PLOVER manual prescribes.
4. Duplicates of the same type and parties in a sentence are merged.

`EventCoder.code` is the rules' own decision; `EventCoder.propose` hands every trigger, with
the rules' verdict, to the learned stage (`dyad.events.learned`), which decides by default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyad.doc import DocMention, Found, mention_index
from dyad.events.candidates import (
    RECIPROCAL_CODES,
    Candidate,
    Proposal,
    Triggers,
    decision,
    purpose,
)
from dyad.events.circumstances import attach_sizes, situate
from dyad.events.embedding import resolve_embedding, resolve_means
from dyad.events.lexicon import EventLexicon
from dyad.events.modality import Modality, modality, recode
from dyad.events.participants import document_clause
from dyad.events.patterns import PatternMatcher
from dyad.events.scoring import Coding, code_any, code_event
from dyad.events.trace import DROPPED, EMITTED, Decision
from dyad.lexicons import word_set
from dyad.nlp.sentences import layout
from dyad.records import Amount, DateRef, Event, Location, Participant

# PLOVER types coded with one party: all but COOPERATE, AID and SANCTION, the three whose
# recipient the PLOVER manual requires ("Requires recipient" in each type's section), and
# CONSULT, where all parties are actors but a meeting takes two. A one-party event gets
# lower confidence (CONFIDENCE_ONE_PARTY).
SINGLE_PARTY_TYPES = word_set("dyad.events", "single_party_types.csv")
# Confidence factors of the rules' events (set by hand; re-run `dyad eval plover-gsr seed`
# when changing them): one party, modality.
CONFIDENCE_ONE_PARTY = 0.8
CONFIDENCE_MODAL = 0.5
# An event in a subordinate clause ("..., one day after a Serbian army jet shot down a
# helicopter") is usually background to the main clause's: its confidence is multiplied by
# this, so the main event ranks first. 0.8 on plover-gsr dev (issue #5 analysis: 0.6, 0.8
# and 0.9 tried, 0.8 best by one item); re-run `dyad eval plover-gsr conflibert` when
# changing it. An infinitive of purpose ("began a hunger strike to protest") is not
# background: demoting it too cost conflibert sentences.
CONFIDENCE_SUBORDINATE = 0.8
# Clauses that hang from another as background: adverbial, relative, noun-modifying.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})
# Prepositions that put what they govern before or behind the main event, as its cause or
# time ("after the attack", "because of the strike").
BACKGROUND_PREPOSITIONS = word_set("dyad.events", "background_prepositions.csv")
SUBORDINATE_NOTE = " + subordinate clause"
# Types coded with no actor when none is named: PLOVER's sector UNK is the "generic
# unidentified actor", its example "two civilians were killed by a bomb" (PLOVER manual,
# Sector Codes). Material conflict and retreat only: "Iran was accused" names no accuser
# worth an event, and cooperation or concession by no one is none ("candidates are being
# teased" was CONCEDE on Wikinews). ASSAULT and COERCE alone lost plover-gsr a RETREAT
# ("guerrillas have been demobilized") and conflibert 0.002.
AGENTLESS_TYPES = word_set("dyad.events", "agentless_types.csv")
AGENTLESS_NOTE = " + agentless: actor unidentified"


@dataclass(frozen=True, slots=True)
class EventInputs:
    """What the events stage reads of a Doc: its mentions, the records of the stages before
    it (each with its tokens), the article's date and the sentences not to code."""

    doc: Doc
    mentions: list[DocMention]
    dates: Sequence[Found[DateRef]]
    article_date: dt.date | None
    locations: Sequence[Found[Location]] = ()
    amounts: Sequence[Found[Amount]] = ()
    discarded: Collection[int] = frozenset()

    def situated(self, events: list[Event]) -> list[Event]:
        """``events`` with the date, place and casualty counts of their own clauses."""
        placed = [
            situate(self.doc, e, self.dates, self.locations, self.article_date) for e in events
        ]
        return attach_sizes(self.doc, placed, self.amounts)


class EventCoder:
    def __init__(
        self, matcher: PatternMatcher, lexicon: EventLexicon, petrarch: bool = False
    ) -> None:
        self.triggers = Triggers(matcher, lexicon, petrarch)
        self.petrarch = petrarch
        """PETRARCH mode: keep codes without a PLOVER type (``event`` None) and require a
        source and a target, as PETRARCH codes events."""

    def code(self, found: EventInputs, trace: list[Decision] | None = None) -> list[Event]:
        """The rules' events of ``found.doc``, each dated, placed and sized from its own
        clause. With ``trace``, a `Decision` per trigger is appended to it (``dyad
        explain``)."""
        events: list[Event] = []
        index = mention_index(found.mentions)
        for i, sent in enumerate(layout(found.doc).sentences):
            if i in found.discarded:
                if trace is not None:
                    trace.append(_sentence_skipped(sent, i))
                continue
            events.extend(self._code_sentence(sent, i, index, found.article_date, trace))
        return found.situated(events)

    def _code_sentence(
        self,
        sent: Span,
        index: int,
        drafts: dict[int, DocMention],
        article_date: dt.date | None,
        trace: list[Decision] | None = None,
    ) -> Iterable[Event]:
        note = (lambda d: trace.append(d)) if trace is not None else (lambda d: None)
        cands = self.triggers.sentence(sent, drafts, index, trace)
        cands, embedded = resolve_embedding(cands)
        cands, means = resolve_means(cands)
        for cand, reason in (*embedded, *means):
            note(decision(cand.trigger, index, DROPPED, reason, cand))
        out: list[tuple[Event, Candidate]] = []
        for cand in cands:
            event = self._to_event(cand, index, article_date)
            if isinstance(event, str):
                note(decision(cand.trigger, index, DROPPED, event, cand))
                continue
            duplicate = next((pair for pair in out if _same_action(pair[0], event)), None)
            if duplicate is None:
                out.append((event, cand))
                continue
            weaker = cand
            if event.confidence > duplicate[0].confidence:
                out[out.index(duplicate)] = (event, cand)
                weaker = duplicate[1]
            kept = cand.trigger if weaker is not cand else duplicate[1].trigger
            note(
                decision(
                    weaker.trigger,
                    index,
                    DROPPED,
                    f"same action as '{kept.text}' (same type and parties), which is surer",
                    weaker,
                )
            )
        for event, cand in out:
            note(decision(cand.trigger, index, EMITTED, _emitted_reason(event), cand, event))
        return [event for event, _ in out]

    def propose(
        self,
        doc: Doc,
        drafts: list[DocMention],
        article_date: dt.date | None,
        discarded: Collection[int] = frozenset(),
    ) -> list[Proposal]:
        """Every trigger the rules find in ``doc`` outside the sentences ``discarded``, with
        what the rules make of it, and every other verb as an open proposal with the parties
        the parse gives it: what the learned event stage (`dyad.events.learned`) decides on."""
        out: list[Proposal] = []
        index = mention_index(drafts)
        for i, sent in enumerate(layout(doc).sentences):
            if i in discarded:
                continue
            found = self.triggers.sentence(sent, index, i)
            kept, embedded = resolve_embedding(found)
            kept, means = resolve_means(kept)
            dropped = {c.trigger.i: reason for c, reason in (*embedded, *means)}
            resolved = {c.trigger.i: c for c in kept}
            for cand in found:
                final = resolved.get(cand.trigger.i, cand)
                verdict = dropped.get(cand.trigger.i) or self._to_event(final, i, article_date)
                out.append(Proposal(final, i, verdict))
            taken = {c.trigger.i for c in found} | {t for c in found for t in c.used}
            for token in sent:
                if token.i in taken:
                    continue
                if token.pos_ == "VERB":
                    out.append(Proposal(self.triggers.open(token, index), i, "open"))
                elif token.pos_ == "NOUN" and not self.petrarch:
                    nominal = self.triggers.nominal(token, index)
                    if nominal is not None:
                        out.append(Proposal(nominal, i, "open"))
        return out

    def _to_event(
        self, cand: Candidate, sentence: int, article_date: dt.date | None
    ) -> Event | str:
        """The event of ``cand``, or why there is none."""
        coded = self._coding(cand)
        if isinstance(coded, str):
            return coded
        coding, modal, mood = coded
        actors, recipients = self._sides(cand, coding)
        parties = {d.actor.id or d.actor.code for d in (*actors, *recipients)}
        if not actors and not (cand.agentless and recipients and coding.event in AGENTLESS_TYPES):
            return "no actor: no coded subject, agent or possessor"
        if len(parties) < 2 and (self.petrarch or coding.event not in SINGLE_PARTY_TYPES):
            needs = "PETRARCH mode needs" if self.petrarch else f"{coding.event} needs"
            return f"one party only; {needs} a recipient"
        confidence = cand.base_confidence
        if len(parties) < 2:
            confidence *= CONFIDENCE_ONE_PARTY
        if not actors:
            modal += AGENTLESS_NOTE
        if mood.hypothetical or mood.negated:
            confidence *= CONFIDENCE_MODAL
        if _subordinate(cand.trigger):
            confidence *= CONFIDENCE_SUBORDINATE
            modal += SUBORDINATE_NOTE
        sides = (actors, recipients)
        rule = cand.rule + modal
        return event_of(
            cand.trigger, coding, mood, sides, sentence, article_date, round(confidence, 3), rule
        )

    def _coding(self, cand: Candidate) -> tuple[Coding, str, Modality] | str:
        """The PLOVER coding of ``cand``'s code after its clause's modality (`recode`), the
        note the recoding leaves, and the modality; or why the code has no PLOVER type."""
        cameo = cand.cameo
        coding = code_any(cameo) if self.petrarch else code_event(cameo)
        if coding is None:
            return f"CAMEO {cameo} has no PLOVER type"
        cameo, modal, mood = recode(coding, modality(cand.trigger), self.petrarch)
        if modal:
            coding = code_any(cameo) if self.petrarch else code_event(cameo)
            if coding is None:
                return f"{modal.strip(' +')}, and {cameo} has no PLOVER type"
        return coding, modal, mood

    def _sides(self, cand: Candidate, coding: Coding) -> tuple[list[DocMention], list[DocMention]]:
        """The actors and recipients the event gets of ``cand``'s parties."""
        actors = list(cand.actors)
        acting = {a.actor.country for a in actors}
        # "Trump withdrew the US from the treaty": an actor's own country, named as a bare
        # place, is not on the receiving end
        recipients = [
            r
            for r in cand.recipients
            if r not in actors
            and not (r.kind == "place" and r.actor.sector is None and r.actor.country in acting)
        ]
        # PETRARCH codes a 04x code source -> target like any other ("Fornost and Gondor
        # welcomed ties with Osgiliath"); only with no target are all parties actors
        if coding.cameo.startswith(RECIPROCAL_CODES) and not (self.petrarch and recipients):
            actors, recipients = actors + recipients, []
        return actors, recipients

    def why_no_verb_event(self, token: Token) -> str:
        """Why the rules make no event of the verb ``token`` (for ``dyad explain``)."""
        return self.triggers.why_no_verb_event(token)


def event_of(
    trigger: Token,
    coding: Coding,
    mood: Modality,
    sides: tuple[Sequence[DocMention], Sequence[DocMention]],
    sentence: int,
    article_date: dt.date | None,
    confidence: float,
    rule: str,
    counted: bool = True,
) -> Event:
    """An event of ``trigger`` coded ``coding``, between ``sides`` (actors, recipients):
    the one record both the rules and the learned stage make."""
    actors, recipients = sides
    evidence = layout(trigger.doc).sentence_span(trigger.i)
    return Event(
        id="",
        date=article_date,
        event=coding.event,
        mode=coding.mode,
        context=coding.context,
        cameo=coding.cameo,
        goldstein=coding.goldstein,
        quad_code=coding.quad_code,
        actor=tuple(_participant(d) for d in actors),
        recipient=tuple(_participant(d) for d in recipients),
        event_text=trigger.text,
        sentence=sentence,
        start=trigger.idx,
        end=trigger.idx + len(trigger),
        sentence_start=evidence.start_char,
        sentence_end=evidence.end_char,
        confidence=confidence,
        counted=counted,
        negated=mood.negated,
        hypothetical=mood.hypothetical,
        rule=rule,
    )


def _subordinate(trigger: Token) -> bool:
    """Whether ``trigger`` sits in a subordinate clause or a background phrase ("after a
    Serbian army jet shot down a helicopter")."""
    current = trigger
    while current.head.i != current.i:
        if (
            current.dep_ in SUBORDINATE_DEPS
            and not purpose(current)
            and not document_clause(current)
        ):
            return True
        if current.dep_ == "pobj" and current.head.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        current = current.head
    return False


def _participant(d: DocMention) -> Participant:
    return Participant(d.actor, d.start_char, d.end_char, d.text)


def _same_action(a: Event, b: Event) -> bool:
    parties = lambda e: {p.actor.code for p in (*e.actor, *e.recipient)}  # noqa: E731
    return a.event == b.event and parties(a) == parties(b)


def _sentence_skipped(sent: Span, index: int) -> Decision:
    return Decision(
        trigger=sent.text[:40],
        start=sent.start_char,
        end=sent.end_char,
        sentence=index,
        outcome=DROPPED,
        reason="sentence discarded (a PETRARCH discard phrase, e.g. sports or entertainment)",
    )


# How `dyad explain` words each recoding of modality.recode, by the note it leaves in the rule.
FUTURE_NOTES = {
    "future -> intent": "announced for the future, coded as intent",
    "future conflict -> threat": "conflict announced for the future, coded as a threat",
    "future retreat -> concede": "retreat announced for the future, coded as CONCEDE",
    "willing to yield -> intent": "a stated willingness to yield, coded as intent (AGREE)",
    "prepared force -> mobilize": "armed force prepared for, coded as MOBILIZE",
}


def _emitted_reason(event: Event) -> str:
    notes = []
    if event.negated:
        notes.append("negated")
    if event.hypothetical:
        notes.append("hypothetical or alleged")
    for marker, meaning in FUTURE_NOTES.items():
        if marker in event.rule:
            notes.append(meaning)
    if AGENTLESS_NOTE in event.rule:
        notes.append("no one named as acting: actor unidentified")
    if event.rule.endswith(SUBORDINATE_NOTE):
        notes.append("in a subordinate clause, ranked below the main clause's events")
    if len(event.actor) + len(event.recipient) < 2:
        notes.append("one party")
    return "emitted" + (f" ({', '.join(notes)})" if notes else "")
