"""Which mention covers a token: built once per Doc for the stages that ask per token."""

from __future__ import annotations

from dyad.actors.resolve import Draft


def mention_index(drafts: list[Draft]) -> dict[int, Draft]:
    """Token index -> the shortest mention covering it (the most specific reading)."""
    index: dict[int, Draft] = {}
    for d in drafts:
        for i in range(d.start, d.end):
            current = index.get(i)
            if current is None or d.end - d.start < current.end - current.start:
                index[i] = d
    return index
