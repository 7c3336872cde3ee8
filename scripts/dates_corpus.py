"""Check, compare and install dyad's time-expression gold (data/dates/, issue 22).

    python scripts/dates_corpus.py check FILE...        # validate annotation files
    python scripts/dates_corpus.py agree A B            # agreement of two annotations
    python scripts/dates_corpus.py gold A [B ...]       # copy into data/dates/annotation/,
                                                        # A becomes data/dates/gold.jsonl

Annotation files follow docs/annotation-dates.md; offsets index the raw title or text of
data/events/articles.jsonl. ``gold`` refuses a file ``check`` finds fault with. There is no
adjudication step yet: the gold is the first annotator's file as written.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyad.eval.dates_gold import GOLD, GOLD_FILE, agreement, halves, problems, read_gold  # noqa: E402
from dyad.eval.newsevents import load_articles  # noqa: E402


def check(paths: list[Path]) -> int:
    articles = {a["id"]: a for a in load_articles()}
    failed = 0
    for path in paths:
        gold = read_gold(path)
        found = problems(gold, articles)
        half_of = halves()
        counts = {
            h: sum(half_of[e["article"]] == h for e in gold.expressions) for h in ("dev", "test")
        }
        print(
            f"{path.name}: {len(gold.expressions)} expressions in {len(gold.articles)} articles "
            f"(dev half {counts['dev']}, test half {counts['test']}), {len(found)} problems"
        )
        for line in found:
            print(f"  {line}")
        failed += bool(found)
    return 1 if failed else 0


def agree(first: Path, second: Path) -> None:
    counts = ("articles", "expressions_first", "expressions_second", "matched")
    for name, value in agreement(read_gold(first), read_gold(second)).items():
        print(f"{name:24} {int(value)}" if name in counts else f"{name:24} {value:.3f}")


def install(paths: list[Path]) -> int:
    if check(paths):
        print("not installed: fix the problems above first")
        return 1
    folder = GOLD / "annotation"
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copyfile(path, folder / path.name)
    shutil.copyfile(paths[0], GOLD / GOLD_FILE)
    print(f"{GOLD / GOLD_FILE} = {paths[0].name}; annotation files in {folder}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate annotation files").add_argument("files", nargs="+")
    a = sub.add_parser("agree", help="agreement of two annotation files")
    a.add_argument("first")
    a.add_argument("second")
    sub.add_parser("gold", help="install annotation files as the gold").add_argument(
        "files", nargs="+"
    )
    args = parser.parse_args()
    if args.command == "check":
        return check([Path(f) for f in args.files])
    if args.command == "agree":
        agree(Path(args.first), Path(args.second))
        return 0
    return install([Path(f) for f in args.files])


if __name__ == "__main__":
    sys.exit(main())
