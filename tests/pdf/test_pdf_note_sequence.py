"""How the notes of PDF pages are numbered and carried: a numbering that jumps ahead, a note
printed on the page after its marker's, a long note carried to the next page."""

from __future__ import annotations

from pathlib import Path

import make_note_pages
import make_pdfs
import pytest

from purgehist.api import parse_file
from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.paged import split_paged
from purgehist.model.documents import walk_paragraphs


def notes_of(
    tmp_path: Path, pages: list[make_note_pages.PageSpec], continuation: float = 150.0
) -> list[tuple[str, str]]:
    """The notes the ``pdf`` format reads from *pages*, as ``(number, text)``; *continuation*:
    the length of the rule over a note's rest carried over."""
    path = tmp_path / "notes.pdf"
    path.write_bytes(make_note_pages.note_pages(pages, continuation=continuation))
    (document,) = parse_file(path, options={"language": "de", "claims": False}).dataset.documents
    found = [n for p in walk_paragraphs(document.divisions) for n in p.notes]
    return [(n.n, n.text or "") for n in sorted(found, key=lambda n: n.line or 0)]


def test_a_raised_label_far_ahead_of_the_sequence_opens_its_own_note(tmp_path: Path) -> None:
    # the typesetter's counter jumped (3, then 15): the raised labels and their markers still
    # tell each note from the note above it
    pages: list[make_note_pages.PageSpec] = [
        (
            ["Die Partei war an ihre Beschlüsse gebunden.^1 Dabei blieb",
             "es auch nach dem Parteitag.^2 Die Ausgabe erschien später."],
            [("1", ["Vgl. Müller 2001, 45."]), ("2", ["Ebd., 12."])],
        ),
        (
            ["Die Partei war an ihre Beschlüsse gebunden.^3 Dabei blieb",
             "es auch nach dem Parteitag.^15 Die Ausgabe erschien später.",
             "Die Bezirke folgten erst spät.^16 Dann kam der Krieg."],
            [("3", ["Schmidt 1999, 7."]), ("15", ["Weber 1985, 3."]), ("16", ["Ebd., 9."])],
        ),
    ]  # fmt: skip
    assert notes_of(tmp_path, pages) == [
        ("1", "Vgl. Müller 2001, 45."),
        ("2", "Ebd., 12."),
        ("3", "Schmidt 1999, 7."),
        ("15", "Weber 1985, 3."),
        ("16", "Ebd., 9."),
    ]


def _marked(notes: list[tuple[str, bool]]) -> list[SourceLine]:
    """A page as the PDF front end gives it: running text with markers 1 to 3, then *notes*
    (text, whether the front end saw a label)."""
    body = ["Die Partei war gebunden.¹ Dabei blieb es auch nach dem", "Parteitag,² wie",
            "die Verbindung zeigt.³ Die Ausgabe erschien später."]  # fmt: skip
    lines = [SourceLine(text, 1, k, LineKind.BODY) for k, text in enumerate(body, 1)]
    return lines + [
        SourceLine(text, 1, k, LineKind.NOTE, known) for k, (text, known) in enumerate(notes, 4)
    ]


@pytest.mark.parametrize("later", [2, 3])
def test_a_raised_number_ahead_of_a_label_still_to_come_carries_its_note_on(later: int) -> None:
    # "15" opening note 1's second line is followed by labels between 1 and 15: a stray
    # raised number (an isotope, an exponent), not a jump of the numbering
    notes = [("1 Vgl. die Messung des", True), ("15 N im Boden, 45.", True)]
    notes += [(f"{n} Ebd., {n}.", True) for n in range(2, later + 1)]
    layout = split_paged(_marked(notes))
    assert [note.n for note in layout.notes] == list(range(1, later + 1))
    assert layout.notes[0].text == "Vgl. die Messung des 15 N im Boden, 45."


def _moved_note() -> list[make_note_pages.PageSpec]:
    """Two pages: the last running line of page 1 holds the marker of note 2, which is printed
    at the foot of page 2, before note 3 (a word processor's move, the page being full)."""
    return [
        (
            ["Die Partei war an ihre Beschlüsse gebunden.^1 Dabei blieb",
             *(make_note_pages.filler(1, i) for i in range(1, 25)),
             "Text der Seite 1, Zeile 25, wie die Akten zeigen.^2 Die Ausgabe erschien"],
            [("1", ["Vgl. Müller 2001, 45."])],
        ),
        (
            ["später, nach dem Parteitag.^3 Dabei blieb es."],
            [("2", ["Ebd., 12."]), ("3", ["Schmidt 1999, 7."])],
        ),
    ]  # fmt: skip


