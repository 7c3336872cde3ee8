"""Select the bundled example articles from the Wikinews sample (CC BY 2.5).

    python scripts/make_examples.py [--wikinews ../shared/data/news/wikinews_2019_2020]

Ranks the articles by how many distinct countries and international organizations from
dyad's knowledge base they name (international news is what dyad codes), keeps the top 15
of each year, and writes them to examples/wikinews-2019-2020.jsonl with URL and date.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from dyad.actors.kb import load_default_kb

ROOT = Path(__file__).resolve().parents[1]
COUNT = 30


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--wikinews", default=str(ROOT.parent / "shared/data/news/wikinews_2019_2020")
    )
    args = parser.parse_args()
    kb = load_default_kb()
    names = {
        n: {e.key for e in entries if e.kind in ("country", "igo")}
        for n, entries in kb.names.items()
        if len(n) > 3 and any(e.kind in ("country", "igo") for e in entries)
    }
    csv.field_size_limit(10**8)

    def breadth(row: dict[str, str]) -> int:
        text = re.sub(r"[^\w' ]", " ", row["title"] + " " + row["text"])
        padded = f" {' '.join(text.split())} "
        return len({key for n, keys in names.items() if f" {n} " in padded for key in keys})

    picked = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with open(Path(args.wikinews) / name, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        rows.sort(key=lambda r: (-breadth(r), r["date"], r["url"]))
        picked += sorted(rows[: COUNT // 2], key=lambda r: (r["date"], r["url"]))
    out = ROOT / "examples" / "wikinews-2019-2020.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for r in picked:
            f.write(
                json.dumps(
                    {
                        "url": r["url"].replace("org//wiki", "org/wiki"),
                        "date": r["date"],
                        "title": r["title"],
                        "text": r["text"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"wrote {len(picked)} articles to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
