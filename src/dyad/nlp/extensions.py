"""The custom attributes dyad sets on spaCy Docs, registered in one place.

Which attributes there are, what each holds and which stage writes it: `dyad.doc`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dyad.doc import DOC_ATTRIBUTES


def register_extensions() -> None:
    """Register dyad's Doc attributes (idempotent). List attributes default to None and are
    set by their stage, so that a Doc never shares a mutable default with another."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.component("paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs (the parser keeps
    boundaries set before it). News datelines and headlines have no final period; without
    this the parser glues them to the next paragraph's first sentence."""
    for token in doc[:-1]:
        if ("\n" in token.text_with_ws and not token.is_space) or (
            token.is_space and "\n" in token.text
        ):
            doc[token.i + 1].is_sent_start = True
    return doc
