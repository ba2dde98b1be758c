"""Side notes: notes set in the outer margin beside the running text, not at the page foot.

Books in the Tufte style (and others with ``\\marginpar``-like notes) print each note next to
the line that calls it, in a narrow column. ``pdftotext -layout`` keeps that column to the right
of the text, on the same lines, so the page model would read body and notes as one text. This
pass finds such a column on a page of known lines and moves it, line by line, to a notes area
after the page's running text (lines marked :attr:`~.lines.LineKind.NOTE`), where the page model
reads notes anyway.

A column counts only where it is narrower than the running text beside it, starts at one place
on several lines, holds a note label and is mostly prose: two columns of running text (a paper
set in two columns) are as wide as each other, and the figures of a table or the page numbers of
a contents page are no prose, and a table's cells are short; all are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from statistics import median

from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.note_areas import read_label
from purgehist.formats.text.side_blocks import split_side_blocks

__all__ = ["split_margin_notes"]

_GAP = re.compile(r"\S( {3,})(?=\S)")
"""The gap between the running text and the margin column on one line."""
_SLACK = 4
"""How far (in characters) a column line may start from the column's usual start."""
_MIN_LINES = 3
"""How many lines of a page the column must fill."""
_NARROW = 0.75
"""How wide the column may be at most, as a share of the running text's width."""
_MIN_BODY = 30
"""How wide the running text must be (characters) for a column beside it to be a margin."""
_INSIDE = 0.9
"""The share of the running text's other lines that must end before the column starts."""
_WORD = re.compile(r"(?![ivxlcdm]+\b)[^\W\d_]{2,}", re.I)
"""A word of a note, not a page number (roman or arabic) or a table's figure."""
_LABEL_ALONE = re.compile(r"^\d{1,3}$")
# a figure's label in the margin column: a word or two in capitals (``SOURCE-``, ``V+``)
_FIGURE_WORD = re.compile(r"^(?=.*[A-Z])[^a-z\s.]{1,10}(?:\s[^a-z\s.]{1,10})?$")
_SHORT = 12
"""The column's lines are no shorter than this (characters) in the median: a note's lines run
to the column's edge, a table's cells do not."""


def split_margin_notes(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """*lines* with each page's margin column of notes moved after its running text as note
    lines; pages without such a column are kept as they are, but for the blocks of side notes
    that plain ``pdftotext`` sets between the paragraphs (:mod:`.side_blocks`)."""
    out: list[SourceLine] = []
    for _, group in groupby(lines, key=lambda line: line.page):
        page = list(group)
        out.extend(_split_page(page))
    return split_side_blocks(out)


def _right_part(text: str) -> int | None:
    """Where the right-hand part of a line starts: after its last wide gap, or at the indent of
    a line that holds only an indented part; ``None`` for a line of one part from the left."""
    stripped = text.lstrip(" ")
    if not stripped:
        return None
    indent = len(text) - len(stripped)
    gaps = list(_GAP.finditer(text, indent))
    if gaps:
        return gaps[-1].end(1)
    return indent if indent >= _MIN_BODY else None


def _split_page(page: list[SourceLine]) -> list[SourceLine]:
    if any(line.kind != LineKind.UNKNOWN for line in page):
        return page
    filled = [k for k, line in enumerate(page) if line.text.strip()]
    if len(filled) < _MIN_LINES + 1:
        return page
    # the page's first line is its running head's place, which may stand over the margin
    # (a part starting close to the left, a heading's title after its number, is no margin's)
    starts = {
        k: s for k in filled[1:] if (s := _right_part(page[k].text)) is not None and s >= _MIN_BODY
    }
    if len(starts) < 2:
        return page
    column, _ = Counter(s // _SLACK for s in starts.values()).most_common(1)[0]
    near = [s for s in starts.values() if abs(s // _SLACK - column) <= 1]
    start = min(near)
    side = _side_lines(page, {k: s for k, s in starts.items() if start <= s <= start + 2 * _SLACK})
    parts = {k: page[k].text[s:].strip() for k, s in side.items()}
    if start < _MIN_BODY or (len(side) < _MIN_LINES and not _single_note(page, side, parts)):
        return page
    if not any(read_label(text) is not None for text in parts.values()):
        return page
    texts = [text for text in parts.values() if not _LABEL_ALONE.match(text)]
    prose = sum(1 for text in texts if _WORD.search(text))
    if not prose or prose < len(texts) / 2 or median(len(text) for text in texts) < _SHORT:
        return page
    # a figure's or a table's pieces in the margin or further right are not running text:
    # of their lines, only what stands left of the column is
    others = []
    for k in filled[1:]:
        at = starts.get(k)
        if k in side or (at is not None and at >= start and not page[k].text[:at].strip()):
            continue
        others.append(
            page[k].text[:at].rstrip() if at is not None and at >= start else page[k].text.rstrip()
        )
    body = [len(text) for text in others] + [
        len(page[k].text[:s].rstrip()) for k, s in side.items()
    ]
    body_width = median(body) if body else 0
    inside = sum(1 for text in others if len(text) < start)
    if (
        body_width < _MIN_BODY
        or median(len(text) for text in parts.values()) > _NARROW * body_width
        or (others and inside < _INSIDE * len(others))
    ):
        return page
    running = [
        SourceLine(line.text[: side[k]].rstrip(), line.page, line.line) if k in side else line
        for k, line in enumerate(page)
    ]
    notes = [
        SourceLine(parts[k], line.page, line.line, LineKind.NOTE)
        for k, line in enumerate(page)
        if k in side
    ]
    return running + notes


def _side_lines(page: list[SourceLine], column: dict[int, int]) -> dict[int, int]:
    """Of the lines starting in the margin *column* (line index → where), those of its notes:
    a word or two in capitals is a figure's label, unless it is a note's label line
    (``4 NKVD``) or goes on from a note's line left unfinished (``…the SPD,`` / ``SPD, KPD``)."""
    side: dict[int, int] = {}
    for k, s in sorted(column.items()):
        text = page[k].text[s:].strip()
        before = page[k - 1].text[side[k - 1] :].strip() if k - 1 in side else None
        if (
            not _FIGURE_WORD.match(text)
            or read_label(text) is not None
            or (before is not None and not before.endswith((".", "!", "?")))
        ):
            side[k] = s
    return side


def _single_note(page: list[SourceLine], side: dict[int, int], parts: dict[int, str]) -> bool:
    """Whether two margin lines are one short side note: its label alone on the line whose
    running text calls it (``… a hadron1 ,``), then its text on the next line."""
    if len(side) != 2:
        return False
    first, second = sorted(side)
    label = parts[first]
    if not _LABEL_ALONE.match(label) or not parts[second] or _LABEL_ALONE.match(parts[second]):
        return False
    between = [k for k in range(first + 1, second) if page[k].text.strip()]
    called = re.search(rf"[^\W\d_]{label}\b", page[first].text[: side[first]])
    return not between and called is not None
