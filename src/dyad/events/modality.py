"""Modality: whether a trigger's clause is negated, hypothetical or about the future, and
what that makes of its CAMEO code.

A negated cooperative act is a refusal (CAMEO 12, REJECT), and cooperation announced for the
future ("will visit", "plans to provide aid", "is willing to help") is an intent (CAMEO 03,
PLOVER AGREE), as the PLOVER manual prescribes; other negated or hypothetical events are
flagged, not recoded. In PLOVER mode (not ``--petrarch``) the manual's further rules apply:
an announced retreat is CONCEDE, and announced material conflict is a threat (THREATEN);
PETRARCH codes neither.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from dyad.events.scoring import Coding
from dyad.lexicons import code_map, word_list, word_set
from dyad.nlp.syntax import clause_verb

# The word lists and code maps are in events/data (their headers say why each word is
# there); lexicons/data for the future auxiliaries, which dates reads too.
FUTURE_AUX = word_set("dyad.lexicons", "future_auxiliaries.csv")
HYPOTHETICAL_AUX = word_set("dyad.events", "hypothetical_auxiliaries.csv")
CONDITIONAL_MARKS = word_set("dyad.events", "subordinators.csv", where="hypothetical")
NEGATING_WORDS = word_set("dyad.events", "negating_words.csv")
# Verbs that put what they govern in the future ("plans to visit"): PLOVER codes announced
# cooperation as AGREE.
INTENT_VERBS = word_set("dyad.events", "intent_verbs.csv")
# Verbs that report speech: "would" in their clause is the reported future.
FUTURE_REPORTING_VERBS = word_set("dyad.events", "reporting_verbs.csv", where="future")
# Verbs that report a demand when their clause says someone "must" act: "Rwandan rebels
# announced that President Kagame must agree to ...". PLOVER manual, REQUEST: "All
# requests, demands, and orders".
DEMAND_REPORTING_VERBS = word_set("dyad.events", "reporting_verbs.csv", where="demand")
OBLIGATION_AUX = word_set("dyad.events", "obligation_auxiliaries.csv")
# Adjectives that put the infinitive they govern in the future: "Syria says it is willing
# to withdraw" (PLOVER manual, AGREE).
READINESS_WORDS = word_set("dyad.events", "readiness_words.csv")
# Verbs whose object clause reports an allegation, not a fact.
ALLEGATION_VERBS = word_set("dyad.events", "allegation_verbs.csv")
# A negated cooperative act is a refusal (CAMEO 12, REJECT): the reject code for each root.
REFUSAL_CODES = code_map("dyad.events", "refusal_codes.csv")
# The intent (CAMEO 03x) code for each cooperative root announced for the future.
INTENT_CODES = code_map("dyad.events", "intent_codes.csv")
# Announced material conflict is a threat of it: the CAMEO 13x code by the announced
# action's code, most specific first (PLOVER manual, THREATEN).
THREAT_CODES = code_map("dyad.events", "threat_codes.csv")
# Preparing to fight ("the army prepared to resume shelling") is military readiness, not a
# verbal threat: PLOVER manual, MOBILIZE, "military posturing falls short of actual use of
# force and is typically a demonstration of military capabilities and readiness", distinct
# from THREATEN, "typically verbal". CAMEO 150, demonstrate military or police power. For
# the roots of armed force only (18 assault, 19 fight, 20 mass violence).
PREPARE_VERB = "prepare"
PREPARED_FORCE_ROOTS = word_list("dyad.events", "prepared_force_roots.csv")
PREPARED_FORCE_CODE = "150"
# PLOVER manual, RETREAT: "Announcements of future retreats should be coded as CONCEDE";
# CAMEO 080 is the generic yield.
ANNOUNCED_RETREAT_CODE = "080"
# Willingness to yield ("is willing to withdraw", "is prepared to lift the ban") is CAMEO 035,
# express intent to yield, whose sub-codes mirror the 08 ones; CAMEO2PLOVER maps 035 to AGREE,
# whose PLOVER definition is to "indicate willingness or commitment to cooperate". Accession
# to political reform (083) has its intent under 034. The manual's "CONCEDE + future stays
# CONCEDE" is about announcements ("would withdraw"), which keep their code.
WILLING_TO_YIELD_CODES = code_map("dyad.events", "willing_to_yield_codes.csv")
WILLING_TO_YIELD_DEFAULT = "035"


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    ready: bool = False
    """Governed by a word of readiness ("is willing to withdraw"): a future in PLOVER mode."""
    unless: bool = False
    """The trigger carries an "unless" condition ("will withdraw ... unless ...")."""
    prepared: bool = False
    """Governed by the verb "prepare" ("the army prepared to resume shelling")."""


def modality(trigger: Token) -> Modality:
    """The modality of the clause of ``trigger``."""
    verb = clause_verb(trigger)
    children = list(verb.children)
    negated = any(c.dep_ == "neg" for c in children) or any(
        c.dep_ == "neg" for c in trigger.children
    )
    # "neither the EU nor the US would endorse", "no country recognized", "never attacked"
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(
        t.lower_ in NEGATING_WORDS and t.dep_ in ("preconj", "det") for t in subject.subtree
    ):
        negated = True
    negated = negated or any(c.lower_ == "never" for c in children)
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    hypothetical = bool(aux & HYPOTHETICAL_AUX) or any(
        c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children
    )
    future = bool(aux & FUTURE_AUX)
    if (
        "would" in aux
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in FUTURE_REPORTING_VERBS
    ):
        # "they said they would meet": reported future, not a hypothetical
        future, hypothetical = True, bool(aux & (HYPOTHETICAL_AUX - {"would"}))
    ready = prepared = False
    current = verb
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            break
        if _complement(current) and head.lemma_.lower() in INTENT_VERBS:
            future = True
            prepared = prepared or head.lemma_.lower() == PREPARE_VERB
        if current.dep_ == "xcomp" and _ready(head):
            ready = True
        if current.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in ALLEGATION_VERBS:
            hypothetical = True
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children
        ):
            hypothetical = True
        current = head
    going_to = verb.dep_ == "xcomp" and verb.head.lower_ == "going"
    unless = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in trigger.children
    )
    return Modality(negated, hypothetical, future or going_to, ready, unless, prepared)


def _complement(clause: Token) -> bool:
    """A complement clause, or an infinitive the parser hung as an adverbial clause ("have
    sworn to fight" is parsed ``advcl``): what an intent verb governs."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return clause.dep_ in ("xcomp", "ccomp") or (clause.dep_ == "advcl" and infinitive)


def reported_obligation(verb: Token) -> bool:
    """Whether ``verb`` is what someone is reported to say another must do ("announced that
    Kagame must agree")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in DEMAND_REPORTING_VERBS
        and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children)
    )


def _ready(head: Token) -> bool:
    """ "willing" in "is willing to", or "is" with the complement "willing"."""
    return head.lower_ in READINESS_WORDS or any(
        c.dep_ == "acomp" and c.lower_ in READINESS_WORDS for c in head.children
    )


def recode(coding: Coding, mood: Modality, petrarch: bool = False) -> tuple[str, str, Modality]:
    """The CAMEO code ``mood`` makes of ``coding``, the note that says so in the event's rule
    ("" when the code stands), and the modality left to flag on the event. ``petrarch``:
    only the recodings PETRARCH makes (refusals; announced cooperation keeps its code, as in
    PETRARCH2's unit tests: "will contribute ... to Gondor" is 071)."""
    future = mood.future or (mood.ready and not petrarch)
    if not petrarch and future and not mood.negated:
        if mood.prepared and coding.cameo.startswith(PREPARED_FORCE_ROOTS):
            return PREPARED_FORCE_CODE, " + prepared force -> mobilize", mood
        threat = _threat(coding, mood)
        if threat is not None:
            return threat, " + future conflict -> threat", mood
        if mood.ready and not mood.future and coding.cameo.startswith("08"):
            return _willing_to_yield(coding.cameo), " + willing to yield -> intent", mood
        if coding.event == "RETREAT":
            return ANNOUNCED_RETREAT_CODE, " + future retreat -> concede", mood
    if mood.negated and coding.cameo[:2] in REFUSAL_CODES:
        # "would not provide support": a refusal, coded REJECT as CAMEO prescribes
        cameo = REFUSAL_CODES[coding.cameo[:2]]
        return cameo, f" + negated -> {cameo}", replace(mood, negated=False)
    if (
        future
        and not petrarch
        and coding.event is not None
        and coding.quad_code in (1, 2)
        and coding.event not in ("AGREE", "RETREAT", "CONCEDE")
    ):
        # PLOVER manual, AGREE: future RETREAT and CONCEDE "do not reduce to AGREE"
        return INTENT_CODES.get(coding.cameo[:2], "030"), " + future -> intent", mood
    return coding.cameo, "", mood


def _willing_to_yield(cameo: str) -> str:
    """The CAMEO 035 (or 034) code of readiness to do the yield ``cameo`` names."""
    return WILLING_TO_YIELD_CODES.get(cameo[:3], WILLING_TO_YIELD_DEFAULT)


def _threat(coding: Coding, mood: Modality) -> str | None:
    """The threat code of an announced conflict ("said they would boycott"), or of a
    retreat or sanction held over a condition ("will withdraw its force unless ...")."""
    conditional = mood.unless and coding.event in ("RETREAT", "SANCTION")
    if coding.quad_code != 4 and not conditional:
        return None
    for length in range(len(coding.cameo), 1, -1):
        if coding.cameo[:length] in THREAT_CODES:
            return THREAT_CODES[coding.cameo[:length]]
    return "130"
