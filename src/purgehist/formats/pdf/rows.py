"""From a page's characters to its printed lines in reading order.

Characters are grouped by baseline; small characters just above or below a line (note markers,
labels, indices) join that line, the raised ones marked :attr:`Glyph.raised`. A page whose lines
leave a vertical gutter free is read column by column; anything spanning the gutter (a title, a
running head) ends the column run above it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from purgehist.formats.pdf.glyphs import Glyph, PageGlyphs, dominant_size
from purgehist.formats.pdf.gutter import Gutter, PageGutter, find_gutter

__all__ = ["PageRows", "Row", "page_rows"]

_SMALL = 0.9
"""A character smaller than this share of its line's size may be a superscript."""
_RAISED = 0.15
"""Raised by at least this share of the line's size: a superscript."""
_SEGMENT_GAP = 3.0
"""A horizontal gap of this many ems splits a line (a page number beside a running head)."""
_NEIGHBOURS = 3
"""How many lines above and below a run of small characters may hold it."""
_LARGEST = 3.0
"""A line holding a run of small characters is at most this many times the run's size."""


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


@dataclass(slots=True)
class PageRows:
    """A page's lines in reading order and what it shows of a gutter."""

    rows: list[Row]
    gutter: PageGutter


def page_rows(page: PageGlyphs, known: Sequence[float] = ()) -> PageRows:
    """The lines of *page* in reading order; *known* are the middles of gutters other pages of
    the document show (see :func:`.gutter.find_gutter`)."""
    for glyph in page.glyphs:  # the page may be read again with another gutter
        glyph.raised = False
    clusters = _attach_satellites(_baseline_clusters(page.glyphs))
    rows = [_row(glyphs) for glyphs in clusters]
    found = find_gutter([row.glyphs for row in rows], known)
    split = [part for row in rows for part in _split(row, found.gutter)]
    return PageRows(_reading_order(split, found.gutter), found)


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
    segments = [_segments(c) for c in clusters]
    baselines = [c[0].baseline for c in clusters]
    kept: list[list[Glyph]] = [[] for _ in clusters]
    for index, cluster in enumerate(clusters):
        for piece in _pieces(cluster):
            host = _host(piece, index, segments, baselines)
            if host is None:
                kept[index].extend(piece)
                continue
            target, size = host
            raised = piece[0].baseline > baselines[target] + _RAISED * size
            for glyph in piece:
                glyph.raised = raised
            kept[target].extend(piece)
    return [sorted(c, key=lambda g: g.x0) for c in kept if c]


def _segments(cluster: list[Glyph]) -> list[tuple[float, float, float]]:
    """Left edge, right edge and font size of each part of a cluster set apart by a wide gap,
    left to right.

    A side note shares its baselines with the text beside it, in another size: a run of small
    characters is judged against the part of the line nearest to it.
    """
    parts: list[list[Glyph]] = [[cluster[0]]]
    for glyph in cluster[1:]:
        previous = parts[-1][-1]
        if glyph.x0 - previous.x1 > _SEGMENT_GAP * max(glyph.size, previous.size):
            parts.append([glyph])
        else:
            parts[-1].append(glyph)
    return [(p[0].x0, max(g.x1 for g in p), dominant_size(p)) for p in parts]


def _host(
    piece: list[Glyph],
    index: int,
    segments: list[list[tuple[float, float, float]]],
    baselines: list[float],
) -> tuple[int, float] | None:
    """The cluster a run of small characters belongs to, if any, and that line's size there."""
    biggest = max(g.size for g in piece)
    left, right = piece[0].x0, max(g.x1 for g in piece)
    own = piece[0].baseline
    # the lines below (superscript) first, then those above (subscript), nearest first; the
    # nearest may be another run of small characters (a side note's label beside a marker)
    for step, reach in ((1, 0.7), (-1, 0.5)):
        for neighbour in range(index + step, index + step * (_NEIGHBOURS + 1), step):
            if not 0 <= neighbour < len(baselines):
                break
            distance = abs(own - baselines[neighbour])
            if distance > reach * biggest / _SMALL * _LARGEST:
                break
            parts = segments[neighbour]
            size = min(parts, key=lambda p: max(0.0, p[0] - right, left - p[1]))[2]
            beside = parts[0][0] - 2 * size <= left and right <= parts[-1][1] + 2 * size
            if beside and biggest < _SMALL * size and distance <= reach * size:
                return neighbour, size
    return None


def _row(glyphs: list[Glyph]) -> Row:
    size = dominant_size(glyphs)
    normal = [g for g in glyphs if not g.raised and round(g.size, 1) == size] or glyphs
    baseline = Counter(round(g.baseline, 1) for g in normal).most_common(1)[0][0]
    for glyph in glyphs:
        if glyph.size < _SMALL * size and glyph.baseline > baseline + _RAISED * size:
            glyph.raised = True
    return Row(glyphs=glyphs, baseline=baseline, size=size)


def _split(row: Row, gutter: Gutter | None) -> list[Row]:
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
            # a line may reach a little into the gutter (a hyphen, a closing quote in the margin)
            middle = sum(gutter) / 2
            part.column = 1 if part.x1 <= middle else 2 if part.x0 >= middle else 0
        result.append(part)
    return result


def _reading_order(rows: list[Row], gutter: Gutter | None) -> list[Row]:
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
