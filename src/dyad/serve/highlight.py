"""An article's text cut into pieces for highlighting its spans.

Spans nest (a mention inside a quote) and may cross (an event trigger that starts inside a
quote and ends after it). Cutting the text at every span boundary gives pieces that each lie
wholly inside or outside every span, so the template can open a tag per covering span and
close them all at the piece's end: the HTML always nests, whatever the spans do. Text is
escaped by the template, never here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
# When two spans cover exactly the same characters, the first kind here is the outer tag.
_NESTING = ("quote", "speaker", "event", "amount", "date", "location", "mention")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``css`` classes, a ``title`` tooltip, an optional visible
    ``label`` shown where it starts, the ``anchor`` the records table links to."""

    kind: str
    start: int
    end: int
    title: str
    anchor: str
    label: str | None = None
    speaker: str | None = None
    css: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    text: str
    marks: tuple[Mark, ...]


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """``text`` cut at every mark boundary, each piece with the marks covering it (outer
    first). Marks outside the text or empty are dropped."""
    kept = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    ordered = sorted(kept, key=lambda m: (m.start, -m.end, _NESTING.index(m.kind)))
    out = []
    for start, end in itertools.pairwise(cuts):
        covering = tuple(m for m in ordered if m.start <= start and end <= m.end)
        out.append(Piece(start, text[start:end], covering))
    return out


def _who(name: Any, code: Any) -> str:
    return " ".join(str(x) for x in (name, f"({code})" if code else None) if x) or "unresolved"


def _parties(parties: list[dict[str, Any]]) -> str:
    return ", ".join(p["name"] or p["party"] or p["text"] or "?" for p in parties) or "?"


def article_marks(detail: dict[str, Any]) -> list[Mark]:
    """The marks of an article from `dyad.query.web.article`: its quotes (with speakers),
    events, amounts, dates, locations and mentions."""
    marks: list[Mark] = []
    for q in detail["quotes"]:
        speaker = q["speaker_name"] or q["speaker_text"]
        title = f"{q['kind']} quote; speaker: {_who(speaker, q['speaker_country'])}"
        if q["speaker_text"] and q["speaker_text"] != speaker:
            title += f", written as {q['speaker_text']!r}"
        marks.append(
            Mark("quote", q["start"], q["end"], title, f"q{q['idx']}", speaker or "?", speaker)
        )
        if q["speaker_start"] is not None and q["speaker_end"] is not None:
            marks.append(
                Mark(
                    "speaker",
                    q["speaker_start"],
                    q["speaker_end"],
                    f"speaker of quote {q['idx']}: {_who(speaker, q['speaker_code'])}",
                    f"s{q['idx']}",
                )
            )
    for e in detail["events"]:
        title = (
            f"{e['event']} ({QUAD_NAMES.get(e['quad_code'], '?')}; CAMEO {e['cameo']}, "
            f"Goldstein {e['goldstein']}): {_parties(e['actor'])} -> {_parties(e['recipient'])}"
        )
        marks.append(
            Mark("event", e["start"], e["end"], title, f"e-{e['id']}", css=f"quad{e['quad_code']}")
        )
    for a in detail["amounts"]:
        title = f"{a['kind']}: {a['value']:g} {a['unit'] or ''} {a['object'] or ''}".strip()
        marks.append(Mark("amount", a["start"], a["end"], title, f"m{a['idx']}"))
    for d in detail["dates"]:
        marks.append(Mark("date", d["start"], d["end"], f"date {d['value']}", f"d{d['idx']}"))
    for loc in detail["locations"]:
        title = f"place: {loc['name']} ({loc['country'] or '?'}), GeoNames {loc['geonameid']}"
        marks.append(Mark("location", loc["start"], loc["end"], title, f"l{loc['idx']}"))
    for m in detail["mentions"]:
        title = f"{m['kind']}: {_who(m['actor_name'], m['actor_code'])}"
        marks.append(Mark("mention", m["start"], m["end"], title, f"n{m['idx']}"))
    return marks
