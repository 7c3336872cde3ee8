"""Run spaCy's statistical components on some sentences of a Doc only.

Most of dyad's time is spaCy's tagger, parser and NER, and in a sport or entertainment story
most sentences name no actor dyad codes. `annotate_selected` segments a tokenized Doc with
rules (punctuation and line breaks), lets the caller pick sentences, runs the statistical
components on those sentences only, and writes their tags, lemmas, parse and entities back
into the Doc. The other sentences get a flat tree (so sentence boundaries stay right) and no
tags or entities, so dyad's stages see them and find nothing in them. Offsets never change:
the Doc is the article's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from dyad.nlp.extensions import paragraph_breaks

COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_OUTSIDE = 2  # ENT_IOB value of a token outside every entity
_SENTENCIZER = Sentencizer()

SentencePicker = Callable[[Doc, list[Span]], list[bool]]
"""Given a Doc segmented by rules and its sentences, which sentences to annotate."""


def rule_sentences(doc: Doc) -> list[Span]:
    """Sentences by punctuation and line breaks; cheap, and good enough to select by."""
    _SENTENCIZER(doc)
    paragraph_breaks(doc)
    for token in doc[1:]:
        if token.is_space:  # a line break belongs to the sentence before it, as in a parse
            token.is_sent_start = False
    return list(doc.sents)


def regions(sentences: list[Span], picked: list[bool]) -> list[tuple[int, int]]:
    """Token ranges of runs of picked sentences (adjacent ones parse together, so the parser
    sees the same context it would in the whole Doc)."""
    found: list[tuple[int, int]] = []
    for sentence, keep in zip(sentences, picked, strict=True):
        if not keep:
            continue
        if found and found[-1][1] == sentence.start:
            found[-1] = (found[-1][0], sentence.end)
        else:
            found.append((sentence.start, sentence.end))
    return found


def region_doc(doc: Doc, start: int, end: int) -> Doc:
    """A fresh, unannotated Doc of tokens ``start:end`` (not ``Span.as_doc``, which would
    carry the rule-based sentence starts into the parser)."""
    tokens = doc[start:end]
    return Doc(
        doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens]
    )


def _flat_array(doc: Doc, sentences: list[Span]) -> numpy.ndarray[Any, Any]:
    """Annotation for sentences left out: each a flat tree under its first token."""
    strings = doc.vocab.strings
    root, dep = strings.add("ROOT"), strings.add("dep")
    heads = numpy.zeros(len(doc), dtype="int64")
    deps = numpy.full(len(doc), dep, dtype="uint64")
    for sentence in sentences:
        heads[sentence.start : sentence.end] = sentence.start - numpy.arange(
            sentence.start, sentence.end
        )
        deps[sentence.start] = root
    array = numpy.zeros((len(doc), len(COPIED)), dtype="uint64")
    array[:, COPIED.index(LEMMA)] = [strings.add(t.lower_) for t in doc]
    array[:, COPIED.index(DEP)] = deps
    array[:, COPIED.index(HEAD)] = heads.astype("uint64")
    array[:, COPIED.index(ENT_IOB)] = _OUTSIDE
    return array


def merge(doc: Doc, sentences: list[Span], parsed: Iterable[tuple[int, Doc]]) -> None:
    """Write the annotation of parsed regions (each with its first token's index in ``doc``)
    into ``doc``; every other sentence gets a flat tree."""
    array = _flat_array(doc, sentences)
    for start, region in parsed:
        array[start : start + len(region)] = region.to_array(COPIED)
    doc.from_array(COPIED, cast(Any, array))  # thinc's Ints2d is a numpy array


def annotate_selected(
    docs: list[Doc],
    pick: SentencePicker,
    run: Callable[[Iterator[Doc]], Iterator[Doc]],
) -> None:
    """Annotate, in place, the sentences ``pick`` chooses in each of ``docs``, running
    ``run`` (e.g. ``nlp.pipe``) over all of their regions as one stream."""
    plans = []
    for doc in docs:
        sentences = rule_sentences(doc)
        plans.append((doc, sentences, regions(sentences, pick(doc, sentences))))
    jobs = [region_doc(doc, a, b) for doc, _, spans in plans for a, b in spans]
    parsed = iter(run(iter(jobs)))
    for doc, sentences, spans in plans:
        merge(doc, sentences, [(a, next(parsed)) for a, _ in spans])
