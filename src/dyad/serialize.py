"""The output contract: records to JSON-ready dicts.

Each record is written from its dataclass fields by `dyad.forms` (the rules, and where a field
differs from them, its `Out` marker in `dyad.records`). ``docs/output.md`` documents every
field; a test checks the two agree, and agree with the store and the web API.
"""

from __future__ import annotations

import json
from typing import Any

from dyad.forms import as_dict, json_schema
from dyad.records import CodedArticle, InputFailure, StageError

record_dict = as_dict
"""The JSON-ready dict of any record."""
# By the record they are given, for the callers that name it.
mention_dict = event_dict = record_dict


def coded_dict(coded: CodedArticle) -> dict[str, Any]:
    """The whole output object of one article."""
    return as_dict(coded)


def failure_dict(failure: InputFailure) -> dict[str, Any]:
    """An input that never became an article, in the same shape as an article's output: its
    error is written as a stage error, followed by the input's ``origin``."""
    error = StageError(failure.stage, failure.code, failure.message)
    return {"article": None, "errors": [{**as_dict(error), "origin": failure.origin}]}


def output_schema() -> dict[str, Any]:
    """The JSON Schema of one article's output (`coded_dict`)."""
    return json_schema(CodedArticle)


def to_json(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
