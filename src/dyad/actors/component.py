"""The ``dyad_actors`` spaCy component: mentions of actors, coded and resolved."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dyad.actors.context import situate
from dyad.actors.coref import resolve_references
from dyad.actors.datelines import dateline_spans, in_dateline
from dyad.actors.kb import KnowledgeBase
from dyad.actors.matcher import ActorMatcher
from dyad.actors.resolve import read_mentions
from dyad.nlp.extensions import register_extensions
from dyad.nlp.sentences import layout


class ActorComponent:
    """Reads noun phrases into actor mentions and resolves role nouns and pronouns.

    Reads ``doc._.article_date``; writes ``doc._.mentions`` (`dyad.doc.DocMention`) and
    ``doc._.discarded_sentences`` (the sentences the knowledge base's discard list says
    not to code; none without one).
    """

    def __init__(self, nlp: Language, kb: KnowledgeBase, situate: bool = True) -> None:
        register_extensions()
        self.kb = kb
        self.situate = situate
        """Give sector mentions without a country the one their place or sentence names
        (`dyad.actors.context`)."""
        self.matcher = ActorMatcher(nlp, kb)

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.article_date
        doc._.discarded_sentences = (
            discarded_sentences(doc, self.kb.discards) if self.kb.discards else frozenset()
        )
        datelines = dateline_spans(doc.text)
        read = [
            m
            for m in read_mentions(doc, self.matcher, date)
            if not (m.kind == "place" and in_dateline(datelines, m.start_char, m.end_char))
        ]
        mentions = resolve_references(self.kb, read, date)
        if self.situate:
            mentions = situate(doc, mentions)
        doc._.mentions = mentions
        return doc


def discarded_sentences(doc: Doc, phrases: list[str]) -> frozenset[int]:
    """Sentences containing a discard phrase (PETRARCH discard lists: sports, weather)."""
    found = set()
    for i, sent in enumerate(layout(doc).sentences):
        text = f" {' '.join(sent.text.lower().split())} "
        if any(f" {p} " in text for p in phrases):
            found.add(i)
    return frozenset(found)
