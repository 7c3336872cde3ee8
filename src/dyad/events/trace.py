"""Why each trigger did or did not become an event: the record behind ``dyad explain``.

The coder fills a list of `Decision` only when asked (``EventCoder.code(..., trace=[])``, or
a list under `TRACE_KEY` in ``doc.user_data``), so normal runs pay nothing for it.
"""

from __future__ import annotations

from dataclasses import dataclass

TRACE_KEY = "dyad_event_trace"
"""``doc.user_data`` key: a list there makes the events stage append its `Decision`s."""
EMITTED = "emitted"
DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Decision:
    trigger: str
    start: int
    end: int
    sentence: int
    outcome: str
    """`EMITTED` or `DROPPED`."""
    reason: str
    rule: str = ""
    cameo: str | None = None
    event: str | None = None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
