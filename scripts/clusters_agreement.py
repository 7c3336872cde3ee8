"""Agreement of the two annotations of the event-cluster check set (data/clusters).

    python scripts/clusters_agreement.py

Joins `second.tsv` (the doubly annotated subset) to `gold.tsv` on (set, corpus, article, part,
start, end) and reports Cohen's kappa for two decisions: whether a mention reports a single
event (a letter) or not ("-"), and, for two mentions of one set that both annotators label
as events, whether they are the same event.
"""

from __future__ import annotations

import csv
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "clusters"
KEY = ("set", "corpus", "article", "part", "start", "end")


def read_labels(path: Path) -> dict[tuple[str, ...], str]:
    """Each mention's label, by its `KEY` columns."""
    lines = (line for line in path.read_text("utf-8").splitlines() if not line.startswith("#"))
    return {
        tuple(row[k] for k in KEY): row["label"]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    }


def kappa(pairs: Sequence[tuple[object, object]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two annotators' decisions."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first.keys() | second.keys()) / n / n
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def same_event_pairs(
    mentions: Iterable[tuple[str, ...]],
    first: dict[tuple[str, ...], str],
    second: dict[tuple[str, ...], str],
) -> list[tuple[bool, bool]]:
    """For each two mentions of one set that both label as events: same event by each."""
    by_set: dict[str, list[tuple[str, ...]]] = {}
    for m in mentions:
        by_set.setdefault(m[0], []).append(m)
    out = []
    for members in by_set.values():
        for a, b in itertools.combinations(members, 2):
            if "-" in (first[a], first[b], second[a], second[b]):
                continue
            out.append((first[a] == first[b], second[a] == second[b]))
    return out


def main() -> None:
    first = read_labels(DATA / "gold.tsv")
    second = read_labels(DATA / "second.tsv")
    missing = second.keys() - first.keys()
    if missing:
        raise SystemExit(
            f"second.tsv: {len(missing)} mentions not in gold.tsv, e.g. {min(missing)}"
        )
    mentions = list(second)
    observed, k = kappa([(first[m] != "-", second[m] != "-") for m in mentions])
    print(f"{len(mentions)} mentions in {len({m[0] for m in mentions})} sets annotated twice")
    print(f"a single event or not:  observed {observed:.3f}, kappa {k:.3f}")
    pairs = same_event_pairs(mentions, first, second)
    observed, k = kappa(pairs)
    print(f"same event, {len(pairs)} pairs both label as events:")
    print(f"  observed {observed:.3f}, kappa {k:.3f}")
    same = (sum(a for a, _ in pairs), sum(b for _, b in pairs), sum(a and b for a, b in pairs))
    print("  pairs labelled one event: first {}, second {}, both {}".format(*same))


if __name__ == "__main__":
    main()
