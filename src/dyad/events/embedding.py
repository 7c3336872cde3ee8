"""One event per action: which of a sentence's rule triggers give way to another.

A verbal act (AGREE, REQUEST, REJECT, THREATEN, ACCUSE) governing another action subsumes it,
and the event nouns inside it ("threatened to institute a curfew" is one THREATEN); other
governors give way to the action they govern ("began to attack"). An act done to protest or
to investigate is the protest or the investigation (PLOVER manual, PROTEST; CAMEO 09).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyad.events.candidates import Candidate, purpose
from dyad.events.scoring import code_event
from dyad.lexicons import word_set

# Governing event types that subsume an embedded event ("threatened to attack" is THREATEN).
SUBSUMING_TYPES = word_set("dyad.events", "subsuming_types.csv")
# CAMEO 09, investigate (PLOVER ACCUSE, mode investigate).
INVESTIGATE_ROOT = "09"


def resolve_embedding(
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


def resolve_means(
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
        if child.dep_ in ("advcl", "xcomp") and purpose(child):
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
