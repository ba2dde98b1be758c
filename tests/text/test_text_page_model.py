"""The page model: lines on pages, with or without known kinds, read by ``parse_lines``.

A front end that knows each line's kind (the PDF one) hands them over as they are: notes are
the page's notes area, running heads and page numbers are set aside, superscript digits in
running text are markers. The plain-text front end knows only the characters: pages at form
feeds, kinds inferred."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from purgehist.formats.text.lines import LineKind, SourceLine, pages_known, source_lines
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.read import TextOptions, parse_lines, parse_text
from purgehist.model import Note
from purgehist.model.documents import walk_paragraphs
from purgehist.plugins.specs import ParseResult

BODY, NOTE, HEAD, NUMBER = LineKind.BODY, LineKind.NOTE, LineKind.RUNNING_HEAD, LineKind.PAGE_NUMBER


def _lines(pages: Sequence[Sequence[tuple[str, LineKind]]]) -> list[SourceLine]:
    return [
        SourceLine(text, page, line, kind)
        for page, lines in enumerate(pages, start=1)
        for line, (text, kind) in enumerate(lines, start=1)
    ]


def _parse(lines: Sequence[SourceLine]) -> ParseResult:
    return parse_lines(lines, file="book.pdf", options=TextOptions(claims=False), sha256="0" * 64)


def _notes(result: ParseResult) -> list[tuple[str, str, str | None]]:
    """``(label, text before the marker, note text)`` of every note, in order."""
    found: list[tuple[str, str, str | None]] = []
    for paragraph in walk_paragraphs(result.dataset.documents[0].divisions):
        for note in paragraph.notes:
            found.append(
                (note.n, paragraph.text[max(0, note.offset - 12) : note.offset], note.text)
            )
    return found


def test_kinds_from_the_front_end_are_trusted() -> None:
    lines = _lines(
        [
            [
                ("The Customs House", HEAD),
                ("Rent was paid by the treasury.¹ The clerks kept", BODY),
                ("the books.²", BODY),
                ("1 Webb, Port Offices (Boston, 1921), 14.", NOTE),
                ("2 Ibid., 15.", NOTE),
                ("7", NUMBER),
            ],
            [
                ("The Customs House", HEAD),
                ("The house burned in 1799.³", BODY),
                ("3 Webb, Port Offices, 30.", NOTE),
                ("8", NUMBER),
            ],
        ]
    )
    result = _parse(lines)
    assert _notes(result) == [
        ("1", "he treasury.", "Webb, Port Offices (Boston, 1921), 14."),
        ("2", "t the books.", "Ibid., 15."),
        ("3", "ned in 1799.", "Webb, Port Offices, 30."),
    ]
    paragraphs = list(walk_paragraphs(result.dataset.documents[0].divisions))
    assert all("Customs House" not in p.text for p in paragraphs)  # running heads set aside
    assert [b.n for p in paragraphs for b in p.page_breaks] == ["7", "8"]


def test_a_page_the_front_end_read_as_running_text_has_no_notes() -> None:
    """Numbered exercises at a page foot, with superscripts in the formulas above, are no
    notes area when the front end saw the page's lines as running text."""
    lines = _lines(
        [
            [
                ("The model has two individuals.¹", BODY),
                ("1 We write M for the model throughout.", NOTE),
            ],
            [
                ("Exercise 2.1 Give the denotation in M¹ of each formula, and", BODY),
                ("say which of them are true in the model M²:", BODY),
                ("1. There is a pink elephant in the garden.", BODY),
                ("2. Something tickles every guest at the dinner.", BODY),
            ],
        ]
    )
    assert [n[0] for n in _notes(_parse(lines))] == ["1"]


def test_a_note_line_without_a_label_carries_the_last_note_on() -> None:
    lines = _lines(
        [
            [("A claim.¹", BODY), ("1 Webb, Port Offices (Boston,", NOTE)],
            [("Another claim.²", BODY), ("1921), 14.", NOTE), ("2 Ibid., 15.", NOTE)],
        ]
    )
    notes = _notes(_parse(lines))
    assert notes[0][2] == "Webb, Port Offices (Boston, 1921), 14."
    assert notes[1][2] == "Ibid., 15."


