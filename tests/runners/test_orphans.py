"""Worker processes die with the process that started them, kill -9 included."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil
import pytest

from dyad.runners.lifeline import pool_initializer
from tests.conftest import WIKINEWS

model = pytest.mark.model
# Seconds a worker may outlive its parent: the watchdog polls every second.
GRACE = 5.0
# Seconds to wait for the workers to be started (each loads the spaCy model).
STARTUP = 120.0

DYAD = str(Path(sys.executable).with_name("dyad"))


def _corpus(folder: Path, copies: int) -> Path:
    """A JSONL file long enough that an ingest is still coding when it is killed."""
    lines = WIKINEWS.read_text().splitlines()
    out = folder / "news.jsonl"
    with out.open("w") as f:
        for n in range(copies):
            for line in lines:
                record = json.loads(line)
                record["text"] = f"{record['text']} (copy {n})"
                record.pop("url", None)
                f.write(json.dumps(record) + "\n")
    return out


def _wait_for_children(parent: psutil.Process, count: int) -> list[psutil.Process]:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        children = parent.children(recursive=True)
        if len(children) >= count:
            return children
        time.sleep(0.2)
    pytest.fail(f"{count} child processes did not start within {STARTUP:.0f} s")


def _survivors(processes: list[psutil.Process]) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=GRACE)
    return alive


def _kill_after_start(command: list[str], children: int, settle: float) -> list[psutil.Process]:
    """Start ``command``, wait for its children and ``settle`` seconds, kill -9 it; returns
    the children still alive ``GRACE`` seconds later (killed before returning)."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        parent = psutil.Process(proc.pid)
        _wait_for_children(parent, children)
        time.sleep(settle)
        descendants = parent.children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        alive = _survivors(descendants)
    finally:
        if proc.poll() is None:
            proc.kill()
    for orphan in alive:
        orphan.kill()
    return alive


@model
@pytest.mark.parametrize("settle", [0.0, 8.0], ids=["while-loading", "while-coding"])
def test_kill_9_of_an_ingest_with_two_workers_leaves_no_worker_alive(tmp_path, settle):
    source = _corpus(tmp_path, copies=40)
    command = [DYAD, "ingest", str(source), "--db", str(tmp_path / "x.duckdb"), "--workers", "2"]
    alive = _kill_after_start(command, children=2, settle=settle)
    assert alive == [], f"orphans: {[(p.pid, p.name()) for p in alive]}"


@model
def test_kill_9_of_a_dask_ingest_leaves_no_worker_alive(tmp_path):
    source = _corpus(tmp_path, copies=40)
    command = [
        DYAD, "ingest", str(source), "--out", str(tmp_path / "pq"),
        "--dask", "local", "--workers", "2",
    ]  # fmt: skip
    alive = _kill_after_start(command, children=2, settle=8.0)
    assert alive == [], f"orphans: {[(p.pid, p.name()) for p in alive]}"


# Sleeps in a child that was told to die with its parent; the parent prints the child's pid
# and then waits to be killed.
CHILD = """
import sys, time
from dyad.runners.lifeline import die_with_parent
prctl = sys.argv[2] == "prctl"  # then the watchdog polls too late to be what kills it
die_with_parent(int(sys.argv[1]), poll=3600 if prctl else 0.2, deathsig=prctl)
time.sleep(60)
"""
PARENT = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(os.getpid()), sys.argv[2]])
print(child.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize(
    "deathsig",
    [
        pytest.param(
            True, marks=pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux")
        ),
        False,
    ],
    ids=["prctl", "watchdog"],
)
def test_a_process_told_to_die_with_its_parent_exits_when_the_parent_is_killed(deathsig):
    how = "prctl" if deathsig else "watchdog"  # the watchdog: the portable fallback alone
    proc = subprocess.Popen(
        [sys.executable, "-c", PARENT, CHILD, how], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    with proc.stdout:
        child = psutil.Process(int(proc.stdout.readline()))
    time.sleep(1.0)  # the child has imported dyad and armed itself
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    alive = _survivors([child])
    for orphan in alive:
        orphan.kill()
    assert alive == []


def test_a_process_whose_parent_is_already_gone_exits_at_once():
    code = (
        "from dyad.runners.lifeline import die_with_parent\n"
        "die_with_parent(1)\n"  # pid 1 is not this test's parent: as if it had died already
        "print('survived')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout == "" and out.returncode != 0


_MARK: list[str] = []


def _mark(value: str) -> None:
    _MARK.append(value)


def _marks() -> tuple[list[str], bool]:
    alive = any(t.name == "dyad-lifeline" for t in threading.enumerate())
    return list(_MARK), alive


def test_a_pool_initializer_runs_the_real_one_in_an_armed_worker():
    initializer, initargs = pool_initializer(_mark, "ready")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        1, mp_context=context, initializer=initializer, initargs=initargs
    ) as pool:
        assert pool.submit(_marks).result() == (["ready"], True)
