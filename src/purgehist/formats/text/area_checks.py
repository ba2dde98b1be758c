"""Checks on a start of a page's notes area that the page model tries: whether its markers
prove it out of sequence, or whether it is a numbered heading, a table's figures or a run of
lines that prints a label twice, and so no notes area; or whether an area without markers
comes next in the sequence."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from purgehist.formats.text.footnotes import heading_like
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.markers import MarkerHit
from purgehist.formats.text.note_areas import AreaNote, read_label, tabular
from purgehist.formats.text.trailing_labels import note_wide

__all__ = ["heads_a_paragraph", "next_in_line", "proven", "repeats_a_label", "tabular_note"]


def proven(hits: list[MarkerHit | None]) -> bool:
    """Whether the markers prove an area out of sequence (notes lost before it): two or more
    labels, each with a sure marker, in order."""
    return len(hits) >= 2 and all(h is not None and h.sure for h in hits)


def heads_a_paragraph(note: AreaNote, lines: Sequence[SourceLine], width: float) -> bool:
    """Whether a note's first line reads as a numbered heading over running text: the words
    of a heading, and a longer line below it (a note's first line runs to the full width
    unless the note ends there), neither of them wider than running text is (a note's, in
    small type)."""
    if not note.lines or not any(c.isalpha() for c in note.head) or not heading_like(note.head):
        return False  # a label with only its text's opening quotation mark (``26 “``) too
    if note_wide(lines[note.lines[0]].text, width) or note_wide(lines[note.first].text, width):
        return False
    head = lines[note.first].text.strip()
    return len(head) < 0.8 * len(lines[note.lines[0]].text.strip())


def tabular_note(note: AreaNote, lines: Sequence[SourceLine]) -> bool:
    """Whether the first note of an area is a table's figures (its numbers taken for labels)."""
    return tabular(" ".join([note.head, *(lines[k].text for k in note.lines)]))


def repeats_a_label(notes: list[AreaNote], lines: Sequence[SourceLine]) -> bool:
    """Whether a line carrying a note on opens with the label of a note before it: an area
    never prints a number twice, so it starts lower down."""
    used: set[int] = set()
    for note in notes:
        used.add(note.n)
        for k in note.lines:
            label = read_label(lines[k].text)
            if label is not None and label.n in used:
                return True
    return False


def next_in_line(
    notes: list[AreaNote], last: int | None, lines: Sequence[SourceLine], above: list[int]
) -> bool:
    """Whether an area whose markers the extraction lost may stand on its sequence alone: its
    notes come next after note *last* (``None`` before any note), one after the other, below a
    blank line."""
    if last is None or not notes or notes[0].n != last + 1 or not above:
        return False
    if any(b.n != a.n + 1 for a, b in pairwise(notes)):
        return False
    return not lines[above[-1]].text.strip()