def test_unknown_kinds_are_inferred_page_by_page() -> None:
    pages = []
    said = ("The board met.", "It paid the rent.", "The house burned.", "It was rebuilt.")
    for k in range(1, 5):
        pages.append(
            [
                ("A HISTORY OF THE PORT", LineKind.UNKNOWN),
                (f"{said[k - 1]}{k} So the clerks wrote.", LineKind.UNKNOWN),
                ("", LineKind.UNKNOWN),
                (f"{k} Webb, Port Offices, {10 + k}.", LineKind.UNKNOWN),
                (f"{k + 100}", LineKind.UNKNOWN),
            ]
        )
    result = _parse(_lines(pages))
    notes = _notes(result)
    assert [n[0] for n in notes] == ["1", "2", "3", "4"]
    assert [n[1][-6:] for n in notes] == ["d met.", " rent.", "urned.", "built."]
    evidence = result.dataset.evidence
    assert [e.locator.normalised for e in evidence if e.locator] == ["11", "12", "13", "14"]


def test_text_front_end_splits_pages_at_form_feeds() -> None:
    lines = source_lines("one\ntwo\n\fthree\r\nfour")
    assert [(line.text, line.page, line.line) for line in lines] == [
        ("one", 1, 1),
        ("two", 1, 2),
        ("three", 2, 3),
        ("four", 2, 4),
    ]
    assert pages_known(lines)
    assert not pages_known(source_lines("one\ntwo"))


def test_parse_text_and_parse_lines_agree() -> None:
    text = "The board met.1 It paid.2\n\n1 Webb, Port Offices, 14.\n2 Ibid., 15.\n\fEnd.\n"
    by_text = _notes(parse_text(text, file="book.txt", options=TextOptions(claims=False)))
    by_lines = _notes(_parse(source_lines(text)))
    assert by_text == by_lines
    assert [n[0] for n in by_text] == ["1", "2"]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        pytest.param("The act was passed.[1] It stood.", "[1]", id="bracket"),
        pytest.param("The act was passed.¹ It stood.", "¹", id="superscript"),
        pytest.param("The act was passed. 1 It stood.", "1", id="after-a-space"),
        pytest.param("The act was passed in 19241 and stood.", "1", id="glued-to-a-year"),
        # XeLaTeX through pdftotext: the raised number set off between the sentence's stop
        # and a stray stop of its own
        pytest.param("The act was passed. 1 . It stood.", "1", id="before-a-stray-stop"),
    ],
)
def test_marker_forms(body: str, label: str) -> None:
    note = f"{label} Webb, Port Offices, 14." if label != "¹" else "1 Webb, Port Offices, 14."
    text = f"{body}\n\n{note}\n\f"
    notes = _notes(parse_text(text, file="act.txt", options=TextOptions(claims=False)))
    assert [(n[0], n[2]) for n in notes] == [("1", "Webb, Port Offices, 14.")]
    assert notes[0][1].endswith(("passed.", "in 1924"))


def test_page_references_statutes_and_years_are_no_markers() -> None:
    text = "See p. 2 and 3 Stat. 305 of 1924.1 It stood.\n\n1 Webb, Port Offices, 14.\n\f"
    notes = _notes(parse_text(text, file="act.txt", options=TextOptions(claims=False)))
    assert [(n[0], n[1]) for n in notes] == [("1", "305 of 1924.")]


def test_a_page_number_before_a_stray_stop_is_no_marker() -> None:
    text = "See p. 1 . The act was passed. 1 . It stood.\n\n1 Webb, Port Offices, 14.\n\f"
    notes = _notes(parse_text(text, file="act.txt", options=TextOptions(claims=False)))
    assert [(n[0], n[1]) for n in notes] == [("1", " was passed.")]


def test_a_figure_before_a_french_spaced_semicolon_is_no_marker() -> None:
    line = (
        "Le débat est ancien (Bourdieu, 1979 : 12 ; Passeron, 1991 : 45). "
        "La thèse fut reprise. 12 Elle dura."
    )
    hit = find_markers([line], [12])[0]
    assert hit is not None
    assert line[hit.start - 9 : hit.end + 3] == "reprise. 12 El"


@pytest.mark.parametrize(
    ("line", "before"),
    [
        pytest.param("The scores from Table 7.310 show that it rises.", "Table 7.3", id="table"),
        pytest.param(
            "Patterns were drawn (Figure 11.114 ) to show it.", "Figure 11.1", id="figure"
        ),
        pytest.param("Die Werte in Tabelle 9.510 steigen an.", "Tabelle 9.5", id="tabelle"),
    ],
)
def test_a_marker_glued_to_a_tables_number(line: str, before: str) -> None:
    label = line.split(before)[1].split()[0]
    hit = find_markers([line], [int(label)])[0]
    assert hit is not None
    assert line[: hit.start].endswith(before)
    assert line[hit.start : hit.end] == label


