"""Sentences to PLOVER events: triggers, participants, modality, one event per action.

For each sentence:
1. Triggers: verbs found in the verb dictionary (with their most specific pattern) and nouns
   that name an event by themselves (``events/data/nouns.csv``).
2. Participants from the parse: the subject's actors (all conjuncts; the ``by`` agent of a
   passive) act; objects, datives, the pattern's ``+`` slot and prepositional objects
   ("sanctions on Iran", "aid to Ukraine") receive. A noun trigger takes the subject of the
   verb it hangs from, its possessor and its ``with`` objects. Meetings are reciprocal: all
   parties are actors (PLOVER manual, CONSULT), except visits (visitor acts, host receives).
3. Modality: negation and hypotheticals are flagged; cooperation announced for the future
   ("will visit", "plans to provide aid") is AGREE, as the PLOVER manual prescribes.
4. One event per action: an event verb governing another ("threatened to attack", "agreed to
   meet") keeps the governing one when it is a verbal act, else the embedded one; duplicates
   of the same type and parties in a sentence are merged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyad.doc import DocMention, Found, mention_index
from dyad.events.circumstances import attach_sizes, situate
from dyad.events.lexicon import EventLexicon
from dyad.events.modality import modality, recode, reported_obligation
from dyad.events.participants import (
    NOT_ACTOR_ENTITIES,
    condition_subjects,
    document_clause,
    drafts_at,
    passive_subject,
    places_of,
    receivers,
    subject,
    withdrawn_from,
)
from dyad.events.patterns import PatternMatcher, VerbMatch
from dyad.events.scoring import code_any, code_event
from dyad.events.trace import DROPPED, EMITTED, Decision
from dyad.lexicons import word_list, word_set
from dyad.nlp.sentences import layout
from dyad.records import Amount, DateRef, Event, Location, Participant

# Prepositions that introduce the topic of a verbal act, not something its subject did.
TOPIC_PREPOSITIONS = word_set("dyad.events", "topic_prepositions.csv")
# Verbs that commit their subject to what they govern ("agreed to", "promised that"): PLOVER
# AGREE.
COMMITMENT_VERBS = word_set("dyad.events", "commitment_verbs.csv")
# CAMEO 030, express intent to cooperate: what a commitment to act is.
COMMITMENT_CODE = "030"
# Governing event types that subsume an embedded event ("threatened to attack" is THREATEN).
SUBSUMING_TYPES = word_set("dyad.events", "subsuming_types.csv")
# PLOVER types coded with one party: all but COOPERATE, AID and SANCTION, the three whose
# recipient the PLOVER manual requires ("Requires recipient" in each type's section), and
# CONSULT, where all parties are actors but a meeting takes two. A one-party event gets
# lower confidence (CONFIDENCE_ONE_PARTY).
SINGLE_PARTY_TYPES = word_set("dyad.events", "single_party_types.csv")
# CAMEO 13, threaten.
THREAT_ROOT = "13"
# CAMEO 09, investigate (PLOVER ACCUSE, mode investigate).
INVESTIGATE_ROOT = "09"
# CAMEO 100, "Make a demand, not specified below" (PLOVER REQUEST).
DEMAND_CODE = "100"
RECIPROCAL_CODES = word_list("dyad.events", "reciprocal_codes.csv")
# Dependencies through which a noun trigger is climbed to the verb whose subject acts.
NOUN_CLIMB_DEPS = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "agent",
        "acl",
        "nsubj",
        "attr",
        "appos",
        "conj",
        "compound",
        "pcomp",
        "npadvmod",
    }
)

# Verbs of going somewhere: "for talks" after them is what the travellers do there.
TRAVEL_VERBS = word_set("dyad.events", "travel_verbs.csv")

# Confidence scores: calibrated by hand on the seed and 20 Wikinews articles; re-run
# `dyad eval plover-gsr seed` when changing them.
CONFIDENCE_PATTERN = 0.8
CONFIDENCE_VERB = 0.6
CONFIDENCE_NOUN = 0.65
CONFIDENCE_ONE_PARTY = 0.8
CONFIDENCE_MODAL = 0.5
# An event in a subordinate clause ("..., one day after a Serbian army jet shot down a
# helicopter") is usually background to the main clause's: its confidence is multiplied by
# this, so the main event ranks first. 0.8 on plover-gsr dev (issue #5 analysis: 0.6, 0.8
# and 0.9 tried, 0.8 best by one item); re-run `dyad eval plover-gsr conflibert` when
# changing it. An infinitive of purpose ("began a hunger strike to protest") is not
# background: demoting it too cost conflibert sentences.
CONFIDENCE_SUBORDINATE = 0.8
# Clauses of their own: PETRARCH's target is looked for outside them.
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
)
# Clauses that hang from another as background: adverbial, relative, noun-modifying.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})
# Prepositions that put what they govern before or behind the main event, as its cause or
# time ("after the attack", "because of the strike").
BACKGROUND_PREPOSITIONS = word_set("dyad.events", "background_prepositions.csv")
SUBORDINATE_NOTE = " + subordinate clause"
# Things that act by themselves as the subject of a verb of violence ("a minefield explosion
# killed two youths"); event nouns of the lexicon ("bombing", "attack") count too.
INANIMATE_CAUSES = word_set("dyad.events", "inanimate_causes.csv")
# Types coded with no actor when none is named: PLOVER's sector UNK is the "generic
# unidentified actor", its example "two civilians were killed by a bomb" (PLOVER manual,
# Sector Codes). Material conflict and retreat only: "Iran was accused" names no accuser
# worth an event, and cooperation or concession by no one is none ("candidates are being
# teased" was CONCEDE on Wikinews). ASSAULT and COERCE alone lost plover-gsr a RETREAT
# ("guerrillas have been demobilized") and conflibert 0.002.
AGENTLESS_TYPES = word_set("dyad.events", "agentless_types.csv")
AGENTLESS_NOTE = " + agentless: actor unidentified"


@dataclass(frozen=True, slots=True)
class Candidate:
    trigger: Token
    cameo: str
    rule: str
    base_confidence: float
    actors: tuple[DocMention, ...]
    recipients: tuple[DocMention, ...]
    used: frozenset[int]
    noun: bool = False
    agentless: bool = False
    """No one is named as acting: a passive without "by" ("civilians were killed") or an
    inanimate cause as subject ("a roadside bombing killed ...")."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """A trigger and what the rules make of it: the learned stage's input."""

    candidate: Candidate
    sentence: int
    verdict: Event | str
    """The rules' event, or why they make none (``open`` for a verb no rule codes)."""


