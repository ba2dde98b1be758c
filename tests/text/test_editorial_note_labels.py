"""Editors' notes set in square brackets (``[Henry Bessemer (1813–1898) was …]``), whose label
the word processor's export glued to the opening bracket (``194[Henry``)."""

from __future__ import annotations

from purgehist.formats.text.note_areas import read_label
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_divisions

_BODY = [
    "truth it contains. My reception on the whole was about such as that of Sir Henry Bessemer4",
    "must have been, had he gone to and fro seeking to communicate to the iron men the chemistry",
    "of steel making. I found myself in the atmosphere of opinion. The crush of fact was not",
    "welcome. In the search for help among active newspaper men, I visited in 1887 all the",
    "news centres of the country east of the Rocky mountains.5 At the last the conclusion was",
    "forced that direct aid could not then be had from the newspaper managers.",
]
_NOTES = [
    "4[Henry Bessemer (1813–1898) was a British inventor and industrialist whose steel-making",
    "   process would become the most important technique for making steel in the century.]",
    "5[Ford also narrated this trip in a letter sent to Edward Atkinson on April 13, 1887.]",
]


def test_a_label_glued_to_the_bracket_of_an_editors_note_is_read() -> None:
    label = read_label(_NOTES[0])
    assert label is not None
    assert (label.n, label.rest[:15]) == (4, "[Henry Bessemer")


def test_a_number_glued_to_a_bracketed_letter_or_figure_is_no_label() -> None:
    assert read_label("1[a] the first case") is None
    assert read_label("12[3] Stat. 305") is None


def test_editors_notes_in_brackets_are_read_from_the_page_foot() -> None:
    earlier = ["", *_BODY[:3], "", "3 Ibid., 12.", ""]
    earlier[2] = earlier[2].replace("chemistry", "chemistry3")
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
    assert notes["4"].startswith("[Henry Bessemer")
    assert notes["5"] == _NOTES[2][1:]
