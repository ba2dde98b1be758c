"""Two-column pages of ``pdftotext -layout`` text: the two columns' lines side by side, a
wide gutter between them. Each page is cut into bands: a line that runs across the gutter
(a title, an abstract, a figure's caption set over the full width) is a band of its own, and
between such lines the left column's part of each line is read before the right column's, so
that each column's notes stand at the foot of its own lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.column_carry import carry_across, set_off_carried
from purgehist.formats.text.column_notes import column_breaks
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.page_roles import PAGE_NUMBER, page_groups
from purgehist.formats.text.trailing_labels import line_width

__all__ = ["Columns", "gutter", "split_columns"]

_SIDE = 20
"""How long each side of a line is, at least, to be a column's line of running text."""
_SHARE = 0.2
"""Which share of a page's lines, at least, hold running text on both sides of the gutter."""
_LEAST = 8
"""How many of a page's lines, at least, hold running text on both sides of the gutter (a
one-column page has no such lines but for a table's)."""
_CROSSING = 0.6
"""Which share of a page's lines, at most, run across the gutter (a title, an abstract, a
figure set over the full width)."""
_GAP = 1
"""How many spaces, at least, stand on either side of the gutter's column in a split line."""
_MIDDLE = (0.3, 0.7)
"""Where the gutter may stand, as shares of the page's longest line."""
_GUTTER = re.compile(r"\S\s{4,}\S")
"""Spaces that part a table's cells, within a column's part of a line."""

Columns = tuple[list[SourceLine], list[int], list[range]]
"""The lines with each two-column band's columns one after the other, the index in the lines
given of each, and the parts of each page to be read one after the other (bands, columns)."""


def _split(text: str, at: int) -> tuple[str, str] | None:
    """*text* parted at column *at*, when no text runs across it."""
    if len(text) <= at:
        return text.rstrip(), ""
    if text[at - _GAP : at + _GAP].strip():
        return None
    return text[:at].rstrip(), text[at:]


def _prose(part: str) -> bool:
    """Whether a column's part of a line reads as a line of running text: long enough, and
    no table's cells set apart by runs of spaces within it."""
    text = part.strip()
    return len(text) >= _SIDE and _GUTTER.search(text) is None


def gutter(texts: Sequence[str]) -> int | None:
    """The column of the gutter between two columns of running text on a page of *texts*,
    or ``None`` when the page has one column."""
    filled = [t.rstrip() for t in texts if t.strip()]
    if not filled:
        return None
    width = max(len(t) for t in filled)
    scores: dict[int, int] = {}
    for at in range(int(_MIDDLE[0] * width), int(_MIDDLE[1] * width)):
        both = crossing = 0
        for text in filled:
            parts = _split(text, at)
            if parts is None:
                crossing += 1
            elif _prose(parts[0]) and _prose(parts[1]):
                both += 1
        if both >= max(_LEAST, _SHARE * len(filled)) and crossing <= _CROSSING * len(filled):
            scores[at] = both - crossing
    if not scores:
        return None
    # the middle of the columns that part the most lines, the gutter's middle
    top = max(scores.values())
    best = [at for at, score in scores.items() if score == top]
    return best[len(best) // 2]


def split_columns(lines: Sequence[SourceLine]) -> Columns:
    """*lines* with each two-column page's bands read column by column (see the module);
    pages of one column as they are."""
    out: list[SourceLine] = []
    origin: list[int] = []
    parts: list[range] = []

    def part(items: list[tuple[int, str]]) -> None:
        start = len(out)
        for k, text in items:
            line = lines[k]
            out.append(SourceLine(text, line.page, line.line, line.kind, line.label_known))
            origin.append(k)
        if len(out) > start:
            parts.append(range(start, len(out)))

    # only plain pdftotext reads a column's notes before the next column (-layout sets the
    # columns side by side, and indents lines)
    plain = line_width([line.text for line in lines]) > 0
    for group in page_groups(lines):
        at = gutter([lines[k].text for k in group])
        if at is None:
            found = column_breaks([lines[k].text for k in group]) if plain else []
            cuts = [group.start + b for b in found]
            for start, stop in zip([group.start, *cuts], [*cuts, group.stop], strict=True):
                part([(k, lines[k].text) for k in range(start, stop)])
            continue
        left: list[tuple[int, str]] = []
        right: list[tuple[int, str]] = []
        ends = _ends(lines, group)
        foot: list[tuple[int, str]] = []
        for k in group:
            text = lines[k].text
            parts_of = _split(text, at)
            # a page number alone at the page's foot belongs to neither column
            if k == ends[-1] and ends[-1] != ends[0] and PAGE_NUMBER.match(text):
                foot.append((k, text))
                continue
            if parts_of is None or (k == ends[0] and PAGE_NUMBER.match(text)):
                part(left)
                part(right)
                left, right = [], []
                part([(k, text)])
                continue
            if not text.strip():
                left.append((k, ""))
                right.append((k, ""))
                continue
            if parts_of[0].strip():
                left.append((k, parts_of[0]))
            if parts_of[1].strip():
                right.append((k, parts_of[1]))
        left, right = carry_across(set_off_carried(left), right)
        part(left)
        part(right)
        part(foot)
    return out, origin, parts


def _ends(lines: Sequence[SourceLine], group: range) -> tuple[int, int]:
    """The first and the last line of *group* that hold text (a page with a gutter has some)."""
    filled = [k for k in group if lines[k].text.strip()]
    return filled[0], filled[-1]
