"""What the learned event stage sees of a proposal: features read off the parse and the rules'
verdict.

Two kinds of example: a *trigger* (is this proposal an event, and of which PLOVER type?) and
a *party* (is this mention the proposal's actor, its recipient, or neither?). Features are
strings whose presence means 1: the trigger's words and place in the parse, what the
dictionary and the rules make of it, the clause it governs and the one governing it, its
modality; for a party, the dependency path to it, its kind and sector and the rules' role.
spaCy's tok2vec rows of the trigger were tried as 96 more features and cost F1 (docs/events.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.doc import DocMention
from dyad.events.candidates import Proposal
from dyad.events.modality import modality
from dyad.events.scoring import code_event
from dyad.events.tone import tone
from dyad.nlp.sentences import layout
from dyad.records import Actor, Event

# Dependencies through which a trigger hangs from the clause that governs it ("said they
# would meet", "wants to visit", "accused X of attacking"): the governor's word is read.
GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj"})
# Clauses a trigger governs whose content can make its type: "said (that) ...", "agreed to
# ...", "warned of ...".
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "pcomp"})
# What a trigger says or calls someone, whose tone the trigger model reads (`tone`): its
# object and object complement ("called Xi a dear friend"), and the clause it governs.
TONE_DEPS = frozenset({"dobj", "attr", "oprd", "ccomp", "xcomp"})
# How far a dependency path is spelled out, up and down from the trigger.
PATH_STEPS = 3
# Verdicts of the rules, by the words their reasons start with (`EventCoder`).
VERDICTS = (
    ("open", "open"),
    ("embedded in", "subsumed"),
    ("conjoined with", "subsumed"),
    ("inside", "subsumed"),
    ("governs", "governs"),
    ("done to", "means"),
    ("no actor", "no-actor"),
    ("one party", "one-party"),
)


def verdict_name(verdict: Event | str) -> str:
    """The rules' verdict in a word: the PLOVER type they emit, or why they emit none."""
    if isinstance(verdict, Event):
        return verdict.event or "none"
    for start, name in VERDICTS:
        if verdict.startswith(start):
            return name
    return "other"


def dictionary_type(proposal: Proposal) -> str:
    """The PLOVER type of the dictionary's code for the trigger, before modality."""
    coding = code_event(proposal.candidate.cameo) if proposal.candidate.cameo else None
    return coding.event if coding is not None and coding.event else "none"


def _governor(token: Token) -> Token | None:
    """The word whose clause governs ``token``'s, through a clausal or prepositional link."""
    current = token
    for _ in range(3):
        if current.dep_ not in GOVERNING_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            return current
    return None


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """The tokens that stand between quotation marks of their paragraph (after an odd number
    of marks since the last paragraph break), in one pass over the Doc."""
    quoted = []
    marks = 0
    for tok in doc:
        if marks % 2:
            quoted.append(tok.i)
        if tok.text == '"':
            marks += 1
        if "\n\n" in tok.text:
            marks = 0
    return frozenset(quoted)


@dataclass(frozen=True, slots=True)
class TextContext:
    """What a trigger's features read of its whole text, found once per Doc: every proposal
    by token index (what the clause a trigger governs, and the one governing it, propose)
    and the quoted tokens."""

    proposals: dict[int, Proposal]
    quoted: frozenset[int]

    @classmethod
    def of(cls, doc: Doc, proposals: Iterable[Proposal]) -> TextContext:
        return cls({p.candidate.trigger.i: p for p in proposals}, quoted_tokens(doc))


def trigger_features(
    proposal: Proposal, title: bool = False, context: TextContext | None = None
) -> list[str]:
    """The trigger's features; ``context`` is the text's (`TextContext.of`, built here from
    this proposal alone when not given)."""
    tok = proposal.candidate.trigger
    context = context or TextContext.of(tok.doc, [proposal])
    others = context.proposals
    out = _own_features(proposal, title)
    out += _child_features(tok)
    content = next((c for c in tok.children if c.dep_ in CONTENT_DEPS), None)
    if content is not None:
        out += _content_features(content, others.get(content.i))
    out += _governor_features(tok, others)
    said = [c for c in tok.children if c.dep_ in TONE_DEPS]
    if said:
        mood = tone(w for c in said for w in c.subtree)
        out += [f"tone={mood}", f"tone|dict={mood}|{dictionary_type(proposal)}"]
    if tok.i in context.quoted:
        out.append("quoted")
    return out


