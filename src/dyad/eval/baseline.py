"""The accuracy gate: floors per metric and the hash of each suite's gold data.

``eval/baseline.json`` pins, per suite, the SHA-256 of its gold files and a floor per metric.
A run fails the gate when a metric falls below its floor by more than `EPSILON`, or when the
gold data changed (its numbers are then not comparable). Floors are only ever raised by
`update`; lowering one needs ``allow_regression``.
"""

from __future__ import annotations

import json
import math
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyad.errors import EvalError
from dyad.eval.base import SuiteResult

BASELINE = Path("eval") / "baseline.json"
# dyad's pipeline is deterministic, so a rerun gives the same numbers; the epsilon absorbs
# the rounding of floors to three decimals and float summation order, nothing more.
EPSILON = 0.002


@dataclass(frozen=True, slots=True)
class Verdict:
    suite: str
    metric: str
    value: float
    floor: float | None

    @property
    def ok(self) -> bool:
        return self.floor is None or self.value >= self.floor - EPSILON


def load(path: Path = BASELINE) -> dict[str, Any]:
    if not path.exists():
        return {"epsilon": EPSILON, "suites": {}}
    found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return found


def verdicts(result: SuiteResult, baseline: dict[str, Any]) -> list[Verdict]:
    floors = baseline.get("suites", {}).get(result.suite, {}).get("floors", {})
    return [Verdict(result.suite, m, v, floors.get(m)) for m, v in result.metrics.items()]


def gold_changed(suite: str, sha: str, baseline: dict[str, Any]) -> bool:
    pinned = baseline.get("suites", {}).get(suite, {}).get("gold_sha256")
    return pinned is not None and pinned != sha


def update(
    baseline: dict[str, Any],
    results: list[SuiteResult],
    shas: dict[str, str],
    commit: str,
    allow_regression: bool = False,
) -> dict[str, Any]:
    """The baseline with floors set to these results (rounded down to 3 decimals).

    Raises:
        EvalError: E403 when a floor would go down and ``allow_regression`` is False.
    """
    out = json.loads(json.dumps(baseline))
    out["epsilon"] = EPSILON
    for result in results:
        entry = out.setdefault("suites", {}).setdefault(result.suite, {})
        floors = entry.setdefault("floors", {})
        for metric, value in result.metrics.items():
            new = math.floor(value * 1000) / 1000
            old = floors.get(metric)
            if old is not None and new < old - EPSILON and not allow_regression:
                raise EvalError("E403", metric=f"{result.suite}.{metric}", old=old, new=new)
            floors[metric] = new if old is None or allow_regression else max(old, new)
        entry["gold_sha256"] = shas[result.suite]
        entry["measured_at"] = commit
        entry["size"] = result.size
    return out


def measured_at() -> str:
    """The commit floors are measured at: ``git describe --always --dirty`` in the working
    directory, or ``unknown`` outside a git checkout."""
    described = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return described or "unknown"


def save(baseline: dict[str, Any], path: Path = BASELINE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
