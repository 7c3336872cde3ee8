"""The ``dyad_amounts`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.amounts.extract import extract_amounts
from dyad.nlp.extensions import register_extensions


class AmountComponent:
    """Finds money and counts; writes ``doc._.amounts``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.amounts = extract_amounts(doc)
        return doc
