"""The custom attributes dyad sets on spaCy Docs, registered in one place.

Each stage component writes its own attribute and reads those of earlier stages:

    doc._.article_date     set by the caller before the pipeline runs (may be None)
    doc._.mentions         [3] actors: list[Mention]
    doc._.mention_drafts   [3] actors: the same mentions with token positions (list[Draft])
    doc._.quotes           [4] quotes: list[Quote]
    doc._.events           [4] events: list[Event]
    doc._.amounts          [4] amounts: list[Amount]
    doc._.dates            [4] dates: list[DateRef]
    doc._.locations        [4] geo: list[Location]
    doc._.stage_errors     any stage: list[StageError]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

DOC_ATTRIBUTES = (
    "article_date",
    "mentions",
    "mention_drafts",
    "quotes",
    "events",
    "amounts",
    "dates",
    "locations",
    "stage_errors",
)


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
