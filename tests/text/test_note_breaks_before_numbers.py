"""A note's line that ends in the abbreviation of a number's unit (``vol. 12, no.``, ``p.``,
``S.``) breaks before that number: the next line opening with the number carries the note on,
though the line before ends in a full stop, and the numbering does not start again there."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from purgehist.formats.text.note_areas import finished
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model import Paragraph
from purgehist.model.documents import walk_divisions


@pytest.mark.parametrize(
    ("text", "done"),
    [
        pytest.param("Okafor reviews it in vol. 12, no.", False, id="en-no"),
        pytest.param("Hale, Port Offices, vol.", False, id="en-vol"),
        pytest.param("Webb, Port Offices (London, 1901), p.", False, id="en-p"),
        pytest.param("Brandt, Chronik der Stadt, Bd. 2, S.", False, id="de-S"),
        pytest.param("Minutes of the Board, fol.", False, id="en-fol"),
        pytest.param("Webb, Port Offices, 14.", True, id="page-and-stop"),
        pytest.param("He never said so.", True, id="sentence"),
        pytest.param("Hale’s own account is in Board Papers, box 3.", True, id="box-number"),
        pytest.param("as in Stat. 305.", True, id="number-then-stop"),
    ],
)
def test_a_line_ending_in_a_numbers_unit_is_unfinished(text: str, done: bool) -> None:
    assert finished(text) is done


def _notes(pages: Sequence[str]) -> list[tuple[str, str | None]]:
    result = parse_text("\f".join(pages), file="book.txt", options=TextOptions(claims=False))

    def walk() -> Iterator[Paragraph]:
        for _, division in walk_divisions(result.dataset.documents[0].divisions):
            yield from division.paragraphs

    return [(note.n, note.text) for paragraph in walk() for note in paragraph.notes]


def test_an_endnote_broken_after_no_does_not_restart_the_numbering() -> None:
    # made up, shaped as pdftotext -layout prints a book's endnotes: a label alone on its line,
    # the note's text below it; note 2's line breaks between "no." and its number
    pages = [
        "CHAPTER ONE\n\nThe board met.1 Its members were listed.2 The clerks wrote.3\n",
        "Endnotes\n"
        "1\n"
        "    Webb to Hale, May 3, 1801, Board Papers, box 2.\n"
        "2\n"
        "    Marsh and Otieno edited the series until their retirement, see vol. 12, no.\n"
        "4 (1911) for the first; Lindqvist edited it from vol. 19, no. 2 (1918).\n"
        "3\n"
        "    Hale to Webb, Jun 10, 1801, Board Papers, box 3.\n",
        "CHAPTER TWO\n\nThe clerks left.1\n",
    ]
    notes = _notes(pages)
    assert [label for label, _ in notes][:3] == ["1", "2", "3"]
    assert notes[1][1] == (
        "Marsh and Otieno edited the series until their retirement, see vol. 12, no. 4 (1911) "
        "for the first; Lindqvist edited it from vol. 19, no. 2 (1918)."
    )
    assert notes[2][1] == "Hale to Webb, Jun 10, 1801, Board Papers, box 3."
