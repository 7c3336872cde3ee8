"""Modality: whether a trigger's clause is negated, hypothetical or about the future, and
what that makes of its CAMEO code.

A negated cooperative act is a refusal (CAMEO 12, REJECT), and cooperation announced for the
future ("will visit", "plans to provide aid") is an intent (CAMEO 03, PLOVER AGREE), as the
PLOVER manual prescribes; other negated or hypothetical events are flagged, not recoded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from dyad.events.circumstances import clause_verb
from dyad.events.scoring import Coding

FUTURE_AUX = frozenset({"will", "shall", "'ll"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATING_WORDS = frozenset({"neither", "no", "none"})
# Verbs that put what they govern in the future ("plans to visit"): PLOVER codes announced
# cooperation as AGREE.
INTENT_VERBS = frozenset(
    {
        "plan",
        "intend",
        "promise",
        "pledge",
        "vow",
        "offer",
        "expect",
        "hope",
        "seek",
        "want",
        "aim",
        "agree",
        "prepare",
        "decide",
        "propose",
    }
)
# Verbs that report speech: "would" in their clause is the reported future.
REPORTING_VERBS = frozenset(
    {"say", "tell", "announce", "state", "declare", "add", "report", "indicate", "confirm"}
)
# Verbs whose object clause reports an allegation, not a fact.
ALLEGATION_VERBS = frozenset({"accuse", "allege", "claim", "deny", "suspect", "blame"})
# A negated cooperative act is a refusal (CAMEO 12, REJECT): the reject code for each root,
# including its intent form ("would not provide support" is 032, intent to provide aid).
# Negated statements, appeals and conflict ("did not attack") stay flagged as negated.
REFUSAL_CODES = {
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "121",
    "08": "124",
}
# The intent (CAMEO 03x) code for each cooperative root announced for the future.
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False


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
    if "would" in aux and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        # "they said they would meet": reported future, not a hypothetical
        future, hypothetical = True, bool(aux & (HYPOTHETICAL_AUX - {"would"}))
    current = verb
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in INTENT_VERBS:
            future = True
        if current.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in ALLEGATION_VERBS:
            hypothetical = True
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children
        ):
            hypothetical = True
        current = head
    going_to = verb.dep_ == "xcomp" and verb.head.lower_ == "going"
    return Modality(negated, hypothetical, future or going_to)


def recode(coding: Coding, mood: Modality) -> tuple[str, str, Modality]:
    """The CAMEO code ``mood`` makes of ``coding``, the note that says so in the event's rule
    ("" when the code stands), and the modality left to flag on the event."""
    if mood.negated and coding.cameo[:2] in REFUSAL_CODES:
        # "would not provide support": a refusal, coded REJECT as CAMEO prescribes
        cameo = REFUSAL_CODES[coding.cameo[:2]]
        return cameo, f" + negated -> {cameo}", replace(mood, negated=False)
    if (
        mood.future
        and coding.event is not None
        and coding.quad_code in (1, 2)
        and coding.event not in ("AGREE", "RETREAT", "CONCEDE")
    ):
        return INTENT_CODES.get(coding.cameo[:2], "030"), " + future -> intent", mood
    return coding.cameo, "", mood
