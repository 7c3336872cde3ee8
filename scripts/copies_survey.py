"""How similar the articles of real news corpora are to each other: the measurement behind
`dyad.store.copies.THRESHOLD` (docs/store.md, "Copies of one story"). Not a test.

Reads the BBC, Guardian and Wikinews corpora under ``--data`` (the texts as dyad stores
them: cleaned by `dyad.nlp.cleanup`), compares every pair of articles by the Jaccard
similarity of their word shingles (`dyad.store.copies`) and prints how many pairs fall in
each band of similarity, exact copies apart, with ``--show N`` pairs of each band side by
side for reading. Pairs are found with MinHash estimates over all pairs (numpy) and every
pair estimated at 0.1 or more is compared exactly; below 0.2 the counts are therefore not
complete and are not printed.

Usage:
    python scripts/copies_survey.py --data ../shared/data
    python scripts/copies_survey.py --data ../shared/data --show 5 --seed 1 > pairs.txt
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
from datasketch import MinHash

from dyad.nlp.cleanup import clean_text
from dyad.store.copies import MIN_WORDS, NUM_PERM, fingerprint, jaccard, words

BANDS = [
    (0.2, 0.3),
    (0.3, 0.4),
    (0.4, 0.5),
    (0.5, 0.6),
    (0.6, 0.7),
    (0.7, 0.8),
    (0.8, 0.9),
    (0.9, 1.0001),
]


def corpora(data: Path) -> list[tuple[str, str, str]]:
    """(corpus, name, text) of every article."""
    out = []
    bbc = data / "news/bbc_fulltext_2225/bbc"
    for path in sorted(bbc.glob("*/*.txt")):
        lines = path.read_text(encoding="latin-1").split("\n", 1)
        out.append(("bbc", path.relative_to(bbc).as_posix(), lines[1] if len(lines) > 1 else ""))
    csv.field_size_limit(sys.maxsize)
    guardian = data / "news/guardian_sdf_sample/Guardian_SDF_sample.csv"
    with guardian.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.append(("guardian", f"row {row['']} {row['date']}", row["text"]))
    for year in ("2019", "2020"):
        path = data / f"news/wikinews_2019_2020/wikinews_{year}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                out.append(("wikinews", row["url"].rsplit("/", 1)[-1], row["text"]))
    return [(c, n, clean_text(t)) for c, n, t in out]


def differences(a: str, b: str, most: int = 6) -> str:
    """The first ``most`` stretches of words that differ between ``a`` and ``b``, and how
    many words each has."""
    wa, wb = a.split(), b.split()
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    changed = [
        (" ".join(wa[i1:i2])[:80], " ".join(wb[j1:j2])[:80])
        for t, i1, i2, j1, j2 in ops
        if t != "equal"
    ]
    shown = "; ".join(f"[{x}] -> [{y}]" for x, y in changed[:most])
    return f"{len(wa)} vs {len(wb)} words, {len(changed)} changed stretches: {shown}"


def signatures(shingles: list[np.ndarray]) -> np.ndarray:
    rows = []
    for s in shingles:
        m = MinHash(num_perm=NUM_PERM, seed=7, hashfunc=int)
        m.update_batch(s.tolist())
        rows.append(m.hashvalues.astype(np.uint64))
    return np.vstack(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0, help="pairs to print per band")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    docs = corpora(args.data)
    prints = [fingerprint(t) for _, _, t in docs]
    long = [i for i, (_, _, t) in enumerate(docs) if len(words(t)) >= MIN_WORDS]
    sig = signatures([prints[i].shingles for i in long])
    pairs: list[tuple[float, int, int]] = []
    for a in range(len(long)):
        estimate = (sig[a + 1 :] == sig[a]).mean(axis=1)
        for offset in np.nonzero(estimate >= 0.1)[0]:
            i, j = long[a], long[a + 1 + int(offset)]
            pairs.append((jaccard(prints[i].shingles, prints[j].shingles), i, j))
    exact = (
        {
            (i, j)
            for i in range(len(docs))
            for j in range(i + 1, len(docs))
            if prints[i].text_hash and prints[i].text_hash == prints[j].text_hash
        }
        if len(docs) < 5000
        else set()
    )
    counts = {c: sum(1 for d in docs if d[0] == c) for c in ("bbc", "guardian", "wikinews")}
    print(f"articles: {counts}, {len(long)} of {MIN_WORDS}+ words")
    print(f"pairs compared: {len(long) * (len(long) - 1) // 2}")
    print(f"exact copies (same normalized words): {len(exact)} pairs")
    print("| Jaccard | pairs | of which exact copies | within one corpus |")
    print("|---|---|---|---|")
    for low, high in BANDS:
        band = [(s, i, j) for s, i, j in pairs if low <= s < high]
        n_exact = sum(1 for _, i, j in band if (i, j) in exact)
        same = sum(1 for _, i, j in band if docs[i][0] == docs[j][0])
        label = f"{low:.1f}-{min(high, 1.0):.1f}"
        print(f"| {label} | {len(band)} | {n_exact} | {same} |")
    if args.show:
        rng = random.Random(args.seed)
        for low, high in BANDS:
            band = [p for p in pairs if low <= p[0] < high and (p[1], p[2]) not in exact]
            for s, i, j in rng.sample(band, min(args.show, len(band))):
                print(f"\n=== {s:.3f}  {docs[i][0]}:{docs[i][1]}  |  {docs[j][0]}:{docs[j][1]}")
                print("--- A:", docs[i][2][:400].replace("\n", " "))
                print("--- B:", docs[j][2][:400].replace("\n", " "))
                print("--- differences:", differences(docs[i][2], docs[j][2]))


if __name__ == "__main__":
    main()