def _own_features(proposal: Proposal, title: bool) -> list[str]:
    """The trigger's word, place in the parse, what the dictionary and the rules make of it,
    and its clause's modality."""
    cand = proposal.candidate
    tok = cand.trigger
    lemma = tok.lemma_.lower()
    verdict = verdict_name(proposal.verdict)
    dictionary = dictionary_type(proposal)
    out = [
        f"lemma={lemma}",
        f"pos={tok.pos_}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"verdict={verdict}",
        f"dict={dictionary}",
        f"lemma|dict={lemma}|{dictionary}",
        f"verdict|dict={verdict}|{dictionary}",
        f"root={cand.cameo[:2] or 'none'}",
        f"actors={min(len(cand.actors), 2)}",
        f"recipients={min(len(cand.recipients), 2)}",
    ]
    flags = {
        "noun": cand.noun,
        "pattern": cand.base_confidence >= 0.8,
        "agentless": cand.agentless,
        "title": title,
    }
    out += [name for name, on in flags.items() if on]
    return out + [name for name, on in _mood_flags(modality(tok)) if on]


def _child_features(tok: Token) -> list[str]:
    """The trigger's particle, prepositions, auxiliaries, negation, marker, object and the
    part of speech of its subject."""
    lemma = tok.lemma_.lower()
    out = []
    for child in tok.children:
        if child.dep_ == "prt":
            out.append(f"prt={child.lower_}")
        elif child.dep_ == "prep":
            out.append(f"prep={child.lower_}")
            out.append(f"lemma|prep={lemma}|{child.lower_}")
        elif child.dep_ in ("aux", "auxpass"):
            out.append(f"aux={child.lower_}")
        elif child.dep_ == "neg":
            out.append("neg")
        elif child.dep_ == "mark":
            out.append(f"mark={child.lower_}")
        elif child.dep_ in ("dobj", "attr"):
            out.append(f"obj={child.lemma_.lower()}")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            out.append(f"subj_pos={child.pos_}")
    return out


def _governor_features(tok: Token, others: dict[int, Proposal]) -> list[str]:
    """The word whose clause governs the trigger's, what the rules make of it, and the word
    governing that one ("said they would meet", "accused X of attacking")."""
    governor = _governor(tok)
    if governor is None:
        return ["gov=none"]
    out = []
    if governor.i in others:
        out.append(f"gov_dict={dictionary_type(others[governor.i])}")
        out.append(f"gov_verdict={verdict_name(others[governor.i].verdict)}")
    out.append(f"gov={governor.lemma_.lower()}")
    out.append(f"gov_dep={tok.dep_}|{governor.pos_}")
    upper = _governor(governor)
    if upper is not None:
        out.append(f"gov2={upper.lemma_.lower()}")
    return out


def _content_features(clause: Token, proposal: Proposal | None) -> list[str]:
    """What the clause a trigger governs says: "said Trudeau should respect ..." (a modal:
    a demand), "threatened to attack" (an action the dictionary knows), "denied that ..."."""
    out = [f"content={clause.lemma_.lower()}", f"content_dep={clause.dep_}"]
    if proposal is not None:
        out.append(f"content_dict={dictionary_type(proposal)}")
        out.append(f"content_verdict={verdict_name(proposal.verdict)}")
    for child in clause.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ != "to":
            out.append(f"content_aux={child.lower_}")
        elif child.dep_ == "neg":
            out.append("content_neg")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            out.append(f"content_subj={child.pos_}|{child.ent_type_ or '-'}")
        elif child.dep_ == "acomp":
            out.append(f"content_acomp={child.lemma_.lower()}")
        elif child.dep_ in ("dobj", "attr"):
            out.append(f"content_obj={child.lemma_.lower()}")
    return out


def _mood_flags(mood: object) -> Iterable[tuple[str, bool]]:
    for name in ("negated", "hypothetical", "future", "ready", "unless", "prepared"):
        yield f"mood={name}", bool(getattr(mood, name))


# ---- parties ---------------------------------------------------------------------------


# Where a noun phrase no mention covers can stand as a party: subject, object, the object
# of a preposition, an apposition or a conjunct of those.
PHRASE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos", "conj", "attr", "oprd", "poss"}
)
PHRASE_POS = frozenset({"NOUN", "PROPN", "NUM"})
# Entities that are no party however they hang (dates, sums, laws, works, languages).
NOT_PARTY_ENTITIES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "LAW", "WORK_OF_ART", "LANGUAGE"}
)
# Words in front of a phrase's head that belong to it ("private property owners").
PHRASE_MODIFIERS = frozenset({"compound", "amod", "nummod", "quantmod"})
PHRASE_KIND = "phrase"
"""The kind of a party candidate no mention covers (`sentence_parties`)."""


