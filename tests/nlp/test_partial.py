from __future__ import annotations

import pytest

from dyad.nlp.partial import annotate_selected, regions, rule_sentences
from dyad.pipeline import SENTENCE_MODES, code_articles
from dyad.records import Article

pytestmark = pytest.mark.model

TEXT = (
    "The weather was mild all week.\n\n"
    "Russia and China held talks in Beijing on Monday.\n\n"
    "Shoppers crowded the markets. The festival ended late.\n\n"
    '"We are partners," the minister said.'
)


def spacy_parts(nlp):
    return [n for n in nlp.pipe_names if not n.startswith("dyad_")]


def test_adjacent_picked_sentences_form_one_region(nlp):
    doc = nlp.make_doc(TEXT)
    sentences = rule_sentences(doc)
    assert [s.text.strip() for s in sentences][:2] == [
        "The weather was mild all week.",
        "Russia and China held talks in Beijing on Monday.",
    ]
    picked = [False, True, True, False, True]
    found = regions(sentences, picked)
    assert found == [(sentences[1].start, sentences[2].end), (sentences[4].start, sentences[4].end)]


def test_only_picked_sentences_get_entities_and_every_sentence_keeps_its_bounds(nlp):
    doc = nlp.make_doc(TEXT)
    with nlp.select_pipes(enable=spacy_parts(nlp)):
        annotate_selected([doc], lambda d, s: [i == 1 for i in range(len(s))], nlp.pipe)
    assert doc.text == TEXT  # the article's own Doc: offsets unchanged
    assert {e.text for e in doc.ents} >= {"Russia", "China", "Beijing"}
    assert all(e.start >= 8 for e in doc.ents)  # nothing in the weather sentence
    sentences = [s.text.strip() for s in doc.sents]
    assert "The weather was mild all week." in sentences
    assert "Russia and China held talks in Beijing on Monday." in sentences
    talks = next(t for t in doc if t.text == "held")
    assert talks.dep_ == "ROOT" and talks.lemma_ == "hold"


def test_actor_mode_codes_the_actor_and_quote_sentences_like_full_parsing(nlp):
    article = Article(id="a", text=TEXT, date=None)
    full, partial = (
        next(iter(code_articles(nlp, [article], sentences=mode))) for mode in SENTENCE_MODES
    )
    assert [(e.event, e.start) for e in partial.events] == [(e.event, e.start) for e in full.events]
    assert any(e.event == "CONSULT" for e in partial.events)
    assert [q.text for q in partial.quotes] == [q.text for q in full.quotes]


def test_actor_mode_leaves_sentences_without_actors_unparsed(nlp):
    article = Article(id="a", text="Shoppers crowded the markets on Monday.", date=None)
    coded = next(iter(code_articles(nlp, [article], sentences="actors")))
    assert coded.dates == () and coded.mentions == ()


def test_an_unknown_sentence_mode_is_refused(nlp):
    with pytest.raises(ValueError, match="sentences must be one of"):
        list(code_articles(nlp, [], sentences="some"))
