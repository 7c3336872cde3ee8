from __future__ import annotations

import re

import pytest

from dyad.serialize import coded_dict
from tests.conftest import ROOT

pytestmark = pytest.mark.model


def _keys(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _keys(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _keys(v)


def test_every_output_field_is_documented(seed):
    docs = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    documented = {
        w for code in re.findall(r"`([^`]*)`", docs) for w in re.findall(r"[a-z_0-9]+", code)
    }
    documented |= set(re.findall(r"^## ([a-z]+)", docs, re.M))
    missing = set(_keys(coded_dict(seed))) - documented
    assert not missing, f"fields missing from docs/output.md: {sorted(missing)}"


def test_every_offset_points_at_its_text(seed):
    text = seed.article.text
    out = coded_dict(seed)
    for section in ("mentions", "quotes", "amounts", "dates", "locations"):
        for record in out[section]:
            assert text[record["start"] : record["end"]] == record["text"], (section, record)
