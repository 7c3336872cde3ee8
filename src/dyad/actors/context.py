"""A country for sector mentions that name none, from where they are and what the sentence
is about.

"Militants", "the court", "President Abdelaziz Bouteflicka" (unknown to the knowledge base)
and "a terror group based in Trinidad" name a sector but no country. News names the country
once and leaves it implied after that, and PLOVER coders code such actors by it (PLOVER
manual, Sector Codes: the sector is coded with the country the actor belongs to). Three
rules, in order:

1. the mention's own place: "a terror group based in Trinidad", "a newspaper based in
   Beirut", "people ... in Hong Kong";
2. the sentence's only country: when every other mention of the sentence that names a
   country names the same one ("Judge Alejandro Rivera opened investigations against 28
   Chilean government officials" -> CHL);
3. in a text of several sentences, the article's country (`dyad.doc.article_country`): the
   one named by more than half of the mentions that name a country ("police" in a report
   from New Zealand).

Rule 3 came with the learned event stage (issue #20): of the parties dyad's news-event
corpus codes that no coded mention covered, the article's country was right for 80%
(304 of 381, first annotated batches).

A person's name that nothing places (no KB entry, no title, no country word: "Tony
Mendez") takes the article's country alone, with no sector (issue #24): on the news-actor
corpus's dev half, 46 such mentions became right and 12 wrong.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dyad.doc import DocMention, article_country
from dyad.lexicons import word_set

# Participles that place what they modify: "a group based in Trinidad".
PLACING_PARTICIPLES = word_set("dyad.actors", "placing_participles.csv")
PLACING_PREPOSITIONS = word_set("dyad.actors", "placing_prepositions.csv")
# Mention kinds a country is given to; pronouns and places have their own rules.
SITUATED_KINDS = frozenset({"group", "name", "role"})


def situate(doc: Doc, mentions: list[DocMention]) -> list[DocMention]:
    """``mentions`` with a country for sector mentions that have none (see the module doc);
    mentions resolved to one of them (pronouns, roles) follow it."""
    at = {i: d for d in mentions for i in range(d.start, d.end)}
    out = list(mentions)
    changed = False
    article = article_country(mentions)
    for k, d in enumerate(out):
        if _unplaced_person(d) and article is not None:
            out[k] = replace(d, actor=replace(d.actor, code=article, country=article))
            changed = True
            continue
        if not _needs_country(d):
            continue
        country = (
            _own_place(doc[d.start : d.end].root, at) or _sentence_country(mentions, d) or article
        )
        if country is None:
            continue
        sector = d.actor.sector
        out[k] = replace(d, actor=replace(d.actor, code=country + (sector or ""), country=country))
        changed = True
    if not changed:
        return out
    return [
        replace(d, actor=out[d.antecedent].actor)
        if d.antecedent is not None and d.actor.code is None
        else d
        for d in out
    ]


def _unplaced_person(d: DocMention) -> bool:
    """A person's name the knowledge base does not know and no word of the text places."""
    actor = d.actor
    return (
        d.kind == "name"
        and actor.id is None
        and actor.code is None
        and actor.sector is None
        and bool(actor.name)
    )


def _needs_country(d: DocMention) -> bool:
    actor = d.actor
    return (
        d.kind in SITUATED_KINDS
        and actor.code is None
        and actor.country is None
        and actor.sector is not None
        and actor.sector not in ("IGO", "NGO")
    )


def _own_place(head: Token, at: dict[int, DocMention]) -> str | None:
    """The country of a place the phrase's head is placed in ("based in Trinidad")."""
    for child in head.children:
        prep = None
        if child.dep_ == "prep" and child.lower_ in PLACING_PREPOSITIONS:
            prep = child
        elif child.dep_ == "acl" and child.lemma_.lower() in PLACING_PARTICIPLES:
            prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if prep is None:
            continue
        for obj in prep.children:
            place = at.get(obj.i) if obj.dep_ == "pobj" else None
            if place is not None and place.kind == "place" and place.actor.country:
                return place.actor.country
    return None


def _sentence_country(mentions: list[DocMention], mention: DocMention) -> str | None:
    countries = {
        actor.country
        for d in mentions
        if d.sentence == mention.sentence and d is not mention
        for actor in (d.actor, *d.partners)  # "Chilean and Peruvian ministers": both
        if actor.country
    }
    return countries.pop() if len(countries) == 1 else None
