"""The contract between stages on the Doc (`dyad.doc`): every ``doc._`` attribute a stage
reads or writes is declared in its factory's ``requires`` or ``assigns``, only the stage
components touch them, and nothing passes between stages through ``doc.user_data``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.language import Language

from dyad.doc import DOC_ATTRIBUTES, INPUTS
from dyad.pipeline import STAGES

SRC = Path(__file__).resolve().parents[1] / "src" / "dyad"
# Per-Doc caches, each read and written by its own module only (not inter-stage contracts).
USER_DATA_CACHES = {"nlp/sentences.py", "actors/matcher.py"}


def _doc_attributes(path: Path) -> tuple[set[str], set[str]]:
    """The ``doc._`` attributes ``path`` reads and those it writes."""
    reads: set[str] = set()
    writes: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "_"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "doc"
        ):
            (writes if isinstance(node.ctx, ast.Store) else reads).add(node.attr)
    return reads, writes


def _declared(attrs: list[str]) -> set[str]:
    return {a.removeprefix("doc._.") for a in attrs if a.startswith("doc._.")}


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_declares_the_doc_attributes_its_component_reads_and_writes(stage):
    meta = Language.get_factory_meta(stage)
    reads, writes = _doc_attributes(SRC / stage.removeprefix("dyad_") / "component.py")
    assert writes == _declared(meta.assigns)
    assert reads - set(INPUTS) == _declared(meta.requires)


def test_every_declared_attribute_is_registered():
    declared = set()
    for stage in STAGES:
        meta = Language.get_factory_meta(stage)
        declared |= _declared(meta.requires) | _declared(meta.assigns)
    assert declared | set(INPUTS) == set(DOC_ATTRIBUTES)


def test_only_the_components_and_the_pipeline_touch_doc_attributes():
    touching = {
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if any(_doc_attributes(path)) and path.name != "component.py"
    }
    assert touching == {"pipeline.py"}


def test_stages_pass_nothing_through_user_data():
    users = {
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "user_data"
    }
    # pipeline.py clears it once a Doc's records are built (pipeline._release)
    assert users <= USER_DATA_CACHES | {"pipeline.py"}


@pytest.mark.model
def test_spacy_finds_no_problem_in_the_order_of_the_default_pipeline(nlp):
    analysis = nlp.analyze_pipes()
    assert {name: found for name, found in analysis["problems"].items() if found} == {}
    for stage in STAGES:
        assert analysis["summary"][stage]["assigns"]
