"""A two-column page's left notes read after its right ones, in plain ``pdftotext`` text.

Plain ``pdftotext`` may read the notes at the foot of a two-column page's right column before
those of its left column: below the right column's notes (the page's later ones), after a
blank line, come the notes that the sequence wants first (``35 … 38``, then ``33``, ``34``).
Read in sequence, those lower labels end up inside the last note's text. Such a block is told
by its place and its numbers: it follows a blank line, it opens with a label between the
last note read before the page and the area's first, and its notes stay below the area's
first. A few unlabelled lines may open the block: the rest of the previous page's last note,
which the left column's foot carries on above its own notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from purgehist.formats.text.note_areas import LOST, AreaNote, finished, note_texts, read_label

__all__ = ["EarlierNotes", "earlier_notes"]

_CARRIED = 4
"""How many lines, at most, of the previous page's last note may open the block."""


@frozen
class EarlierNotes:
    """The notes of an area with the earlier notes read after them put first, and the lines
    that carry on the previous page's last note."""

    notes: list[AreaNote]
    carried: list[int]


def earlier_notes(
    area: Sequence[tuple[int, str]], notes: list[AreaNote], last: int, before: str | None
) -> EarlierNotes | None:
    """The notes of *area* (``(index, text)`` of its non-blank lines; a blank line where the
    indices skip), read in sequence as *notes*, with a block of earlier notes at its foot
    taken out of the last note and put first (see the module); ``None`` when there is no
    such block. *last* is the number of the last note read before the area, *before* its
    text (``None`` when no note was read): unlabelled lines opening the block carry it on
    only when it reads unfinished."""
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
        if q > p and finished(before):
            return None  # nothing to carry on: the lines are no rest of a note
        start = area[p][0]
        if any(note.first >= start for note in notes):
            return None  # a note of the area opens inside the block: no foot of the area
        kept = [
            AreaNote(note.n, note.first, [k for k in note.lines if k < start], note.head)
            for note in notes
        ]
        return EarlierNotes([*earlier, *kept], [index for index, _ in area[p:q]])
    return None


def _block(
    area: Sequence[tuple[int, str]], p: int, last: int, first: int
) -> tuple[int, list[AreaNote]] | None:
    """Where the earlier notes of a block opening at *p* start, and those notes; ``None``
    when the block holds none, runs into the area's own numbers or stops short of its foot."""
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