class EventCoder:
    def __init__(
        self, matcher: PatternMatcher, lexicon: EventLexicon, petrarch: bool = False
    ) -> None:
        self.matcher = matcher
        self.lexicon = lexicon
        self.petrarch = petrarch
        """PETRARCH mode: keep codes without a PLOVER type (``event`` None) and require a
        source and a target, as PETRARCH codes events."""

    # ---- triggers -----------------------------------------------------------------------
    def _verb_candidate(self, token: Token, drafts: dict[int, DocMention]) -> Candidate | None:
        match: VerbMatch | None = self.matcher.match(token)
        if match is None:
            return None
        committed = _committed_to_act(token)
        if match.code is None and not committed:
            return None
        dictionary_code = match.code or COMMITMENT_CODE
        if token.dep_ == "amod" or (token.tag_ == "VBN" and token.dep_ in ("acl", "amod")):
            return None  # "the attacked embassy": an adjective, the event is elsewhere
        passive = any(c.dep_ == "nsubjpass" for c in token.children) and not committed
        actors = subject(token, drafts)
        if committed and not actors:
            # "Vietnam is committed to opening up": the one committed commits
            own = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            actors = drafts_at(drafts, own) if own is not None else []
        agentless = not actors and (
            (passive and not any(c.dep_ == "agent" for c in token.children))
            or self._inanimate_subject(token)
        )
        recipients = receivers(token, drafts)
        if passive:
            recipients = passive_subject(token, drafts) + recipients
        if match.target is not None:
            target = drafts_at(drafts, match.target)
            recipients = target + [r for r in recipients if r not in target]
        if match.source is not None and not actors:
            actors = drafts_at(drafts, match.source)
        if not recipients:
            # "Libya offered to hand over to Great Britain two of its nationals": the
            # infinitive's recipient receives the offer
            # "blocked a road to show their disapproval for the United States' policies":
            # so does an infinitive of purpose
            infinitive = next(
                (
                    c
                    for c in token.children
                    if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _purpose(c))
                ),
                None,
            )
            if infinitive is not None:
                recipients = receivers(infinitive, drafts)
        if not recipients and not self.petrarch:
            # "willing to withdraw its troops from neighboring Lebanon": Lebanon. PLOVER
            # mode only: PETRARCH finds it through its "- * FROM +" patterns
            recipients = withdrawn_from(token, drafts)
        if (
            not recipients
            and actors
            and not self.petrarch
            and not dictionary_code.startswith(RECIPROCAL_CODES)
        ):
            # "Serbia lifted a night curfew in Montenegro": the place's country receives
            # (not in a meeting: "talks in Geneva" are not Switzerland's; not at home:
            # "Iraqi police arrested five men in Baghdad"; with no actor there is no
            # abroad: "a missionary was arrested in Lebanon"). PLOVER mode only: it cost
            # petr2-gsr a record ("made his remarks in Doha")
            acting = {a.actor.country for a in actors}
            recipients = [p for p in places_of(token, drafts) if p.actor.country not in acting]
        if not recipients and actors and self.petrarch:
            # PETRARCH takes the first actor after the verb in its phrase as the target,
            # a place too ("arrived in Gondor", "fired two artillery shells at Seoul")
            recipients = _first_after(token, drafts, actors)
        if not recipients and dictionary_code.startswith(THREAT_ROOT):
            # "Iran threatened to launch an offensive unless Baghdad accepted": the one
            # whose act is the condition is the one threatened
            recipients = condition_subjects(token, drafts)
        confidence = CONFIDENCE_PATTERN if match.pattern is not None else CONFIDENCE_VERB
        code, rule = dictionary_code, match.rule
        coding = code_event(code)
        commits = committed or any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
        if (
            token.lemma_.lower() in COMMITMENT_VERBS
            and commits
            and (coding is None or coding.event != "AGREE")
        ):
            # "agreed to share", "agreed that their countries should cooperate": a
            # commitment (PLOVER AGREE), whatever the dictionary's code for the bare verb
            code, rule = COMMITMENT_CODE, f"{rule} + commitment -> {COMMITMENT_CODE}"
        return Candidate(
            token,
            code,
            rule,
            confidence,
            tuple(actors),
            tuple(recipients),
            match.words,
            agentless=agentless,
        )

    def _inanimate_subject(self, verb: Token) -> bool:
        """Whether ``verb``'s subject is a thing that acts by itself ("a minefield explosion
        killed", "a roadside bombing killed"): a weapon or an event the lexicon knows."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        return subj.lemma_.lower() in INANIMATE_CAUSES or self.lexicon.noun_code(subj) is not None

    def _obligation_candidate(self, verb: Token, drafts: dict[int, DocMention]) -> Candidate | None:
        """ "Russia said Sudan must return the helicopter": Russia demands it of Sudan, whatever
        the dictionary says of "return" (PLOVER mode only; PETRARCH codes the verb)."""
        if self.petrarch or verb.pos_ not in ("VERB", "AUX") or not reported_obligation(verb):
            return None
        obliged = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        demanding = subject(verb.head, drafts)
        addressed = drafts_at(drafts, obliged) if obliged is not None else []
        if not demanding or not addressed:
            return None
        return Candidate(
            verb,
            DEMAND_CODE,
            f"rule: reported obligation ('{verb.head.text} ... must') -> {DEMAND_CODE}",
            CONFIDENCE_PATTERN,
            tuple(demanding),
            tuple(addressed),
            frozenset({verb.i}),
        )

    def _noun_candidate(self, token: Token, drafts: dict[int, DocMention]) -> Candidate | None:
        cameo = self.lexicon.noun_code(token)
        if cameo is None:
            return None
        return self._noun_with_parties(
            token, cameo, f"noun {token.lemma_.lower()} ({cameo})", drafts
        )

    def _noun_with_parties(
        self, token: Token, cameo: str, rule: str, drafts: dict[int, DocMention]
    ) -> Candidate:
        """A noun trigger with its parties: its possessor and modifiers act, its "of" and
        recipient prepositions receive, and the subject of the verb it hangs from acts."""
        actors: list[DocMention] = []
        recipients = receivers(token, drafts)
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                actors += drafts_at(drafts, child)
            elif child.dep_ == "prep" and child.lower_ == "of":  # "the invasion of Syria"
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        recipients += drafts_at(drafts, obj)
        # climb to the verb the noun hangs from ("began an offensive with airstrikes followed
        # by an invasion of Syria", "said during a videoconference with Xi"): its subject
        # takes part. Non-finite verbs ("followed by") are climbed through.
        current = token
        for _ in range(8):
            if current.dep_ not in NOUN_CLIMB_DEPS or current.head.i == current.i:
                break
            if (
                current.dep_ == "prep"
                and current.lower_ in TOPIC_PREPOSITIONS
                and not (
                    current.lower_ == "for"
                    and cameo.startswith(RECIPROCAL_CODES)
                    and current.head.lemma_.lower() in TRAVEL_VERBS
                )
            ):
                # "criticized Turkey for its offensive": the offensive is not the EU's; but
                # "negotiators return to Geneva for talks" hold the talks (not "hoped for
                # talks", a wish)
                break
            current = current.head
            if current.pos_ in ("NOUN", "PROPN") and self.lexicon.noun_code(current) is None:
                break  # "denied responsibility for the attack": the denier did not attack
            if current.pos_ not in ("VERB", "AUX"):
                continue
            acting = subject(current, drafts)
            if token.dep_ == "nsubj" and current.i == token.head.i:
                recipients += receivers(current, drafts)
                break
            if acting or current.dep_ not in ("acl", "advcl", "xcomp", "pcomp"):
                actors = acting + actors
                break
        return Candidate(
            token,
            cameo,
            rule,
            CONFIDENCE_NOUN,
            tuple(dict.fromkeys(actors)),
            tuple(dict.fromkeys(recipients)),
            frozenset({token.i}),
            noun=True,
        )

    # ---- events -------------------------------------------------------------------------
    def _to_event(
        self, cand: Candidate, sentence: int, article_date: dt.date | None
    ) -> Event | str:
        """The event of ``cand``, or why there is none."""
        cameo = cand.cameo
        coding = code_any(cameo) if self.petrarch else code_event(cameo)
        if coding is None:
            return f"CAMEO {cameo} has no PLOVER type"
        cameo, modal, mood = recode(coding, modality(cand.trigger), self.petrarch)
        if modal:
            coding = code_any(cameo) if self.petrarch else code_event(cameo)
            if coding is None:
                return f"{modal.strip(' +')}, and {cameo} has no PLOVER type"
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
        doc = cand.trigger.doc
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
            event_text=cand.trigger.text,
            sentence=sentence,
            start=cand.trigger.idx,
            end=cand.trigger.idx + len(cand.trigger),
            sentence_start=layout(doc).sentence_span(cand.trigger.i).start_char,
            sentence_end=layout(doc).sentence_span(cand.trigger.i).end_char,
            confidence=round(confidence, 3),
            negated=mood.negated,
            hypothetical=mood.hypothetical,
            rule=cand.rule + modal,
        )

    def code(
        self,
        doc: Doc,
        drafts: list[DocMention],
        dates: Sequence[Found[DateRef]],
        article_date: dt.date | None,
        locations: Sequence[Found[Location]] = (),
        amounts: Sequence[Found[Amount]] = (),
        trace: list[Decision] | None = None,
        discarded: Collection[int] = frozenset(),
    ) -> list[Event]:
        """The events of ``doc``, each dated, placed and sized from its own clause; the
        sentences ``discarded`` (by index) are not coded. With ``trace``, a `Decision` per
        trigger is appended to it (``dyad explain``)."""
        events: list[Event] = []
        index = mention_index(drafts)
        for i, sent in enumerate(layout(doc).sentences):
            if i in discarded:
                if trace is not None:
                    trace.append(_sentence_skipped(sent, i))
                continue
            events.extend(self._code_sentence(sent, i, index, article_date, trace))
        events = [situate(doc, e, dates, locations, article_date) for e in events]
        return attach_sizes(doc, events, amounts)

    def _code_sentence(
        self,
        sent: Span,
        index: int,
        drafts: dict[int, DocMention],
        article_date: dt.date | None,
        trace: list[Decision] | None = None,
    ) -> Iterable[Event]:
        note = (lambda d: trace.append(d)) if trace is not None else (lambda d: None)
        cands = self._candidates(sent, drafts, index, trace)
        cands, embedded = _resolve_embedding(cands)
        cands, means = _resolve_means(cands)
        for cand, reason in (*embedded, *means):
            note(_decision(cand.trigger, index, DROPPED, reason, cand))
        out: list[tuple[Event, Candidate]] = []
        for cand in cands:
            event = self._to_event(cand, index, article_date)
            if isinstance(event, str):
                note(_decision(cand.trigger, index, DROPPED, event, cand))
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
                _decision(
                    weaker.trigger,
                    index,
                    DROPPED,
                    f"same action as '{kept.text}' (same type and parties), which is surer",
                    weaker,
                )
            )
        for event, cand in out:
            note(_decision(cand.trigger, index, EMITTED, _emitted_reason(event), cand, event))
        return [event for event, _ in out]

    def _candidates(
        self,
        sent: Span,
        drafts: dict[int, DocMention],
        index: int,
        trace: list[Decision] | None = None,
    ) -> list[Candidate]:
        """The triggers of one sentence: dictionary verbs, reported obligations, event nouns."""
        cands: list[Candidate] = []
        used: set[int] = set()
        for token in sent:
            obligation = self._obligation_candidate(token, drafts)
            if obligation is not None:
                cands.append(obligation)
                used |= obligation.used
            elif token.pos_ == "VERB":
                cand = self._verb_candidate(token, drafts)
                if cand is not None:
                    cands.append(cand)
                    used |= cand.used
                elif trace is not None:
                    trace.append(_decision(token, index, DROPPED, self.why_no_verb_event(token)))
        # PETRARCH codes verb phrases only: dyad's event nouns are no triggers in its mode
        for token in sent if not self.petrarch else ():
            if token.pos_ in ("NOUN", "PROPN") and token.i not in used:
                cand = self._noun_candidate(token, drafts)
                if cand is not None:
                    cands.append(cand)
        return cands

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
            found = self._candidates(sent, index, i)
            kept, embedded = _resolve_embedding(found)
            kept, means = _resolve_means(kept)
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
                    out.append(Proposal(self._open_candidate(token, index), i, "open"))
                elif token.pos_ == "NOUN" and not self.petrarch:
                    nominal = self._nominal_candidate(token, index)
                    if nominal is not None:
                        out.append(Proposal(nominal, i, "open"))
        return out

    def _nominal_candidate(self, token: Token, drafts: dict[int, DocMention]) -> Candidate | None:
        """A noun that names what a dictionary verb does ("charges", "resignation",
        "conviction"): an open proposal with the verb's code and the noun's parties."""
        code = self.matcher.nominal_code(token.lemma_.lower())
        if code is None:
            return None
        rule = f"open noun {token.lemma_.lower()} ({code})"
        return replace(self._noun_with_parties(token, code, rule, drafts), base_confidence=0.0)

    def _open_candidate(self, token: Token, drafts: dict[int, DocMention]) -> Candidate:
        """A verb no rule codes, with the parties the parse gives it."""
        return Candidate(
            token,
            "",
            "open verb",
            0.0,
            tuple(subject(token, drafts)),
            tuple(receivers(token, drafts)),
            frozenset({token.i}),
        )

    def why_no_verb_event(self, token: Token) -> str:
        """Why the rules make no event of the verb ``token`` (for ``dyad explain``)."""
        match = self.matcher.match(token)
        if match is None:
            return f"no entry for the verb '{token.lemma_}' in the verb dictionary"
        if match.code is None:
            return f"{match.rule} carries no code"
        return "an adjectival participle ('the attacked embassy'): the event is elsewhere"


def _committed_to_act(verb: Token) -> bool:
    """ "Vietnam is committed to opening up the economy": committed to doing something (a
    gerund), PLOVER AGREE ("indicate willingness or commitment to cooperate"). Not "committed
    atrocities", nor "committed to a hospital"."""
    if verb.lemma_.lower() != "commit":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


