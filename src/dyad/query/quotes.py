"""Who said what: the read query behind `dyad quotes`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # connections come from dyad.store, the only module that imports duckdb
    import duckdb

STATEMENT_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class QuoteRow:
    date: str | None
    source: str | None
    url: str | None
    speaker: str | None
    as_written: str | None
    kind: str
    text: str


def quotes_by(
    con: duckdb.DuckDBPyConnection,
    speaker: str,
    kinds: tuple[str, ...] = STATEMENT_KINDS,
    limit: int = 50,
) -> list[QuoteRow]:
    """Quotes whose resolved speaker name (or, unresolved, the words naming the speaker)
    contains ``speaker`` (case-insensitive), newest first."""
    rows = con.execute(
        """
        SELECT a.date::VARCHAR, a.source, a.url, q.speaker_name, q.speaker_text, q.kind, q.text
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE (q.speaker_name ILIKE '%' || ? || '%'
               OR (q.speaker_name IS NULL AND q.speaker_text ILIKE '%' || ? || '%'))
          AND list_contains(?, q.kind)
        ORDER BY a.date DESC NULLS LAST, a.id, q.start
        LIMIT ?
        """,
        [speaker, speaker, list(kinds), limit],
    ).fetchall()
    return [QuoteRow(*r) for r in rows]
