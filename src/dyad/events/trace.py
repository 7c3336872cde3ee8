"""Why each trigger did or did not become an event: the record behind ``dyad explain``.

The coder fills a list of `Decision` only when asked (``EventCoder.code(..., trace=[])``, or
a list set as ``doc._.event_trace`` before the events stage runs), so normal runs pay nothing
for it.
"""

from __future__ import annotations

from dataclasses import dataclass

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
