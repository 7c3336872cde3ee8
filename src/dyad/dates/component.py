"""The ``dyad_dates`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.dates.extract import extract_dates
from dyad.doc import TITLE
from dyad.nlp.extensions import register_extensions


class DateComponent:
    """Resolves time expressions against ``doc._.article_date`` (and a title's in the
    headline's tense, ``doc._.text_part``); writes ``doc._.dates``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        headline = doc._.text_part == TITLE
        doc._.dates = extract_dates(doc, doc._.article_date, headline)
        return doc
