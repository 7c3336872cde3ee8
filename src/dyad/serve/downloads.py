"""CSV answers of the list endpoints (``format=csv``): the rows of the JSON answer's
``items``, one line each, streamed.

The columns are the fields of the item's response model (`dyad.serve.models`), in order, so
that the CSV has the JSON's columns whatever rows a page holds. A list of parties (an
event's ``actor``) becomes one column per field of a party, ``actor_party``,
``actor_name``, ..., their values joined by ``;``; a list of strings (a quote's
``mentioned``) is joined by ``;``. Empty cells are nulls.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import typing
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from pydantic import BaseModel

JOIN = ";"
CSV_TYPE = "text/csv; charset=utf-8"
# FastAPI documents a CSV answer next to the JSON one.
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv"}
}


def _listed_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a ``list[Model]`` field, else None."""
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def columns(model: type[BaseModel]) -> list[tuple[str, str, str | None]]:
    """(CSV column, field, field of a listed model or None) for each column of ``model``."""
    found: list[tuple[str, str, str | None]] = []
    for name, info in model.model_fields.items():
        listed = _listed_model(info.annotation)
        if listed is None:
            found.append((name, name, None))
        else:
            found.extend((f"{name}_{sub}", name, sub) for sub in listed.model_fields)
    return found


def cell(value: Any) -> str:
    """A value as the CSV writes it: nulls empty, booleans as JSON spells them, lists
    joined by ``;``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return JOIN.join(cell(v) for v in value)
    return str(value)


def _lines(rows: Iterable[dict[str, Any]], model: type[BaseModel]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    cols = columns(model)
    writer.writerow([c[0] for c in cols])
    for row in rows:
        writer.writerow(
            [
                cell(row.get(field) if sub is None else [p.get(sub) for p in row.get(field) or []])
                for _, field, sub in cols
            ]
        )
        # One line at a time: the answer starts before the last row is written.
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def csv_response(
    rows: Iterable[dict[str, Any]], model: type[BaseModel], name: str
) -> StreamingResponse:
    """``rows`` (query rows of ``model``'s shape) as a streamed CSV file named ``name``.csv;
    an iterator's rows are read as the answer is sent."""
    return StreamingResponse(
        _lines(rows, model),
        media_type=CSV_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )
