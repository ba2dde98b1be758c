"""Notes of a book's pages in plain ``pdftotext`` output (no indents): a note whose first line
reads like a heading is a note, not a numbered heading over running text, when the line below
it is as wide as a note's (notes are set in smaller type, so their full lines hold more
characters)."""

from __future__ import annotations

from purgehist.formats.text.area_checks import heads_a_paragraph
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.note_areas import AreaNote


def test_a_note_opening_like_a_heading_over_a_note_wide_line_heads_no_paragraph() -> None:
    lines = [
        SourceLine("1 For a later survey of the press’s readers in the north coast, see", 1, 1),
        SourceLine(
            "Ilse Brandvold in an issue given over to the press: “Lesere og lesing,” Kringkast 9.",
            1,
            2,
        ),
    ]
    note = AreaNote(1, 0, [1], head=lines[0].text[2:])
    assert heads_a_paragraph(note, lines, 0.0)  # the width unknown: read as a heading
    assert not heads_a_paragraph(note, lines, 72.0)
