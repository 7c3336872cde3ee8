"""The ``dyad_dates`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.dates.extract import extract_dates
from dyad.nlp.extensions import register_extensions


class DateComponent:
    """Resolves time expressions against ``doc._.article_date``; writes ``doc._.dates``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = extract_dates(doc, doc._.article_date)
        return doc
