"""From a page's characters to its printed lines in reading order.

Characters are grouped by baseline; small characters just above or below a line (note markers,
labels, indices) join that line, the raised ones marked :attr:`Glyph.raised`. A page whose lines
leave a vertical gutter free is read column by column; anything spanning the gutter (a title, a
running head) ends the column run above it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from purgehist.formats.pdf.glyphs import Glyph, PageGlyphs

__all__ = ["Row", "dominant_size", "page_rows"]

_SMALL = 0.9
"""A character smaller than this share of its line's size may be a superscript."""
_RAISED = 0.15
"""Raised by at least this share of the line's size: a superscript."""
_SEGMENT_GAP = 3.0
"""A horizontal gap of this many ems splits a line (a page number beside a running head)."""


@dataclass(slots=True)
class Row:
    """One printed line, or one column's part of it."""

    glyphs: list[Glyph]
    """Left to right."""
    baseline: float
    size: float
    """The font size most of its characters have, raised ones not counted."""
    column: int = 0
    """0 on a one-column page or across the gutter; 1 left, 2 right."""

    @property
    def x0(self) -> float:
        """Left edge."""
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        """Right edge."""
        return max(g.x1 for g in self.glyphs)


def dominant_size(glyphs: Iterable[Glyph]) -> float:
    """The most common font size of *glyphs*, to a tenth of a point (0 for none)."""
    sizes = Counter(round(g.size, 1) for g in glyphs if not g.raised)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def page_rows(page: PageGlyphs) -> list[Row]:
    """The lines of *page* in reading order."""
    clusters = _attach_satellites(_baseline_clusters(page.glyphs))
    rows = [_row(glyphs) for glyphs in clusters]
    gutter = _gutter(rows)
    split = [part for row in rows for part in _split(row, gutter)]
    return _reading_order(split, gutter)


def _baseline_clusters(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    clusters: list[list[Glyph]] = []
    reference = 0.0
    for glyph in sorted(glyphs, key=lambda g: -g.baseline):
        if clusters and reference - glyph.baseline <= max(0.5, 0.12 * glyph.size):
            clusters[-1].append(glyph)
        else:
            clusters.append([glyph])
            reference = glyph.baseline
    for cluster in clusters:
        cluster.sort(key=lambda g: g.x0)
    return clusters


def _pieces(cluster: list[Glyph]) -> list[list[Glyph]]:
    """Runs of a cluster separated by more than an em (superscripts come in short runs)."""
    pieces: list[list[Glyph]] = [[cluster[0]]]
    for glyph in cluster[1:]:
        if glyph.x0 - pieces[-1][-1].x1 > glyph.size:
            pieces.append([glyph])
        else:
            pieces[-1].append(glyph)
    return pieces


def _attach_satellites(clusters: list[list[Glyph]]) -> list[list[Glyph]]:
    """Move runs of small characters into the line they are raised above or lowered below."""
    sizes = [dominant_size(c) for c in clusters]
    baselines = [c[0].baseline for c in clusters]
    kept: list[list[Glyph]] = [[] for _ in clusters]
    for index, cluster in enumerate(clusters):
        for piece in _pieces(cluster):
            target = _host(piece, index, clusters, sizes, baselines)
            if target is None:
                kept[index].extend(piece)
                continue
            raised = piece[0].baseline > baselines[target] + _RAISED * sizes[target]
            for glyph in piece:
                glyph.raised = raised
            kept[target].extend(piece)
    return [sorted(c, key=lambda g: g.x0) for c in kept if c]


def _host(
    piece: list[Glyph],
    index: int,
    clusters: list[list[Glyph]],
    sizes: list[float],
    baselines: list[float],
) -> int | None:
    """The cluster a run of small characters belongs to, if any."""
    biggest = max(g.size for g in piece)
    left, right = piece[0].x0, max(g.x1 for g in piece)
    own = piece[0].baseline
    # the line just below (superscript) first, then the one just above (subscript)
    for neighbour, reach in ((index + 1, 0.7), (index - 1, 0.5)):
        if not 0 <= neighbour < len(clusters):
            continue
        size = sizes[neighbour]
        if biggest >= _SMALL * size or abs(own - baselines[neighbour]) > reach * size:
            continue
        other = clusters[neighbour]
        if other[0].x0 - 2 * size <= left and right <= max(g.x1 for g in other) + 2 * size:
            return neighbour
    return None


def _row(glyphs: list[Glyph]) -> Row:
    size = dominant_size(glyphs)
    normal = [g for g in glyphs if not g.raised and round(g.size, 1) == size] or glyphs
    baseline = Counter(round(g.baseline, 1) for g in normal).most_common(1)[0][0]
    for glyph in glyphs:
        if glyph.size < _SMALL * size and glyph.baseline > baseline + _RAISED * size:
            glyph.raised = True
    return Row(glyphs=glyphs, baseline=baseline, size=size)


def _gutter(rows: list[Row]) -> tuple[float, float] | None:
    """The free vertical strip between two columns, if the page has one."""
    if len(rows) < 10:
        return None
    left = min(r.x0 for r in rows)
    right = max(r.x1 for r in rows)
    width = int(right - left) + 1
    if width < 100:
        return None
    cover = [0] * width
    for row in rows:
        for glyph in row.glyphs:
            for x in range(int(glyph.x0 - left), min(width, int(glyph.x1 - left) + 1)):
                cover[x] += 1
    # glyph boxes touch inside words, so a strip no glyph covers is a gap between words,
    # and one that few lines' words cover is a gutter
    limit = max(1, len(rows) // 20)
    best: tuple[int, int] | None = None
    start = None
    for x in range(width // 4, 3 * width // 4 + 1):
        if cover[x] <= limit and x < 3 * width // 4:
            start = x if start is None else start
        elif start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < 6:
        return None
    a, b = left + best[0], left + best[1]
    lefts = sum(1 for r in rows if r.x0 <= a)
    rights = sum(1 for r in rows if r.x1 >= b)
    if min(lefts, rights) < max(5, len(rows) // 5):
        return None
    return a, b


def _split(row: Row, gutter: tuple[float, float] | None) -> list[Row]:
    """*row* cut at the gutter and at wide gaps."""
    parts: list[list[Glyph]] = [[row.glyphs[0]]]
    for glyph in row.glyphs[1:]:
        gap = glyph.x0 - parts[-1][-1].x1
        at_gutter = gutter is not None and parts[-1][-1].x1 <= gutter[1] <= glyph.x0 + 1
        if gap > _SEGMENT_GAP * row.size or (at_gutter and gap > 0.3 * row.size):
            parts.append([glyph])
        else:
            parts[-1].append(glyph)
    result = []
    for glyphs in parts:
        part = Row(glyphs=glyphs, baseline=row.baseline, size=dominant_size(glyphs) or row.size)
        if gutter is not None:
            a, b = gutter
            part.column = 1 if part.x1 <= a + 1 else 2 if part.x0 >= b - 1 else 0
        result.append(part)
    return result


def _reading_order(rows: list[Row], gutter: tuple[float, float] | None) -> list[Row]:
    ordered = sorted(rows, key=lambda r: (-r.baseline, r.x0))
    if gutter is None:
        return ordered
    result: list[Row] = []
    columns: dict[int, list[Row]] = {1: [], 2: []}
    for row in ordered:
        if row.column == 0:
            result.extend(columns[1] + columns[2])
            columns = {1: [], 2: []}
            result.append(row)
        else:
            columns[row.column].append(row)
    result.extend(columns[1] + columns[2])
    return result
