"""Rows to tab-separated text, as the event datasets publish them: one record per line, no
quoting (their readers split on tabs), so a tab or line break inside a value becomes a space
and an absent value an empty field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
LIST_SEPARATOR = ";"
"""Between the values of one field (several contexts, sources): Phoenix's."""


def cell(value: object) -> str:
    """One field: "" for None, 1/0 for booleans, the shortest round-tripping text for floats,
    a string with its tabs and line breaks made spaces."""
    # Called once per field of every row (60 million times for 1M GDELT events): the common
    # types are tested by identity first, and a string is rewritten only when it must be.
    kind = type(value)
    if kind is str:
        text: str = value  # type: ignore[assignment]
        return text if text.isprintable() else text.translate(_SPACES)
    if value is None:
        return ""
    if kind is int:
        return str(value)
    if kind is float:
        return repr(value)
    if kind is bool:
        return "1" if value else "0"
    return str(value)


def joined(values: Iterable[object], separator: str = LIST_SEPARATOR) -> str:
    """Several values in one field, in order, empty ones kept (their positions line up
    across the fields of the same parties); "" when all are empty."""
    mark = separator.strip()
    cells = [cell(v).replace(mark, ",") for v in values]
    return separator.join(cells) if any(cells) else ""


def write_tsv(rows: Iterable[Sequence[object]], out: TextIO, header: Sequence[str] | None) -> int:
    """Write ``rows`` (each as long as ``header`` when there is one); returns rows written."""
    if header is not None:
        out.write("\t".join(header) + "\n")
    n = 0
    for row in rows:
        out.write("\t".join(cell(v) for v in row) + "\n")
        n += 1
    return n