def test_a_number_glued_to_a_figure_elsewhere_is_no_marker() -> None:
    assert find_markers(["The sum was 7.310 in all, and 12.114 later."], [10, 14]) == [None, None]
    # a table's own two-digit number holds no marker: Table 9.13 is no table 9.1 and note 3
    assert find_markers(["Table 9.13: Number of words per text"], [3]) == [None]


def test_a_number_after_a_comma_and_before_a_spaced_semicolon_is_no_marker() -> None:
    text = (
        "Il distingue deux étapes, 1 ; la seconde suit. Le port fut fermé. 1 Il rouvrit."
        "\n\n1 Webb, Port Offices, 14.\n\f"
    )
    notes = _notes(parse_text(text, file="port.txt", options=TextOptions(claims=False)))
    assert [(n[0], n[1]) for n in notes] == [("1", "t fut fermé.")]


def test_notes_found_with_a_known_kind_keep_their_labels() -> None:
    note = Note(n="1", offset=0)
    assert note.n == "1"  # the model's note keeps the printed label as a string


def test_endnotes_at_the_end_of_the_book_restart_per_chapter() -> None:
    pages = [
        "Chapter 1\n\nThe board met in 1799.1 It paid the rent.2\n\n3",
        "The house burned.3 It was rebuilt.\n\n4",
        "Chapter 2\n\nThe clerks wrote.1 They left.2\n\n5",
        "Notes\n\nChapter 1\n1 Webb, Port Offices, 14.\n2 Ibid., 15.\n"
        "3 Webb, Port Offices, 30; a long\n   note over lines.\n"
        "Chapter 2\n1 Brandt, Chronik, 12.\n2 Ibid., 13.\n\n6",
        "Bibliography\n\nWebb, John. Port Offices. Boston, 1921.\n\n7",
    ]
    result = parse_text("\f".join(pages), file="book.txt", options=TextOptions(claims=False))
    assert [(n[0], n[1][-8:], n[2]) for n in _notes(result)] == [
        ("1", "in 1799.", "Webb, Port Offices, 14."),
        ("2", "he rent.", "Ibid., 15."),
        ("3", " burned.", "Webb, Port Offices, 30; a long note over lines."),
        ("1", "s wrote.", "Brandt, Chronik, 12."),
        ("2", "ey left.", "Ibid., 13."),
    ]
    locators = [e.locator.normalised for e in result.dataset.evidence if e.locator]
    assert locators == ["14", "15", "30", "12", "13"]


def test_a_form_feed_inside_a_line_ends_its_page() -> None:
    lines = source_lines("one\n3\ftwo")
    assert [(line.text, line.page) for line in lines] == [("one", 1), ("3", 1), ("two", 2)]


def test_endnotes_at_the_end_of_each_chapter() -> None:
    pages = [
        "Kapitel 1 Der Hafen\n\nDer Rat tagte 1799.1 Er zahlte die Miete.2\n\n3",
        "Anmerkungen\n\n1 Weber, Hafenämter, 14.\n2 Ebd., 15.\n\n4",
        "Kapitel 2 Die Schreiber\n\nDie Schreiber schrieben.1 Sie gingen.2\n\n5",
        "Anmerkungen\n\n1 Brandt, Chronik, 12.\n2 Ebd., 13.\n\n6",
    ]
    result = parse_text("\f".join(pages), file="buch.txt", options=TextOptions(claims=False))
    assert [(n[0], n[2]) for n in _notes(result)] == [
        ("1", "Weber, Hafenämter, 14."),
        ("2", "Ebd., 15."),
        ("1", "Brandt, Chronik, 12."),
        ("2", "Ebd., 13."),
    ]
    locators = [e.locator.normalised for e in result.dataset.evidence if e.locator]
    assert locators == ["14", "15", "12", "13"]


def test_problems_name_the_file_line_whatever_the_form_feeds() -> None:
    text = "Rent was paid.1\n\n1 Ibid., 14.\n2\fThe clerks left.2\n\n2 Ibid.\n"
    result = parse_text(text, file="book.txt", options=TextOptions(claims=False))
    unresolved = [p.location for p in result.problems if p.code == "citation-unresolved"]
    assert unresolved == ["book.txt:3", "book.txt:6"]  # line 4 holds two pages' lines
    assert [e.provenance.line for e in result.dataset.evidence if e.provenance] == [3, 6]


