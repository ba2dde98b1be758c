"""The title of an endnotes section, whatever word a document's language uses for notes and
whatever word it is joined to (``Notes and References``, ``Sources and Notes``); a lone
``Note`` (a boxed remark's heading) or a sentence about notes is none."""

from __future__ import annotations

import pytest

from purgehist.formats.text.endnotes import endnotes_title
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs

_CHAPTER = [
    "The harbour board met in the spring of 1887 and resolved to build a new quay,1 though",
    "the money for it was not yet found. Its members wrote to the ministry twice,2 and the",
    "ministry answered only the second letter.3 The quay opened in 1891.4",
    "",
    "                                   12",
]
_NOTES = [
    "1 Webb, Port Offices, 14.",
    "2 Ibid., 15–16.",
    "3 Minutes of 12 May 1887, fol. 3r.",
    "4 Harbour Gazette, 3 June 1891.",
    "",
    "                                   13",
]


@pytest.mark.parametrize(
    "title",
    [
        "Notes",
        "NOTES AND REFERENCES",
        "Notes and Sources",
        "Sources & Notes",
        "Notas",
        "Fußnoten",
        "Примечания",
        "Notes et références",
    ],
)
def test_endnotes_under_a_title_in_any_wording(title: str) -> None:
    text = "\n".join(_CHAPTER) + "\f" + "\n".join([title, "", *_NOTES])
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    paragraphs = walk_paragraphs(dataset.documents[0].divisions)
    notes = [(n.n, n.text) for p in paragraphs for n in p.notes]
    assert notes == [
        ("1", "Webb, Port Offices, 14."),
        ("2", "Ibid., 15–16."),
        ("3", "Minutes of 12 May 1887, fol. 3r."),
        ("4", "Harbour Gazette, 3 June 1891."),
    ]


@pytest.mark.parametrize(
    "line", ["Note", "NOTE", "The notes", "Notes on the text were kept", "Notes and more notes"]
)
def test_other_lines_are_no_endnotes_title(line: str) -> None:
    assert not endnotes_title(line)
