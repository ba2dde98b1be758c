"""Notes of a book's pages in plain ``pdftotext`` output (no indents): a note whose first line
reads like a heading is a note, not a numbered heading over running text, when that line or
the line below it is as wide as a note's (notes are set in smaller type, so their full lines
hold more characters)."""

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


def test_a_note_whose_first_line_is_note_wide_heads_no_paragraph() -> None:
    # the line below is two joined at a line end, so its width tells nothing; the first line
    # is wider than a running line can be
    first = "3 For a recent bibliometric study of the press’s readers in the north coast, see"
    below = (
        "Ilse Brandvold in a special issue given over to the press and its readers: “Lesere og "
        "lesing i nord,” Kringkast 14, no. 3 (2020)."
    )
    lines = [SourceLine(first, 1, 1), SourceLine(below, 1, 2)]
    note = AreaNote(3, 0, [1], head=first[2:])
    assert heads_a_paragraph(note, lines, 0.0)
    assert heads_a_paragraph(note, lines, 80.0)  # no wider than running text: a heading
    assert not heads_a_paragraph(note, lines, 70.0)
