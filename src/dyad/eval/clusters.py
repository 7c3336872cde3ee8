"""Suite ``clusters``: are the mentions dyad groups into one event cluster one real-world event?

The check set (``data/clusters/gold.tsv``, docs/clusters.md) holds the events dyad codes in
the Wikinews (CC BY 2.5) and Guardian samples of ``../shared/data/news``, gathered into sets
by a rule independent of dyad's grouping (one type, a shared pair of parties, dated within a
week, chained), each mention labelled by reading: mentions of a set with one label report one
real-world event; ``-`` marks a mention that reports no single event (left out).

The suite codes both corpora as ``dyad ingest`` does, stores them in a temporary database
(`dyad.store.database.Store`, so clusters are made as an ingest makes them) and scores, per
half of the check set (``fit``: the window and overlap of `dyad.store.clusters` were chosen
on it; ``held``: never used to choose):

- ``cluster_precision``: of dyad's clusters holding two or more labelled mentions of a set,
  the share whose mentions all have one label;
- ``strict_cluster_precision``: the same, a ``-`` mention counting as a mention of an event
  of its own (a cluster holding one is wrong);
- ``pair_precision``: of the pairs of labelled mentions dyad puts in one cluster, the share
  with one label;
- ``recall``: of the pairs of mentions with one label, the share dyad puts in one cluster.

It also prints how many events collapse (events, clusters; and those the pair aggregates
count) per corpus, and the grid of windows and overlaps the shipped pair was chosen from.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dyad.eval.base import Case, Coder, SuiteResult, require
from dyad.eval.metrics import prf
from dyad.ingest.ids import article_id, source_domain
from dyad.records import Article, CodedArticle
from dyad.store import clusters
from dyad.store.database import Connection, Store, connect

GOLD_FILE = Path(__file__).resolve().parents[3] / "data" / "clusters" / "gold.tsv"
"""The check set in a source checkout of dyad (data of the repository, not the package)."""
WIKINEWS = (
    "news/wikinews_2019_2020/wikinews_2019.csv",
    "news/wikinews_2019_2020/wikinews_2020.csv",
)
GUARDIAN = "news/guardian_sdf_sample/Guardian_SDF_sample.csv"
HALVES = ("fit", "held")
WINDOWS = (0, 1, 2, 3, 5, 7)
OVERLAPS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
"""The grid the shipped window and overlap were chosen from, on the fit half: the highest
recall among the settings whose cluster precision is 0.90 or more; ties to the smaller
window, then the larger overlap."""
BATCH = 64  # as `dyad ingest` writes
NOT_AN_EVENT = "-"

Key = tuple[str, str, int, int, str]
"""A mention: (article id, part, start, end, PLOVER type)."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    set: str
    half: str
    corpus: str
    key: Key
    label: str
    sentence: str


def files(data: Path) -> list[Path]:
    return [require(GOLD_FILE), *(require(data / f) for f in (*WIKINEWS, GUARDIAN))]


