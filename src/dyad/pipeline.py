"""The dyad pipeline: the one place the order of stages is written.

    1. ingest    inputs -> `Article` (``dyad.ingest``; done by the caller)
    2. nlp       text cleanup, then spaCy's tagger, parser and NER (``dyad.nlp``); its
                 attribute ruler and lemmatizer replaced by faster tables (``dyad.nlp.tables``)
    3. actors    ``dyad_actors``: mentions coded with the knowledge base, references resolved
    4. records   ``dyad_dates``, ``dyad_quotes``, ``dyad_amounts``, ``dyad_geo``, then
                 ``dyad_events`` (last: events read dates, places and casualty counts)
    5. store     `CodedArticle` records -> DuckDB/Parquet (``dyad.store``; done by the caller)

Stages 3-4 are spaCy components registered here, so a spaCy user can add them to any
English pipeline; each factory's ``requires`` and ``assigns`` name the ``doc._`` attributes it
reads and writes (listed in `dyad.doc`), so that ``nlp.analyze_pipes()`` checks the order.
`code_articles` runs spaCy's own components over batches with ``nlp.pipe`` and then dyad's
components one article at a time, so that a failing stage is recorded as that article's error
and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from dyad.actors.component import ActorComponent
from dyad.actors.knowledge import DEFAULT_KB, load_kb
from dyad.amounts.component import AmountComponent
from dyad.dates.component import DateComponent
from dyad.doc import TITLE, article_country
from dyad.errors import message
from dyad.events.component import DEFAULT_EVENT_MODEL, DEFAULT_VERBS, EventComponent
from dyad.events.titles import count_title_events
from dyad.events.trace import Decision
from dyad.geo.component import GeoComponent
from dyad.nlp.cleanup import clean_text
from dyad.nlp.extensions import register_extensions
from dyad.nlp.gemm import numpy_gemm
from dyad.nlp.model import default_model_name, load_model
from dyad.nlp.partial import SentencePicker, annotate_selected
from dyad.nlp.tables import install_tables
from dyad.quotes.component import QuoteComponent
from dyad.records import Article, CodedArticle, Event, InputFailure, StageError

# Events come last: they take their date, place and casualty counts from the other stages.
STAGES = ("dyad_actors", "dyad_dates", "dyad_quotes", "dyad_amounts", "dyad_geo", "dyad_events")
SPACY_COMPONENTS_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# spaCy's parser needs ~1 GB per 100,000 words; 1,000,000 characters is spaCy's own default
# limit and 50x the longest article in the bundled corpora.
MAX_ARTICLE_CHARS = 1_000_000
BATCH_SIZE = 32
# A batch also ends before it passes this many characters. spaCy's parser precomputes a
# hidden layer for every token of a batch: 32 BBC articles (~72,000 characters) peaked
# ~300 MB above one article alone, so the batch of longest articles set a process's peak.
# With a character budget the peak depends on the budget and on the longest single article
# (docs/scale.md).
BATCH_CHARS = 50_000
SENTENCE_MODES = ("all", "actors")
"""What `code_articles` parses: every sentence, or only those naming a knowledge-base actor
or holding a quotation mark (faster; see docs/scale.md for what it costs)."""


@Language.factory(
    "dyad_actors",
    default_config={"kb": DEFAULT_KB, "petrarch": False},
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.mentions", "doc._.discarded_sentences"],
)
def make_actors(nlp: Language, name: str, kb: str, petrarch: bool) -> ActorComponent:
    # PETRARCH leaves a sector mention's unknown country unknown ("---REB")
    return ActorComponent(nlp, load_kb(kb), situate=not petrarch)


@Language.factory("dyad_dates", requires=["doc.ents"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str) -> DateComponent:
    return DateComponent()


@Language.factory("dyad_quotes", requires=["doc._.mentions"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


@Language.factory(
    "dyad_events",
    default_config={"verbs": DEFAULT_VERBS, "petrarch": False, "model": DEFAULT_EVENT_MODEL},
    requires=[
        "doc._.mentions",
        "doc._.discarded_sentences",
        "doc._.dates",
        "doc._.locations",
        "doc._.amounts",
    ],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str, verbs: str, petrarch: bool, model: str) -> EventComponent:
    return EventComponent(verbs, petrarch, model)


@Language.factory("dyad_amounts", requires=["token.dep", "doc.ents"], assigns=["doc._.amounts"])
def make_amounts(nlp: Language, name: str) -> AmountComponent:
    return AmountComponent()


@Language.factory("dyad_geo", requires=["doc._.mentions"], assigns=["doc._.locations"])
def make_geo(nlp: Language, name: str) -> GeoComponent:
    return GeoComponent()


def build_pipeline(
    model: str | None = None,
    kb: str = DEFAULT_KB,
    verbs: str = DEFAULT_VERBS,
    petrarch: bool = False,
    events: str = DEFAULT_EVENT_MODEL,
) -> Language:
    """spaCy ``model`` with dyad's stages added; built once per process and arguments.

    Building it limits the process's BLAS libraries to one thread, for the rest of the
    process (`dyad.nlp.gemm.numpy_gemm`).

    Args:
        model: an installed spaCy English pipeline (default: en_core_web_sm 3.8.0).
        kb: the actor knowledge base spec (see `dyad.actors.knowledge.load_kb`).
        verbs: the verb dictionary spec (see `dyad.events.component.load_verbs`).
        petrarch: code as PETRARCH does: keep every dictionary code (``event`` None when it
            has no PLOVER type: CAMEO statements, a user's own codes) and emit only events
            with a source and a target.
        events: the learned event stage's model: ``shipped``, a file written by
            ``scripts/train_events.py``, or ``rules`` for the rules alone (what PETRARCH
            mode always uses).
    """
    return _build(model or default_model_name(), kb, verbs, petrarch, events)


def build_spacy(model: str | None = None) -> Language:
    """Stage 2 alone: the spaCy pipeline dyad parses with, without dyad's stages (used to
    learn from gold data with exactly the parses dyad will see)."""
    register_extensions()
    # senter is off in en_core_web_sm (the parser segments); dyad never uses it, so it is
    # not loaded at all
    with numpy_gemm():  # same output, a quarter less CPU (dyad.nlp.gemm)
        nlp = load_model(model or default_model_name(), exclude=("senter",))
    nlp.add_pipe("paragraph_breaks", before="parser")
    # same annotation as spaCy's attribute ruler and lemmatizer, in a fifth of the time
    install_tables(nlp)
    return nlp


@lru_cache(maxsize=4)
def _build(model: str, kb: str, verbs: str, petrarch: bool, events: str) -> Language:
    nlp = build_spacy(model)
    configs: dict[str, dict[str, Any]] = {
        "dyad_actors": {"kb": kb, "petrarch": petrarch},
        "dyad_events": {"verbs": verbs, "petrarch": petrarch, "model": events},
    }
    for name in STAGES:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article_date = article.date
    return doc


def _make_title_doc(nlp: Language, article: Article) -> Doc | None:
    """The article's title as a Doc of its own, coded as one more sentence (only its events
    are kept: `dyad.events.titles`)."""
    if not article.title:
        return None
    doc = nlp.make_doc(article.title)
    doc._.article_date = article.date
    doc._.text_part = TITLE
    return doc


def prepare(article: Article) -> Article:
    """Stage 2a: the article with its text and title cleaned (what dyad outputs and what its
    offsets index)."""
    title = clean_text(article.title) if article.title else article.title
    return replace(article, text=clean_text(article.text), title=title or None)


def _event_id(article_id: str, event: Event) -> str:
    # a title event's offsets index the title: its part keeps it apart from a text event at
    # the same offsets (text events keep the ids they had before titles were coded)
    part = f"{event.part}:" if event.part != "text" else ""
    key = f"{article_id}:{part}{event.start}:{event.end}:{event.event}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _collect(
    article: Article, doc: Doc, errors: list[StageError], title: Doc | None = None
) -> CodedArticle:
    found = list(doc._.events or [])
    if title is not None:
        found += count_title_events(title._.events or [], found)
    events = tuple(replace(e, id=_event_id(article.id, e)) for e in found)
    return CodedArticle(
        article=article,
        mentions=tuple(m.record for m in doc._.mentions or ()),
        quotes=tuple(doc._.quotes or ()),
        events=events,
        amounts=tuple(f.record for f in doc._.amounts or ()),
        dates=tuple(f.record for f in doc._.dates or ()),
        locations=tuple(f.record for f in doc._.locations or ()),
        errors=(*article.warnings, *errors),
    )


def code_inspected(
    nlp: Language,
    article: Article,
    trace: list[Decision] | None = None,
    *,
    text_part: str | None = None,
) -> tuple[CodedArticle, Doc]:
    """Code one article as `code_articles` does and keep its Doc, for inspection (``dyad
    explain``, ``dyad eval dates``). The events stage appends a `Decision` per trigger to
    ``trace``; ``text_part`` ``title`` codes ``article.text`` as a title is coded."""
    article = prepare(article)
    doc = _make_doc(nlp, article)
    doc._.event_trace = trace
    doc._.text_part = text_part
    with nlp.select_pipes(enable=_spacy_names(nlp)):
        doc = nlp(doc)
    return _collect(article, doc, _run_stages(_dyad_stages(nlp), doc)), doc


def _spacy_names(nlp: Language) -> list[str]:
    """The names of spaCy's own components, which run before dyad's."""
    return [n for n in nlp.pipe_names if not n.startswith("dyad_")]


def _dyad_stages(nlp: Language) -> list[tuple[str, Any]]:
    """dyad's components (stages 3-4), in order, with their names."""
    return [(n, c) for n, c in nlp.pipeline if n.startswith("dyad_")]


