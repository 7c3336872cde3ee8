"""Running suites: the API behind ``dyad eval``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dyad.errors import EvalError
from dyad.eval.base import Coder, SuiteResult, sha256_of
from dyad.eval.suites import SUITES

DEFAULT_DATA = Path("..") / "shared" / "data"


@dataclass
class EvalRun:
    results: list[SuiteResult] = field(default_factory=list)
    shas: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Per suite: its size, time, gold hash, metrics, tables, notes and error cases
        (``dyad eval --json``)."""
        return {
            r.suite: {
                "size": r.size,
                "seconds": round(self.seconds[r.suite], 1),
                "gold_sha256": self.shas[r.suite],
                "metrics": r.metrics,
                "tables": r.tables,
                "notes": r.notes,
                "cases": [asdict(c) for c in r.cases],
            }
            for r in self.results
        }


def default_data_dir() -> Path | None:
    return DEFAULT_DATA if DEFAULT_DATA.is_dir() else None


def data_dir(data: str | None) -> Path:
    """The gold data folder: ``data``, or `DEFAULT_DATA` when it exists.

    Raises:
        EvalError: E401 when there is no such folder.
    """
    folder = Path(data) if data else default_data_dir()
    if folder is None or not folder.is_dir():
        raise EvalError("E401", origin=data or "../shared/data")
    return folder


def check_names(names: list[str]) -> list[str]:
    for name in names:
        if name not in SUITES:
            raise EvalError("E402", name=name, known=", ".join(SUITES))
    return names or list(SUITES)


def run_suites(
    names: list[str], data: Path, model: str | None = None, sentences: str = "all"
) -> EvalRun:
    """Run the named suites (all when empty) on the gold data under ``data``."""
    import time

    run = EvalRun()
    coder = Coder(model, sentences)
    for name in check_names(names):
        spec = SUITES[name]
        run.shas[name] = sha256_of(spec.files(data))
        started = time.perf_counter()
        run.results.append(spec.run(data, coder))
        run.seconds[name] = time.perf_counter() - started
    return run
