"""Notes at the foot of a column, in the middle of a page's plain ``pdftotext`` text.

Plain ``pdftotext`` reads a two-column page column by column, each column with the notes set
at its foot: the left column's notes come out in the middle of the page, between its last
line and the right column's first. A column's last line breaks off inside a sentence that the
next column's first line carries on, so such a notes area stands between a line that ends
unfinished and, after a blank line, a full line that opens in lower case with a column's
lines below it: the page is then read as two parts, each with its notes at its foot. A
blank line inside a note (a column break inside the notes) is no such break: the next note's
label follows in the lines below it. Two notes at least stand there (one note before lower
case lines is more often the rest of a one-column page's note, parted by a blank line).
"""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.note_areas import LOST, finished, read_label

__all__ = ["column_breaks"]

_COLUMN = 8
"""How many lines, at least, a column of running text holds below the notes before it."""
_FULL = 30
"""How many characters, at least, the line that carries the sentence on holds: a full line of
a column, not an example's letter (``a.``) or a list's item."""


def column_breaks(texts: Sequence[str]) -> list[int]:
    """The positions in *texts* (a page's lines) where a column starts below the notes that
    end the column before it (see the module)."""
    breaks: list[int] = []
    p = 1
    while p < len(texts):
        label = read_label(texts[p])
        before = texts[p - 1]
        # a list's items (``4. keinem``) are numbered so more often than notes
        if label is None or label.style == "dot" or not label.rest:
            p += 1
            continue
        if not before.strip() or finished(before):
            p += 1
            continue
        end = _notes_end(texts, p, label.n)
        if end is not None:
            breaks.append(end)
            p = end
        else:
            p += 1
    return breaks


def _notes_end(texts: Sequence[str], start: int, first: int) -> int | None:
    """Where the column after the notes from *start* (label *first*) begins: the first line
    below a blank one that opens in lower case with no label of the next notes in its
    paragraph; ``None`` when the notes run to the page's foot."""
    last = first
    for q in range(start + 1, len(texts)):
        text = texts[q]
        label = read_label(text)
        if label is not None and last < label.n <= last + LOST:
            last = label.n
            continue
        if text.strip() or q + 1 == len(texts):
            continue
        paragraph = _paragraph(texts, q + 1)
        if not paragraph:
            continue
        opening = texts[paragraph[0]].lstrip()
        labels = [read_label(texts[r]) for r in paragraph]
        if any(m is not None and last < m.n <= last + LOST for m in labels):
            continue
        full = len(opening.strip()) >= _FULL and last > first
        if opening[:1].islower() and full and _column_follows(texts, paragraph[0], last):
            return paragraph[0]
        return None
    return None


def _column_follows(texts: Sequence[str], start: int, last: int) -> bool:
    """Whether a column of running text starts at *start*: at least :data:`_COLUMN` lines
    before the next notes (label *last* + 1 on) or the page's foot, where the rest of a note
    that a blank line parts on a one-column page is a few lines."""
    count = 0
    for text in texts[start:]:
        label = read_label(text)
        if label is not None and last < label.n <= last + LOST:
            break
        count += bool(text.strip())
        if count >= _COLUMN:
            return True
    return False


def _paragraph(texts: Sequence[str], start: int) -> list[int]:
    """The positions of the lines from *start* (blank ones skipped before it) to the next
    blank line."""
    p = start
    while p < len(texts) and not texts[p].strip():
        p += 1
    found = []
    while p < len(texts) and texts[p].strip():
        found.append(p)
        p += 1
    return found
