"""Participant rules on hand-built parses (no model needed). The parses are en_core_web_sm's
for sentences quoted with their ids from PETRARCH2's unit-test records (MIT)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from dyad.doc import DocMention
from dyad.events.participants import receivers, subject
from dyad.records import Actor

ARNOR = Actor("Arnor", "ARN", "ARN", None, None)
GONDOR = Actor("Gondor", "GON", "GON", None, None)


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def place(doc: Doc, i: int, actor: Actor) -> DocMention:
    token = doc[i]
    return DocMention(
        start=i,
        end=i + 1,
        start_char=token.idx,
        end_char=token.idx + len(token),
        text=token.text,
        actor=actor,
        kind="place",
        sentence=0,
        subject=i == 0,
    )


def test_an_infinitive_under_an_adjective_complement_takes_the_clause_subject():
    # PETRARCH2 unit-test record DEMO-00, "Arnor is about to restore full diplomatic ties
    # with Gondor", as en_core_web_sm parses it: restore <-xcomp- about <-acomp- is
    doc = parsed(
        ["Arnor", "is", "about", "to", "restore", "full", "diplomatic", "ties", "with", "Gondor"],
        [1, 1, 1, 4, 2, 7, 7, 4, 7, 8],
        ["nsubj", "ROOT", "acomp", "aux", "xcomp", "amod", "amod", "dobj", "prep", "pobj"],
        ["PROPN", "AUX", "ADJ", "PART", "VERB", "ADJ", "ADJ", "NOUN", "ADP", "PROPN"],
    )
    drafts = {0: place(doc, 0, ARNOR), 9: place(doc, 9, GONDOR)}
    restore = doc[4]
    assert [d.actor for d in subject(restore, drafts)] == [ARNOR]
    assert [d.actor for d in receivers(restore, drafts)] == [GONDOR]
