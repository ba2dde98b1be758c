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
    "This recipe declares two channel bindings:1 a binding from the",
    "height column onto the vertical channel, and a binding from the age",
    "column onto the horizontal channel. It then applies a bar primitive2 to",
]
_NOTES = [
    "1 On bindings: a notation proves its worth when its users build",
    "",
    "pictures with it that its author never had in mind.",
    "2 Or, in the vocabulary of a rival toolkit, a glyph.",
    "",
]
_RIGHT = [
    "draw them. I prefer this recipe because it makes plain that we are building",
    "maps from the space of the data to the space of the picture; in the jargon",
    "of the field these maps are scales which can in turn be chosen (to take",
    "square-root axes, or to decide how shades are handed out). Other recipes hide",
    "this central point about how the grammar is put together by naming the channel",
    "first and attaching data columns to it afterwards. Indeed, we can look at that",
    "now: below, the recipe above is rewritten for two other toolkits, supposing",
    "that people is a table with height and age columns, as in the opening example.",
]


def test_a_columns_notes_in_the_middle_of_the_page_end_where_the_next_column_starts() -> None:
    texts = [*_LEFT, *_NOTES, *_RIGHT]
    assert column_breaks(texts) == [len(_LEFT) + len(_NOTES)]


def test_notes_at_the_foot_of_a_one_column_page_part_nothing() -> None:
    assert column_breaks([*_LEFT, *_NOTES]) == []


def test_the_rest_of_a_pages_last_note_below_a_blank_line_parts_nothing() -> None:
    rest = ["pictures with it that its author never had in mind, as users", "often do."]
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
        "On bindings: a notation proves its worth when its users build pictures with it that "
        "its author never had in mind."
    )
    assert notes["2"] == "Or, in the vocabulary of a rival toolkit, a glyph."
    text = " ".join(p.text for d in divisions for p in d.paragraphs)
    assert "primitive to draw them. I prefer this recipe" in text


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
