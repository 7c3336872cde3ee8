"""The rules' triggers: which words of a sentence may be events, with their parties.

1. Verbs found in the verb dictionary, with their most specific pattern; the parties from
   the parse: the subject's actors (all conjuncts; the ``by`` agent of a passive) act;
   objects, datives, the pattern's ``+`` slot and prepositional objects ("sanctions on
   Iran", "aid to Ukraine") receive.
2. Reported obligations ("Russia said Sudan must return the helicopter"): a demand.
3. Nouns that name an event by themselves (``events/data/nouns.csv``): they take the
   subject of the verb they hang from, their possessor and their ``with`` objects.
4. Open proposals, for the learned stage: every other verb, and nouns that name what a
   dictionary verb does ("charges", "resignation").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyad.doc import DocMention
from dyad.events.lexicon import EventLexicon
from dyad.events.modality import reported_obligation
from dyad.events.participants import (
    NOT_ACTOR_ENTITIES,
    condition_subjects,
    drafts_at,
    passive_subject,
    places_of,
    receivers,
    subject,
    withdrawn_from,
)
from dyad.events.patterns import PatternMatcher, VerbMatch
from dyad.events.scoring import code_event
from dyad.events.trace import DROPPED, Decision
from dyad.lexicons import word_list, word_set
from dyad.records import Event

# Prepositions that introduce the topic of a verbal act, not something its subject did.
TOPIC_PREPOSITIONS = word_set("dyad.events", "topic_prepositions.csv")
# Verbs that commit their subject to what they govern ("agreed to", "promised that"): PLOVER
# AGREE.
COMMITMENT_VERBS = word_set("dyad.events", "commitment_verbs.csv")
# CAMEO 030, express intent to cooperate: what a commitment to act is.
COMMITMENT_CODE = "030"
# CAMEO 13, threaten.
THREAT_ROOT = "13"
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
# Confidence scores of the rules (the learned stage's are calibrated): set by hand on the
# seed and 20 Wikinews articles; re-run `dyad eval plover-gsr seed` when changing them.
CONFIDENCE_PATTERN = 0.8
CONFIDENCE_VERB = 0.6
CONFIDENCE_NOUN = 0.65
# Clauses of their own: PETRARCH's target is looked for outside them.
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
)
# Things that act by themselves as the subject of a verb of violence ("a minefield explosion
# killed two youths"); event nouns of the lexicon ("bombing", "attack") count too.
INANIMATE_CAUSES = word_set("dyad.events", "inanimate_causes.csv")


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


class Triggers:
    """The rules' triggers of a sentence (see the module doc), found with a verb dictionary
    and the event lexicon; ``petrarch`` as `EventCoder`'s."""

    def __init__(
        self, matcher: PatternMatcher, lexicon: EventLexicon, petrarch: bool = False
    ) -> None:
        self.matcher = matcher
        self.lexicon = lexicon
        self.petrarch = petrarch

    def sentence(
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
            obligation = self.obligation(token, drafts)
            if obligation is not None:
                cands.append(obligation)
                used |= obligation.used
            elif token.pos_ == "VERB":
                cand = self.verb(token, drafts)
                if cand is not None:
                    cands.append(cand)
                    used |= cand.used
                elif trace is not None:
                    trace.append(decision(token, index, DROPPED, self.why_no_verb_event(token)))
        # PETRARCH codes verb phrases only: dyad's event nouns are no triggers in its mode
        for token in sent if not self.petrarch else ():
            if token.pos_ in ("NOUN", "PROPN") and token.i not in used:
                cand = self.noun(token, drafts)
                if cand is not None:
                    cands.append(cand)
        return cands

    def verb(self, token: Token, drafts: dict[int, DocMention]) -> Candidate | None:
        """A verb the dictionary codes, with its parties (the module doc, 1)."""
        match: VerbMatch | None = self.matcher.match(token)
        if match is None:
            return None
        committed = _committed_to_act(token)
        if match.code is None and not committed:
            return None
        if token.dep_ == "amod" or (token.tag_ == "VBN" and token.dep_ in ("acl", "amod")):
            return None  # "the attacked embassy": an adjective, the event is elsewhere
        dictionary_code = match.code or COMMITMENT_CODE
        actors, recipients, agentless = self._verb_parties(token, drafts, match, committed)
        if not recipients:
            recipients = self._more_recipients(token, drafts, actors, dictionary_code)
        code, rule = _commitment(token, dictionary_code, match.rule, committed)
        return Candidate(
            token,
            code,
            rule,
            CONFIDENCE_PATTERN if match.pattern is not None else CONFIDENCE_VERB,
            tuple(actors),
            tuple(recipients),
            match.words,
            agentless=agentless,
        )

    def _verb_parties(
        self, token: Token, drafts: dict[int, DocMention], match: VerbMatch, committed: bool
    ) -> tuple[list[DocMention], list[DocMention], bool]:
        """The verb's actors and recipients from its own clause and its pattern's slots, and
        whether no one is named as acting (`Candidate.agentless`)."""
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
        return actors, recipients, agentless

    def _more_recipients(
        self, token: Token, drafts: dict[int, DocMention], actors: list[DocMention], code: str
    ) -> list[DocMention]:
        """Recipients for a verb whose own clause names none, the first of these that does."""
        # "Libya offered to hand over to Great Britain two of its nationals": the
        # infinitive's recipient receives the offer
        # "blocked a road to show their disapproval for the United States' policies":
        # so does an infinitive of purpose
        infinitive = next(
            (c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and purpose(c))),
            None,
        )
        found = receivers(infinitive, drafts) if infinitive is not None else []
        if not found and not self.petrarch:
            # "willing to withdraw its troops from neighboring Lebanon": Lebanon. PLOVER
            # mode only: PETRARCH finds it through its "- * FROM +" patterns
            found = withdrawn_from(token, drafts)
        if not found and actors and not self.petrarch and not code.startswith(RECIPROCAL_CODES):
            # "Serbia lifted a night curfew in Montenegro": the place's country receives
            # (not in a meeting: "talks in Geneva" are not Switzerland's; not at home:
            # "Iraqi police arrested five men in Baghdad"; with no actor there is no
            # abroad: "a missionary was arrested in Lebanon"). PLOVER mode only: it cost
            # petr2-gsr a record ("made his remarks in Doha")
            acting = {a.actor.country for a in actors}
            found = [p for p in places_of(token, drafts) if p.actor.country not in acting]
        if not found and actors and self.petrarch:
            # PETRARCH takes the first actor after the verb in its phrase as the target,
            # a place too ("arrived in Gondor", "fired two artillery shells at Seoul")
            found = _first_after(token, drafts, actors)
        if not found and code.startswith(THREAT_ROOT):
            # "Iran threatened to launch an offensive unless Baghdad accepted": the one
            # whose act is the condition is the one threatened
            found = condition_subjects(token, drafts)
        return found

    def _inanimate_subject(self, verb: Token) -> bool:
        """Whether ``verb``'s subject is a thing that acts by itself ("a minefield explosion
        killed", "a roadside bombing killed"): a weapon or an event the lexicon knows."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        return subj.lemma_.lower() in INANIMATE_CAUSES or self.lexicon.noun_code(subj) is not None

    def obligation(self, verb: Token, drafts: dict[int, DocMention]) -> Candidate | None:
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

    def noun(self, token: Token, drafts: dict[int, DocMention]) -> Candidate | None:
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

    def nominal(self, token: Token, drafts: dict[int, DocMention]) -> Candidate | None:
        """A noun that names what a dictionary verb does ("charges", "resignation",
        "conviction"): an open proposal with the verb's code and the noun's parties."""
        code = self.matcher.nominal_code(token.lemma_.lower())
        if code is None:
            return None
        rule = f"open noun {token.lemma_.lower()} ({code})"
        return replace(self._noun_with_parties(token, code, rule, drafts), base_confidence=0.0)

    def open(self, token: Token, drafts: dict[int, DocMention]) -> Candidate:
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


def _commitment(token: Token, code: str, rule: str, committed: bool) -> tuple[str, str]:
    """The code and rule of a verb of commitment governing what it commits to: "agreed to
    share", "agreed that their countries should cooperate" are a commitment (PLOVER AGREE),
    whatever the dictionary's code for the bare verb."""
    coding = code_event(code)
    commits = committed or any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    if (
        token.lemma_.lower() in COMMITMENT_VERBS
        and commits
        and (coding is None or coding.event != "AGREE")
    ):
        return COMMITMENT_CODE, f"{rule} + commitment -> {COMMITMENT_CODE}"
    return code, rule


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
        and not purpose(clause)
    )


def purpose(verb: Token) -> bool:
    """An infinitive of purpose ("began a hunger strike to protest"): the act itself."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def decision(
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
