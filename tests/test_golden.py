"""`dyad code`'s whole output on the bundled examples, against a file kept in the repository.

Refactoring must leave it unchanged to the byte. A change that means to change the output
regenerates the file (``python -m tests.test_golden``) and says why in its commit.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.conftest import SEED, WIKINEWS

GOLDEN = Path(__file__).parent / "golden" / "examples.jsonl.gz"


def examples_output(nlp) -> list[str]:
    """One JSON line per article, as `dyad code` prints them, without the article text (the
    input itself, which keeps the file small)."""
    from dyad.ingest import read_articles
    from dyad.pipeline import code_articles
    from dyad.records import CodedArticle
    from dyad.serialize import coded_dict, to_json

    lines = []
    for coded in code_articles(nlp, read_articles([str(SEED), str(WIKINEWS)])):
        assert isinstance(coded, CodedArticle)
        record = coded_dict(coded)
        del record["article"]["text"]
        lines.append(to_json(record))
    return lines


@pytest.mark.model
def test_code_output_on_the_examples_is_unchanged(nlp):
    expected = gzip.decompress(GOLDEN.read_bytes()).decode("utf-8").splitlines()
    got = examples_output(nlp)
    assert len(got) == len(expected)
    for line, want in zip(got, expected, strict=True):
        if line != want:
            article = json.loads(want)["article"]["id"]
            assert json.loads(line) == json.loads(want), f"article {article} changed"
            assert line == want, f"article {article}: same values, different JSON text"


if __name__ == "__main__":
    from dyad.pipeline import build_pipeline

    data = "\n".join(examples_output(build_pipeline())) + "\n"
    GOLDEN.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    print(f"wrote {GOLDEN}")
