"""Note labels that ``pdftotext -layout`` printed on the line below their note's first line
(a word processor's note number set in a frame of its own, as LibreOffice prints a DOCX
file's notes): put back above that line, in a page's notes area as in an endnotes section."""

from __future__ import annotations

from purgehist.formats.text.lowered_labels import lowered_labels
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_divisions

_BODY = [
    "Following up on Carey and Sims, a graduate student at the University of",
    "Iowa contributed two pieces about the newspaper.1 Her analysis pointed",
    "to the crucial influence of the episode on both Dewey and Park, as well",
    "as to its premonitory dimension.2 Published shortly after, a history of",
    "the media took up key aspects of the same narrative.",
]
_NOTES = [
    "",
    "1",
    "  James W. Carey, “Review: The Discovery of Objectivity,” American Journal",
    "of Sociology 87, no. 5 (1982): 1182–88, on 1182.",
    "",
    " Zena Beth McGlashan, “John Dewey and News,” Journal of",
    "2",
    "",
    "Communication Inquiry 2, no. 1 (1976): 3–14; McGlashan, “The Professor.”",
]


def test_a_label_below_an_indented_first_line_is_found() -> None:
    assert lowered_labels(_NOTES, opened=True) == [6]


def test_a_number_below_a_line_of_running_text_is_no_lowered_label() -> None:
    texts = [*_BODY[:3], "12", "", "the media took up key aspects of the same narrative."]
    assert lowered_labels(texts, opened=True) == []


def test_a_label_over_its_notes_continuation_stays() -> None:
    # the continuation is indented as deep as the first line: the label opens the next note
    texts = ["", " Zena Beth McGlashan, “John Dewey and News.”", "2", "", " Ibid., 4."]
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
        "Zena Beth McGlashan, “John Dewey and News,” Journal of Communication Inquiry 2, "
        "no. 1 (1976): 3–14; McGlashan, “The Professor.”"
    )
    assert notes["1"] is not None
    assert notes["1"].endswith("on 1182.")
