"""Finding the markers of a page's labelled notes in its running text, one per label."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["markers_in_order"]

Hit = tuple[int, int, int]


def markers_in_order(
    texts: Sequence[str],
    patterns: Sequence[re.Pattern[str]],
    refused: Callable[[str, int], bool],
) -> list[Hit | None]:
    """The marker each of *patterns* matches in *texts*, as ``(line, start, end)``: the first
    after the previous one found, else the first from the top (a table's rows are read across
    its columns, so its markers need not come in order); never one already taken, nor one
    ``refused(line_text, start)`` rejects."""
    hits: list[Hit | None] = []
    taken: set[tuple[int, int]] = set()
    where = (0, 0)
    for pattern in patterns:
        found = None
        for start in (where, (0, 0)):
            found = _first(texts, pattern, start, taken, refused)
            if found is not None:
                break
        hits.append(found)
        if found is not None:
            taken.add(found[:2])
            where = (found[0], found[2])
    return hits


def _first(
    texts: Sequence[str],
    pattern: re.Pattern[str],
    start: tuple[int, int],
    taken: set[tuple[int, int]],
    refused: Callable[[str, int], bool],
) -> Hit | None:
    for k in range(start[0], len(texts)):
        for match in pattern.finditer(texts[k], start[1] if k == start[0] else 0):
            if (k, match.start()) not in taken and not refused(texts[k], match.start()):
                return k, match.start(), match.end()
    return None
