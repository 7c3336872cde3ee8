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
    stored: dict[str, tuple[int, int, bool, bool]] = field(default_factory=dict, repr=False)
    """What each article id counted for (events, quotes, stage errors, warnings): an article
    seen twice in a run (corpora repeat stories; a file named twice) is stored once, its last
    version replacing the first, and is counted so. Costs about 170 bytes per distinct article (the
    dict's entry 38, the id 65, its counts 64: tracemalloc and sys.getsizeof), 170 MB for a
    million."""
    copies: set[str] = field(default_factory=set, repr=False)
    """The ids of the articles stored as copies of another (as its sources, not articles)."""

    @property
    def articles(self) -> int:
        """Articles stored, each counted once however often the input repeats it."""
        return len(self.stored)

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
        failed = [e for e in item.errors if not is_warning(e.code)]
        if item.errors:
            self._note([e.message for e in item.errors])
        warned = len(failed) < len(item.errors)
        self.copies.discard(item.article.id)
        self._replace(item.article.id, (len(item.events), len(item.quotes), bool(failed), warned))

    def as_copy(self, article_id: str) -> None:
        """Count an article the store kept as a copy of another: not stored, no records."""
        before = self.stored.pop(article_id, None)
        if before is not None:
            self._add(before, -1)
        self.copies.add(article_id)

    def merge(self, other: IngestSummary) -> None:
        for name in ("failures", "bytes_read"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for article_id, counted in other.stored.items():
            self._replace(article_id, counted)
        self._note(other.failed)

    def _replace(self, article_id: str, counted: tuple[int, int, bool, bool]) -> None:
        """Count an article stored, in place of what the same id counted before."""
        before = self.stored.get(article_id)
        if before is not None:
            self._add(before, -1)
        self._add(counted, 1)
        self.stored[article_id] = counted

    def _add(self, counted: tuple[int, int, bool, bool], sign: int) -> None:
        events, quotes, errors, warned = counted
        self.events += sign * events
        self.quotes += sign * quotes
        self.stage_errors += sign * int(errors)
        self.warnings += sign * int(warned)

    def _note(self, messages: list[str]) -> None:
        self.failed.extend(messages[: max(0, 20 - len(self.failed))])
