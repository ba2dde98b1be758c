"""The PDF front end on PDFs made here: line kinds, markers, labels, columns, hyphenation, side
notes, fonts scaled by the matrix."""

from __future__ import annotations

import make_pdfs
import pytest

from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind, SourceLine


@pytest.fixture(scope="module")
def book() -> list[SourceLine]:
    return read_pdf_lines(make_pdfs.book(), "book.pdf")


def kinds_on(lines: list[SourceLine], page: int, kind: LineKind) -> list[str]:
    return [line.text for line in lines if line.page == page and line.kind == kind]


def test_markers_are_superscript_digits_at_their_place(book: list[SourceLine]) -> None:
    body = kinds_on(book, 2, LineKind.BODY)
    assert body[0] == "Die Partei war an ihre Beschlüsse gebunden.³ Dabei blieb"
    assert any(text.endswith("später.⁴") for text in body)


def test_note_lines_start_with_their_plain_label(book: list[SourceLine]) -> None:
    assert kinds_on(book, 1, LineKind.NOTE) == [
        "1 Vgl. Müller 2001, 45.",
        "2 Ebd., 12; dazu Schmidt 1999.",
    ]
    assert kinds_on(book, 3, LineKind.NOTE)[0].startswith("5 Vgl.")


def test_running_heads_and_page_numbers(book: list[SourceLine]) -> None:
    for page in (1, 2, 3):
        assert kinds_on(book, page, LineKind.RUNNING_HEAD) == [f"Die Geschichte der Partei {page}"]
        assert kinds_on(book, page, LineKind.PAGE_NUMBER) == [str(page + 10)]
    first = [line for line in book if line.page == 1]
    assert first[0].line == 1
    assert first[0].kind == LineKind.RUNNING_HEAD


def test_hyphenation_joined_but_a_word_s_own_hyphen_kept(book: list[SourceLine]) -> None:
    body = kinds_on(book, 1, LineKind.BODY)
    assert body[1] == "es auch nach dem Parteitag, wie die Verbindung"
    assert body[2].startswith("zwischen Moskau")
    assert body[2].endswith("Die Marx-Engels-Ausgabe")
    assert body[3] == "erschien erst später.²"


def test_body_lines_are_not_notes(book: list[SourceLine]) -> None:
    kinds = {line.kind for line in book if "Fortlaufender" in line.text}
    assert kinds == {LineKind.BODY}


def test_two_columns_are_read_column_by_column() -> None:
    lines = read_pdf_lines(make_pdfs.two_columns(), "columns.pdf")
    texts = [line.text for line in lines]
    assert texts[:12] == [f"Links {i} steht hier im Text." for i in range(1, 13)]
    assert texts[12:] == [f"Rechts {i} folgt danach." for i in range(1, 13)]


def test_a_caption_across_both_columns_leaves_the_page_read_by_column() -> None:
    lines = read_pdf_lines(make_pdfs.two_columns_with_figure(), "figure.pdf")
    texts = [line.text for line in lines if line.page == 4 and "Seite" in line.text]
    upper_left = [f"Links {i} auf Seite 4." for i in range(1, 13)]
    upper_right = [f"Rechts {i} auf Seite 4." for i in range(1, 13)]
    assert texts[:24] == upper_left + upper_right


@pytest.fixture(scope="module")
def side_notes() -> list[SourceLine]:
    return read_pdf_lines(make_pdfs.side_notes(), "side-notes.pdf")


def test_side_note_marker_stays_in_its_line_beside_a_longer_note(
    side_notes: list[SourceLine],
) -> None:
    # the marker is raised above the baseline the note's first line has in the margin, and the
    # note's line has more characters than the text's line beside it
    body = kinds_on(side_notes, 2, LineKind.BODY)
    assert [text for text in body if text.startswith("Ende")] == [
        "Ende des Absatzes.²",
        "Ende des Absatzes.³",
    ]
    assert len(body) == 30


def test_side_notes_are_read_as_notes_after_the_text(side_notes: list[SourceLine]) -> None:
    page = [line for line in side_notes if line.page == 3]
    assert {line.kind for line in page[:30]} == {LineKind.BODY}
    notes = kinds_on(side_notes, 3, LineKind.NOTE)
    assert len(notes) == 10
    assert notes[0] == "4 Eine lange Anmerkung der Seite 3, Zeile 0, im Rand."
    assert notes[5] == "5 Eine lange Anmerkung der Seite 3, Zeile 0, im Rand."