def sentence_parties(
    doc: Doc, drafts: list[DocMention], sentence: int, country: str | None = None
) -> list[DocMention]:
    """Whom a proposal's parties are chosen from: the coded mentions of one sentence, and
    every other noun phrase heading a subject, object or prepositional object ("five",
    "the accused", "private property owners"), given ``country``, the article's (news
    leaves a domestic party's country implied: docs/annotation.md, section 10)."""
    out = [d for d in drafts if d.sentence == sentence and d.actor.code is not None]
    covered = {i for d in drafts if d.sentence == sentence for i in range(d.start, d.end)}
    span = layout(doc).sentences[sentence]
    actor = Actor(None, country, country, None, None)
    for tok in span:
        if (
            tok.i in covered
            or tok.pos_ not in PHRASE_POS
            or tok.dep_ not in PHRASE_DEPS
            or tok.ent_type_ in NOT_PARTY_ENTITIES
        ):
            continue
        start = min(
            (
                t.i
                for t in tok.lefts
                if t.dep_ in ("compound", "amod", "nummod", "poss", "quantmod")
            ),
            default=tok.i,
        )
        start = max(start, span.start)
        if any(i in covered for i in range(start, tok.i + 1)):
            start = tok.i
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        words = doc[start : tok.i + 1]
        out.append(
            DocMention(
                start,
                tok.i + 1,
                words.start_char,
                words.end_char,
                words.text,
                actor,
                PHRASE_KIND,
                sentence,
                subject,
            )
        )
    return out


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def dependency_path(trigger: Token, target: Token) -> list[str]:
    """The dependency labels from ``trigger`` up to the common ancestor and down to
    ``target`` (``^`` up, ``v`` down), at most `PATH_STEPS` each way."""
    up = _ancestors(trigger)
    down = _ancestors(target)
    up_ids = [t.i for t in up]
    common = next((t for t in down if t.i in up_ids), None)
    if common is None:
        return ["none"]
    rise = up[: up_ids.index(common.i)]
    fall = down[: [t.i for t in down].index(common.i)][::-1]
    steps = [f"^{t.dep_}" for t in rise[:PATH_STEPS]]
    if len(rise) > PATH_STEPS:
        steps.append("^..")
    for t in fall[:PATH_STEPS]:
        label = t.dep_
        if label == "pobj" and t.head.dep_ == "prep":
            label = f"pobj:{t.head.lower_}"
        steps.append(f"v{label}")
    if len(fall) > PATH_STEPS:
        steps.append("v..")
    return steps or ["self"]


def _distance(n: int) -> str:
    return "1-2" if n <= 2 else "3-6" if n <= 6 else "7-15" if n <= 15 else "16+"


def party_features(proposal: Proposal, mention: DocMention, kind: str) -> list[str]:
    """Features of ``mention`` as a party of ``proposal``, whose type is ``kind`` (the
    rules' or the dictionary's)."""
    cand = proposal.candidate
    tok = cand.trigger
    doc = tok.doc
    head = doc[mention.start : mention.end].root
    steps = dependency_path(tok, head)
    path = "".join(steps)
    first = steps[0]
    role = (
        "actor" if mention in cand.actors else "recipient" if mention in cand.recipients else "none"
    )
    distance = abs(head.i - tok.i)
    out = [
        f"path={path}",
        f"first={first}",
        f"rule={role}",
        f"kind={mention.kind}",
        f"sector={mention.actor.sector or 'none'}",
        f"side={'before' if head.i < tok.i else 'after'}",
        f"dist={_distance(distance)}",
        f"type|rule={kind}|{role}",
        f"type|path={kind}|{path}",
        f"type|first={kind}|{first}",
    ]
    if mention.locative:
        out.append("locative")
    if mention.subject:
        out.append("subject")
    if mention.actor.country is None:
        out.append("no-country")
    if head.ent_type_:
        out.append(f"ent={head.ent_type_}")
    if mention.kind == PHRASE_KIND:
        out.append(f"head={head.lemma_.lower()}")
        out.append(f"phrase|first={first}")
        out.append(f"phrase|type={kind}")
    return out