def _release(doc: Doc) -> None:
    """Let ``doc`` be freed as soon as nothing refers to it.

    dyad's stages keep Spans of the Doc among its ``doc._`` values (in ``doc.user_data``), so
    every coded Doc sits in a reference cycle that only Python's full garbage collections
    free. In a process holding the model those are rare: CPython 3.11 to 3.13 run one when the
    objects moved to the oldest generation since the last reach a quarter of those there
    (~420,000 with the model loaded). Until then the Docs of many batches stayed in memory, and a
    worker's peak grew with the corpus (docs/scale.md).
    """
    doc.user_data.clear()


def _run_stages(stages: list[tuple[str, Any]], doc: Doc) -> list[StageError]:
    errors: list[StageError] = []
    for name, component in stages:
        try:
            component(doc)
        except Exception as e:  # one article's failure must not end the run
            reason = f"{type(e).__name__}: {e}"
            errors.append(
                StageError(
                    name.removeprefix("dyad_"), "E501", message("E501", stage=name, reason=reason)
                )
            )
    return errors


def actor_sentences(nlp: Language) -> SentencePicker:
    """Sentences that name a knowledge-base actor (a name, or a sector noun such as
    "police") or hold a quotation mark: the ones most of dyad's events and quotes come from."""
    component = nlp.get_pipe("dyad_actors")
    assert isinstance(component, ActorComponent)
    matcher = component.matcher

    def pick(doc: Doc, sentences: list[Span]) -> list[bool]:
        starts = [s.start for s in sentences]
        picked = [any(t.text == '"' for t in s) for s in sentences]
        first_tokens = [m.start for m in matcher.names(doc)]
        first_tokens += [m.start for m in matcher.sectors(doc)]
        for i in first_tokens:
            picked[bisect_right(starts, i) - 1] = True
        return picked

    return pick


