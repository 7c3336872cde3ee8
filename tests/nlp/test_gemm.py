"""spaCy's networks multiply with numpy in dyad's processes, and annotate exactly as with
thinc's default (blis)."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, TAG
from threadpoolctl import threadpool_info

from dyad.nlp.gemm import numpy_gemm
from dyad.nlp.model import load_model

pytestmark = pytest.mark.model

COLUMNS = [TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]


@pytest.fixture(scope="module")
def with_numpy():
    with numpy_gemm():
        return load_model(exclude=("senter",))


def test_a_model_loaded_under_numpy_gemm_multiplies_with_numpy_on_one_thread(with_numpy):
    tok2vec = with_numpy.get_pipe("tok2vec").model
    assert {node.ops.use_blis for node in tok2vec.walk()} == {False}
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}


def test_numpy_gemm_tags_parses_and_finds_entities_as_blis_does(with_numpy, wikinews_records):
    with_blis = load_model(exclude=("senter",))
    assert with_blis.get_pipe("tok2vec").model.ops.use_blis
    texts = [record["text"] for record in wikinews_records]
    for ours, theirs in zip(with_numpy.pipe(texts), with_blis.pipe(texts), strict=True):
        assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()


def test_dyads_pipeline_runs_its_embedding_layers_with_numpy():
    from dyad.pipeline import build_pipeline

    nlp = build_pipeline()
    # spaCy builds the parser's and NER's output layer under its own "cpu" ops, and their
    # transition loop multiplies with blis in Cython whatever the ops; every embedding and
    # hidden layer is thinc's
    for name in ("tok2vec", "ner"):
        embedding = nlp.get_pipe(name).model
        nodes = [n for n in embedding.walk() if n.name != "linear"]
        assert {node.ops.use_blis for node in nodes} == {False}, name
