"""Build and check dyad's news-actor corpus (data/news-actors/, issue #24).

    python scripts/news_actors_corpus.py build [--wikinews DIR]   # articles.jsonl, splits
    python scripts/news_actors_corpus.py show ARTICLE               # an article, for reading
    python scripts/news_actors_corpus.py find ARTICLE TEXT          # each occurrence's `at`
    python scripts/news_actors_corpus.py check FILE...             # validate annotation files
    python scripts/news_actors_corpus.py agree A B                 # agreement of two annotations
    python scripts/news_actors_corpus.py gold                      # adjudicated gold.jsonl

``build`` takes the Wikinews articles (CC BY 2.5) named in TITLES from
``../shared/data/news/wikinews_2019_2020``: news with people, governments and organisations
in them, none of them in the news-event corpus (data/events/), so that tuning actor rules
on this corpus's dev half never reads an article the event scores are reported on. Each
article goes to dev or test by a hash of its URL; the bundled examples, which earlier work
read, always go to dev. Its output is frozen: re-running must reproduce the committed file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyad.eval.newsactors import (  # noqa: E402
    ARTICLES_FILE,
    GOLD_FILE,
    agreement,
    build_gold,
    load_articles,
    occurrences,
    read_annotation,
    validate,
)

TITLES = (
    "President Trump says he 'can' and 'may' put US into state of emergency to build border wall",
    "Arrest made as mayor of Gdańsk, Poland stabbed on stage",
    "Former U.S. intelligence agent Tony Mendez, architect of 'Argo' rescue, dies at 78",
    "Paris court jails two police in high-profile rape case",
    "SpaceX Crew Dragon capsule docks with International Space Station",
    "Thousands march in anti-Brexit protest, London",
    "Turkey's President Erdogan proposes converting Hagia Sophia Museum to mosque",
    "Pope Francis instructs reporting of sexual abuse to higher church authorities",
    "World leaders call to address Amazon rainforest fires at G7",
    "UK Supreme Court rules prorogation of parliament unlawful",
    "Fiancée of murdered Saudi journalist demands justice at UN General Assembly",
    "Brother of murdered Pakistani social media star sentenced to life",
    "U.S. judge orders release of President Trump's tax records, appeals court issues delay",
    "UK urges US to waive immunity for diplomat's wife involved in fatal collision",
    "US Representative Elijah Cummings dies at age 68",
    "Hungarian state-owned enterprise acquires Hirtenberger Defence Group",
    "Samoan government temporarily shuts down for nationwide measles vaccination drive",
    "Police shoot man dead after 'terrorist-related' knife attack in London",
    "US President Trump grants eleven people clemency",
    "Bloomberg, Warren end US presidential campaigns following Super Tuesday",
    "British supermarket chain Tesco to sell its Polish branch to Salling Group A/S",
    "Former President of India Pranab Mukherjee dies aged 84",
)
SPLIT_SALT = "dyad-news-actors-split-v1"
LICENCE = (
    "Article texts: English Wikinews (https://en.wikinews.org), (c) their Wikinews "
    "contributors, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/), from the "
    "Wikinews sample in ../shared/data/news/wikinews_2019_2020; unchanged but for JSON "
    "packaging. Splits and annotations: the dyad team, CC BY 2.5."
)


def _rows(wikinews: Path) -> Iterator[dict[str, str]]:
    csv.field_size_limit(10**8)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (wikinews / name).open(encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f)


def _examples() -> set[str]:
    path = ROOT / "examples" / "wikinews-2019-2020.jsonl"
    return {json.loads(line)["title"].strip() for line in path.read_text("utf-8").splitlines()}


def build(wikinews: Path) -> list[dict[str, Any]]:
    wanted = set(TITLES)
    examples = _examples()
    articles = []
    for row in _rows(wikinews):
        title = row["title"].strip()
        if title not in wanted:
            continue
        url = row["url"].replace("wikinews.org//wiki/", "wikinews.org/wiki/")
        articles.append(
            {
                "id": "wn-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:10],
                "url": url,
                "date": row["date"][:10],
                "title": title,
                "text": row["text"],
                "example": title in examples,
            }
        )
    missing = wanted - {a["title"] for a in articles}
    if missing:
        raise SystemExit(f"articles not in {wikinews}: {sorted(missing)}")
    # Half of the articles go to test, chosen by hash among those no earlier work read.
    unread = sorted(
        (a for a in articles if not a["example"]),
        key=lambda a: hashlib.sha256(f"{SPLIT_SALT}:{a['url']}".encode()).hexdigest(),
    )
    test = {a["id"] for a in unread[: len(articles) // 2]}
    for a in articles:
        a["split"] = "test" if a["id"] in test else "dev"
    articles.sort(key=lambda a: (a["date"], a["id"]))
    return articles


def write(articles: list[dict[str, Any]], path: Path) -> None:
    header = {
        "header": {
            "kind": "articles",
            "schema": "data/news-actors/README.md",
            "licence": LICENCE,
            "built_by": "scripts/news_actors_corpus.py build",
            "count": len(articles),
        }
    }
    lines = [json.dumps(r, ensure_ascii=False) for r in (header, *articles)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--wikinews", default=str(ROOT.parent / "shared/data/news/wikinews_2019_2020"))
    b.add_argument("--verify", action="store_true", help="check, do not write")
    s = sub.add_parser("show")
    s.add_argument("article")
    f = sub.add_parser("find")
    f.add_argument("article")
    f.add_argument("text")
    c = sub.add_parser("check")
    c.add_argument("files", nargs="+")
    a = sub.add_parser("agree")
    a.add_argument("first")
    a.add_argument("second")
    sub.add_parser("gold")
    args = parser.parse_args()
    if args.command == "build":
        articles = build(Path(args.wikinews))
        if args.verify:
            current = load_articles()
            sys.exit(0 if current == articles else "articles.jsonl differs from a rebuild")
        write(articles, ARTICLES_FILE)
        print(f"{len(articles)} articles -> {ARTICLES_FILE.relative_to(ROOT)}")
    elif args.command in ("show", "find"):
        article = next((a for a in load_articles() if a["id"] == args.article), None)
        if article is None:
            sys.exit(f"no article {args.article!r} in {ARTICLES_FILE.relative_to(ROOT)}")
        if args.command == "show":
            print(f"{article['id']}  {article['date']}  {article['title']}\n\n{article['text']}")
        for at, start in enumerate(occurrences(article["text"], getattr(args, "text", ""))):
            end = start + len(args.text)
            context = article["text"][max(0, start - 40) : end + 40].replace("\n", " ")
            print(f"at {at}: offset {start}: ...{context}...")
    elif args.command == "check":
        articles = {a["id"]: a for a in load_articles()}
        bad = 0
        for name in args.files:
            problems = validate(read_annotation(Path(name)), articles)
            for p in problems:
                print(f"{name}: {p}")
            bad += len(problems)
        sys.exit(1 if bad else 0)
    elif args.command == "agree":
        for key, value in agreement(Path(args.first), Path(args.second)).items():
            print(f"{key}: {value}")
    else:
        n = build_gold()
        print(f"{n} mentions -> {GOLD_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
