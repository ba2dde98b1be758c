"""The PDF front end on a word processor's layouts made here: a note carried from the foot of one
column to the foot of the next."""

from __future__ import annotations

import make_column_pages

from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind, SourceLine


def notes_of(lines: list[SourceLine], page: int) -> list[str]:
    return [line.text for line in lines if line.page == page and line.kind == LineKind.NOTE]


def test_a_note_broken_off_at_a_column_s_foot_goes_on_at_the_next_column_s_foot() -> None:
    lines = read_pdf_lines(make_column_pages.column_notes(finished=False), "carried.pdf")
    assert notes_of(lines, 1) == [
        "1 Vgl. Müller 2001, 45.",
        "2 Ebd., 12; dazu die Akten der",
        "Bezirksleitung, Bd. 2, Berlin 1990.",
    ]


def test_a_small_line_at_the_next_column_s_foot_after_a_finished_note_is_no_note() -> None:
    lines = read_pdf_lines(make_column_pages.column_notes(finished=True), "finished.pdf")
    assert notes_of(lines, 1) == ["1 Vgl. Müller 2001, 45.", "2 Ebd., 12."]


def test_a_note_ended_in_the_next_column_leaves_the_next_page_s_foot_alone() -> None:
    lines = read_pdf_lines(
        make_column_pages.column_notes(finished=False, overleaf_line=True), "ended.pdf"
    )
    assert notes_of(lines, 1)[-1] == "Bezirksleitung, Bd. 2, Berlin 1990."
    assert notes_of(lines, 2) == []
