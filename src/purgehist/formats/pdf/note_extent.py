"""Where a column's notes area ends, and which lines inside it are no note's.

Footnotes at a page's foot may have a table, code or a figure floated under them; side notes
set beside their markers (tufte-latex, KOMA-Script's ``\\marginpar``) leave white space
between notes and share the margin with figures, their labels and captions, and with the
numbers of display formulas. Such lines are parted from the notes by a gap no line spacing of
notes leaves; those in one of the notes' sizes go back to the running text (a float's words
belong to the document), the others are the page's furniture, like a running foot.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.text.lines import LineKind

__all__ = ["carries_on", "mark_notes", "wordless"]

_APART = 2.5
"""A gap of this many times the note size under a page's notes, or an indent of as many,
sets the lines that follow apart from them."""
_MEASURE = 0.8
"""A line of prose spans at least this share of the widest line of its notes area."""
_SKIPPED = 3
"""How far a label may run ahead of the last one read (notes missed on the way)."""
_SAME = 0.2
"""Points by which two lines' sizes may differ and still be one size."""
_ROW = 0.5
"""Lines of a column whose baselines lie less than this many times a line's size apart stand in
one printed row."""
_WORD = re.compile(r"[^\W\d_]{2}")


def carries_on(number: int, last: int) -> bool:
    """Whether a note numbered *number* may follow the note numbered *last*: a few notes
    missed on the way allowed."""
    return last < number <= last + _SKIPPED


def wordless(line: LineBox) -> bool:
    """Whether *line* holds no word of two letters: a display formula's number (``(5.9)``),
    a figure's dots or symbols."""
    return _WORD.search(line.text) is None


def mark_notes(page: PageBoxes, kinds: list[LineKind], start: int) -> int:
    """Mark the notes area of *start*'s column, from *start* down to the page's foot or to the
    lines set apart from it; the index of its last line. Lines parted from the notes above
    by a gap, up to a raised label that carries the area's numbering on, are a float's
    between two side notes and are left out (:func:`_resumes`)."""
    column = page.lines[start].column
    end, last = start, start
    while end < len(page.lines) and kinds[end] == LineKind.BODY:
        if page.lines[end].column == column:
            resume = _resumes(page, kinds, start, end, last)
            if resume is not None:
                _leave_out(page, kinds, start, last, range(end, resume))
                end = last = resume
                kinds[end] = LineKind.NOTE
                end += 1
                continue
            if _set_apart(page, kinds, start, end, last):
                break
            kinds[end] = LineKind.NOTE
            last = end
        end += 1
    return last


def _gap(page: PageBoxes, start: int, end: int, last: int) -> bool:
    """Whether the line at *end* stands under the note line at *last* by a gap no line spacing
    of notes leaves."""
    lines = page.lines
    return lines[last].baseline - lines[end].baseline > _APART * lines[start].size


def _in_margin(page: PageBoxes, kinds: Sequence[LineKind], start: int) -> bool:
    """Whether the notes that begin at *start* are side notes: no line of words above them in
    their column is set in the size most of the page's text off the notes is, so the running
    text has a column of its own. Footnotes stand under the running text of their column."""
    lines = page.lines
    column = lines[start].column
    # the running text's size, measured off the notes (a page may hold more notes than text)
    sizes: Counter[float] = Counter()
    for i, line in enumerate(lines):
        if i < start or line.column != column:
            sizes[line.size] += len(line.text)
    if not sizes:
        return False
    body = sizes.most_common(1)[0][0]
    return not any(
        kinds[i] == LineKind.BODY
        and lines[i].column == column
        and abs(lines[i].size - body) <= _SAME
        and not wordless(lines[i])
        for i in range(start)
    )


def _parted(page: PageBoxes, start: int, end: int, last: int) -> bool:
    """Whether the line at *end* is parted from the notes above it: by a gap (:func:`_gap`),
    or set in none of their sizes and standing clear right of where they begin, as a
    figure's labels set close under a side note do."""
    if _gap(page, start, end, last):
        return True
    lines = page.lines
    column = lines[start].column
    left = min(x.x0 for x in lines[start : last + 1] if x.column == column)
    line = lines[end]
    return (
        not _sized(line, _note_sizes(page, start, last))
        and not line.label_raised
        and _row_left(page, end) > left + _APART * lines[start].size
    )


def _row_left(page: PageBoxes, index: int) -> float:
    """Where the printed row of the line at *index* begins in its column: a glyph set a little
    off its line's baseline (a URL's underscore) is read as a line of its own, yet stands in
    the row of the line it belongs to. A line whose size is no positive number (a mirrored
    or degenerate text matrix) has a row of its own only."""
    line = page.lines[index]
    return min(
        (
            x.x0
            for x in page.lines
            if x.column == line.column and abs(x.baseline - line.baseline) < _ROW * line.size
        ),
        default=line.x0,
    )


