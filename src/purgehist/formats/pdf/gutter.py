"""The free vertical strip between two columns of a page, or between the text and its side notes.

A page shows its gutter by lines on both sides of a strip no line crosses. A page with only a
side note or two beside the text shows too little on its own; it takes the gutter other pages of
the document show where its own lines leave that strip free, the lines on one side smaller than
on the other (:class:`DocumentGutters`). So does a two-column page whose figure, table or
caption runs across both columns, where most of its lines leave that strip free.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from purgehist.formats.pdf.glyphs import Glyph, dominant_size

__all__ = ["DocumentGutters", "Gutter", "PageGutter", "find_gutter"]

Gutter = tuple[float, float]
"""Left and right edge of the strip."""

_NARROWEST = 6
"""A gutter is at least this many points wide."""
_PAGES = 3
"""A document's gutter is one found on at least this many pages."""
_BIN = 5
"""Gutters whose middles fall within this many points are taken for the same."""
_SMALLER = 0.95
"""Side notes are set smaller than this share of the text's size."""


@dataclass(slots=True)
class PageGutter:
    """What a page shows of a gutter."""

    gutter: Gutter | None = None
    own: bool = False
    """The page shows the gutter by itself (enough lines on both sides)."""
    open: bool = False
    """The page leaves a strip free with lines on both sides, too few to show a gutter alone."""


def find_gutter(lines: Sequence[Sequence[Glyph]], known: Sequence[float] = ()) -> PageGutter:
    """The gutter of a page whose lines' characters are *lines* (each left to right), trying
    the middles of the document's gutters *known* when the page does not show one by itself."""
    if len(lines) < 2:
        return PageGutter()
    edges = [(line[0].x0, max(g.x1 for g in line)) for line in lines]
    left = min(x0 for x0, _ in edges)
    right = max(x1 for _, x1 in edges)
    width = int(right - left) + 1
    if width < 100:
        return PageGutter()
    cover = _coverage(lines, left, width)
    # glyph boxes touch inside words, so a strip no glyph covers is a gap between words,
    # and one that few lines' words cover is a gutter
    limit = max(1, len(lines) // 20)
    strip = _widest(cover, limit, width // 4, 3 * width // 4)
    if strip is not None:
        a, b = left + strip[0], left + strip[1]
        lefts, rights = _sides(edges, a, b)
        if len(lines) >= 10 and min(lefts, rights) >= max(5, len(lines) // 5):
            return PageGutter((a, b), own=True)
    for middle in known:
        at = int(middle - left)
        if not 0 <= at < width:
            continue
        if cover[at] > limit:
            spanned = _columns_around(lines, middle)
            if spanned is not None:
                return PageGutter(spanned)
            continue
        # the strip ends where the first characters beside it stand: with a side note or two,
        # the margin's own lines are as few as the lines crossing the strip (a heading)
        start, end = at, at
        while start > 0 and cover[start - 1] <= cover[at]:
            start -= 1
        while end < width and cover[end] <= cover[at]:
            end += 1
        a, b = left + start, left + end
        if end - start >= _NARROWEST and _beside(lines, a, b):
            return PageGutter((a, b))
    opened = strip is not None and _beside(lines, left + strip[0], left + strip[1])
    return PageGutter(open=opened)


def _widest(cover: list[int], limit: int, first: int, last: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    start = None
    for x in range(first, last + 1):
        if cover[x] <= limit and x < last:
            start = x if start is None else start
        elif start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < _NARROWEST:
        return None
    return best


def _coverage(lines: Sequence[Sequence[Glyph]], left: float, width: int) -> list[int]:
    """How many glyphs cover each point of the page's width, from *left* on."""
    cover = [0] * width
    for line in lines:
        for glyph in line:
            for x in range(int(glyph.x0 - left), min(width, int(glyph.x1 - left) + 1)):
                cover[x] += 1
    return cover


def _columns_around(lines: Sequence[Sequence[Glyph]], middle: float) -> Gutter | None:
    """The strip around *middle* that the lines not crossing it leave free, when those lines
    are most of the page and stand on both sides in numbers: a two-column page with a figure,
    a table or a caption set across both columns, whose lines cross any strip the page has."""
    free = [line for line in lines if _clear(line, middle)]
    if 2 * len(free) < len(lines):
        return None
    left = min(line[0].x0 for line in free)
    width = int(max(g.x1 for line in free for g in line) - left) + 1
    at = int(middle - left)
    if not 0 <= at < width:
        return None
    cover = _coverage(free, left, width)
    # a figure's labels may stand in the strip: a few lines' characters leave it free
    limit = max(1, len(free) // 20)
    start, end = at, at
    while start > 0 and cover[start - 1] <= limit:
        start -= 1
    while end < width and cover[end] <= limit:
        end += 1
    a, b = left + start, left + end
    edges = [(line[0].x0, max(g.x1 for g in line)) for line in free]
    if end - start < _NARROWEST or min(_sides(edges, a, b)) < max(5, len(lines) // 5):
        return None
    return a, b


def _clear(line: Sequence[Glyph], middle: float) -> bool:
    """Whether *line* leaves a gutter's width free around *middle* (a line across both
    columns leaves a word space at most)."""
    before = [g.x1 for g in line if g.x1 <= middle]
    after = [g.x0 for g in line if g.x0 >= middle]
    if len(before) + len(after) < len(line):
        return False
    return min(after, default=middle + _NARROWEST) - max(before, default=middle) >= _NARROWEST


def _beside(lines: Sequence[Sequence[Glyph]], a: float, b: float) -> bool:
    """Whether the lines not crossing the strip stand on both sides of it in two sizes: text
    and its side notes. A table or a list of contents with a free strip between its columns is
    set in one size and is read row by row, unless the page shows a gutter by itself."""
    left: list[Glyph] = []
    right: list[Glyph] = []
    for line in lines:
        if not any(g.x1 > a + 1 and g.x0 < b - 1 for g in line):
            left.extend(g for g in line if g.x1 <= a + 1)
            right.extend(g for g in line if g.x0 >= b - 1)
    if not left or not right:
        return False
    big, small = sorted((dominant_size(left), dominant_size(right)), reverse=True)
    return small < _SMALLER * big


def _sides(edges: Sequence[tuple[float, float]], a: float, b: float) -> tuple[int, int]:
    """How many lines reach the strip from the left and from the right."""
    return sum(1 for x0, _ in edges if x0 <= a), sum(1 for _, x1 in edges if x1 >= b)


@dataclass(slots=True)
class DocumentGutters:
    """The gutters the pages read so far have shown by themselves."""

    seen: Counter[int] = field(default_factory=Counter)

    def add(self, gutter: Gutter) -> None:
        """Count a gutter a page shows by itself."""
        self.seen[round(sum(gutter) / 2 / _BIN)] += 1

    def middles(self) -> list[float]:
        """The middles of the gutters shown on several pages, the most frequent first."""
        return [float(key * _BIN) for key, count in self.seen.most_common() if count >= _PAGES]
