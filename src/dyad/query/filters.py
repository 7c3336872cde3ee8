"""Which events a dashboard or API request means: `EventFilter`, and the SQL conditions it
makes (on the ``events`` table or on a relation of `dyad.query.web.Lookups` rows).

Conditions are fixed strings chosen here; values travel as ``?`` parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

EVENT_SORTS = {"date": "date", "goldstein": "goldstein", "confidence": "confidence"}
"""Sort keys of event lists -> column (of ``events``, or joined to a lookup relation)."""
ORDERS = {"desc": "DESC NULLS LAST", "asc": "ASC NULLS LAST"}
"""Sort orders of every list -> SQL."""


@dataclass(frozen=True, slots=True)
class Include:
    """Events that aggregates (pair totals, timelines, the overview's series) and event lists
    leave out unless asked: negated ones ("did not attack") and hypothetical ones ("may
    attack"), which did not happen (issue 25)."""

    negated: bool = False
    hypothetical: bool = False

    def conditions(self, x: str) -> list[str]:
        """WHERE clauses on a relation ``x`` with boolean columns negated, hypothetical."""
        # IS NOT TRUE, not NOT coalesce(flag, FALSE): the same for nulls, and DuckDB then
        # keeps the plan of a text search (1M events: 0.9 s, with coalesce 1.2-1.4 s).
        return [
            f"{x}.{flag} IS NOT TRUE"
            for flag, included in (("negated", self.negated), ("hypothetical", self.hypothetical))
            if not included
        ]


DEFAULT_INCLUDE = Include()
"""Neither negated nor hypothetical events: what aggregates count unless asked."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list. ``actor``/``recipient`` are parties in that role and
    ``actor_sector``/``recipient_sector`` sectors (``GOV``) of a party in that role; ``pair``
    two parties in either direction (meetings included); ``party`` an actor name, code or id
    taking part (see `dyad.query.web.actor_profile`); ``q`` a substring of the evidence
    sentence or trigger; ``min_confidence`` the least confidence; ``include`` the negated or
    hypothetical events to list too."""

    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    quad: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = None
    pair: tuple[str, str] | None = None
    article_id: str | None = None
    party: str | None = None
    mode: str | None = None
    actor_sector: str | None = None
    recipient_sector: str | None = None
    min_confidence: float | None = None
    include: Include = field(default_factory=Include)
    country: str | None = None
    """A party in either role."""
    place: int | None = None
    """The GeoNames id of where the event happened (``event_loc``)."""


# A semi-join on the matching ids: measured 4x faster than a correlated EXISTS on 1M events
# (bench/serve_results.md). An evidence sentence is a span of its article's text, so only
# the events of articles whose text holds the words are cut out and searched: one scan of
# the texts instead of a million substrings (text search 1.0-1.2 s to 120-220 ms at 1M
# events on a loaded machine, the same matches; bench/serve_results.md).
_EVIDENCE_MATCH = (
    "{x}.id IN (SELECT e.id FROM events e JOIN articles t ON t.id = e.article_id "
    "WHERE t.id IN (SELECT id FROM articles WHERE contains(lower(text), lower(?))) "
    "AND contains(lower(substring(t.text, e.sentence_start + 1, "
    "e.sentence_end - e.sentence_start)), lower(?)) "
    "UNION ALL SELECT id FROM events WHERE contains(lower(event_text), lower(?)))"
)
ACTOR_MATCH = "(lower({n}) = lower(?) OR {c} = upper(?) OR {i} = ?)"
_PARTY_MATCH = (
    "{x}.id IN (SELECT event_id FROM event_parties WHERE "
    + ACTOR_MATCH.format(n="name", c="code", i="actor_id")
    + ")"
)
_SECTOR_MATCH = (
    "{x}.id IN (SELECT event_id FROM event_parties WHERE role = '%s' AND upper(sector) = ?)"
)


def _of_events(x: str, condition: str) -> str:
    """``condition`` on a column of ``events e``, for the events table itself or, by id, for
    a lookup relation ``x`` that lacks the column."""
    if x == "e":
        return condition
    return f"{{x}}.id IN (SELECT e.id FROM events e WHERE {condition})"


def conditions(f: EventFilter, x: str) -> tuple[list[str], list[Any]]:
    """WHERE clauses on ``events e`` (``x`` = "e") or on a lookup relation ``x`` with columns
    id, date, event, quad_code, negated, hypothetical; and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    for sql, values, on in (
        ("{x}.event = ?", [f.event], f.event),
        ("{x}.quad_code = ?", [f.quad], f.quad),
        ("{x}.date >= ?", [f.date_from], f.date_from),
        ("{x}.date <= ?", [f.date_to], f.date_to),
        (_EVIDENCE_MATCH, [f.q] * 3, f.q),
        # Only the events table has article_id, whose index answers an article's events.
        (_of_events(x, "e.article_id = ?"), [f.article_id], f.article_id),
        (_PARTY_MATCH, [f.party] * 3, f.party),
        (_of_events(x, "e.mode = ?"), [f.mode], f.mode),
        (_of_events(x, "e.confidence >= ?"), [f.min_confidence], f.min_confidence),
        (_of_events(x, "e.event_loc.geonameid = ?"), [f.place], f.place),
        (_SECTOR_MATCH % "actor", [f.actor_sector], f.actor_sector),
        (_SECTOR_MATCH % "recipient", [f.recipient_sector], f.recipient_sector),
    ):
        if on is not None:
            clauses.append(sql.format(x=x))
            params.extend(values)
    clauses.extend(f.include.conditions(x))
    return clauses, params


def where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def rows_by_key(
    cur: Any, select: str, keys: list[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, Any]]:
    """The rows of ``select`` by their first two columns (article id, index), for the
    articles of ``keys``. ``select`` names its article lists ``{articles}``: each is
    filled with the articles as a list of constants, which DuckDB answers from the
    article_id and primary-key indexes (a subquery would scan)."""
    articles = sorted({a for a, _ in keys})
    if not articles:
        return {}
    marks = ", ".join("?" * len(articles))
    cur.execute(select.replace("{articles}", marks), articles * select.count("{articles}"))
    columns = [d[0] for d in cur.description or []]
    return {(r[0], r[1]): dict(zip(columns, r, strict=True)) for r in cur.fetchall()}


NO_FACETS = EventFilter()
"""Every event aggregates count (neither negated nor hypothetical), no facet chosen."""
