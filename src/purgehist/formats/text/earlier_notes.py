"""A two-column page's left notes read after its right ones, in plain ``pdftotext`` text.

Plain ``pdftotext`` may read the notes at the foot of a two-column page's right column before
those of its left column: below the right column's notes (the page's later ones), after a
blank line, come the notes that the sequence wants first (``35 … 38``, then ``33``, ``34``).
Read in sequence, those lower labels end up inside the last note's text. Such a block is told
by its place and its numbers: it follows a blank line, it opens with a label between the
last note read before the page and the area's first, and its notes stay below the area's
first. A few unlabelled lines may open the block: the rest of the previous page's last note,
which the left column's foot carries on above its own notes, or the right column's running
text broken off above them. That running text may also stand between two notes read in
sequence (:func:`column_text`), on a page whose lines are a column's width.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from purgehist.formats.text.note_areas import LOST, AreaNote, finished, note_texts, read_label

__all__ = ["EarlierNotes", "column_text", "earlier_notes", "page_notes"]

_CARRIED = 4
"""How many lines, at most, of the previous page's last note may open the block."""
_COLUMN_LINES = 2
"""How many lines, at least, of a column's running text stand between two notes."""
_COLUMN_WIDTH = 60
"""The most characters of a running line of a page set in two columns; a page set across its
width has longer lines (a note's paragraph ending on a URL stays its note's there)."""


def column_text(
    area: Sequence[tuple[int, str]], notes: list[AreaNote]
) -> tuple[list[AreaNote], list[int]]:
    """*notes* (read in sequence from *area*, ``(index, text)`` of its non-blank lines) without
    the running text of a column set between two of them, and that text's lines: a paragraph
    below a blank line after a note's finished text that breaks off unfinished right above
    the next note's label. Plain ``pdftotext`` reads a two-column page's left notes, then the
    right column's text, then its notes; a note's own paragraph ends its sentence before the
    next label, and a note's line broken off above a blank line runs on below it."""
    texts = dict(area)
    running: list[int] = []
    kept: list[AreaNote] = []
    for note, following in zip(notes, [*notes[1:], None], strict=True):
        lines = note.lines
        before = [note.first, *lines]  # the line above each of *lines*
        start = len(lines) - 1
        while start >= 0 and lines[start] == before[start] + 1:
            start -= 1  # back to the last blank line (a gap in the indices) in the note
        # the note's own text first (a label alone is followed by its text, a blank between)
        block = lines[start:] if start >= 0 and (note.head or start > 0) else []
        if (
            following is None
            or len(block) < _COLUMN_LINES
            or block[-1] + 1 != following.first
            or finished(texts[block[-1]])
            or not finished(texts[before[start]])  # the note runs on below the blank line
        ):
            kept.append(note)
            continue
        running.extend(block)
        kept.append(AreaNote(note.n, note.first, lines[:start], note.head))
    return kept, running


def page_notes(
    area: Sequence[tuple[int, str]],
    notes: list[AreaNote],
    last: int,
    before: str | None,
    width: float,
) -> EarlierNotes:
    """The notes of *area* read in sequence as *notes* set in order: a column's running text
    between two of them taken out on a page of plain text (*width*, the usual running line
    in characters, is 0 for ``-layout`` text) whose lines are a column's width
    (:func:`column_text`), and the earlier notes at its foot put first (:func:`earlier_notes`;
    *last* and *before* as there)."""
    running: list[int] = []
    if 0 < width <= _COLUMN_WIDTH:
        notes, running = column_text(area, notes)
    found = earlier_notes(area, notes, last, before)
    if found is None:
        return EarlierNotes(notes, [], running)
    return EarlierNotes(found.notes, found.carried, sorted([*running, *found.running]))


@frozen
class EarlierNotes:
    """The notes of an area with the earlier notes read after them put first, and the lines
    over those that carry on the previous page's last note or are running text."""

    notes: list[AreaNote]
    carried: list[int]
    running: list[int]


def earlier_notes(
    area: Sequence[tuple[int, str]], notes: list[AreaNote], last: int, before: str | None
) -> EarlierNotes | None:
    """The notes of *area* (``(index, text)`` of its non-blank lines; a blank line where the
    indices skip), read in sequence as *notes*, with a block of earlier notes at its foot
    taken out of the last note and put first (see the module); ``None`` when there is no
    such block. *last* is the number of the last note read before the area, *before* its
    text (``None`` when no note was read): unlabelled lines opening the block carry it on
    when it reads unfinished, and are running text when they break off unfinished above the
    earlier notes (the right column's text that plain ``pdftotext`` read before them)."""
    if not notes or before is None:
        return None
    first = notes[0].n
    if first - last < 2:
        return None  # no number left between the last note read and the area's first
    for p in range(1, len(area)):
        if area[p][0] == area[p - 1][0] + 1:
            continue  # a block opens only after a blank line
        found = _block(area, p, last, first)
        if found is None:
            continue
        q, earlier = found
        lines = [index for index, _ in area[p:q]]
        carried = lines if not finished(before) else []
        running = lines if lines and not carried and not finished(area[q - 1][1]) else []
        if lines and not (carried or running):
            return None  # a note's own lines: no earlier notes below it
        start = area[p][0]
        if any(note.first >= start for note in notes):
            return None  # a note of the area opens inside the block: no foot of the area
        kept = [
            AreaNote(note.n, note.first, [k for k in note.lines if k < start], note.head)
            for note in notes
        ]
        return EarlierNotes([*earlier, *kept], carried, running)
    return None


def _block(
    area: Sequence[tuple[int, str]], p: int, last: int, first: int
) -> tuple[int, list[AreaNote]] | None:
    """Where the earlier notes of a block opening at *p* start, and those notes; ``None``
    when the block holds none or runs into the area's own numbers."""
    for q in range(p, min(p + _CARRIED + 1, len(area))):
        if q > p and area[q][0] != area[q - 1][0] + 1:
            return None  # the unlabelled lines that open the block are one run
        label = read_label(area[q][1])
        if label is None or not label.rest:
            continue
        if not last < label.n < first or label.n > last + LOST + 1:
            return None
        labels = [m for _, text in area[q:] if (m := read_label(text)) is not None and m.rest]
        if any(m.n >= first for m in labels):
            return None
        return q, note_texts(area[q:], label.n)
    return None
