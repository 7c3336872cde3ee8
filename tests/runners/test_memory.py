from __future__ import annotations

import os
import subprocess
import sys

import pytest

# Allocates and frees 16 MB twenty times and prints the page faults that took (in a process
# of its own, so the settings and the count are its own).
REUSE = """
import resource, sys
from dyad.runners.memory import keep_freed_memory
kept = keep_freed_memory()
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

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc setting")


def _run(env: dict[str, str]) -> tuple[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", REUSE], env=env, capture_output=True, text=True, check=True
    )
    kept, faults = out.stdout.split()
    return kept, int(faults)


@linux_only
def test_a_coding_process_reuses_memory_it_freed_instead_of_faulting_it_in_again():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    kept, faults = _run(env)
    # 16 MB is 4,096 pages: glibc's defaults fault at least one block's worth in again
    assert kept == "True" and faults < 1000


@linux_only
def test_allocator_settings_given_in_the_environment_are_left_alone():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    kept, _ = _run({**env, "MALLOC_TRIM_THRESHOLD_": "65536"})
    assert kept == "False"
