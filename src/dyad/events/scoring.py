"""CAMEO codes to PLOVER type, mode and context, Goldstein weight and quad class.

Tables (``events/data``):
- ``CAMEO2PLOVER-2021.txt`` (PLOVER manual draft 0.8, CC BY-SA 4.0): code -> type, mode,
  context. CAMEO 01 (statements) has no PLOVER type; dyad reports statements as quotes.
- ``plover_deviations.csv``: where the manual's text says otherwise than the table, the
  manual wins, each row citing it: CAMEO 02 (APPEAL), "dropped" in the table, is REQUEST
  ("all requests, demands, and orders"); sanctions (163) are SANCTION "discontinue", not
  COERCE; easing a curfew or a state of emergency (0813, 0814) is CONCEDE, not RETREAT. The
  file's version (`plover_table_version`) names the combined table in the output docs.
- ``goldstein.csv``: CAMEO Goldstein weights (version in the file's header).
- ``plover_quads.csv``: quad classes, the PLOVER manual's "Quad category" of each type: 1
  verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
- ``phoenix_quads.csv``: the Phoenix event data's quad class of each CAMEO root.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from dyad.lexicons import Row, data_table, int_map

QUAD_OF_TYPE = int_map("dyad.events", "plover_quads.csv")
GOLDSTEIN_TABLE_VERSION = "cameo-goldstein-1"


@dataclass(frozen=True, slots=True)
class Coding:
    cameo: str
    event: str | None
    """The PLOVER type; None only for codes without one, kept on request (`code_any`)."""
    mode: str | None
    context: tuple[str, ...]
    goldstein: float | None
    quad_code: int


def _read(name: str) -> str:
    return resources.files("dyad.events").joinpath("data/" + name).read_text("utf-8")


@lru_cache(maxsize=1)
def _plover_table() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    table: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    for line in _read("CAMEO2PLOVER-2021.txt").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", line)
        if not match:
            continue
        code, event, mode, context = match.groups()
        contexts = tuple(c.strip() for c in (context or "").split(";") if c.strip())
        table.setdefault(code, (event, (mode or "").strip() or None, contexts))
    for row in _deviations():
        contexts = tuple(c.strip() for c in row["context"].split(";") if c.strip())
        table[row["cameo"]] = (row["event"], row["mode"] or None, contexts)
    return table


def _deviations() -> tuple[Row, ...]:
    return data_table("dyad.events", "plover_deviations.csv").rows


@lru_cache(maxsize=1)
def plover_table_version() -> str:
    """The version of the CAMEO -> PLOVER table dyad codes with: the 2021 table plus dyad's
    deviations (``# version:`` in ``plover_deviations.csv``)."""
    version = data_table("dyad.events", "plover_deviations.csv").meta("version")
    if version is None:
        raise ValueError("plover_deviations.csv has no '# version:' line")
    return version


@lru_cache(maxsize=1)
def _goldstein_table() -> dict[str, float]:
    rows = data_table("dyad.events", "goldstein.csv")
    return {row["cameo"]: row.number("goldstein") for row in rows}


def _lookup(table: dict[str, Any], code: str) -> Any:
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def goldstein(cameo: str) -> float | None:
    return _lookup(_goldstein_table(), cameo)


def cameo_quad(cameo: str) -> int:
    """GDELT's quad class of a CAMEO code by its root (01-05, 06-08, 09-13, 14-20); 0 when
    the code is not CAMEO."""
    root = int(cameo[:2]) if cameo[:2].isdigit() else 0
    return 1 if 1 <= root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4 if root <= 20 else 0


# The Phoenix event data's quad class by CAMEO root (openeventdata/phoenix_pipeline,
# postprocess.py, process_cameo): 0 neutral (statements, appeals), 1 verbal cooperation,
# 2 material cooperation, 3 verbal conflict (with 16, reduce relations), 4 material conflict.
PHOENIX_QUAD = int_map("dyad.events", "phoenix_quads.csv")


def phoenix_quad(cameo: str) -> int:
    """The Phoenix quad class (0-4) of a CAMEO code by its root; 0 when not CAMEO."""
    return PHOENIX_QUAD.get(cameo[:2], 0)


def code_any(cameo: str) -> Coding:
    """Like `code_event`, but a code without a PLOVER type (a CAMEO statement, a WEIS code in
    a user's dictionary) is kept with ``event`` None and GDELT's quad class."""
    found = code_event(cameo)
    if found is not None:
        return found
    return Coding(cameo, None, None, (), goldstein(cameo), cameo_quad(cameo))


def code_event(cameo: str) -> Coding | None:
    """The PLOVER coding of a CAMEO code, or None for codes without a PLOVER type (01x)."""
    found = _lookup(_plover_table(), cameo)
    if found is None:
        return None
    event, mode, context = found
    return Coding(cameo, event, mode, context, goldstein(cameo), QUAD_OF_TYPE[event])


@lru_cache(maxsize=32)
def generic_coding(event: str) -> Coding:
    """The coding of PLOVER type ``event``'s most general CAMEO code (the shortest, then the
    lowest; no mode or context): what the learned event stage gives an event whose type is
    not the one the dictionary's code has."""
    codes = [code for code, (found, _, _) in _plover_table().items() if found == event]
    if not codes:
        raise ValueError(f"{event!r} is no PLOVER type of the CAMEO table")
    coding = code_event(min(codes, key=lambda c: (len(c), c)))
    assert coding is not None and coding.event == event
    return replace(coding, mode=None, context=())
