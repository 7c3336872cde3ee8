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
        "swear",
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
# Verbs that report a demand when their clause says someone "must" act: "Rwandan rebels
# announced that President Kagame must agree to ...". PLOVER manual, REQUEST: "All
# requests, demands, and orders".
DEMAND_REPORTING_VERBS = REPORTING_VERBS | {"conclude", "insist", "warn", "stress"}
OBLIGATION_AUX = frozenset({"must"})
# Adjectives that put the infinitive they govern in the future: "Syria says it is willing
# to withdraw", "he is prepared to lift the ban" (PLOVER manual, AGREE: "indicate willingness
# or commitment to cooperate").
READINESS_WORDS = frozenset({"willing", "prepared", "ready", "determined"})
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
# Announced material conflict is a threat of it: the CAMEO 13x code whose content is the
# announced action (CAMEO manual 1.1b3, category 13), by the action's code, most specific
# first ("would boycott all contact" 163 -> 1312 threaten to boycott; "will blockade Paris"
# 191 -> 1381 threaten blockade). PLOVER manual: THREATEN "could be ASSAULT + hypothetical
# ... the coder should always return the single event category".
THREAT_CODES = {
    "08": "136",  # "will withdraw its peacekeepers unless ...": halt international involvement
    "14": "133",
    "15": "138",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "130",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "175": "137",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "138",
    "204": "1385",
}
# Preparing to fight ("the army prepared to resume shelling") is military readiness, not a
# verbal threat: PLOVER manual, MOBILIZE, "military posturing falls short of actual use of
# force and is typically a demonstration of military capabilities and readiness", distinct
# from THREATEN, "typically verbal". CAMEO 150, demonstrate military or police power. For
# the roots of armed force only (18 assault, 19 fight, 20 mass violence).
PREPARE_VERB = "prepare"
PREPARED_FORCE_ROOTS = ("18", "19", "20")
PREPARED_FORCE_CODE = "150"
# PLOVER manual, RETREAT: "Announcements of future retreats should be coded as CONCEDE";
# CAMEO 080 is the generic yield.
ANNOUNCED_RETREAT_CODE = "080"
# Willingness to yield ("is willing to withdraw", "is prepared to lift the ban") is CAMEO 035,
# express intent to yield, whose sub-codes mirror the 08 ones; CAMEO2PLOVER maps 035 to AGREE,
# whose PLOVER definition is to "indicate willingness or commitment to cooperate". Accession
# to political reform (083) has its intent under 034. The manual's "CONCEDE + future stays
# CONCEDE" is about announcements ("would withdraw"), which keep their code.
WILLING_TO_YIELD_CODES = {
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}
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
    if "would" in aux and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
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
