"""The ``dyad_quotes`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.nlp.extensions import register_extensions
from dyad.quotes.extract import extract_quotes
from dyad.quotes.lexicon import load_cues


class QuoteComponent:
    """Finds direct, indirect and mixed quotes with cue and resolved speaker.

    Reads ``doc._.mention_drafts``; writes ``doc._.quotes``.
    """

    def __init__(self) -> None:
        register_extensions()
        self.cues = load_cues()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, doc._.mention_drafts or [], self.cues)
        return doc
