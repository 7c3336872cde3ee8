"""The ``dyad_quotes`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.nlp.extensions import register_extensions
from dyad.quotes.encoder import load_encoder_scorer
from dyad.quotes.extract import extract_quotes
from dyad.quotes.lexicon import load_cues
from dyad.quotes.tagger import load_span_tagger


class QuoteComponent:
    """Finds direct, indirect and mixed quotes with cue and resolved speaker.

    Reads ``doc._.mentions``; writes ``doc._.quotes``. With ``encoder``, the quote
    encoder decides the candidate attributions the linear model is unsure of, and the span
    tagger adds the attributions the candidate rules missed.
    """

    def __init__(self, encoder: bool = False) -> None:
        register_extensions()
        self.cues = load_cues()
        # loaded here, once per process, so that a missing model fails when the pipeline
        # is built rather than on the first article
        self.second_opinion = load_encoder_scorer() if encoder else None
        self.tagger = load_span_tagger() if encoder else None

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(
            doc,
            doc._.mentions or [],
            self.cues,
            second_opinion=self.second_opinion,
            tagger=self.tagger,
        )
        return doc
