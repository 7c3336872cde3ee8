"""Latency of the web API on a large database (not a test; results in bench/serve_results.md).

Generates a dyad database with EVENTS events (default 1,000,000) in DuckDB SQL over
``range()``, through the real schema (``dyad.store.database.connect`` runs the migrations, so
the tables, views and indexes are exactly what ``dyad ingest`` makes), then times API requests
in process (httpx ASGITransport: the full FastAPI stack, without a socket) and prints median
and 95th-percentile latency per endpoint as a Markdown table. Each request carries a query
parameter of its own (``_=N``, which the app ignores) so that none is answered from the
server's answer cache (`dyad.serve.cache`): the figures are computing times.

The data are plausible, not real: articles of ten one-sentence events ("Officials of RUS
criticized CHN (report 12)."), 60 countries with a skewed (power-law) choice so that a few
pairs are large like real ones, 15% of events reciprocal meetings, ten years of dates, a
quote per event sentence (speaker: the event's actor) with the two country mentions inside
it, and one amount per article.

Usage:
    python bench/serve_bench.py                      # 1M events, 25 requests per endpoint
    python bench/serve_bench.py --events 100000 --db small.duckdb --keep
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import anyio
import httpx

from dyad.serve.app import create_app
from dyad.store.database import connect
from dyad.store.schema import quote_mentions_select

EVENTS_PER_ARTICLE = 10
# Ids are content hashes in dyad, so the generated ones are hashes too: sequential ids would
# let DuckDB's min/max zone maps skip data that real databases make it read.
COUNTRIES = [
    *(
        [
            "USA",
            "CHN",
            "RUS",
            "GBR",
            "FRA",
            "DEU",
            "IND",
            "JPN",
            "TUR",
            "IRN",
            "ISR",
            "UKR",
            "PAK",
            "SAU",
            "BRA",
            "KOR",
            "PRK",
            "SYR",
            "EGY",
            "IRQ",
        ]
    ),
    *(
        [
            "AFG",
            "ITA",
            "ESP",
            "CAN",
            "AUS",
            "MEX",
            "NGA",
            "ZAF",
            "IDN",
            "VNM",
            "PHL",
            "THA",
            "GRC",
            "POL",
            "SWE",
            "NOR",
            "NLD",
            "BEL",
            "CHE",
            "AUT",
        ]
    ),
    *(
        [
            "ARE",
            "QAT",
            "JOR",
            "LBN",
            "LBY",
            "SDN",
            "ETH",
            "KEN",
            "VEN",
            "COL",
            "ARG",
            "CHL",
            "CUB",
            "BLR",
            "KAZ",
            "AZE",
            "ARM",
            "GEO",
            "SRB",
            "HUN",
        ]
    ),
]
# (PLOVER type, quad class, Goldstein, CAMEO, verb); meetings (CONSULT) are the reciprocal ones.
EVENT_TYPES = (
    ("CONSULT", 1, 1.0, "040", "met"),
    ("SUPPORT", 1, 3.4, "051", "praised"),
    ("AGREE", 1, 4.0, "057", "signed a deal with"),
    ("COOPERATE", 2, 6.0, "061", "cooperated with"),
    ("AID", 2, 7.4, "070", "sent aid to"),
    ("REQUEST", 1, 3.0, "020", "urged"),
    ("ACCUSE", 3, -2.0, "112", "criticized"),
    ("REJECT", 3, -4.0, "120", "rejected demands of"),
    ("THREATEN", 3, -6.0, "130", "threatened"),
    ("SANCTION", 4, -5.6, "163", "sanctioned"),
    ("COERCE", 4, -7.0, "170", "arrested citizens of"),
    ("ASSAULT", 4, -10.0, "190", "attacked"),
)


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def generate(path: Path, events: int) -> float:
    """Write ``events`` events with their articles, parties, quotes, mentions and amounts."""
    started = time.perf_counter()
    con = connect(path)
    countries = _sql_list(COUNTRIES)
    kinds = _sql_list([t[0] for t in EVENT_TYPES])
    quads = "[" + ", ".join(str(t[1]) for t in EVENT_TYPES) + "]"
    weights = "[" + ", ".join(str(t[2]) for t in EVENT_TYPES) + "]"
    cameos = _sql_list([t[3] for t in EVENT_TYPES])
    verbs = _sql_list([t[4] for t in EVENT_TYPES])
    n = len(COUNTRIES)
    # hash(i) gives three independent uniform draws per event, reproducibly.
    con.execute(
        f"""
        CREATE TEMP TABLE gen AS
        WITH draws AS (
            SELECT i, i // {EVENTS_PER_ARTICLE} AS art, i % {EVENTS_PER_ARTICLE} AS k,
                   (hash(i) % 1000003) / 1000003.0 AS u1,
                   (hash(i + 7919) % 1000003) / 1000003.0 AS u2,
                   (hash(i + 104729) % 1000003) / 1000003.0 AS u3
            FROM range({events}) t(i)
        ),
        coded AS (
            SELECT *, floor(pow(u1, 2.5) * {n})::INT AS ai,
                   floor(pow(u2, 2.5) * {n})::INT AS ri,
                   CASE WHEN u3 < 0.15 THEN 1 ELSE 2 + floor((u3 - 0.15) / 0.85 * 11)::INT END
                       AS ti
            FROM draws
        ),
        named AS (
            SELECT i, art, k, ti, {countries}[ai + 1] AS actor,
                   {countries}[(CASE WHEN ri = ai THEN (ri + 1) % {n} ELSE ri END) + 1]
                       AS recipient
            FROM coded
        )
        SELECT *, {kinds}[ti] AS event, {quads}[ti] AS quad_code, {weights}[ti] AS goldstein,
               {cameos}[ti] AS cameo, {verbs}[ti] AS verb, ti = 1 AS reciprocal,
               'Officials of ' || actor || ' ' || {verbs}[ti] || ' ' || recipient
                   || ' (report ' || i || '). ' AS sentence,
               DATE '2015-01-01' + (art * 3650 // {max(events // EVENTS_PER_ARTICLE, 1)})::INT
                   AS date
        FROM named
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE placed AS
        SELECT *, printf('%016x', hash(i)) AS eid, printf('%016x', hash(art + 1000000007)) AS aid,
               coalesce(sum(length(sentence)) OVER (
                   PARTITION BY art ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
               ), 0)::INT AS s_start
        FROM gen
        """
    )
    con.execute("BEGIN TRANSACTION")
    con.execute(
        """
        INSERT INTO articles (id, url, date, title, source, text, origin, model, dyad_version)
        SELECT aid, 'https://news.example/' || art, min(date),
               'Report ' || art, 'news.example', string_agg(sentence, '' ORDER BY k),
               'bench', 'bench', 'bench'
        FROM placed GROUP BY art, aid
        """
    )
    con.execute(
        """
        INSERT INTO events (id, article_id, date, date_source, event, cameo, goldstein,
                            quad_code, event_text, sentence, start, "end", sentence_start,
                            sentence_end, confidence, negated, hypothetical, rule, context)
        SELECT eid, aid, date, 'article', event, cameo,
               goldstein, quad_code, verb, k, s_start + 17, s_start + 17 + length(verb),
               s_start, s_start + length(sentence) - 1, 0.8, false, false, 'bench', []
        FROM placed
        """
    )
    con.execute(
        """
        INSERT INTO event_parties (event_id, article_id, role, idx, name, code, country,
                                   sector, text, start, "end")
        SELECT eid, aid, 'actor', 0, actor, actor || 'GOV',
               actor, 'GOV', actor, s_start + 13, s_start + 16
        FROM placed
        UNION ALL
        SELECT eid, aid,
               CASE WHEN reciprocal THEN 'actor' ELSE 'recipient' END,
               CASE WHEN reciprocal THEN 1 ELSE 0 END, recipient, recipient || 'GOV',
               recipient, 'GOV', recipient, s_start + 18 + length(verb),
               s_start + 21 + length(verb)
        FROM placed
        """
    )
    con.execute(
        """
        INSERT INTO quotes (article_id, idx, start, "end", text, kind, sentence, speaker_text,
                            speaker_name, speaker_code, speaker_country, speaker_sector,
                            statement)
        SELECT aid, k, s_start, s_start + length(sentence) - 1,
               rtrim(sentence), 'indirect', k, 'officials', NULL, actor || 'GOV', actor,
               'GOV', k
        FROM placed
        """
    )
    con.execute(
        """
        INSERT INTO mentions (article_id, idx, start, "end", text, kind, sentence, actor_name,
                              actor_code, actor_country)
        SELECT aid, 2 * k, s_start + 13, s_start + 16, actor, 'place', k,
               actor, actor, actor
        FROM placed
        UNION ALL
        SELECT aid, 2 * k + 1, s_start + 18 + length(verb),
               s_start + 21 + length(verb), recipient, 'place', k, recipient, recipient,
               recipient
        FROM placed
        """
    )
    con.execute(
        """
        INSERT INTO amounts (article_id, idx, start, "end", text, value, unit, object, kind)
        SELECT aid, 0, 0, 9, 'Officials', 1e9 * (art % 97), 'USD', 'trade',
               'money'
        FROM placed WHERE k = 0
        """
    )
    # What `Store.write` derives from an article's quotes and mentions.
    con.execute(f"INSERT INTO quote_mentions {quote_mentions_select()}")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


REQUESTS = (
    ("timeline RUS/CHN, month", "/api/dyads/RUS/CHN/timeline?interval=month"),
    ("timeline RUS/CHN, week, one year",
     "/api/dyads/RUS/CHN/timeline?interval=week&from=2020-01-01&to=2020-12-31"),
    ("timeline USA/CHN (largest pair), day", "/api/dyads/USA/CHN/timeline?interval=day"),
    ("timeline ARM/AZE (small pair), month", "/api/dyads/ARM/AZE/timeline"),
    ("events, no filter", "/api/events"),
    ("events actor=RUS recipient=CHN", "/api/events?actor=RUS&recipient=CHN"),
    ("events ASSAULT in 2020", "/api/events?event=ASSAULT&from=2020-01-01&to=2020-12-31"),
    ("events ASSAULT in 2020, limit 500 (largest page)",
     "/api/events?event=ASSAULT&from=2020-01-01&to=2020-12-31&limit=500"),
    ("events quad=4 offset=10000", "/api/events?quad=4&offset=10000"),
    ("events q= (evidence text search)", "/api/events?q=report%20123456"),
    ("quotes speaker_country=RUS mentioned=CHN", "/api/quotes?speaker_country=RUS&mentioned=CHN"),
    ("events actor=USA (a third of all events)", "/api/events?actor=USA"),
    ("dyads (all pairs, sorted)", "/api/dyads"),
    ("article (the page's events by id)", "/api/articles/{article}"),
    ("page: overview", "/"),
    ("page: pair RUS/CHN", "/dyad/RUS/CHN"),
    ("page: pair CHN/USA (largest pair)", "/dyad/CHN/USA"),
    ("page: country RUS", "/country/RUS"),
    ("page: speaker RUSGOV", "/speaker/RUSGOV"),
    ("page: map", "/map"),
)  # fmt: skip


async def measure(
    path: Path, repeats: int, warmup: int = 3
) -> tuple[float, list[tuple[str, str, float, float]]]:
    """(seconds to create the app, [(request, url, median ms, p95 ms)])."""
    started = time.perf_counter()
    app = create_app(path)
    startup = time.perf_counter() - started
    transport = httpx.ASGITransport(app=app)
    rows = []
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        newest = (await client.get("/api/events?limit=1")).json()["items"][0]
        for name, template in REQUESTS:
            url = template.format(article=newest["article_id"])
            times = []
            for i in range(warmup + repeats):
                started = time.perf_counter()
                response = await client.get(_uncached(url, i))
                elapsed = time.perf_counter() - started
                assert response.status_code == 200, (url, response.text[:300])
                if i >= warmup:
                    times.append(elapsed * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            rows.append((name, url, statistics.median(times), p95))
    app.state.live.close()
    return startup, rows


def _uncached(url: str, n: int) -> str:
    """``url`` with a parameter of its own, so that the answer cache cannot answer it."""
    return f"{url}{'&' if '?' in url else '?'}_={n}"


def machine() -> str:
    cpu = platform.processor() or "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import duckdb

    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}, {platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=25, help="timed requests per endpoint")
    parser.add_argument("--db", type=Path, default=None, help="database file (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the generated database")
    args = parser.parse_args()
    folder = None
    if args.db is None:
        folder = tempfile.TemporaryDirectory()
        args.db = Path(folder.name) / "bench.duckdb"
    if args.db.exists():
        print(f"reusing {args.db}")
    else:
        seconds = generate(args.db, args.events)
        print(f"generated {args.events:,} events in {seconds:.1f} s -> {args.db}")
    print(f"machine: {machine()}\n")
    startup, rows = anyio.run(measure, args.db, args.requests)
    print(f"app start-up (connection and lookups): {startup:.1f} s\n")
    print(f"| request ({args.requests} timed, 3 warm-up) | median ms | p95 ms |")
    print("|---|---:|---:|")
    for name, _url, median, p95 in rows:
        print(f"| {name} | {median:.1f} | {p95:.1f} |")
    if folder is not None and not args.keep:
        folder.cleanup()


if __name__ == "__main__":
    main()