def code_articles(
    nlp: Language,
    items: Iterable[Article | InputFailure],
    batch_size: int = BATCH_SIZE,
    sentences: str = "all",
    batch_chars: int = BATCH_CHARS,
) -> Iterator[CodedArticle | InputFailure]:
    """Run the pipeline over articles lazily; input failures pass through unchanged.

    Yields a `CodedArticle` per article (with ``errors`` filled when a stage failed) and
    each `InputFailure` as it comes. ``sentences`` is one of `SENTENCE_MODES`. Articles go
    to spaCy in batches of at most ``batch_size`` articles and, unless one article alone is
    longer, ``batch_chars`` characters.
    """
    if sentences not in SENTENCE_MODES:
        raise ValueError(f"sentences must be one of {SENTENCE_MODES}, not {sentences!r}")
    pick = actor_sentences(nlp) if sentences == "actors" else None
    batch: list[Article] = []
    chars = 0
    for item in items:
        if isinstance(item, InputFailure):
            yield item
            continue
        article = prepare(item)
        if len(article.text) > MAX_ARTICLE_CHARS:
            yield _too_long(article)
            continue
        if batch and chars + len(article.text) > batch_chars:
            yield from _code_batch(nlp, batch, pick, batch_size)
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
        if len(batch) >= batch_size:
            yield from _code_batch(nlp, batch, pick, batch_size)
            batch, chars = [], 0
    if batch:
        yield from _code_batch(nlp, batch, pick, batch_size)


