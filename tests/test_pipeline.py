from __future__ import annotations

import gc

import pytest
from spacy.tokens import Doc

from dyad.pipeline import STAGES, code_articles
from dyad.records import Article, CodedArticle

pytestmark = pytest.mark.model


def test_the_pipeline_runs_dyads_stages_after_spacys_in_order(nlp):
    assert nlp.pipe_names[-len(STAGES) :] == list(STAGES)
    assert nlp.meta["name"] == "core_web_sm"


def test_a_failing_stage_is_recorded_for_that_article_and_the_batch_goes_on(nlp, monkeypatch):
    component = nlp.get_pipe("dyad_amounts")
    real = component.__class__.__call__

    def flaky(self, doc):
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return real(self, doc)

    monkeypatch.setattr(component.__class__, "__call__", flaky)
    articles = [
        Article(id="a", text="Putin met Xi. Trade reached $200 billion."),
        Article(id="b", text="This one will explode."),
        Article(id="c", text="Japan gave $5 million in aid to Nepal."),
    ]
    out = list(code_articles(nlp, articles))
    assert [o.article.id for o in out] == ["a", "b", "c"]
    assert all(isinstance(o, CodedArticle) for o in out)
    (err,) = out[1].errors
    assert (err.stage, err.code) == ("amounts", "E501") and "boom" in err.message
    assert out[2].amounts and not out[2].errors


def test_an_overlong_article_is_an_error_not_a_crash(nlp):
    (out,) = list(code_articles(nlp, [Article(id="x", text="word " * 250_000)]))
    assert out.errors[0].code == "E012"


def test_article_text_is_cleaned_and_offsets_follow_it(nlp):
    (out,) = list(
        code_articles(
            nlp, [Article(id="x", text=' Putin said on Wednesday.The talks ended,"he said.')]
        )
    )
    assert out.article.text == 'Putin said on Wednesday. The talks ended," he said.'
    for d in out.dates:
        assert out.article.text[d.start : d.end] == d.text


def test_a_batch_ends_before_it_passes_its_character_budget(nlp, monkeypatch):
    real_pipe = nlp.pipe
    batches: list[list[int]] = []

    def recording_pipe(docs, **kwargs):
        docs = list(docs)
        if kwargs.get("as_tuples"):
            batches.append([len(doc.text) for doc, _ in docs])
        return real_pipe(docs, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    texts = ["Putin met Xi in Moscow." * 4, "Japan gave aid to Nepal." * 4, "Iran protested." * 30]
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts * 2)]
    out = list(code_articles(nlp, articles, batch_chars=200))
    assert [o.article.id for o in out] == [a.id for a in articles]
    # the two short articles (~100 characters each) fit the budget together; the long one
    # (~450) is over it and goes alone
    assert [len(b) for b in batches] == [2, 1, 2, 1]
    assert all(sum(b) <= 200 for b in batches if len(b) > 1)


def test_coded_docs_are_freed_without_waiting_for_the_garbage_collector(nlp):
    # A Doc left in a reference cycle waits for a full collection, which is rare in a
    # process holding the model, so a worker's memory grew with the corpus.
    text = "President Vladimir Putin met Xi Jinping in Moscow, the Kremlin said on Tuesday."
    articles = [Article(id=str(i), text=text) for i in range(3)]
    gc.collect()
    gc.disable()
    try:
        # type(), not isinstance(): isinstance reads __class__, and some objects answer
        # with a warning (torch's deprecated aliases, once thinc has imported torch)
        before = {id(o) for o in gc.get_objects() if type(o) is Doc}
        out = list(code_articles(nlp, articles))
        # counted, not read: a Doc left behind outlived its memory zone, and its strings
        left = [o for o in gc.get_objects() if type(o) is Doc and id(o) not in before]
        count = len(left)
        del left
    finally:
        gc.enable()
    assert all(o.mentions for o in out)  # the stages did put Spans in doc._
    assert count == 0
