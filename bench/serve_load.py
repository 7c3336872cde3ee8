"""Latency of `dyad serve` under concurrent clients (not a test; results in
bench/serve_results.md).

Starts ``dyad serve`` on a database in a subprocess (uvicorn, a real socket), then runs
CLIENTS concurrent clients on this machine, each sending its next request as soon as the
last one is answered, for SECONDS seconds, and prints the median, 95th and 99th percentile
latency of three kinds of request: the pair list (``/api/dyads``), a pair's timeline
(``/api/dyads/A/B/timeline``) and event pages (``/api/events``).

Each client walks a list of URLs, a mix of the filters and pages a dashboard asks for
(``--urls mix``, 62 distinct URLs), or with ``--urls cold`` a fresh random ``offset`` or
date range on every request, so that no answer is ever asked for twice. Make the database
with ``bench/serve_bench.py --events 100000 --db FILE --keep``.

Usage:
    python bench/serve_load.py --db FILE                    # 50 clients, 20 s, mix
    python bench/serve_load.py --db FILE --urls cold --runs 3
    python bench/serve_load.py --db FILE --ingest DIR       # with `dyad ingest DIR` running
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

BIG = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "TUR", "IRN"]
PAIRS = [(a, b) for i, a in enumerate(BIG) for b in BIG[i + 1 : i + 4]]
SERVER = "from dyad.cli import main; main()"


def mix_urls() -> list[tuple[str, str]]:
    """(kind, URL): what dashboards ask for, each URL asked for again and again."""
    urls = [("dyads", "/api/dyads"), ("dyads", "/api/dyads?sort=goldstein")]
    urls += [("dyads", f"/api/dyads?country={c}") for c in BIG]
    urls += [("timeline", f"/api/dyads/{a}/{b}/timeline") for a, b in PAIRS[:20]]
    urls += [("events", "/api/events"), ("events", "/api/events?quad=4")]
    urls += [("events", f"/api/events?offset={50 * k}") for k in range(1, 6)]
    urls += [("events", f"/api/events?pair={a},{b}") for a, b in PAIRS[:13]]
    urls += [("events", f"/api/events?actor={c}") for c in BIG]
    return urls


def cold_url(rng: random.Random, i: int) -> tuple[str, str]:
    """A URL never asked for before: a random page or period."""
    kind = ("dyads", "timeline", "events")[i % 3]
    if kind == "dyads":
        return kind, f"/api/dyads?country={rng.choice(BIG)}&offset={rng.randrange(0, 50)}"
    if kind == "timeline":
        a, b = rng.choice(PAIRS)
        year = rng.randrange(2015, 2025)
        last = f"{year}-{rng.randrange(1, 13):02d}-28"
        return kind, f"/api/dyads/{a}/{b}/timeline?from={year}-01-01&to={last}"
    return kind, f"/api/events?offset={rng.randrange(0, 90000)}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/dyads?limit=1").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("dyad serve did not start")


class Connection:
    """One keep-alive HTTP/1.1 connection, reading answers by their Content-Length: a
    client that costs far less CPU per request than httpx, so that on a 2-core machine the
    load client takes less of the CPU the server needs."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, url: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(
            f"GET {url} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
        if "content-length" not in headers:
            raise SystemExit(f"{url}: no Content-Length (chunked answers are not read)")
        return status, await self.reader.readexactly(int(headers["content-length"]))


async def load(
    port: int, clients: int, seconds: float, urls: str, until: subprocess.Popen[bytes] | None
) -> dict[str, list[float]]:
    """Latencies (ms) per kind of request, for ``seconds`` or until the process ``until``
    ends; any answer but 200 stops the run."""
    times: dict[str, list[float]] = {"dyads": [], "timeline": [], "events": []}
    fixed = mix_urls()
    stop = time.monotonic() + seconds

    def going() -> bool:
        return until.poll() is None if until is not None else time.monotonic() < stop

    async def one(n: int) -> None:
        rng = random.Random(n)
        i = rng.randrange(len(fixed))
        connection = Connection(port)
        while going():
            kind, url = fixed[i % len(fixed)] if urls == "mix" else cold_url(rng, i)
            i += 1
            started = time.perf_counter()
            status, body = await connection.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            if status != 200:
                raise SystemExit(f"{url}: HTTP {status} {body[:200]!r}")
            times[kind].append(elapsed)
        if connection.writer is not None:
            connection.writer.close()

    await asyncio.gather(*(one(n) for n in range(clients)))
    return times


def warm_up(port: int) -> float:
    """Ask for each URL of the mix once, as the first visitors of a dashboard would;
    returns the seconds it took."""
    started = time.perf_counter()
    for _, url in mix_urls():
        assert httpx.get(f"http://127.0.0.1:{port}{url}", timeout=120).status_code == 200
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def start_ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", SERVER, "ingest", str(source), "--db", str(db), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def cpu_seconds(pid: int | None = None) -> float:
    """User and system CPU seconds of a process (Linux's /proc), this one by default."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--urls", choices=["mix", "cold"], default="mix")
    parser.add_argument("--no-warm-up", action="store_true", help="time the mix from a cold start")
    parser.add_argument(
        "--ingest",
        type=Path,
        default=None,
        help="run `dyad ingest DIR` into a copy of the database meanwhile, and load the "
        "server until it ends (--seconds is then ignored)",
    )
    args = parser.parse_args()
    db = args.db
    if args.ingest is not None:  # the generated database is not touched: a copy is written
        folder = tempfile.mkdtemp(prefix="dyad-load-")
        db = Path(folder) / db.name
        db.write_bytes(args.db.read_bytes())
    port = free_port()
    server = start_server(db, port)
    print(f"{args.clients} clients, {args.seconds:.0f} s, urls={args.urls}, db={args.db.name}")
    if args.urls == "mix" and not args.no_warm_up:
        print(f"warm-up: each of the {len(mix_urls())} URLs once, {warm_up(port):.1f} s")
    print("| run | load avg before | kind | requests | p50 ms | p95 ms | p99 ms |")
    print("|---|---:|---|---:|---:|---:|---:|")
    cpu = []
    try:
        for run in range(1, args.runs + 1):
            before = os.getloadavg()[0]
            ingest = start_ingest(args.ingest, db) if args.ingest is not None else None
            server_cpu, client_cpu = cpu_seconds(server.pid), cpu_seconds()
            started = time.monotonic()
            times = asyncio.run(load(port, args.clients, args.seconds, args.urls, ingest))
            seconds = time.monotonic() - started
            n = sum(len(v) for v in times.values())
            cpu.append(
                f"run {run}: {n / seconds:.0f} requests/s; CPU ms per request: server "
                f"{(cpu_seconds(server.pid) - server_cpu) * 1000 / n:.1f}, "
                f"load client {(cpu_seconds() - client_cpu) * 1000 / n:.1f}"
            )
            for kind, values in times.items():
                print(
                    f"| {run} | {before:.2f} | {kind} | {len(values)} | "
                    f"{statistics.median(values):.0f} | {percentile(values, 0.95):.0f} | "
                    f"{percentile(values, 0.99):.0f} |"
                )
            if ingest is not None:
                _, err = ingest.communicate()
                print(
                    f"ingest: exit {ingest.returncode} after {seconds:.1f} s: {err.decode()[-300:]}"
                )
        print("\n" + "\n".join(cpu))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
