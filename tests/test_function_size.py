"""No function of a stage runs over `MAX_LINES` lines (issue 23: the stages read as named
steps, not as one long function). Read from the source with `ast`: a function's lines go from
its ``def`` to the end of its body, docstring and nested functions included."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dyad"
MAX_LINES = 60
STAGE_FOLDERS = (
    "ingest",
    "nlp",
    "actors",
    "quotes",
    "events",
    "amounts",
    "dates",
    "geo",
    "store",
    "query",
    "exports",
    "serve",
    "runners",
)


def function_lengths(path: Path) -> dict[str, int]:
    """Every function of a module, by qualified name (``Class.method``, ``outer.inner``),
    with its number of lines."""
    found: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + child.name
                assert child.end_lineno is not None
                found[name] = child.end_lineno - child.lineno + 1
                visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


@cache  # read once: every parametrized test below asks (the fast tier's time, issue 23)
def stage_functions() -> dict[tuple[str, str], int]:
    out = {}
    for folder in STAGE_FOLDERS:
        for path in sorted((SRC / folder).rglob("*.py")):
            module = path.relative_to(SRC).as_posix()
            for name, lines in function_lengths(path).items():
                out[(module, name)] = lines
    return out


def test_function_lengths_count_from_def_to_the_end_of_the_body(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "def f():\n    '''doc'''\n    return 1\n\n\n"
        "class C:\n    @property\n    def g(self):\n        def h():\n            pass\n"
        "        return h\n"
    )
    assert function_lengths(source) == {"f": 3, "C.g": 4, "C.g.h": 2}


@pytest.mark.parametrize("folder", STAGE_FOLDERS)
def test_no_stage_function_is_longer_than_the_limit(folder):
    too_long = {
        f"{module}: {name} ({lines} lines)"
        for (module, name), lines in stage_functions().items()
        if module.startswith(folder + "/") and lines > MAX_LINES
    }
    assert too_long == set(), f"split into named steps of at most {MAX_LINES} lines"
