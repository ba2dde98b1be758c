"""Notes at the foot of a column of a two-column page in plain ``pdftotext`` output: the
left column's notes stand in the middle of the page, between a sentence broken off at the
column's foot and the right column, which carries it on."""

from __future__ import annotations

import pytest

from purgehist.formats.text import column_notes
from purgehist.formats.text.column_notes import column_breaks
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_divisions

_LEFT = [
    "This notation sets up two aesthetic mappings:1 a mapping from the",
    "weight variable onto the x aesthetic, and a mapping from the mpg",
    "variable onto the y aesthetic. It then employs a point geometry2 for",
]
_NOTES = [
    "1 Emphasis on mappings: a formalism shows its power when people make",
    "",
    "things with it that its creator did not conceive.",
    "2 Or in the parlance of another library, a mark.",
    "",
]
_RIGHT = [
    "display. I like this notation because it emphasizes that we are creating",
    "functions from data space to aesthetic space; in grammar of graphics",
    "parlance these are scale functions which can themselves be specified (to use",
    "log scales, to pick how colors are assigned). Other notations obscure this key",
    "insight into the structure of the grammar of graphics by placing the aesthetic",
    "first and assigning data variables to it. In fact, let us see that now: here",
    "is a translation of the above into the code of two libraries, assuming that",
    "cars is a data frame with weight and mpg columns, as in the first example.",
]


def test_a_columns_notes_in_the_middle_of_the_page_end_where_the_next_column_starts() -> None:
    texts = [*_LEFT, *_NOTES, *_RIGHT]
    assert column_breaks(texts) == [len(_LEFT) + len(_NOTES)]


def test_notes_at_the_foot_of_a_one_column_page_part_nothing() -> None:
    assert column_breaks([*_LEFT, *_NOTES]) == []


def test_the_rest_of_a_pages_last_note_below_a_blank_line_parts_nothing() -> None:
    rest = ["things with it that its creator did not conceive, as people", "often do."]
    assert column_breaks([*_LEFT, *_NOTES[:2], *rest]) == []


def test_a_single_note_before_lower_case_lines_parts_nothing() -> None:
    # one note and the rest of the page's text: a one-column page's note, not a column's notes
    assert column_breaks([*_LEFT, _NOTES[3], "", *_RIGHT]) == []


def test_a_numbered_line_after_a_finished_sentence_parts_nothing() -> None:
    texts = ["The steps are these.", "1 collect the data", "", *_RIGHT]
    assert column_breaks(texts) == []


def test_the_left_columns_notes_are_read_and_the_right_column_is_running_text() -> None:
    page = "\n".join([*_LEFT, *_NOTES, *_RIGHT, ""])
    result = parse_text(page + "\f" + "\n".join(_RIGHT), options=TextOptions(claims=False))
    divisions = [d for _, d in walk_divisions(result.dataset.documents[0].divisions)]
    notes = {note.n: note.text for d in divisions for p in d.paragraphs for note in p.notes}
    assert notes["1"] == (
        "Emphasis on mappings: a formalism shows its power when people make things with it "
        "that its creator did not conceive."
    )
    assert notes["2"] == "Or in the parlance of another library, a mark."
    text = " ".join(p.text for d in divisions for p in d.paragraphs)
    assert "geometry for display. I like this notation" in text


def test_a_column_is_told_from_its_first_lines_not_the_whole_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Asked at every line of a long page, the test reads a bounded number of lines each time,
    so finding column notes stays linear in the page's length."""
    calls = 0
    real = column_notes.read_label

    def counting(text: str) -> object:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(column_notes, "read_label", counting)
    texts = ["the running text of a column goes on over many lines"] * 30_000
    assert column_notes._column_follows(texts, 0, 3)
    assert calls <= column_notes._COLUMN
