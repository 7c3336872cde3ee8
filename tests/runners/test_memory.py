from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

# Allocates and frees 16 MB twenty times and prints the page faults that took (in a process
# of its own, so the settings and the count are its own); "keep" first calls the function.
REUSE = """
import resource, sys
from dyad.runners.memory import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else None
def faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
block = bytearray(16 * 2**20)
del block
before = faults()
for _ in range(20):
    block = bytearray(16 * 2**20)
    del block
print(kept, faults() - before)
"""

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="a glibc malloc setting",
)


def _run(mode: str, env: dict[str, str]) -> tuple[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", REUSE, mode], env=env, capture_output=True, text=True, check=True
    )
    kept, faults = out.stdout.split()
    return kept, int(faults)


def _clean_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    env.pop("GLIBC_TUNABLES", None)
    return env


@glibc_only
def test_a_coding_process_reuses_memory_it_freed_instead_of_faulting_it_in_again():
    env = _clean_environment()
    _, without = _run("default", env)
    if without < 1000:
        pytest.skip(f"this host faults freed memory in again only {without} times anyway")
    kept, faults = _run("keep", env)
    # 16 MB is 4,096 pages: glibc's defaults fault at least one block's worth in again
    assert kept == "True" and faults < 1000


@glibc_only
@pytest.mark.parametrize(
    "setting",
    [("MALLOC_TRIM_THRESHOLD_", "65536"), ("GLIBC_TUNABLES", "glibc.malloc.trim_threshold=65536")],
)
def test_allocator_settings_given_in_the_environment_are_left_alone(setting):
    name, value = setting
    kept, _ = _run("keep", {**_clean_environment(), name: value})
    assert kept == "False"