def test_per_page_line_numbers_are_named_with_their_page() -> None:
    lines = _lines(
        [
            [("Rent was paid.¹", BODY), ("1 Ibid., 14.", NOTE)],
            [("The clerks left.²", BODY), ("2 Ibid., 15.", NOTE)],
        ]
    )
    result = parse_lines(
        lines, file="book.pdf", options=TextOptions(claims=False), sha256="0" * 64, per_page=True
    )
    unresolved = [p.location for p in result.problems if p.code == "citation-unresolved"]
    assert unresolved == ["book.pdf, page 1, line 2", "book.pdf, page 2, line 2"]


_HEADING_AT_FOOT = """\
The Yuchi moved south during the seventeenth century, pressed by the Cherokee,1 and
most of them lived in northern Georgia in the early nineteenth century.2 The greater
part of the nation was moved west between 1836 and 1840.

1 Jackson, Yuchi Ceremonial Life (Lincoln, 2003), 12.
2 Mithun, The Languages of Native North America (Cambridge, 1999), 574.
                                                                              11
\f\
Gatschet's work among the Yuchi in Oklahoma was the first major effort in the study
of the language that goes beyond the making of simple word lists. Wagner's grammar
remained the fullest account of the language until the end of the century.


3 Earlier attempts at a Siouan-Yuchi connection
Given what is now known about where the ancestral Siouan-Catawban and Yuchi peoples
lived in the early days of European expansion, a few points are worth making: the
Yuchi lived close to the Catawba during the sixteenth century and long after it.
                                                                              12
\f\
Sapir grouped Siouan with many other languages in a family he called Hokan-Siouan.3

3 Sapir, "Central and North American Languages," Encyclopaedia Britannica (1929), 139.
                                                                              13
"""


def test_a_numbered_heading_at_a_page_foot_is_no_note() -> None:
    notes = _notes(parse_text(_HEADING_AT_FOOT, options=TextOptions(claims=False)))
    assert [(label, text and text[:12]) for label, _, text in notes] == [
        ("1", "Jackson, Yuc"),
        ("2", "Mithun, The "),
        ("3", 'Sapir, "Cent'),
    ]


_LIST_TAKEN_FOR_NOTES = """\
The board met in the spring of 1788.1 It paid the rent of the customs house.2

1 Webb, Port Offices (Boston, 1921), 11.
2 Webb, Port Offices, 12.
\f\
The oath of the clerks named four duties.1 The first two were the oldest.2 All four were
sworn to before the collector.

1 Weigh the cargo and record it in the ledger.
2 Collect the duty before the ship is unloaded.
3 Keep the ledger locked at night.
4 Report every seizure to the collector.
\f\
The house burned in 1799.3 It was rebuilt within the year.

3 Webb, Port Offices, 30.
\f\
CHAPTER 2

The second chapter turns to the ships themselves.1

1 Durand, Histoire des navires (Paris, 1950), 9.
"""


def test_markers_of_a_list_taken_for_notes_go_with_it() -> None:
    notes = _notes(parse_text(_LIST_TAKEN_FOR_NOTES, options=TextOptions(claims=False)))
    durand = [before.strip() for _, before, text in notes if text and text.startswith("Durand")]
    assert durand == ["themselves."]
    assert [label for label, _, text in notes if text] == ["1", "2", "3", "1"]


def test_a_restart_stands_on_a_marker_set_off_as_the_document_sets_many() -> None:
    # half the markers are set off from their words ("case. 2 It"), as plain pdftotext prints
    # some typesetters' raised numbers; a chapter's numbering starts again on such a marker
    pages = [
        f"The board met in hall {chr(64 + n)} of the port and heard the case."
        f"{'' if n % 2 else ' '}{n} It paid.\n"
        f"The clerk wrote the minutes of meeting {chr(64 + n)} down.\n\n"
        f"{n} Webb, Port Offices, {n + 10}.\n\f"
        for n in range(1, 13)
    ]
    pages.append(
        "The next chapter began in the hall of the port and heard the case. 1 It paid.\n"
        "The clerk wrote the minutes of the last meeting down.\n\n1 Clark, Harbours, 7.\n\f"
    )
    notes = _notes(parse_text("".join(pages), file="book.txt", options=TextOptions(claims=False)))
    assert [n[0] for n in notes] == [*map(str, range(1, 13)), "1"]
    assert notes[-1][1:] == ("rd the case.", "Clark, Harbours, 7.")
