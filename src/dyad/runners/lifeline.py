"""Worker processes that exit when the process that started them dies, kill -9 included.

A worker of `dyad.runners.local` waits for its next chunk on a queue whose pipe it holds both
ends of, so it never sees the parent go: after ``kill -9`` of ``dyad ingest --workers 2``
both workers, the spaCy model loaded, stayed alive (15 minutes later in issue 26's report,
~290 MB each). Two guards:

- on Linux the kernel sends the worker SIGKILL when its parent dies (``prctl`` with
  ``PR_SET_PDEATHSIG``): immediate, and whatever the worker is doing, even in C code that
  holds the GIL;
- everywhere, a daemon thread checks every ``poll`` seconds whether the worker's parent
  process changed (an orphan is re-parented, to init or a subreaper) and ends the process.

``PR_SET_PDEATHSIG`` fires when the *thread* that started the worker exits, not the process:
dyad's pools are started from the thread that codes and live no longer than it, so the two
coincide.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

# From <linux/prctl.h>.
PR_SET_PDEATHSIG = 1
# Seconds between two checks of the watchdog thread.
POLL_SECONDS = 1.0
# The status a worker exits with when its parent is gone (what a shell shows for SIGKILL).
ORPHANED = 128 + signal.SIGKILL


def die_with_parent(parent: int, *, poll: float = POLL_SECONDS, deathsig: bool = True) -> None:
    """Make this process exit as soon as process ``parent`` (its parent now) is gone.

    ``deathsig`` asks the Linux kernel to kill it (ignored elsewhere); the watchdog thread,
    started in any case, polls ``os.getppid()`` every ``poll`` seconds. When ``parent`` is
    already gone (it died while this process started), the process exits at once.
    """
    if deathsig:
        _kernel_deathsig()
    if os.getppid() != parent:  # died before the signal was armed: nobody will send it
        os._exit(ORPHANED)
    threading.Thread(target=_watch, args=(parent, poll), name="dyad-lifeline", daemon=True).start()


def pool_initializer(
    initializer: Callable[..., object], *args: Any
) -> tuple[Callable[..., None], tuple[int, bytes]]:
    """``(initializer, initargs)`` for a process pool whose workers `die_with_parent` (this
    process) before anything else, then run ``initializer(*args)``.

    The real initializer travels pickled as bytes: a spawned worker unpickles its
    initializer before calling it, and importing the module of dyad's (spaCy's) took 7.9 s
    on a busy machine, long enough for a parent killed then to leave the worker behind."""
    return _armed_then, (os.getpid(), pickle.dumps((initializer, args)))


def _armed_then(parent: int, initializer: bytes) -> None:
    die_with_parent(parent)
    function, args = pickle.loads(initializer)
    function(*args)


def _kernel_deathsig() -> bool:
    """Arm ``PR_SET_PDEATHSIG`` with SIGKILL; False where there is no such call."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0


def _watch(parent: int, poll: float) -> None:
    while True:
        time.sleep(poll)
        if os.getppid() != parent:
            # os._exit, not sys.exit: no cleanup that could block on the dead parent's pipes
            os._exit(ORPHANED)
