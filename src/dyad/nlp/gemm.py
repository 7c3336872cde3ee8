"""Which matrix multiplication spaCy's networks use in dyad's processes.

thinc multiplies matrices with the `blis` package unless told otherwise. On this project's
2-core AMD EPYC machine, blis 1.3.4 took 39 ms for a (4000 x 288) by (288 x 288) float32
product that numpy's OpenBLAS (single-threaded) did in 12 ms, and plain ``en_core_web_sm``
over 200 BBC articles used 13.8-15.2 s of CPU with blis against 10.0-11.8 s with numpy
(`bench/inprocess_ratio.py`-style rounds, two runs with blis, three with numpy), with every
token's tag,
dependency, head, entity and lemma identical. The product is the same up to the order of
float32 additions, so the argmaxes the model takes have not changed on any text checked
(docs/scale.md). OpenBLAS is kept to one thread: spaCy's matrices are small, and two BLAS
threads per process made the same 200 articles take 23.5-26.0 s of wall time instead of
15.6-20.0 s on the shared 2-core machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from thinc.api import use_ops
from threadpoolctl import threadpool_limits


@contextmanager
def numpy_gemm() -> Iterator[None]:
    """Models built (loaded) inside this context multiply with numpy, on one BLAS thread.

    The thread limit is for the whole process and stays after the context: it is meant for
    processes that code articles, where spaCy is the only user of BLAS.
    """
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        yield
