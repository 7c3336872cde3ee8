"""Shared fixtures, and the guard of the fast tier.

Tests that load the spaCy model are marked ``model``; the pipeline is built once per session.
The fast tier (``make test-fast``: ``pytest -m "not model and not browser"``) runs the rest,
the rules on hand-built Docs (`tests.parses`), without loading the model: a test that loads
it without the mark fails, in either tier.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, settings

import dyad.pipeline
import dyad.runners.dask
import dyad.runners.local

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "seed-article.txt"
WIKINEWS = EXAMPLES / "wikinews-2019-2020.jsonl"
# Fixtures that hold the model: a test using one, even through another fixture, is a model test.
MODEL_FIXTURES = ("nlp", "rules_code")
UNMARKED = (
    "{test} loads the spaCy model but is not marked `model`: mark it @pytest.mark.model, or "
    "build its Doc by hand (tests/parses.py) so that it stays in the fast tier"
)
AT_IMPORT = "a test module loads the spaCy model when imported: load it in a `model` test"


class _ModelGuard:
    """Loading the model is allowed only while a ``model`` test runs (its setup, call and
    teardown), never while tests are collected or an unmarked test runs."""

    def __init__(self) -> None:
        self.running: pytest.Item | None = None
        self.refused = False

    def allowed(self) -> bool:
        return self.running is not None and self.running.get_closest_marker("model") is not None

    def refusal(self) -> str:
        return UNMARKED.format(test=self.running.nodeid) if self.running else AT_IMPORT

    def wrap(
        self, load: Callable[..., Any], loads: Callable[..., bool] = lambda *a, **k: True
    ) -> Callable[..., Any]:
        """``load`` refusing to run outside a ``model`` test when ``loads(*its arguments)``."""

        @functools.wraps(load)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if not self.allowed() and loads(*args, **kwargs):
                self.refused = True
                raise RuntimeError(self.refusal())
            return load(*args, **kwargs)

        return guarded


def _installed(name: Any, *args: Any, **kwargs: Any) -> bool:
    """Whether ``name`` is a pipeline that would load (a test may load a missing one)."""
    return not isinstance(name, str) or spacy.util.is_package(name) or Path(name).exists()


# Property-based tests (marked ``fuzz``) run a few hundred examples in `make test` and
# 10,000 in `make fuzz` (DYAD_FUZZ=1); no deadline, since these shared machines are noisy.
# `make test` draws the same examples every run (derandomize), so CI cannot fail by chance;
# `make fuzz` draws new ones each time, to find what those miss.
settings.register_profile("default", max_examples=200, deadline=None, derandomize=True)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fuzz" if os.environ.get("DYAD_FUZZ") else "default")

_guard = _ModelGuard()
_patches = pytest.MonkeyPatch()


def pytest_configure(config: pytest.Config) -> None:
    # spacy.load: every fresh load (dyad.nlp.model.load_model calls it); dyad.pipeline._build:
    # build_pipeline's cache, which returns a pipeline an earlier model test loaded; the
    # worker processes and the Dask cluster that the runners start, which load it there
    _patches.setattr(spacy, "load", _guard.wrap(spacy.load, _installed))
    _patches.setattr(dyad.pipeline, "_build", _guard.wrap(dyad.pipeline._build, _installed))
    pool = dyad.runners.local.ProcessPoolExecutor
    _patches.setattr(dyad.runners.local, "ProcessPoolExecutor", _guard.wrap(pool))
    _patches.setattr(
        dyad.runners.dask, "local_cluster", _guard.wrap(dyad.runners.dask.local_cluster)
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    _patches.undo()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    _guard.running, _guard.refused = item, False
    try:
        return (yield)
    finally:
        _guard.running = None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    result = yield
    # also when the test caught the refusal (a CLI runner turns it into an exit status)
    if _guard.refused:
        pytest.fail(_guard.refusal(), pytrace=False)
    return result


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # the session's pipeline may be built already, by an earlier model test
    fixtures = getattr(item, "fixturenames", ())
    if item.get_closest_marker("model") is None and any(f in fixtures for f in MODEL_FIXTURES):
        pytest.fail(UNMARKED.format(test=item.nodeid), pytrace=False)


@pytest.fixture(scope="session")
def nlp():
    from dyad.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def code(nlp):
    """Code one text with the session pipeline: ``code("…", "2026-02-04")``."""
    return _coder(nlp)


@pytest.fixture(scope="session")
def rules_code():
    """Code one text as `code` does, the events decided by the rules alone (the proposals
    the learned stage decides on): for tests of the rules on real parses."""
    from dyad.pipeline import build_pipeline

    return _coder(build_pipeline(events="rules"))


def _coder(nlp):
    from dyad.pipeline import code_text

    def run(text: str, date: str | None = "2026-02-04"):
        return code_text(text, dt.date.fromisoformat(date) if date else None, nlp=nlp)

    return run


@pytest.fixture(scope="session")
def seed(nlp):
    from dyad.ingest import read_articles
    from dyad.pipeline import code_articles

    (coded,) = list(code_articles(nlp, read_articles([str(SEED)])))
    return coded


@pytest.fixture(scope="session")
def wikinews_records() -> list[dict]:
    return [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()]


def wikinews_sentence(records: list[dict], needle: str) -> tuple[str, str]:
    """The sentence of a bundled Wikinews article containing ``needle``, with its date."""
    for record in records:
        for paragraph in record["text"].split("\n"):
            text = " ".join(paragraph.split())
            at = text.find(needle)
            if at < 0:
                continue
            before = text.rfind(". ", 0, at)
            end = text.find(". ", at)
            return text[
                before + 2 if before >= 0 else 0 : end + 1 if end >= 0 else len(text)
            ], record["date"]
    raise AssertionError(f"{needle!r} not in the bundled Wikinews examples")
