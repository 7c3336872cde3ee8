"""Resolve role nouns ("the president", "the Russian leader"), pronouns ("he", "she") and
bare surnames of unknown people to the person they refer to.

A rule-based salience model in the spirit of centering theory (Grosz, Joshi & Weinstein
1995): search the current sentence (before the mention) and then up to `WINDOW` previous
sentences; within a sentence, subjects outrank other positions, then the nearest wins. A
candidate must be compatible: same country when the mention names one, a matching office
when the mention names one and the candidate's office is known, same gender for pronouns.
What cannot be resolved keeps its text and no name; dyad does not guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dyad.actors.kb import KnowledgeBase
from dyad.doc import DocMention
from dyad.lexicons import word_set

# How many sentences back an antecedent may be. Three covers the seed's "the president"
# (one sentence after its antecedent) and the news pattern of a long quote between a named
# speaker and "he added"; larger windows let stale people win in PolNeAR dev articles.
WINDOW = 3

# Titles a generic role word accepts. "leader" is any head of state or government.
_HEAD_TITLES = word_set("dyad.actors", "head_titles.csv")
_MINISTER_TITLES = word_set("dyad.actors", "minister_titles.csv")


def titles_compatible(wanted: str, held: str) -> bool:
    """Whether an office ``held`` can be referred to as ``wanted`` ("the leader"). Someone
    whose office is unknown is not "the prime minister": the Wikinews examples showed such
    guesses pick the wrong person more often than the right one."""
    if not wanted or wanted == held:
        return True
    if not held:
        return False
    if wanted == "leader":
        return held in _HEAD_TITLES
    if wanted == "minister":
        return held in _MINISTER_TITLES
    return False


def _is_person(mention: DocMention) -> bool:
    return mention.kind == "name" and (mention.actor.is_person or mention.actor.id is None)


def _held_title(kb: KnowledgeBase, mention: DocMention, date: dt.date | None) -> str:
    if mention.actor.is_person and mention.actor.id:
        person = kb.people.get(mention.actor.id.removeprefix("person:"))
        role = person.role_at(date) if person else None
        if role is not None:
            return role.title
    return mention.title


def _compatible(
    kb: KnowledgeBase, mention: DocMention, cand: DocMention, date: dt.date | None
) -> bool:
    if mention.kind == "pronoun":
        return cand.gender is None or cand.gender == mention.gender
    country = mention.actor.country
    if country and cand.actor.country and cand.actor.country != country:
        return False
    if mention.actor.id and mention.actor.id.startswith(("igo:", "ngo:")):
        return cand.actor.code is not None and cand.actor.code.startswith(mention.actor.code or "")
    return titles_compatible(mention.title, _held_title(kb, cand, date))


def _antecedent(
    kb: KnowledgeBase, mentions: list[DocMention], index: int, date: dt.date | None
) -> int | None:
    mention = mentions[index]
    for distance in range(WINDOW + 1):
        sentence = mention.sentence - distance
        cands = [
            j
            for j in range(index)
            if mentions[j].sentence == sentence
            and (_is_person(mentions[j]) or mentions[j].antecedent is not None)
            and _compatible(kb, mention, mentions[j], date)
        ]
        if cands:
            # subjects first, then the nearest
            return max(cands, key=lambda j: (mentions[j].subject, j))
    return None


def _surname_links(mentions: list[DocMention]) -> list[DocMention]:
    """Give a bare name nobody knows the full name met earlier in the article: "Smith"
    after "John Smith", and also a first word, for names whose first word is the one news
    repeats ("Kim" after "Kim Yong-chol", "Mahathir" after "Mahathir Mohamad"). The nearest
    earlier full name wins; the article introduced the person, so the article's code holds."""
    out = list(mentions)
    for i, d in enumerate(out):
        if d.kind != "name" or d.actor.id is not None or d.actor.code or not d.actor.name:
            continue
        words = d.actor.name.split()
        if len(words) != 1:
            continue
        for j in range(i - 1, -1, -1):
            prev = out[j]
            full = (prev.actor.name or "").split()
            if (
                prev.kind == "name"
                and (prev.actor.is_person or prev.actor.id is None)
                and len(full) > 1
                and words[0] in (full[0], full[-1])
            ):
                out[i] = replace(d, actor=prev.actor, gender=prev.gender)
                break
    return out


def _organization_links(mentions: list[DocMention]) -> list[DocMention]:
    """Give "the ministry" (no country) the actor of the latest coded mention with the same
    head noun ("Russia's Foreign Ministry … the ministry said")."""
    out = list(mentions)
    for i, d in enumerate(out):
        if d.kind != "group" or d.actor.code is not None or not d.head:
            continue
        for j in range(i - 1, -1, -1):
            prev = out[j]
            if (
                prev.head == d.head
                and prev.actor.code is not None
                and d.sentence - prev.sentence <= WINDOW * 2
            ):
                out[i] = replace(d, actor=prev.actor, antecedent=j)
                break
    return out


def resolve_references(
    kb: KnowledgeBase, mentions: list[DocMention], date: dt.date | None
) -> list[DocMention]:
    """The mentions with role nouns and pronouns pointing at their antecedents' actors."""
    out = _organization_links(_surname_links(mentions))
    for i, mention in enumerate(out):
        if mention.kind not in ("role", "pronoun"):
            continue
        j = _antecedent(kb, out, i, date)
        if j is None:
            continue
        target = out[j]
        root = target.antecedent if target.antecedent is not None else j
        out[i] = replace(
            mention, actor=out[root].actor, antecedent=root, gender=mention.gender or target.gender
        )
    return out
