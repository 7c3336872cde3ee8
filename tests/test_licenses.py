"""Every data and weight file in the repository is listed in LICENSES.md.

The rule: each file under a ``data`` folder of ``src/dyad/`` (``src/dyad/quotes/data/``, …),
under ``data/``, ``examples/`` or ``tests/golden/`` appears in LICENSES.md by its path from
the repository root, in backticks (`` `src/dyad/quotes/data/cues.csv` ``), or lies under a
folder listed the same way with a trailing slash (`` `data/events/` ``). A folder is listed
whole only when every file in it has one source and one licence; a file with a source of its
own gets its own row. Only the first column of a table row lists (a path mentioned in prose
or in another column does not). Dotfiles and ``__pycache__`` are not data. The other way
round, every such path LICENSES.md names exists, so that a removed file leaves no row behind.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LICENSES = ROOT / "LICENSES.md"
# a backticked path under one of the folders the rule covers
_LISTED = re.compile(r"`((?:src/dyad/(?:[\w.-]+/)*data|data|examples|tests/golden)/[^`\s]*)`")


def _data_folders() -> list[Path]:
    inside_package = [p for p in (ROOT / "src" / "dyad").rglob("data") if p.is_dir()]
    return [*inside_package, ROOT / "data", ROOT / "examples", ROOT / "tests" / "golden"]


def _shipped_files() -> list[str]:
    files = set()
    for folder in _data_folders():
        for path in folder.rglob("*"):
            parts = path.relative_to(ROOT).parts
            if path.is_file() and not any(p.startswith(".") or p == "__pycache__" for p in parts):
                files.add(path.relative_to(ROOT).as_posix())
    return sorted(files)


def _listed() -> set[str]:
    """The paths in the first column of LICENSES.md's table rows."""
    rows = LICENSES.read_text(encoding="utf-8").splitlines()
    first_cells = [row.split("|")[1] for row in rows if row.startswith("|")]
    return {path for cell in first_cells for path in _LISTED.findall(cell)}


def _named() -> set[str]:
    """Every path under the covered folders that LICENSES.md mentions anywhere."""
    return set(_LISTED.findall(LICENSES.read_text(encoding="utf-8")))


def test_the_rule_finds_the_files_it_is_meant_to():
    files = _shipped_files()
    assert "src/dyad/quotes/data/quote_model.json" in files
    assert "src/dyad/eval/data/seed.json" in files
    assert "examples/wikinews-2019-2020.jsonl" in files
    assert "tests/golden/examples.jsonl.gz" in files


@pytest.mark.parametrize("path", _shipped_files())
def test_every_shipped_data_file_is_in_licenses_md(path):
    listed = _listed()
    folders = [entry for entry in listed if entry.endswith("/")]
    assert path in listed or any(path.startswith(f) for f in folders), (
        f"{path} is not in LICENSES.md: add a row with its source and licence"
    )


def test_every_path_licenses_md_names_exists():
    missing = sorted(entry for entry in _named() if not (ROOT / entry).exists())
    assert not missing, f"LICENSES.md names files that are gone: {missing}"


def test_the_licence_file_is_the_one_pyproject_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2025-2026 the dyad authors\n")