def _resumes(
    page: PageBoxes, kinds: Sequence[LineKind], start: int, end: int, last: int
) -> int | None:
    """Where the notes go on after a gap at *end*: the first line of the column below that
    opens with a raised number, when that number carries on the labels raised so far in the
    area (a few notes missed allowed). A side note set beside its marker further down the
    margin, past a figure or a formula's number; the lines between belong to neither."""
    lines = page.lines
    if end == start or not _in_margin(page, kinds, start) or not _parted(page, start, end, last):
        return None
    column = lines[start].column
    # parted by its indent alone, the float must also end in white space over the next
    # note (side notes stand by their markers); a formula inside a note is followed closely
    closed = _gap(page, start, end, last)
    read = [
        int(x.label)
        for x in lines[start : last + 1]
        if x.column == column and x.label_raised and x.label is not None and x.label.isdigit()
    ]
    if not read:
        return None
    for i in range(end, len(lines)):
        line = lines[i]
        if kinds[i] != LineKind.BODY:
            return None
        if line.column != column or not line.label_raised:
            continue
        label = line.label or ""
        if label.isdigit() and carries_on(int(label), read[-1]):
            above = max(j for j in range(last, i) if lines[j].column == column)
            if closed or lines[above].baseline - line.baseline > _APART * lines[start].size:
                return i
        return None
    return None


def _note_sizes(page: PageBoxes, start: int, last: int) -> list[float]:
    column = page.lines[start].column
    return [x.size for x in page.lines[start : last + 1] if x.column == column]


def _sized(line: LineBox, sizes: Sequence[float]) -> bool:
    return any(abs(line.size - size) <= _SAME for size in sizes)


def _leave_out(
    page: PageBoxes, kinds: list[LineKind], start: int, last: int, indices: Sequence[int]
) -> None:
    """Give the lines *indices* of the notes' column back to the running text if they are set
    in a size of the notes above (a caption), else mark them as the page's furniture (a
    figure's labels, a formula's number)."""
    sizes = _note_sizes(page, start, last)
    column = page.lines[start].column
    for i in indices:
        if page.lines[i].column == column and not _sized(page.lines[i], sizes):
            kinds[i] = LineKind.RUNNING_HEAD


def _set_apart(page: PageBoxes, kinds: list[LineKind], start: int, end: int, last: int) -> bool:
    """Whether the lines of the notes' column from *end* to the page's foot are no part of the
    notes that begin at *start* and end, so far, at *last*: all set in a size other than the
    note lines' (a later one may hold a smaller URL or a stray mark) and parted from them by
    a gap no line spacing of notes leaves, or standing clear right of where every note line
    begins (a chapter's citation line or a licence under the notes of its first page); or, in
    the notes' size, parted by such a gap and either standing clear right or holding no note
    (:func:`_no_notes`): a table, its notes or a code block that LaTeX floats to the page's
    foot, under the footnotes; or parted by such a gap and opening with a line in none of the
    notes' sizes and without a raised label (a figure's labels above its caption, a formula's
    number). Those in another size are marked as the page's furniture, like a running foot;
    those in the notes' size are given back to the running text, where a float's words
    belong."""
    if end == start:
        return False
    lines = page.lines
    column, size = lines[start].column, lines[start].size
    sizes = _note_sizes(page, start, last)
    rest = [i for i in range(end, len(lines)) if lines[i].column == column]
    gap = _gap(page, start, end, last)
    left = min(lines[i].x0 for i in range(start, end) if lines[i].column == column)
    indented = all(lines[i].x0 > left + _APART * size for i in rest)
    # a float's first line after the gap stands clear right of the side notes (a table
    # inside a note starts where the note's lines do; a footnote's formula, quotation or URL
    # may stand clear right too, so footnotes keep them)
    if (
        gap
        and _in_margin(page, kinds, start)
        and _parted(page, start, end, last)
        and _row_left(page, end) > left + _APART * size
        and not _sized(lines[end], sizes)
        and not lines[end].label_raised
    ):
        _leave_out(page, kinds, start, last, rest)
        return True
    kind = LineKind.RUNNING_HEAD
    if any(_sized(lines[i], sizes) for i in rest):
        if not gap or not (indented or _no_notes(page, start, end, rest)):
            return False
        kind = LineKind.BODY
    elif not gap and not indented:
        return False
    for i in rest:
        kinds[i] = kind
    return True


def _no_notes(page: PageBoxes, start: int, end: int, rest: list[int]) -> bool:
    """Whether the lines *rest*, below the notes that begin at *start* and under a gap at
    *end*, hold neither a note nor a note's text: the notes open with raised labels and no
    line of *rest* does, and none runs the notes' measure as a note's prose does (a table or
    a code block does not; a table inside a note is followed by the note's text)."""
    lines = page.lines
    if not lines[start].label_raised or any(lines[i].label_raised for i in rest):
        return False
    column = lines[start].column
    widest = max(x.x1 - x.x0 for x in lines[start:end] if x.column == column)
    return all(lines[i].x1 - lines[i].x0 < _MEASURE * widest for i in rest)