def test_a_page_with_one_short_side_note_takes_the_margin_of_the_others(
    side_notes: list[SourceLine],
) -> None:
    assert kinds_on(side_notes, 1, LineKind.NOTE) == ["1 Kurz."]
    assert "Ende des Absatzes.¹" in kinds_on(side_notes, 1, LineKind.BODY)


def test_a_table_in_the_text_s_size_is_read_row_by_row_beside_side_notes(
    side_notes: list[SourceLine],
) -> None:
    # its columns leave the margin's strip free, but both are set in the text's size
    texts = [line.text for line in side_notes if line.page == 5]
    assert texts[:4] == ["Zeile 1 der Tabelle", "17", "Zeile 2 der Tabelle", "1017"]


def test_fonts_set_at_one_point_and_scaled_by_the_matrix_read_as_printed(
    book: list[SourceLine],
) -> None:
    scaled = read_pdf_lines(make_pdfs.book(scaled=True), "scaled.pdf")
    assert [(line.page, line.kind, line.text) for line in scaled] == [
        (line.page, line.kind, line.text) for line in book
    ]


def test_a_number_on_the_baseline_of_a_note_line_is_marked_no_label() -> None:
    lines = read_pdf_lines(make_pdfs.wrapped_notes(), "wrapped.pdf")
    notes = [
        (line.text[:8], line.label_known)
        for line in lines
        if line.page == 1 and line.kind == LineKind.NOTE
    ]
    assert notes == [
        ("1 Vgl. M", True),
        ("2 Müller", True),
        ("3 (1982)", False),
        ("3 Ebd., ", True),
    ]
    assert all(line.label_known is None for line in lines if line.kind != LineKind.NOTE)


def test_where_labels_stand_on_the_baseline_their_numbers_are_left_to_the_parser() -> None:
    lines = read_pdf_lines(make_pdfs.wrapped_notes(raised=False), "plain.pdf")
    notes = [line for line in lines if line.kind == LineKind.NOTE]
    assert notes[2].text == "3 (1982), S. 45-67."
    assert all(line.label_known is not False for line in notes)


def test_small_lines_with_raised_numbers_after_text_with_markers_are_endnotes() -> None:
    lines = read_pdf_lines(make_pdfs.endnotes(markers=True), "endnotes.pdf")
    assert kinds_on(lines, 3, LineKind.NOTE) == [
        "1 Vgl. Müller 2001, 45.",
        "2 Ebd., 12.",
        "3 Schmidt 1999, 7.",
        "4 Weber 1985, 3.",
    ]


def test_raised_numbers_no_marker_of_the_text_has_open_no_notes() -> None:
    lines = read_pdf_lines(make_pdfs.endnotes(markers=False), "list.pdf")
    assert [line.text for line in lines if line.kind == LineKind.NOTE] == []
    # four lines opening with raised numbers in ascending order make a page of labels, not of
    # markers wrapped to a line's start: written as plain text prints them
    assert "1 Vgl. Müller 2001, 45." in kinds_on(lines, 3, LineKind.BODY)


def test_small_line_at_the_foot_continues_a_note_left_unfinished_where_notes_have_no_rule() -> None:
    pdf = make_pdfs.note_then_small_line(finished=False, ruled=False)
    lines = read_pdf_lines(pdf, "on.pdf")
    assert kinds_on(lines, 2, LineKind.NOTE) == ["Bezirksleitung, Bd. 2, Berlin 1990."]


def test_small_line_at_the_foot_after_a_finished_note_is_no_note() -> None:
    lines = read_pdf_lines(make_pdfs.note_then_small_line(finished=True), "done.pdf")
    assert kinds_on(lines, 1, LineKind.NOTE) == ["1 Vgl. Müller 2001, 45.", "Ebd., 12."]
    assert kinds_on(lines, 2, LineKind.NOTE) == []


