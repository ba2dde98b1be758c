"""Books whose note labels stand on lines of their own (as plain ``pdftotext -layout`` prints
the notes of many typeset books): footnotes whose markers are set off from the words, and
endnotes gathered at the end of each chapter under chapter headings in capitals."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs
from purgehist.plugins.specs import ParseResult


def _parse(pages: Sequence[str]) -> ParseResult:
    return parse_text("\f".join(pages), file="book.txt", options=TextOptions(claims=False))


def _notes(result: ParseResult) -> list[tuple[str, str, str | None]]:
    """``(label, the word before its marker, note text)`` of every note, in order."""
    found: list[tuple[str, str, str | None]] = []
    for paragraph in walk_paragraphs(result.dataset.documents[0].divisions):
        for note in paragraph.notes:
            before = paragraph.text[: note.offset].split()
            found.append((note.n, before[-1] if before else "", note.text))
    return found


_TOWNS = ("Boston", "Salem", "Newport", "Hartford", "Portland", "Albany")


def _foreword_page(first: int) -> str:
    town = _TOWNS[first // 2 % len(_TOWNS)]
    return (
        f"The harbour board of {town} met every week in the customs house. {first} Its clerks\n"
        f"kept the minutes in a ledger that the treasury paid for. {first + 1} They wrote\n"
        "in a fair hand, and the ledgers survive in the county archive to this day.\n"
        "\n"
        f"{first}\n"
        f"  On the board's meetings see Webb, Port Offices ({town}, 1921), {first + 10}, and the\n"
        "minutes themselves, which the clerks copied out again every year after 1820.\n"
        f"{first + 1}\n"
        f"  Hale, Letters of the Board (Salem, 1930), {first + 20}, prints the treasury's letters\n"
        "about the ledgers and the clerks' answers to them, with a short introduction.\n"
    )


def test_a_restart_of_footnotes_with_set_off_markers_is_read() -> None:
    # every marker is set off from its word, as the document prints them all: the numbering
    # starting again at the chapter is taken on such a marker too
    chapter = (
        "CHAPTER ONE\n"
        "\n"
        "The clerks were paid by the quarter, and complained of it often. 1 The board\n"
        "answered them in writing, at length, and with little sympathy for their case.\n"
        "1\n"
        "  Minutes of the Board, 3 March 1801, fol. 12; the clerks' petition is copied into\n"
        "the same volume, with the names of the eleven clerks who put their names to it.\n"
    )
    notes = _notes(_parse([_foreword_page(k) for k in range(1, 13, 2)] + [chapter]))
    assert [n[0] for n in notes] == [*(str(k) for k in range(1, 13)), "1"]
    assert [n[1] for n in notes][:2] == ["house.", "for."]
    assert notes[-1][1] == "often."
    assert (notes[-1][2] or "").startswith("Minutes of the Board, 3 March 1801, fol. 12;")


def test_endnotes_end_at_a_chapter_heading_in_capitals() -> None:
    pages = [
        "CHAPTER ONE\n\nThe Harbour\n\nThe board met in the customs house.1 It paid.2\n",
        "Endnotes\n1\n Webb, Port Offices, 14.\n2\n Ibid., 15.\n",
        "CHAPTER TWO\n\nThe Clerks\n\nThe clerks wrote the minutes.1 They left.2\n",
        "Endnotes\n1\n Brandt, Chronicle, 12.\n2\n Ibid., 13.\n",
    ]
    notes = _notes(_parse(pages))
    assert notes == [
        ("1", "house.", "Webb, Port Offices, 14."),
        ("2", "paid.", "Ibid., 15."),
        ("1", "minutes.", "Brandt, Chronicle, 12."),
        ("2", "left.", "Ibid., 13."),
    ]


def test_an_endnote_label_set_below_its_first_line_is_put_back() -> None:
    # pdftotext -layout prints a wide label (or one with a quotation mark) a little below the
    # note's indented first line, with a blank line before the line that carries it on
    pages = [
        "CHAPTER ONE\n\nThe board met.1 It paid the rent.2 It sold the house.3\n",
        "Endnotes\n"
        "1\n"
        "  Webb to Hale, May 3, 1801, Board Papers, box 2.\n"
        "2\n"
        "  Hale to Webb, May 9, 1801, Board Papers, box 2, with a copy of the\n"
        "treasury's answer.\n"
        "  Webb to the Treasury, Jun 1, 1801, Board Papers,\n"
        "3\n"
        "\n"
        "box 3.\n",
        "CHAPTER TWO\n\nThe clerks wrote the minutes.1\n",
    ]
    notes = _notes(_parse(pages))
    assert [(n[0], n[2]) for n in notes] == [
        ("1", "Webb to Hale, May 3, 1801, Board Papers, box 2."),
        (
            "2",
            "Hale to Webb, May 9, 1801, Board Papers, box 2, with a copy of the treasury's answer.",
        ),
        ("3", "Webb to the Treasury, Jun 1, 1801, Board Papers, box 3."),
    ]