@pytest.mark.parametrize("body_size", [False, True], ids=["smaller", "body-size"])
def test_a_note_printed_on_the_page_after_its_marker_is_that_marker_s_note(
    tmp_path: Path, body_size: bool
) -> None:
    path = tmp_path / "moved.pdf"
    path.write_bytes(make_note_pages.note_pages(_moved_note(), body_size=body_size))
    (document,) = parse_file(path, options={"language": "de", "claims": False}).dataset.documents
    paragraphs = list(walk_paragraphs(document.divisions))
    # each note with the word its marker follows
    placed = [(n.n, n.text, p.text[: n.offset].split()[-1]) for p in paragraphs for n in p.notes]
    assert placed == [
        ("1", "Vgl. Müller 2001, 45.", "gebunden."),
        ("2", "Ebd., 12.", "zeigen."),
        ("3", "Schmidt 1999, 7.", "Parteitag."),
    ]


def test_small_line_without_rule_after_an_unfinished_note_is_no_note_where_notes_are_ruled() -> (
    None
):
    # a caption, a table's rows or a footer in the notes' size at the foot of the next page:
    # the document sets its notes under a rule, and these stand under none
    lines = read_pdf_lines(make_pdfs.note_then_small_line(finished=False), "caption.pdf")
    assert [line.text for line in lines if line.page == 2 and line.kind == LineKind.NOTE] == []


def test_a_long_note_carried_under_the_next_page_s_rule_stays_one_note(tmp_path: Path) -> None:
    rest = [f"und weitere Akten der Bezirksleitung, Band {i}, Berlin 1990," for i in range(7)]
    pages: list[make_note_pages.PageSpec] = [
        (
            ["Die Partei war an ihre Beschlüsse gebunden.^1 Dabei blieb"],
            [("1", ["Vgl. Müller 2001, 45, dazu ausführlich die Protokolle der Sitzungen"])],
        ),
        (
            ["es auch nach dem Parteitag.^2 Die Ausgabe erschien später."],
            [("", [*rest, "hier S. 12."]), ("2", ["Ebd., 12."])],
        ),
        (["Die Bezirke folgten erst spät.^3 Dann kam der Krieg."], [("3", ["Ebd., 9."])]),
    ]
    assert notes_of(tmp_path, pages) == [
        ("1", " ".join(["Vgl. Müller 2001, 45, dazu ausführlich die Protokolle der Sitzungen",
                        *rest, "hier S. 12."])),
        ("2", "Ebd., 12."),
        ("3", "Ebd., 9."),
    ]  # fmt: skip


def test_a_note_s_rest_under_a_full_width_continuation_rule_stays_that_note(
    tmp_path: Path,
) -> None:
    # the document rules its notes with a short rule, but sets the rest of a note carried to
    # the next page under a rule across the column, as Word and LibreOffice do
    rest = ["und weitere Akten der Bezirksleitung, Band 3, Berlin 1990,", "hier S. 12."]
    pages: list[make_note_pages.PageSpec] = [
        (
            ["Die Partei war an ihre Beschlüsse gebunden.^1 Dabei blieb"],
            [("1", ["Vgl. Müller 2001, 45, dazu ausführlich die Protokolle der Sitzungen"])],
        ),
        (["es auch nach dem Parteitag. Die Ausgabe erschien später."], [("", rest)]),
        (["Die Bezirke folgten erst spät.^2 Dann kam der Krieg."], [("2", ["Ebd., 9."])]),
    ]
    assert notes_of(tmp_path, pages, continuation=450.0) == [
        ("1", " ".join(["Vgl. Müller 2001, 45, dazu ausführlich die Protokolle der Sitzungen",
                        *rest])),
        ("2", "Ebd., 9."),
    ]  # fmt: skip


def test_a_raised_number_opening_a_note_s_line_without_its_marker_stays_in_the_note(
    tmp_path: Path,
) -> None:
    # "12" raised at the start of note 2's second line is an exponent: the page's running
    # text has no marker 12, and the jump from 2 is more than lost notes explain
    pages: list[make_note_pages.PageSpec] = [
        (
            ["Die Partei war an ihre Beschlüsse gebunden.^1 Dabei blieb",
             "es auch nach dem Parteitag.^2 Die Ausgabe erschien später."],
            [("1", ["Vgl. Müller 2001, 45."]),
             ("2", ["Die Schätzung lag bei 10", "^12 Mark im Jahr, Weber 1985, 3."])],
        ),
    ]  # fmt: skip
    assert notes_of(tmp_path, pages) == [
        ("1", "Vgl. Müller 2001, 45."),
        ("2", "Die Schätzung lag bei 10 12 Mark im Jahr, Weber 1985, 3."),
    ]