def _first_after(
    verb: Token, drafts: dict[int, DocMention], actors: list[DocMention]
) -> list[DocMention]:
    """The first coded mention after ``verb`` in its phrase that is not one of ``actors``."""
    for tok in verb.subtree:
        found = drafts.get(tok.i)
        if tok.i <= verb.i or found is None or found.actor.code is None or found in actors:
            continue
        if _in_clause_below(tok, verb) or tok.ent_type_ in NOT_ACTOR_ENTITIES:
            continue  # "to attend the Beijing Olympics": an event, not China
        return [found, *(replace(found, actor=p, partners=()) for p in found.partners)]
    return []


def _in_clause_below(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` sits in a clause of its own below ``verb`` ("want Obama to head
    back", "says it has evidence proving Russia was behind")."""
    current = tok
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ in CLAUSE_DEPS and not _describes_noun(current):
            return True
        current = current.head
    return False


def _describes_noun(clause: Token) -> bool:
    """A clause that describes the verb's object, not an act of its own: a participle
    ("the roads leading into Mordor", "memos sent by Bree") or a "that" clause ("hopes
    that Osgiliath could be drawn in"); not an infinitive ("efforts to counter IS"), nor
    one deeper ("claimed responsibility for an attack targeting ...")."""
    return (
        clause.dep_ in ("acl", "ccomp")
        and clause.head.pos_ in ("NOUN", "PROPN")
        and clause.head.dep_ == "dobj"
        and not _purpose(clause)
    )


def _subordinate(trigger: Token) -> bool:
    """Whether ``trigger`` sits in a subordinate clause or a background phrase ("after a
    Serbian army jet shot down a helicopter")."""
    current = trigger
    while current.head.i != current.i:
        if (
            current.dep_ in SUBORDINATE_DEPS
            and not _purpose(current)
            and not document_clause(current)
        ):
            return True
        if current.dep_ == "pobj" and current.head.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        current = current.head
    return False


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose ("began a hunger strike to protest"): the act itself."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _participant(d: DocMention) -> Participant:
    return Participant(d.actor, d.start_char, d.end_char, d.text)


def _same_action(a: Event, b: Event) -> bool:
    parties = lambda e: {p.actor.code for p in (*e.actor, *e.recipient)}  # noqa: E731
    return a.event == b.event and parties(a) == parties(b)


def _resolve_embedding(
    cands: list[Candidate],
) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """Keep one event for "threatened to attack" (THREATEN) and "began to attack" (ASSAULT);
    returns the kept candidates and the dropped ones with the reason."""
    by_token = {c.trigger.i: c for c in cands}
    drop: dict[int, str] = {}
    for cand in cands:
        tok = cand.trigger
        if tok.dep_ == "conj" and _subsumed_conjunct(tok, by_token):
            # "claimed that ISIL had attacked Iraq and taken Mosul": both are the claim's
            drop[tok.i] = "conjoined with an action embedded in a verbal act, which subsumes it"
            continue
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i not in by_token:
            continue
        governor = by_token[tok.head.i]
        coding = code_event(governor.cameo)
        # "..., a senior official said": an uncoded speaker makes no event, so it subsumes
        # nothing and the reported action is coded
        speaks = bool(governor.actors) or governor.agentless
        if coding is not None and coding.event in SUBSUMING_TYPES and speaks:
            drop[tok.i] = (
                f"embedded in '{governor.trigger.text}' ({coding.event}), which subsumes it"
            )
            # "North Korea threatened to attack South Korea": the threat is against the target
            if not governor.recipients:
                by_token[governor.trigger.i] = replace(governor, recipients=cand.recipients)
        else:
            drop[governor.trigger.i] = (
                f"governs '{tok.text}', the action itself, which is coded instead"
            )
            # "began to attack" shares its governor's subject, and so does "rebels said they
            # would meet" (a pronoun); "foreign powers should get out, Rouhani said" does not
            own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if tok.dep_ == "xcomp" or own is None or own.pos_ == "PRON":
                by_token[tok.i] = replace(cand, actors=cand.actors or governor.actors)
            if not by_token[tok.i].recipients and governor.recipients:
                # "Nigeria summoned Niger's ambassador to complain": to the one summoned
                by_token[tok.i] = replace(by_token[tok.i], recipients=governor.recipients)
    for cand in cands:
        holder = _clause_verb_of_noun(cand.trigger) if cand.noun else None
        if holder is None or cand.trigger.i in drop:
            continue
        act = _subsuming_governor(holder, by_token)
        if act is not None:
            # "threatened to institute a curfew": the curfew is the threat's content
            drop[cand.trigger.i] = (
                f"inside '{holder.text}', embedded in '{act.trigger.text}', which subsumes it"
            )
    kept = [by_token[c.trigger.i] for c in cands if c.trigger.i not in drop]
    dropped = [(c, drop[c.trigger.i]) for c in cands if c.trigger.i in drop]
    return kept, dropped


def _resolve_means(
    cands: list[Candidate],
) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """Keep only the protest or investigation for an act done for it ("shunned work on
    Monday to protest at ...", "staged a hunger strike in prison in protest against ...",
    "dispatched inspectors to monitor ..."): the act is the form the protest or the
    investigation takes (PLOVER manual, PROTEST: strikes, boycotts, blockades, sit-ins;
    CAMEO 09, investigate), not an event of its own. Returns the kept candidates and the
    dropped ones with the reason."""
    by_token = {c.trigger.i: c for c in cands}
    drop: dict[int, str] = {}
    for cand in cands:
        if _names_its_means(cand):
            continue
        end = _end_of(cand.trigger, by_token)
        if end is None:
            continue
        drop[cand.trigger.i] = (
            f"done to {end.trigger.lemma_} ('{end.trigger.text}'), which is coded"
        )
        by_token[end.trigger.i] = replace(
            end,
            actors=end.actors or cand.actors,
            recipients=end.recipients or cand.recipients,
        )
    kept = [by_token[c.trigger.i] for c in cands if c.trigger.i not in drop]
    dropped = [(c, drop[c.trigger.i]) for c in cands if c.trigger.i in drop]
    return kept, dropped


def _names_its_means(cand: Candidate) -> bool:
    """A protest, or an investigation (CAMEO 09): what an act done for it is coded as."""
    coding = code_event(cand.cameo)
    protest = coding is not None and coding.event == "PROTEST"
    return protest or cand.cameo.startswith(INVESTIGATE_ROOT)


def _end_of(verb: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The protest or investigation ``verb`` is done for: its infinitive of purpose ("to
    protest", "to monitor") or its "in protest" phrase."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and _purpose(child):
            target = by_token.get(child.i)
        elif child.dep_ == "prep" and child.lower_ == "in":
            target = next((by_token.get(g.i) for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        if target is not None and _names_its_means(target):
            return target
    return None


def _clause_verb_of_noun(noun: Token) -> Token | None:
    """The verb whose clause a noun trigger sits in ("institute" for "a curfew")."""
    current = noun
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _subsuming_governor(verb: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The verbal act (THREATEN, REQUEST, ...) that ``verb`` is embedded in, if any."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i not in by_token:
        return None
    governor = by_token[verb.head.i]
    coding = code_event(governor.cameo)
    return governor if coding is not None and coding.event in SUBSUMING_TYPES else None


def _subsumed_conjunct(tok: Token, by_token: dict[int, Candidate]) -> bool:
    """Whether ``tok`` is conjoined with an action embedded in a verbal act (THREATEN,
    ACCUSE, ...), so the verbal act subsumes it too."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in ("xcomp", "ccomp") or first.head.i not in by_token:
        return False
    coding = code_event(by_token[first.head.i].cameo)
    return coding is not None and coding.event in SUBSUMING_TYPES


def _decision(
    token: Token,
    sentence: int,
    outcome: str,
    reason: str,
    cand: Candidate | None = None,
    event: Event | None = None,
) -> Decision:
    doc = token.doc
    return Decision(
        trigger=token.text,
        start=token.idx,
        end=token.idx + len(token),
        sentence=sentence,
        outcome=outcome,
        reason=reason,
        rule=(event.rule if event else cand.rule) if cand else "",
        cameo=event.cameo if event else cand.cameo if cand else None,
        event=event.event if event else None,
        actors=tuple(doc[d.start : d.end].text for d in cand.actors) if cand else (),
        recipients=tuple(doc[d.start : d.end].text for d in cand.recipients) if cand else (),
    )


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
