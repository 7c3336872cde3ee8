"""Build and check dyad's PLOVER news-event corpus (data/events/, issue #20).

    python scripts/events_corpus.py build [--wikinews DIR]   # articles, sentences, splits, batches
    python scripts/events_corpus.py check FILE...             # validate annotation files
    python scripts/events_corpus.py agree A B                 # agreement of two annotations
    python scripts/events_corpus.py gold                      # adjudicated gold.jsonl

``build`` reads the Wikinews sample (CC BY 2.5) in ``../shared/data/news/wikinews_2019_2020``,
keeps every article of at most MAX_BODY_SENTENCES body sentences (the longer ones are mostly
interviews of hundreds of sentences), splits its body into sentences with dyad's own parser
(on the cleaned text, offsets mapped back to the raw text) and its title into one more, and
assigns each article to train, dev or test by a hash of its URL. Its output is frozen once
written: re-running it must reproduce the committed files byte for byte (``--verify``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyad.eval.newsevents import (  # noqa: E402
    CORPUS,
    GOLD_FILE,
    agreement,
    build_gold,
    load_articles,
    load_sentences,
    read_annotations,
    resolve_annotation,
    validate_annotations,
)

MAX_BODY_SENTENCES = 25
# The extension (added after the first ten batches were annotated and the splits frozen):
# longer articles chosen by their titles as news of politics and conflict, not interviews,
# science or sport. They all go to train, so that dev and test stay exactly as they were.
EXTENSION_TITLES = (
    "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod",
    "U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns",
    "US President Trump announces troop withdrawal from Syria",
    "Greek prime minister reaffirms EastMed pipeline project is open for other countries to join",
    "Longtime leader of Zimbabwe Robert Mugabe dies aged 95",
    "United States military kills Qasem Soleimani",
    "Samoan government ends state of emergency over measles outbreak",
    "On the campaign trail in the USA, May 2020",
    "On the campaign trail in the USA, June 2020",
    "On the campaign trail in the USA, July 2020",
    "On the campaign trail in the USA, August 2020",
    "On the campaign trail in the USA, September 2020",
    "On the campaign trail in the USA, October 2020",
)
EXTENSION_BATCHES = 5
# Shares of articles by split; the bundled examples (examples/wikinews-2019-2020.jsonl),
# which earlier work read while tuning rules, always go to train.
TEST_SHARE = 0.25
DEV_SHARE = 0.20
SPLIT_SALT = "dyad-events-corpus-split-v1"
BATCHES = 10
# Articles annotated a second time, independently: the first ones in hash order until this
# many sentences are covered, drawn from every split.
DOUBLE_SENTENCES = 320

LICENCE = (
    "Article texts: English Wikinews (https://en.wikinews.org), (c) their Wikinews "
    "contributors, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/), from the "
    "Wikinews sample in ../shared/data/news/wikinews_2019_2020; unchanged but for JSON "
    "packaging. Sentence offsets, splits and annotations: the dyad team, CC BY 2.5."
)


def _header(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "header": {
            "kind": kind,
            "schema": "data/events/README.md",
            "licence": LICENCE,
            "built_by": "scripts/events_corpus.py build",
            **extra,
        }
    }


def _rows(wikinews: Path) -> Iterator[dict[str, str]]:
    csv.field_size_limit(10**8)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (wikinews / name).open(encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f)


def _url(raw: str) -> str:
    return raw.replace("wikinews.org//wiki/", "wikinews.org/wiki/")


def _article_id(url: str) -> str:
    return "wn-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]


def _split_key(url: str) -> str:
    return hashlib.sha256(f"{SPLIT_SALT}:{url}".encode()).hexdigest()


def _example_urls() -> set[str]:
    path = ROOT / "examples" / "wikinews-2019-2020.jsonl"
    from urllib.parse import unquote

    return {unquote(json.loads(line)["url"]) for line in path.read_text("utf-8").splitlines()}


def _body_sentences(nlp: Any, text: str) -> list[tuple[int, int]]:
    """Raw-text (start, end) of each body sentence, as dyad's parser splits the cleaned text."""
    from dyad.nlp.cleanup import clean_text, raw_offsets
    from dyad.nlp.sentences import layout

    clean = clean_text(text)
    doc = nlp(clean)
    to_raw = raw_offsets(text, clean)
    spans = []
    for sent in layout(doc).sentences:
        span = sent.text.strip()
        if not span:
            continue
        start = to_raw[sent.start_char]
        end = to_raw[sent.end_char - 1] + 1
        # whitespace the cleanup dropped inside the span stays; trim the edges only
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def build(wikinews: Path, out: Path) -> None:
    from urllib.parse import unquote

    from dyad.pipeline import build_spacy

    nlp = build_spacy()
    examples = _example_urls()
    articles: list[dict[str, Any]] = []
    sentences: list[dict[str, Any]] = []
    extension: list[dict[str, Any]] = []
    for row in _rows(wikinews):
        url = _url(row["url"])
        spans = _body_sentences(nlp, row["text"])
        extended = row["title"].strip() in EXTENSION_TITLES
        if len(spans) > MAX_BODY_SENTENCES and not extended:
            continue
        aid = _article_id(url)
        title = row["title"].strip()
        (extension if extended else articles).append(
            {
                "id": aid,
                "url": url,
                "date": row["date"],
                "title": title,
                "text": row["text"],
                "example": unquote(url) in examples,
            }
        )
        sentences.append(
            {"sid": f"{aid}:0", "article": aid, "part": "title", "start": 0, "end": len(title)}
        )
        for k, (start, end) in enumerate(spans, start=1):
            sentences.append(
                {"sid": f"{aid}:{k}", "article": aid, "part": "body", "start": start, "end": end}
            )
    _assign_splits(articles)
    for a in extension:
        a["split"] = "train"
    first = list(articles)
    articles += extension
    by_id = {a["id"]: a for a in articles}
    for s in sentences:
        a = by_id[s["article"]]
        source = a["title"] if s["part"] == "title" else a["text"]
        s["text"] = source[s["start"] : s["end"]]
        s["split"] = a["split"]
    out.mkdir(parents=True, exist_ok=True)
    counts = {
        split: sum(1 for s in sentences if s["split"] == split)
        for split in ("train", "dev", "test")
    }
    _write_jsonl(out / "articles.jsonl", [_header("articles", count=len(articles)), *articles])
    _write_jsonl(
        out / "sentences.jsonl",
        [_header("sentences", count=len(sentences), by_split=counts), *sentences],
    )
    _write_batches(out / "annotation" / "batches", first, sentences)
    _write_extension_batches(out / "annotation" / "batches", extension, sentences)
    print(f"{len(articles)} articles, {len(sentences)} sentences, by split {counts}")


