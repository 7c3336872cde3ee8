"""What a run reports: counts of articles, failures and records, and its progress.

Kept beside the runners that fill it (`dyad.runners.dask` adds up its tasks' summaries) and
below `dyad.api`, which returns it from `dyad.api.ingest`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyad.errors import is_warning
from dyad.records import CodedArticle, InputFailure


@dataclass
class IngestSummary:
    """The counts of one run of `dyad.api.ingest`, kept up to date as it goes."""

    articles: int = 0
    failures: int = 0
    events: int = 0
    quotes: int = 0
    stage_errors: int = 0
    warnings: int = 0
    """Articles stored with a warning (``W0xx``: an unreadable date, invalid Unicode)."""
    seconds: float = 0.0
    bytes_read: int = 0
    bytes_total: int | None = None
    """Input size on disk, when known: with ``bytes_read`` it gives progress and ETA."""
    failed: list[str] = field(default_factory=list)
    """The first failure messages, for the summary line."""

    @property
    def eta_seconds(self) -> float | None:
        """Seconds left at the rate so far, once there is a rate to go by."""
        if not self.bytes_total or self.bytes_read <= 0 or self.seconds <= 0:
            return None
        left = max(0, self.bytes_total - self.bytes_read)
        return self.seconds * left / self.bytes_read

    @property
    def ok(self) -> bool:
        return self.failures == 0 and self.stage_errors == 0

    def count(self, item: CodedArticle | InputFailure) -> None:
        if isinstance(item, InputFailure):
            self.failures += 1
            self._note([item.message])
            return
        self.articles += 1
        self.events += len(item.events)
        self.quotes += len(item.quotes)
        if item.errors:
            failed = [e for e in item.errors if not is_warning(e.code)]
            self.stage_errors += bool(failed)
            self.warnings += len(failed) < len(item.errors)
            self._note([e.message for e in item.errors])

    def merge(self, other: IngestSummary) -> None:
        counts = ("articles", "failures", "events", "quotes", "stage_errors", "warnings")
        for name in (*counts, "bytes_read"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self._note(other.failed)

    def _note(self, messages: list[str]) -> None:
        self.failed.extend(messages[: max(0, 20 - len(self.failed))])
