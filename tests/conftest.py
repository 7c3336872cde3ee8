"""Shared fixtures. Tests that load the spaCy pipeline are marked ``model``; the pipeline is
built once per session."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "seed-article.txt"
WIKINEWS = EXAMPLES / "wikinews-2019-2020.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from dyad.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def code(nlp):
    """Code one text with the session pipeline: ``code("…", "2026-02-04")``."""
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
