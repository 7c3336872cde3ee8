"""The ``dyad_quotes`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.nlp.extensions import register_extensions
from dyad.quotes.extract import extract_quotes
from dyad.quotes.lexicon import load_cues
from dyad.quotes.model import load_model


class QuoteComponent:
    """Finds direct, indirect and mixed quotes with cue and resolved speaker.

    Reads ``doc._.mentions``; writes ``doc._.quotes``.
    """

    def __init__(self) -> None:
        register_extensions()
        # the cue lexicon and the attribution model, loaded once with the pipeline rather
        # than at the first article
        self.cues = load_cues()
        self.model = load_model()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, doc._.mentions or [], self.cues, self.model)
        return doc
