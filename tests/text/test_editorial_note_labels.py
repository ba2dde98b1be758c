"""Editors' notes set in square brackets (``[Agnes Wexcombe (1802–1879) was …]``), whose label
the word processor's export glued to the opening bracket (``4[Agnes``)."""

from __future__ import annotations

from purgehist.formats.text.note_areas import read_label
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_divisions

_BODY = [
    "spirit it carries. My welcome at the guild was much like that of Dame Agnes Wexcombe4",
    "must have been, had she gone from mill to mill trying to explain to the weavers the science",
    "of dyeing wool. I found myself among settled habits. The weight of evidence was not",
    "wanted. Looking for allies among the printers of pamphlets, I travelled in 1891 to all the",
    "market towns of the county north of the Severn valley.5 In the end the conclusion was",
    "reached that no direct help would then come from the masters of the guild.",
]
_NOTES = [
    "4[Agnes Wexcombe (1802–1879) was an English dyer and chemist whose mordant-fixing",
    "   method would become the usual way of fixing colour in wool for some decades.]",
    "5[Hale also recounted this journey in a letter written to Martha Greaves on June 2, 1891.]",
]


def test_a_label_glued_to_the_bracket_of_an_editors_note_is_read() -> None:
    label = read_label(_NOTES[0])
    assert label is not None
    assert (label.n, label.rest[:15]) == (4, "[Agnes Wexcombe")


def test_a_number_glued_to_a_bracketed_letter_or_figure_is_no_label() -> None:
    assert read_label("1[a] the first case") is None
    assert read_label("12[3] Stat. 305") is None


def test_editors_notes_in_brackets_are_read_from_the_page_foot() -> None:
    earlier = ["", *_BODY[:3], "", "3 Ibid., 12.", ""]
    earlier[2] = earlier[2].replace("science", "science3")
    page = "\n".join(["", *_BODY, "", *_NOTES, "", "                 37"])
    text = "\n".join([*earlier, "                 36"]) + "\f" + page
    result = parse_text(text, options=TextOptions(claims=False))
    notes = {
        note.n: note.text
        for _, division in walk_divisions(result.dataset.documents[0].divisions)
        for p in division.paragraphs
        for note in p.notes
    }
    assert notes["4"] is not None
    assert notes["4"].startswith("[Agnes Wexcombe")
    assert notes["5"] == _NOTES[2][1:]
