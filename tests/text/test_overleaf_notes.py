"""A note printed at the foot of the page after its marker's: a word processor moves the note
of a marker that ends a full page to the next page, where it opens the notes area above that
page's own notes."""

from __future__ import annotations

from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs

_FIRST = [
    "The Leeds committee met twice in the spring, first in the back room of the",
    "printing house, then at the town hall, which lent it a table.6 Its minutes",
    "survive in the copy the secretary kept, which his niece gave to the county",
    "archive with the letters of the printers who had sat on the committee.7",
    "6 Minute book of the press committee, county archive, box 3, folder 1.",
]
_SECOND = [
    "They show a body divided from the first on what a newspaper owed to its",
    "readers, and on what its readers owed to the newspaper.8 The secretary",
    "himself wrote that the quarrel was older than the committee and would",
    "outlast it, which proved true when the printers left it in the autumn.9",
    "7 Letter of Ann Hale to the archivist of the county, 12 May 1932.",
    "8 Samuel Price, The Reader's Due (Leeds: Marsh, 1902), 41–44.",
    "9 Price, The Reader's Due, 60.",
]


def _notes(pages: list[list[str]]) -> dict[str, str | None]:
    text = "\f".join("\n".join(["", *page, ""]) for page in pages)
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = walk_paragraphs(dataset.documents[0].divisions)
    return {note.n: note.text for p in paragraphs for note in p.notes}


def test_a_note_printed_a_page_after_its_marker_opens_the_next_notes_area() -> None:
    notes = _notes([_FIRST, _SECOND])
    assert list(notes) == ["6", "7", "8", "9"]
    assert notes["7"] == "Letter of Ann Hale to the archivist of the county, 12 May 1932."
    assert notes["9"] == "Price, The Reader's Due, 60."


def test_a_number_without_its_marker_overleaf_opens_no_notes_area() -> None:
    first = [
        *_FIRST[:3],
        "archive with the letters of the printers who had sat on the committee.",
        _FIRST[4],
    ]
    notes = _notes([first, _SECOND])
    assert "7" not in notes
