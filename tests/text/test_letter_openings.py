"""A word processor's first note on a page, run on from the running text in plain
``pdftotext`` output, that cites a letter by its writer, addressee and date."""

from __future__ import annotations

from purgehist.formats.text.note_openings import opens_note
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs


def test_a_letters_writer_addressee_and_date_open_a_note() -> None:
    assert opens_note("Franklin Ford to James B. Angell, April 13, 1887 (“A Newspaper")
    assert opens_note("Ann Hale to John M. Price, 12 May 1932, county archive, box 3.")
    # running text: a journey, a list of letters with no date after the names
    assert not opens_note("Franklin Ford went to New York, where in 1887 he met the editor")
    assert not opens_note("Letters from Ford to Dewey, 1891, survive in the archive.")
    assert not opens_note("Franklin Ford to James Angell and others, in those years, wrote")


def _notes(pages: list[list[str]]) -> dict[str, str | None]:
    text = "\f".join("\n".join(page) for page in pages)
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = walk_paragraphs(dataset.documents[0].divisions)
    return {note.n: note.text for p in paragraphs for note in p.notes}


def _page(n: int, town: str, running: str, note: list[str]) -> list[str]:
    """A page of a word processor's notes as plain pdftotext prints them: the first note
    (*note*) run on from the running text (its last line *running*), each label under its
    note's text of two lines and above a one-line note's text."""
    return [
        f"The {town} committee met twice in the spring, first in the back room of the printing",
        f"house, then at the town hall, which lent it a table.{n} Its secretary wrote at length",
        f"to the university's president, who called the plan a newspaper laboratory{n + 1} and",
        f"asked for its minutes, which the secretary sent with a letter of his own.{n + 2} The",
        running,
        *note,
        str(n),
        "",
        str(n + 1),
        "",
        "Letter of Ann Hale to the archivist of the county, written on 12 May 1932.",
        "",
        "Samuel Price, The Reader's Due: A Memoir of the County Press (Leeds: Marsh, 1902),",
        "41–44, on 42, where the same quarrel is told from the side of the printers at length.",
        str(n + 2),
        "",
        "",
    ]


_LETTER = [
    "Franklin Ford to James B. Angell, April 13, 1887 (“A Newspaper",
    "Laboratory”), in the president's papers, box 12, folder 4.",
]
_BOOK = [
    "Minute book of the press committee, county archive, box 3, folder 1; the later",
    "volumes of the minutes are lost, and so are the letters the secretary kept with them.",
]


def test_a_pages_first_note_citing_a_letter_starts_at_the_letters_writer() -> None:
    unfinished = "plan itself went further than the committee had agreed, as the letters show in"
    finished = "plan itself went further than the committee had agreed."
    pages = [
        _page(1, "Leeds", unfinished, _LETTER),
        _page(4, "York", finished, _BOOK),
        _page(7, "Hull", finished, _BOOK),
    ]
    notes = _notes(pages)
    assert notes["1"] == (
        "Franklin Ford to James B. Angell, April 13, 1887 (“A Newspaper Laboratory”), in the "
        "president's papers, box 12, folder 4."
    )
    assert (
        notes["2"] == "Letter of Ann Hale to the archivist of the county, written on 12 May 1932."
    )