def load_gold(path: Path = GOLD_FILE) -> list[GoldMention]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = csv.DictReader(
        (line for line in lines if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    out = []
    for r in rows:
        aid = (
            article_id(r["article"], "")
            if r["corpus"] == "wikinews"
            else f"guardian-{r['article']}"
        )
        key = (aid, r["part"], int(r["start"]), int(r["end"]), r["event"])
        out.append(GoldMention(r["set"], r["half"], r["corpus"], key, r["label"], r["sentence"]))
    return out


def _csv_rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def corpus_articles(data: Path) -> dict[str, list[Article]]:
    """The two corpora as dyad reads them: Wikinews by URL (its id is the URL's, as `dyad
    ingest` gives it), the Guardian sample by row (id ``guardian-ROW``, no URL)."""
    wikinews = []
    for name in WIKINEWS:
        for r in _csv_rows(data / name):
            url = r["url"].replace("wikinews.org//wiki/", "wikinews.org/wiki/")
            date = dt.date.fromisoformat(r["date"])
            wikinews.append(
                Article(
                    article_id(url, r["text"]), r["text"], url, date, r["title"], source_domain(url)
                )
            )
    guardian = [
        Article(
            f"guardian-{r['']}",
            r["text"],
            None,
            dt.date.fromisoformat(r["date"]),
            None,
            "theguardian.com",
        )
        for r in _csv_rows(data / GUARDIAN)
    ]
    return {"wikinews": wikinews, "guardian": guardian}


def cluster_of(con: Connection) -> dict[Key, str]:
    """Each stored event's cluster, by the event's article, part, offsets and type."""
    rows = con.execute(
        """
        SELECT e.article_id, e.part, e.start, e."end", e.event, c.cluster_id
        FROM events e JOIN event_clusters c ON c.event_id = e.id
        """
    ).fetchall()
    return {(a, p or "text", s, n, t): c for a, p, s, n, t, c in rows}


def score(gold: Sequence[GoldMention], assigned: dict[Key, str]) -> dict[str, float]:
    """Cluster and pair precision and pair recall of ``assigned`` (mention -> cluster) on
    ``gold``; mentions dyad no longer codes are left out. Also the counts scored."""
    found = [g for g in gold if g.key in assigned]
    by_cluster: dict[tuple[str, str], list[GoldMention]] = defaultdict(list)
    for g in found:
        by_cluster[(assigned[g.key], g.set)].append(g)
    scored = correct = strict_scored = strict_correct = 0
    for members in by_cluster.values():
        labelled = [g.label for g in members if g.label != NOT_AN_EVENT]
        if len(labelled) >= 2:
            scored += 1
            correct += len(set(labelled)) == 1
        if len(members) >= 2:
            strict_scored += 1
            strict_correct += len(set(labelled)) == 1 and len(labelled) == len(members)
    merged = same = merged_same = 0
    by_set: dict[str, list[GoldMention]] = defaultdict(list)
    for g in found:
        if g.label != NOT_AN_EVENT:
            by_set[g.set].append(g)
    for members in by_set.values():
        for a, b in itertools.combinations(members, 2):
            together = assigned[a.key] == assigned[b.key]
            merged += together
            same += a.label == b.label
            merged_same += together and a.label == b.label
    pairs = prf(merged_same, merged, merged_same, same)
    return {
        "cluster_precision": correct / scored if scored else 0.0,
        "strict_cluster_precision": strict_correct / strict_scored if strict_scored else 0.0,
        "pair_precision": pairs.precision,
        "recall": pairs.recall,
        "clusters_scored": scored,
        "pairs_merged": merged,
        "pairs_same": same,
        "missing": len(gold) - len(found),
    }


def _store(coded: Iterable[CodedArticle], db: Path) -> None:
    items = list(coded)
    with Store(db) as store:
        for i in range(0, len(items), BATCH):
            store.write(items[i : i + BATCH])


def collapse(con: Connection, prefix: str) -> list[str]:
    """Events and clusters of the articles whose id starts with ``prefix`` ('' for all), and
    of those the pair aggregates count (``event_dyads``)."""
    like = prefix + "%"
    events, groups, multi = con.execute(
        "SELECT count(*), count(DISTINCT cluster_id), "
        "count(DISTINCT cluster_id) FILTER (WHERE cluster_id <> event_id) "
        "FROM event_clusters WHERE article_id LIKE ?",
        [like],
    ).fetchone() or (0, 0, 0)
    counted, counted_groups = con.execute(
        "SELECT count(DISTINCT d.event_id), count(DISTINCT c.cluster_id) FROM event_dyads d "
        "JOIN event_clusters c ON c.event_id = d.event_id WHERE d.article_id LIKE ?",
        [like],
    ).fetchone() or (0, 0)
    return [str(events), str(groups), str(multi), str(counted), str(counted_groups)]


def run(data: Path, coder: Coder) -> SuiteResult:
    gold = load_gold()
    corpora = corpus_articles(data)
    result = SuiteResult("clusters", {}, len(gold))
    with tempfile.TemporaryDirectory(prefix="dyad-clusters-") as tmp:
        db = Path(tmp) / "clusters.duckdb"
        _store(coder.code_articles([a for arts in corpora.values() for a in arts]), db)
        con = connect(db)
        try:
            shipped = cluster_of(con)
            collapsed = [
                [
                    "corpus",
                    "events",
                    "clusters",
                    "of which 2+ mentions",
                    "pair events",
                    "pair clusters",
                ],
                ["wikinews", *collapse(con, "")],
                ["guardian", *collapse(con, "guardian-")],
            ]
            # '' counts both corpora: subtract the Guardian's for Wikinews' own
            collapsed[1][1:] = [
                str(int(a) - int(b))
                for a, b in zip(collapsed[1][1:], collapsed[2][1:], strict=True)
            ]
            grid = [["window", "overlap", *(f"{h} {m}" for h in HALVES for m in ("P", "R"))]]
            for window, overlap in itertools.product(WINDOWS, OVERLAPS):
                clusters.cluster_all(con, window=window, min_overlap=overlap)
                assigned = cluster_of(con)
                row = [str(window), f"{overlap:.1f}"]
                for half in HALVES:
                    s = score([g for g in gold if g.half == half], assigned)
                    row += [f"{s['cluster_precision']:.3f}", f"{s['recall']:.3f}"]
                grid.append(row)
        finally:
            con.close()
    for half in HALVES:
        scores = score([g for g in gold if g.half == half], shipped)
        for name in ("cluster_precision", "strict_cluster_precision", "pair_precision", "recall"):
            result.metrics[f"{half}_{name}"] = scores[name]
        result.notes.append(
            f"{half}: {scores['clusters_scored']:.0f} clusters scored, "
            f"{scores['pairs_merged']:.0f} pairs merged, {scores['pairs_same']:.0f} pairs of "
            f"one event, {scores['missing']:.0f} gold mentions not coded now"
        )
    result.cases = _cases(gold, shipped)
    result.tables[
        f"events and clusters (window {clusters.WINDOW}, overlap {clusters.MIN_OVERLAP})"
    ] = collapsed
    result.tables["cluster precision (P) and recall (R) by window and overlap"] = grid
    return result


def _cases(gold: Sequence[GoldMention], assigned: dict[Key, str]) -> list[Case]:
    """Pairs merged that are two events, and pairs of one event left apart."""
    out = []
    by_set: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        if g.key in assigned and g.label != NOT_AN_EVENT:
            by_set[g.set].append(g)
    for name, members in sorted(by_set.items()):
        for a, b in itertools.combinations(members, 2):
            together = assigned[a.key] == assigned[b.key]
            if together == (a.label == b.label):
                continue
            text = f"{a.sentence or a.key} || {b.sentence or b.key}"
            gold_says = "one event" if a.label == b.label else "two events"
            got = "one cluster" if together else "two clusters"
            out.append(Case(f"{name} {a.half}", text, gold_says, got))
    return out
