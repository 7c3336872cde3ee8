"""Which of dyad's modules may import which, read from the source with `ast` (imports inside
functions and under ``TYPE_CHECKING`` count as much as those at the top):

1. Only `dyad.store` and `dyad.query` import duckdb (`dyad.query` for annotations, and
   `run_sql` for duckdb's error type); only `dyad.store` imports pyarrow.
2. Only `dyad.runners.dask` imports dask.
3. No module imports the package `dyad` itself (its ``__init__`` is the public API; the
   version is in `dyad.version`) or `dyad.cli`; only `dyad.cli` imports `dyad.api`.
4. `dyad.pipeline` is imported only by what runs it: `dyad.api`, `dyad.cli`, `dyad.runners`
   and `dyad.eval`.
5. The core (records, forms, errors, version, nlp, ingest, serialize and the stages) imports
   none of the layers above it: pipeline, api, cli, runners, store, query, serve, eval,
   display.
6. A stage (actors, dates, quotes, amounts, geo, events) imports no other stage: what they
   share is in `dyad.records`, `dyad.doc` and `dyad.nlp`. One exception is listed in
   `BETWEEN_STAGES`.
7. dyad's modules import each other without a cycle.

The package's own ``__init__`` is left out: it names the public API, lazily.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

CORE = (
    "dyad.records",
    "dyad.forms",
    "dyad.errors",
    "dyad.version",
    "dyad.nlp",
    "dyad.ingest",
    "dyad.serialize",
    "dyad.actors",
    "dyad.dates",
    "dyad.quotes",
    "dyad.amounts",
    "dyad.geo",
    "dyad.events",
)
STAGES = ("dyad.actors", "dyad.dates", "dyad.quotes", "dyad.amounts", "dyad.geo", "dyad.events")
# The CSV reader of the lexicons lives in actors/ until it moves to a neutral module (issue 23,
# point 3); quotes, amounts and events read their data files with it.
BETWEEN_STAGES = {"dyad.actors.kb"}
ABOVE_CORE = (
    "dyad.pipeline",
    "dyad.api",
    "dyad.cli",
    "dyad.runners",
    "dyad.store",
    "dyad.query",
    "dyad.exports",
    "dyad.serve",
    "dyad.eval",
    "dyad.display",
)


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@cache
def modules() -> dict[str, Path]:
    """Every module of the package but its ``__init__``, by dotted name."""
    out = {}
    for path in sorted((SRC / "dyad").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name != "dyad":
            out[name] = path
    return out


@cache
def imports() -> dict[str, frozenset[str]]:
    """Module -> the names it imports (``from a import b`` counts as ``a.b`` when that is a
    module of dyad's, else as ``a``)."""
    known = set(modules()) | {"dyad"}
    out = {}
    for name, path in modules().items():
        found: set[str] = set()
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join([*package[: len(package) - node.level + 1], base]).strip(".")
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.add(full if full in known else base)
        out[name] = frozenset(found)
    return out


def importers(*targets: str) -> set[str]:
    """The modules that import any of ``targets`` or a module inside one."""
    return {m for m, names in imports().items() if any(_within(n, targets) for n in names)}


def test_only_the_store_and_the_queries_import_duckdb():
    assert {m for m in importers("duckdb") if not _within(m, ("dyad.store", "dyad.query"))} == set()
    assert {m for m in importers("pyarrow") if not _within(m, ("dyad.store",))} == set()


def test_only_the_dask_runner_imports_dask():
    assert importers("dask", "distributed") <= {"dyad.runners.dask"}


def test_nothing_imports_the_package_itself_or_the_cli():
    assert {m for m, names in imports().items() if "dyad" in names} == set()
    assert {m for m in importers("dyad.cli") if not _within(m, ("dyad.cli",))} == set()


def test_only_the_cli_imports_the_api():
    assert {m for m in importers("dyad.api") if not _within(m, ("dyad.cli",))} == set()


def test_only_what_runs_the_pipeline_imports_it():
    allowed = ("dyad.api", "dyad.cli", "dyad.runners", "dyad.eval")
    assert {m for m in importers("dyad.pipeline") if not _within(m, allowed)} == set()


@pytest.mark.parametrize("layer", ABOVE_CORE)
def test_the_core_imports_no_layer_above_it(layer):
    assert {m for m in importers(layer) if _within(m, CORE)} == set()


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_other_stage(stage):
    others = tuple(s for s in STAGES if s != stage)
    found = {
        (m, n)
        for m, names in imports().items()
        if _within(m, (stage,))
        for n in names
        if _within(n, others) and n not in BETWEEN_STAGES
    }
    assert found == set()


def test_modules_import_each_other_without_a_cycle():
    graph = {m: {n for n in names if n in modules() and n != m} for m, names in imports().items()}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            cycle = path[path.index(module) :]
            raise AssertionError(" -> ".join([*cycle, module]))
        if module in done:
            return
        for imported in sorted(graph[module]):
            visit(imported, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())
