"""The ``dyad_events`` spaCy component and the verb dictionaries it can use."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from dyad.doc import TITLE
from dyad.events.coder import EventCoder, EventInputs
from dyad.events.learned import SHIPPED, code_learned, load_event_model
from dyad.events.lexicon import load_event_lexicon
from dyad.events.patterns import PatternMatcher
from dyad.events.verbdict import VerbDictionary, read_verb_dictionary
from dyad.nlp.extensions import register_extensions

DEFAULT_VERBS = "dyad"
DEFAULT_EVENT_MODEL = SHIPPED
"""The learned stage's model (`dyad.events.learned.load_event_model`); ``rules`` for none."""


@lru_cache(maxsize=4)
def load_verbs(spec: str = DEFAULT_VERBS) -> VerbDictionary:
    """A verb dictionary by spec: ``dyad`` (Phoenix CAMEO.2.0, MIT, plus dyad's additions in
    ``events/data/dyad.verbs.txt``), or ``;``-separated PETRARCH-format files, later ones
    taking precedence; ``dyad`` may be one of them."""
    merged: VerbDictionary | None = None
    for part in [p for p in spec.split(";") if p]:
        if part == DEFAULT_VERBS:
            data = resources.files("dyad.events").joinpath("data")
            d = read_verb_dictionary(
                "CAMEO.2.0.txt", data.joinpath("CAMEO.2.0.txt").read_text("utf-8")
            )
            # dyad's additions use Phoenix's synonym sets ("&WEAPON")
            d.merge(
                read_verb_dictionary(
                    "dyad.verbs.txt",
                    data.joinpath("dyad.verbs.txt").read_text("utf-8"),
                    synsets=d.synsets,
                )
            )
        else:
            d = read_verb_dictionary(Path(part))
        if merged is None:
            merged = d
        else:
            merged.merge(d)
    if merged is None:
        raise ValueError(f"empty verb dictionary spec {spec!r}")
    return merged


class EventComponent:
    """Codes PLOVER events. Reads ``doc._.mentions``, ``doc._.discarded_sentences``,
    ``doc._.dates``, ``doc._.locations``, ``doc._.amounts``, and the inputs
    ``doc._.article_date``, ``doc._.event_trace`` (a list there gets a `Decision` per
    trigger), ``doc._.text_part`` and ``doc._.context_country`` (a title, and the country
    of its article's text); writes ``doc._.events``."""

    def __init__(
        self, verbs: str = DEFAULT_VERBS, petrarch: bool = False, model: str = DEFAULT_EVENT_MODEL
    ) -> None:
        register_extensions()
        self.coder = EventCoder(PatternMatcher(load_verbs(verbs)), load_event_lexicon(), petrarch)
        # PETRARCH mode codes as PETRARCH does, by the dictionaries alone (a user's own verb
        # and actor dictionaries are nothing the model was trained on)
        self.model = None if petrarch else load_event_model(model)

    def __call__(self, doc: Doc) -> Doc:
        title = doc._.text_part == TITLE
        found = EventInputs(
            doc,
            doc._.mentions or [],
            doc._.dates or [],
            doc._.article_date,
            doc._.locations or [],
            doc._.amounts or [],
            doc._.discarded_sentences or frozenset(),
        )
        trace = doc._.event_trace
        if self.model is not None:
            country = doc._.context_country
            events = code_learned(self.coder, self.model, found, trace, title, country)
        else:
            events = self.coder.code(found, trace)
        doc._.events = [replace(e, part=TITLE) for e in events] if title else events
        return doc
