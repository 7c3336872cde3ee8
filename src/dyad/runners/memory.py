"""glibc's allocator, told to keep freed memory in the processes that code.

Coding one batch (up to 50,000 characters) allocates and frees 140-210 MB of arrays and
objects. With glibc's defaults, memory freed at the top of the heap goes back to the system
and large arrays are mapped and unmapped one by one, so the next batch faults the same pages
in again: coding 300 BBC articles in one process took 220,000-310,000 minor page faults and
0.6-0.8 s of system time, against 4,500-5,600 faults and 0.02-0.04 s with the settings below,
at the same peak (445-447 MB; docs/scale.md). A coding process wants its memory kept for the
next batch; what it holds stays bounded by its largest batch.
"""

from __future__ import annotations

import ctypes
import os
import sys
from functools import cache

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# glibc's largest mmap threshold on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX): arrays
# smaller than this come from the heap and are reused when freed.
MMAP_THRESHOLD = 32 * 2**20
# Free memory at the top of the heap is given back only above this (glibc: 128 kB).
TRIM_THRESHOLD = 512 * 2**20
# A process started with allocator settings of its own (Dask's nannies set the first) keeps
# them: someone chose them. glibc also reads them as tunables (GLIBC_TUNABLES=glibc.malloc.…).
OWN_SETTINGS = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_")
OWN_TUNABLES = "glibc.malloc."


@cache  # once per process: a Dask worker runs many tasks, each asking
def keep_freed_memory() -> bool:
    """Set this process's malloc thresholds so that freed memory is reused, not returned.

    Returns whether they were set: not where the C library is not glibc (``mallopt`` missing
    or refusing; a malloc preloaded in glibc's place may accept and ignore them), and not when
    the environment sets glibc's own variables or malloc tunables for them.
    """
    if not sys.platform.startswith("linux") or _chosen_by_environment():
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this process already uses
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    # Setting either also stops glibc from adapting the mmap threshold, so both are set.
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


def _chosen_by_environment() -> bool:
    return any(v in os.environ for v in OWN_SETTINGS) or OWN_TUNABLES in os.environ.get(
        "GLIBC_TUNABLES", ""
    )