def _too_long(article: Article) -> CodedArticle:
    """An article longer than `MAX_ARTICLE_CHARS`, not coded: its E012 error."""
    reason = f"{len(article.text)} characters > {MAX_ARTICLE_CHARS}"
    err = StageError(
        "nlp", "E012", message("E012", origin=article.origin or article.id, reason=reason)
    )
    return CodedArticle(article=article, errors=(*article.warnings, err))


def _code_batch(
    nlp: Language, batch: list[Article], pick: SentencePicker | None, batch_size: int
) -> list[CodedArticle]:
    """Parse a batch of articles with spaCy's components, then run dyad's stages on each."""
    stages = _dyad_stages(nlp)
    # spaCy keeps every new word's string and lexeme in the shared vocab for good, so a
    # long run grows without bound; a memory zone evicts what a batch added. The batch's
    # records are plain Python, built before the zone ends and returned after it.
    coded = []
    with nlp.memory_zone():
        titles = _parsed_titles(nlp, batch, batch_size)
        for (doc, article), title in zip(
            _parsed(nlp, batch, pick, batch_size), titles, strict=True
        ):
            errors = _run_stages(stages, doc)
            if title is not None:
                title._.context_country = article_country(doc._.mentions or [])
                errors += _run_stages(stages, title)
            coded.append(_collect(article, doc, errors, title))
            _release(doc)
            if title is not None:
                _release(title)
    return coded


def _parsed_titles(nlp: Language, batch: list[Article], batch_size: int) -> list[Doc | None]:
    """The articles' titles as Docs with spaCy's annotation, None where there is none."""
    titles = [_make_title_doc(nlp, a) for a in batch]
    with nlp.select_pipes(enable=_spacy_names(nlp)):
        parsed = iter(nlp.pipe([t for t in titles if t is not None], batch_size=batch_size))
        return [next(parsed) if t is not None else None for t in titles]


def _parsed(
    nlp: Language, batch: list[Article], pick: SentencePicker | None, batch_size: int
) -> Iterator[tuple[Doc, Article]]:
    """The articles' Docs with spaCy's annotation: of every sentence, or of those ``pick``
    chooses."""
    docs = [(_make_doc(nlp, a), a) for a in batch]
    with nlp.select_pipes(enable=_spacy_names(nlp)):
        if pick is None:
            yield from nlp.pipe(docs, as_tuples=True, batch_size=batch_size)
            return
        annotate_selected(
            [d for d, _ in docs], pick, lambda regions: nlp.pipe(regions, batch_size=batch_size)
        )
    yield from docs


def code_text(
    text: str,
    date: dt.date | None = None,
    *,
    nlp: Language | None = None,
    article_id: str | None = None,
) -> CodedArticle:
    """Code one text: the simplest entry point (``dyad.code("…")``)."""
    from dyad.ingest.ids import article_id as make_id

    nlp = nlp or build_pipeline()
    article = Article(id=article_id or make_id(None, text), text=text, date=date)
    result = next(iter(code_articles(nlp, [article])))
    assert isinstance(result, CodedArticle)
    return result
