"""The title of an endnotes section, whatever word a document's language uses for notes and
a word for its sources joined to it (``Notes and References``, ``Sources and Notes``); a lone
``Note`` (a boxed remark's heading), a journal's heading (``Notes and Documents``) or a sentence
about notes is none."""

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
    "line",
    [
        "Note",
        "NOTE",
        "The notes",
        "Notes on the text were kept",
        "Notes and more notes",
        "NOTES AND DOCUMENTS",
        "Notes and Queries",
        "Reviews and Notes",
        "Notes et documents",
        "Notes and 12",
    ],
)
def test_other_lines_are_no_endnotes_title(line: str) -> None:
    assert not endnotes_title(line)


def test_a_journal_heading_over_notes_opens_no_notes_section() -> None:
    first = [
        "The harbour board met for the last time in the spring, when its members agreed that the",
        "port would be run by the town from the first of the next year.1 None kept minutes.",
        "",
        "1 Minutes of the harbour board, 12 March 1851, Town Archives, B 14.",
        "",
        "                                   41",
    ]
    second = [
        "NOTES AND DOCUMENTS",
        "",
        "A Letter from the Harbour Master, 1852",
        "",
        "The letter printed below was found among the papers of the town clerk in 1998.2 It is the",
        "only account of the harbour's last year under the board that survives, and it names the",
        "ships that entered the port in that year with their cargoes and the duties paid.3",
        "",
        "2 Town Archives, Papers of the Town Clerk, C 7, no. 12.",
        "3 On the duties, see Smith, The Port and the Town (London, 1901), 88-94.",
        "",
        "                                   42",
    ]
    text = "\n".join(first) + "\f" + "\n".join(second)
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    found = [
        (p.text[:20], [n.n for n in p.notes])
        for p in walk_paragraphs(dataset.documents[0].divisions)
        if p.notes
    ]
    assert found == [("The harbour board me", ["1"]), ("The letter printed b", ["2", "3"])]
