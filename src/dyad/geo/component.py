"""The ``dyad_geo`` spaCy component."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.geo.extract import extract_locations
from dyad.geo.gazetteer import load_gazetteer
from dyad.nlp.extensions import register_extensions


class GeoComponent:
    """Resolves toponyms to GeoNames places; reads ``doc._.mentions``, writes
    ``doc._.locations``."""

    def __init__(self) -> None:
        register_extensions()
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = extract_locations(doc, doc._.mentions or [], self.gazetteer)
        return doc
