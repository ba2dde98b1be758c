"""Note labels that ``pdftotext -layout`` printed on the line below their note's first line
(a word processor's note number set in a frame of its own, as LibreOffice prints a DOCX
file's notes): put back above that line, in a page's notes area as in an endnotes section."""

from __future__ import annotations

from purgehist.formats.text.lowered_labels import lowered_labels
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_divisions

_BODY = [
    "Building on Harlow and Pettit, a doctoral candidate at the University of",
    "Nebraska wrote two essays about the gazette.1 Her reading drew attention",
    "to the lasting effect of the affair on both Veblen and Small, as well",
    "as to its prophetic side.2 Issued soon afterwards, a survey of the",
    "press revisited central parts of the same account.",
]
_NOTES = [
    "",
    "1",
    "  Thomas R. Harlow, “Review: The Making of Neutral Reporting,” American Journal",
    "of Sociology 91, no. 3 (1985): 704–19, on 705.",
    "",
    " Ruth Ellen Pettit, “Veblen and the Gazette,” Journal of",
    "2",
    "",
    "Press History Review 4, no. 2 (1979): 21–37; Pettit, “The Lecturer.”",
]


def test_a_label_below_an_indented_first_line_is_found() -> None:
    assert lowered_labels(_NOTES, opened=True) == [6]


def test_a_number_below_a_line_of_running_text_is_no_lowered_label() -> None:
    texts = [*_BODY[:3], "12", "", "press revisited central parts of the same account."]
    assert lowered_labels(texts, opened=True) == []


def test_a_label_over_its_notes_continuation_stays() -> None:
    # the continuation is indented as deep as the first line: the label opens the next note
    texts = ["", " Ruth Ellen Pettit, “Veblen and the Gazette.”", "2", "", " Ibid., 4."]
    assert lowered_labels(texts, opened=True) == []


def test_a_page_note_whose_label_is_printed_below_its_first_line_is_read_whole() -> None:
    text = "\n".join([*_BODY, *_NOTES, ""])
    result = parse_text(text + "\f" + "\n".join(_BODY[:2]), options=TextOptions(claims=False))
    notes = {
        note.n: note.text
        for _, division in walk_divisions(result.dataset.documents[0].divisions)
        for p in division.paragraphs
        for note in p.notes
    }
    assert notes["2"] == (
        "Ruth Ellen Pettit, “Veblen and the Gazette,” Journal of Press History Review 4, "
        "no. 2 (1979): 21–37; Pettit, “The Lecturer.”"
    )
    assert notes["1"] is not None
    assert notes["1"].endswith("on 705.")