def _assign_splits(articles: list[dict[str, Any]]) -> None:
    ranked = sorted((a for a in articles if not a["example"]), key=lambda a: _split_key(a["url"]))
    n_test = round(TEST_SHARE * len(articles))
    n_dev = round(DEV_SHARE * len(articles))
    for i, a in enumerate(ranked):
        a["split"] = "test" if i < n_test else "dev" if i < n_test + n_dev else "train"
    for a in articles:
        if a["example"]:
            a["split"] = "train"


def _write_batches(
    folder: Path, articles: list[dict[str, Any]], sentences: list[dict[str, Any]]
) -> None:
    """Batches of whole articles for annotators, every split in every batch, plus batch D:
    articles annotated a second time, independently."""
    folder.mkdir(parents=True, exist_ok=True)
    by_article = _by_article(sentences)
    order = sorted(articles, key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
    batches = _even_batches(order, by_article, BATCHES)
    double: list[dict[str, Any]] = []
    covered = 0
    for a in order[::-1]:
        if covered >= DOUBLE_SENTENCES:
            break
        double.append(a)
        covered += len(by_article[a["id"]])
    for name, chosen in [*((f"{i + 1:02d}", b) for i, b in enumerate(batches)), ("D", double)]:
        _write_batch(folder, name, chosen, by_article)


def _by_article(sentences: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    by_article: dict[str, list[dict[str, Any]]] = {}
    for s in sentences:
        by_article.setdefault(s["article"], []).append(s)
    return by_article


def _even_batches(
    order: list[dict[str, Any]], by_article: dict[str, list[dict[str, Any]]], n: int
) -> list[list[dict[str, Any]]]:
    """``n`` batches of whole articles: each article, in ``order``, to the batch with the
    fewest sentences so far."""
    batches: list[list[dict[str, Any]]] = [[] for _ in range(n)]
    sizes = [0] * n
    for a in order:
        i = sizes.index(min(sizes))
        batches[i].append(a)
        sizes[i] += len(by_article[a["id"]])
    return batches


def _write_batch(
    folder: Path,
    name: str,
    chosen: list[dict[str, Any]],
    by_article: dict[str, list[dict[str, Any]]],
) -> None:
    lines = [
        f"# Annotation batch {name}: {len(chosen)} articles, "
        f"{sum(len(by_article[a['id']]) for a in chosen)} sentences.",
        "# Annotate every sentence id below following docs/annotation.md; one JSON line per",
        "# sentence id in data/events/annotation/<annotator>/batch-" + name + ".jsonl.",
        "",
    ]
    for a in sorted(chosen, key=lambda a: a["id"]):
        lines.append(f"## ARTICLE {a['id']}  date {a['date']}")
        for s in by_article[a["id"]]:
            label = "TITLE" if s["part"] == "title" else ""
            lines.append(f"[{s['sid']}]{' ' + label if label else ''} {_one_line(s['text'])}")
        lines.append("")
    (folder / f"batch-{name}.txt").write_text("\n".join(lines), encoding="utf-8")


def _write_extension_batches(
    folder: Path, articles: list[dict[str, Any]], sentences: list[dict[str, Any]]
) -> None:
    """Batches E1 ... of the extension's articles, whole articles, longest first."""
    by_article = _by_article(sentences)
    order = sorted(articles, key=lambda a: -len(by_article[a["id"]]))
    for i, chosen in enumerate(_even_batches(order, by_article, EXTENSION_BATCHES), start=1):
        _write_batch(folder, f"E{i}", chosen, by_article)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def batch_sentences(name: str) -> set[str]:
    """The sentence ids of annotation batch ``name`` (``01`` ... ``10``, ``D``)."""
    text = (CORPUS / "annotation" / "batches" / f"batch-{name}.txt").read_text("utf-8")
    return {line[1 : line.index("]")] for line in text.splitlines() if line.startswith("[wn-")}


def check(paths: list[Path]) -> int:
    """Validate annotation files; a file named ``batch-NN.jsonl`` must cover batch NN."""
    sentences = {s["sid"]: s for s in load_sentences(CORPUS)}
    articles = {a["id"]: a for a in load_articles(CORPUS)}
    bad = 0
    for path in paths:
        records = read_annotations(path)
        name = path.stem.removeprefix("batch-")
        expected = batch_sentences(name) if path.stem.startswith("batch-") else None
        problems = validate_annotations(records, sentences, articles, expected)
        for p in problems:
            print(f"{path}: {p}")
        bad += len(problems)
        events = sum(len(r.get("events", [])) for r in records)
        print(f"{path}: {len(records)} sentences, {events} events, {len(problems)} problems")
    return 1 if bad else 0


ANNOTATION = CORPUS / "annotation"
ADJUDICATED = ANNOTATION / "adjudicated.jsonl"
"""Batch D's sentences as adjudicated (docs/annotation.md, section 12)."""
FIRST_PASS = [f"{i:02d}" for i in range(1, BATCHES + 1)] + [
    f"E{i}" for i in range(1, EXTENSION_BATCHES + 1)
]


def _first_pass_files() -> list[Path]:
    """One annotation file per batch 01-10 (the first annotator's)."""
    return sorted(p for name in FIRST_PASS for p in ANNOTATION.glob(f"*/batch-{name}.jsonl"))


def gold() -> None:
    """data/events/gold.jsonl from the first-pass annotations and the adjudicated batch D."""
    sentences = {s["sid"]: s for s in load_sentences(CORPUS)}
    annotations = [read_annotations(p) for p in _first_pass_files()]
    adjudicated = read_annotations(ADJUDICATED) if ADJUDICATED.exists() else []
    records = build_gold(annotations, adjudicated, sentences)
    counts = {
        split: sum(1 for r in records if r["split"] == split) for split in ("train", "dev", "test")
    }
    events = sum(len(r["events"]) for r in records)
    header = _header(
        "gold",
        sentences=len(records),
        events=events,
        by_split=counts,
        sources=[str(p.relative_to(CORPUS)) for p in _first_pass_files()]
        + ([str(ADJUDICATED.relative_to(CORPUS))] if adjudicated else []),
        built_by="scripts/events_corpus.py gold",
    )
    _write_jsonl(CORPUS / GOLD_FILE, [header, *records])
    print(f"{len(records)} sentences ({counts}), {events} events -> {CORPUS / GOLD_FILE}")


def _resolved(path: Path, sentences: dict[str, dict[str, Any]]) -> dict[str, list[Any]]:
    return {
        r["sid"]: [resolve_annotation(sentences[r["sid"]], e) for e in r["events"]]
        for r in read_annotations(path)
    }


def agree(first: Path, second: Path) -> None:
    """Agreement of two annotation files over the sentences both cover."""
    sentences = {s["sid"]: s for s in load_sentences(CORPUS)}
    a = _resolved(first, sentences)
    b = _resolved(second, sentences)
    for name, value in agreement(a, b).items():
        print(f"{name:24} {value:.3f}" if value < 10 else f"{name:24} {value:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="articles, sentences, splits and annotation batches")
    b.add_argument("--wikinews", default=str(ROOT.parent / "shared/data/news/wikinews_2019_2020"))
    b.add_argument("--out", default=str(CORPUS))
    c = sub.add_parser("check", help="validate annotation files")
    c.add_argument("files", nargs="+")
    a = sub.add_parser("agree", help="agreement of two annotation files")
    a.add_argument("first")
    a.add_argument("second")
    sub.add_parser("gold", help="write gold.jsonl from the annotations")
    args = parser.parse_args()
    if args.command == "build":
        build(Path(args.wikinews), Path(args.out))
    elif args.command == "check":
        sys.exit(check([Path(p) for p in args.files]))
    elif args.command == "agree":
        agree(Path(args.first), Path(args.second))
    elif args.command == "gold":
        gold()


if __name__ == "__main__":
    main()
