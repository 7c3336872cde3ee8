"""The attribute and lemma tables give exactly what spaCy's attribute ruler and lemmatizer
give; they only get there faster."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, MORPH, POS, TAG

from dyad.nlp import tables
from dyad.nlp.model import load_model
from dyad.nlp.tables import AttributeTable, LemmaTable, install_tables

from ..conftest import SEED

pytestmark = pytest.mark.model

# Self-written sentences that reach the ruler's exceptions: multi-token patterns ("gon na",
# "ai n't", "y' all", "let 's", "c'm on", expletive "there is"), a regular expression
# ("nothin'"), form-and-tag pairs ("gets", "got") and dependency tests ("I" as subject).
EXCEPTIONS = [
    "We're gonna win, and there is nothing they can do about it.",
    "It ain't over and y'all know it, so let's go.",
    "C'mon, there's nothin' to see: he gets angry and then he got up.",
    "I said I'd come, but I'm not sure that she's coming or whether they've left.",
    "Don't you think it's time?  Whose is it?\n\nNobody knows.",
]


@pytest.fixture(scope="module")
def stock():
    return load_model(exclude=("senter",))


@pytest.fixture(scope="module")
def tabled():
    nlp = load_model(exclude=("senter",))
    install_tables(nlp)
    return nlp


def test_install_replaces_the_ruler_and_the_lemmatizer_under_their_names(stock, tabled):
    assert isinstance(tabled.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(tabled.get_pipe("lemmatizer"), LemmaTable)
    assert tabled.pipe_names == stock.pipe_names


def test_tables_annotate_every_token_as_spacy_does(stock, tabled, wikinews_records):
    texts = [*EXCEPTIONS, SEED.read_text(encoding="utf-8"), *(r["text"] for r in wikinews_records)]
    for ours, theirs in zip(tabled.pipe(texts), stock.pipe(texts), strict=True):
        for attr in (TAG, POS, MORPH, LEMMA):
            assert (ours.to_array([attr]) == theirs.to_array([attr])).all(), (attr, ours.text[:60])


def test_answers_stay_the_same_when_the_caches_are_emptied(stock, tabled, monkeypatch):
    monkeypatch.setattr(tables, "CACHE_LIMIT", 3)
    for text in EXCEPTIONS:
        ours, theirs = tabled(text), stock(text)
        assert [(t.pos_, t.lemma_, str(t.morph)) for t in ours] == [
            (t.pos_, t.lemma_, str(t.morph)) for t in theirs
        ]


def test_multi_token_exceptions_reach_the_token_they_name(tabled):
    doc = tabled("We're gonna win and y'all know it.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"
    assert lemmas["y'"] == "you"


def test_an_empty_text_passes_through(tabled):
    assert len(tabled("")) == 0


def test_a_lemma_table_without_a_lemmatizer_is_a_clear_error(tabled):
    with pytest.raises(RuntimeError, match="install_tables"):
        LemmaTable()(tabled.make_doc("Talks resumed."))
