"""Symbols that label no note in scholarly books: a table's significance key, starred
(ungrammatical or reconstructed) examples, a starred section heading, a table cell's own note,
paragraph and section signs opening a line, a list's bullets, a glossing line's
abbreviations, daggers for the deceased, starred entries of a bibliography or a contents
list. Each is read as ``pdftotext -layout`` and plain ``pdftotext`` set it, alone and in a
document whose other pages do carry symbol notes, and none becomes a symbol note."""

from __future__ import annotations

from pathlib import Path

import pytest

from purgehist.api import parse_file
from purgehist.formats.text.lines import source_lines
from purgehist.formats.text.symbol_notes import symbol_notes
from purgehist.model.documents import walk_paragraphs

# a page showing the scheme: notes ∗ and † with both markers glued in the running text
SCHEME = "\n".join(
    [
        "The particle stands second in its clause,∗ after the first stressed word.†",
        "",
        "∗ Translator’s note: Wackernagel’s term is ‘Stellung’.",
        "† Translator’s note: compare Delbrück (1878: 12).",
        "\f",
    ]
)

_PAGES = {
    "significance key under a table": [
        "Table 3: Acceptability ratings by group",
        "",
        "                     Native speakers      Learners",
        "   Condition A           4.21**             3.87*",
        "   Condition B           2.10               2.95*",
        "",
        "* p < .05, ** p < .01",
        "",
        "The learners rated both conditions alike, as Table 3 shows.",
    ],
    "significance key under starred row names": [
        "Table 4: Mean reading times (ms)",
        "",
        "   Condition         Early       Late",
        "   Subject first*      412        430",
        "   Object first**      498        521",
        "",
        "* p < .05  ** p < .01, against the baseline.",
    ],
    "significance key under starred row names, plain": [
        "Table 4: Mean reading times (ms)",
        "Condition",
        "Subject first*",
        "Object first**",
        "Early",
        "412",
        "498",
        "* p < .05 ** p < .01, against the baseline.",
    ],
    "significance key, plain": [
        "Table 3: Acceptability ratings by group",
        "Native speakers",
        "Learners",
        "Condition A",
        "4.21**",
        "3.87*",
        "* p < .05, ** p < .01",
        "The learners rated both conditions alike.",
    ],
    "numbered examples with starred forms": [
        "The object pronoun must follow the verb:",
        "",
        "(3)   a. *Him saw she.",
        "      b. She saw him.",
        "",
        "(4)   * the cat sleep on the mat",
        "",
        "The root *bʰer- ‘carry’ shows the same vowel.",
    ],
    "starred section heading": [
        "3.4* Advanced topics",
        "",
        "Sections marked with an asterisk may be skipped on a first reading.",
        "",
        "* This section assumes Chapter 2.",
    ],
    "section and paragraph signs opening lines": [
        "The statute was amended twice.",
        "§ 12 Every claim shall be filed within a year.",
        "§ 13 The court may extend the term.",
        "¶ 14 The parties agree that the term ran.",
        "¶ 15 The appeal was dismissed.",
    ],
    "bullet list": [
        "The archive holds three series:",
        "* letters from 1890 to 1914,",
        "* account books,",
        "* photographs.",
    ],
    "glossing abbreviations": [
        "Abbreviations:",
        "* ungrammatical; ? marginal; † obsolete form; ‡ reconstructed",
        "ACC accusative; NOM nominative",
    ],
    "daggers for the deceased": [
        "Contributors",
        "Hans Müller (Berlin)",
        "† 1938",
        "Anna Weber (Vienna) † 1951",
        "Müller, Hans, † 1938, 12, 45",
    ],
    "starred bibliography and contents": [
        "Contents",
        "3.4* Advanced topics ........ 45",
        "* Brown, A. (1892). Word order. Leipzig.",
        "* Delbrück, B. (1878). Die altindische Wortfolge. Halle.",
    ],
}


@pytest.mark.parametrize("name", sorted(_PAGES))
@pytest.mark.parametrize("scheme", [0, 2], ids=["alone", "after-two-pages-of-notes"])
def test_a_symbol_that_labels_no_note_makes_no_symbol_note(name: str, scheme: int) -> None:
    page = "\n".join(_PAGES[name]) + "\n\n42\n\f"
    lines = source_lines(SCHEME * scheme + page)
    kept, notes = symbol_notes(lines)
    assert len(notes) == 2 * scheme
    tail = len(_PAGES[name])
    assert [line.text for line in kept[-tail:]] == [line.text for line in lines[-tail:]]


def test_an_authors_note_on_a_papers_first_page_is_read_where_the_paper_uses_the_scheme() -> None:
    first = "\n".join(
        [
            "Second position clitics in Ancient Greek",
            "Jane Doe∗ and John Roe†",
            "",
            "Abstract. We restate the law for the early texts.",
            "",
            "∗ Corresponding author: jane.doe@example.org.",
            "† University of Leipzig.",
            "\f",
        ]
    )
    _, notes = symbol_notes(source_lines(first + SCHEME))
    assert [(n.label, n.parts) for n in notes][:2] == [
        ("∗", ["Corresponding author: jane.doe@example.org."]),
        ("†", ["University of Leipzig."]),
    ]
    # one page alone does not show the scheme: left as the numbered notes' reader takes it
    assert symbol_notes(source_lines(first))[1] == []


def test_a_pdflatex_page_of_starred_cells_examples_and_headings_keeps_its_numbered_notes() -> None:
    typeset = Path(__file__).resolve().parent.parent / "pdf" / "typeset" / "starred.pdf"
    (document,) = parse_file(typeset, options={"claims": False}).dataset.documents
    notes = [(n.n, n.text or "") for p in walk_paragraphs(document.divisions) for n in p.notes]
    assert [label for label, _ in notes] == ["1", "2", "3"]
    assert all(text.startswith("Note") for _, text in notes)