def test_note_numbers_running_into_their_text_in_a_hanging_indent_are_labels() -> None:
    lines = read_pdf_lines(make_pdfs.word_processor_notes(), "writer.pdf")
    assert kinds_on(lines, 2, LineKind.NOTE) == [
        "3 Electrical World 38 (1901): 2.",
        '4 "From a Seer\'s Mind," 1910.',
    ]
    assert [
        line.label_known for line in lines if line.page == 2 and line.kind == LineKind.NOTE
    ] == [True, True]


def test_a_note_s_later_line_opening_with_a_number_run_into_a_word_is_no_label() -> None:
    lines = read_pdf_lines(make_pdfs.word_processor_notes(), "writer.pdf")
    notes = [line for line in lines if line.page == 1 and line.kind == LineKind.NOTE]
    assert [(line.text, line.label_known) for line in notes] == [
        ("1 Vgl. Müller, Die Partei im Bezirk,", True),
        ("2D Graphik, Berlin 1990,", None),
        ("2nd ed., 45.", None),
        ("2 Ebd.", True),
    ]


def test_numbers_run_into_their_text_are_no_labels_where_notes_are_set_flush_left() -> None:
    # a note's later line starts where the numbers stand, so "2D Graphik" cannot be told from
    # a label by its place: the numbers are left to the parser, none taken for a label
    lines = read_pdf_lines(make_pdfs.word_processor_notes(hanging=False), "flush.pdf")
    notes = [line for line in lines if line.page == 1 and line.kind == LineKind.NOTE]
    assert [(line.text, line.label_known) for line in notes] == [
        ("1Vgl. Müller, Die Partei im Bezirk,", None),
        ("2D Graphik, Berlin 1990,", None),
        ("2nd ed., 45.", None),
        ("2Ebd.", None),
    ]


def test_notes_in_the_body_s_size_under_a_rule_with_raised_labels_are_notes() -> None:
    lines = read_pdf_lines(make_pdfs.body_size_notes(), "word.pdf")
    assert kinds_on(lines, 1, LineKind.NOTE) == [
        "1 Vgl. Müller 2001, 45.",
        "2 Müller, Die Partei im Bezirk, in:",
    ]
    assert kinds_on(lines, 2, LineKind.NOTE) == [
        "Zeitschrift für Geschichte 3 (1982), 45.",
        "3 Ebd., 12.",
    ]


def test_raised_numbers_in_the_body_s_size_under_a_rule_answering_no_marker_are_text() -> None:
    lines = read_pdf_lines(make_pdfs.body_size_notes(markers=False), "word.pdf")
    assert [line.text for line in lines if line.kind == LineKind.NOTE] == []


def test_a_short_note_repeated_at_every_page_foot_is_a_note_not_a_running_foot() -> None:
    lines = read_pdf_lines(make_pdfs.repeated_short_notes(), "translated.pdf")
    for page in (1, 2, 3):
        assert kinds_on(lines, page, LineKind.NOTE) == [f"{page} My translation."]
        assert kinds_on(lines, page, LineKind.RUNNING_HEAD) == []


def test_a_citation_line_set_smaller_and_indented_under_the_notes_is_no_note() -> None:
    lines = read_pdf_lines(make_pdfs.citation_under_notes(), "chapter.pdf")
    assert kinds_on(lines, 1, LineKind.NOTE) == [
        "1 The register survives in two copies.",
        "2 The seal is lost; a drawing remains.",
    ]
    assert [line.text[:13] for line in lines if line.kind == LineKind.RUNNING_HEAD] == [
        "Anna Berg. 20",
        "early modern ",
    ]


def test_a_table_s_notes_labelled_with_raised_letters_open_no_notes_area() -> None:
    lines = read_pdf_lines(make_pdfs.table_notes(), "table.pdf")
    assert kinds_on(lines, 1, LineKind.NOTE) == ["1 See the corpus description."]
    assert kinds_on(lines, 2, LineKind.NOTE) == []


def test_notes_labelled_with_raised_letters_that_the_running_text_has_are_notes() -> None:
    lines = read_pdf_lines(make_pdfs.lettered_notes(), "edition.pdf")
    for page in (1, 2):
        assert kinds_on(lines, page, LineKind.NOTE) == [
            "a The manuscript reads 'edictum'.",
            "b Added in a later hand.",
        ]
