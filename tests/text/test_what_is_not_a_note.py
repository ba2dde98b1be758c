"""What is not a note: rows of program output, a figure's labels or a schematic's part names
that open with a number are no notes, and a number that is part of a name's own spelling
(``GPLv3``) is no marker, nor a formula's index (``H1``) the marker of a restarted numbering."""

from __future__ import annotations

import pytest

from purgehist.formats.text.carried_notes import opens_paragraph
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.prose_lines import figures_row, record_text
from purgehist.formats.text.read import parse_text
from purgehist.model.documents import walk_paragraphs


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("7.59 NA 56 1", id="data-frame-row"),
        pytest.param("student1 test1 42.9", id="long-form-row"),
        pytest.param("C4 C5 4u7", id="schematic-parts"),
        pytest.param("R8 R9", id="schematic-resistors"),
        pytest.param("-3", id="axis-tick"),
        pytest.param("row.2", id="row-name"),
        pytest.param("(a)", id="panel-label"),
    ],
)
def test_a_row_of_figures_and_identifiers_is_a_record(text: str) -> None:
    assert record_text(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ibid.", id="ibid"),
        pytest.param("CC, 9.", id="short-title-and-page"),
        pytest.param("Up to 100 W, 20 V, 5 A.", id="two-short-words"),
        pytest.param("See https://r-simmer.org/", id="web-address"),
        pytest.param("en.wikipedia.org/wiki/Mozilla", id="bare-web-address"),
        pytest.param("A technical term", id="words-without-stop"),
        pytest.param("Or, to be precise, 1 ` 2", id="formula-in-a-note"),
    ],
)
def test_a_notes_words_are_prose(text: str) -> None:
    assert not record_text(text)


def test_a_plots_axis_is_a_row_of_figures() -> None:
    assert figures_row("0     5     10     15     20")
    assert not figures_row("45, 67.")
    assert not figures_row("pp. 12 14")


def test_a_number_glued_to_a_versions_letters_is_no_marker() -> None:
    line = "Version 3 of the GPL (GPLv3) changed the terms of the earlier licence,3 as we saw."
    hit = find_markers([line], [3])[0]
    assert hit is not None
    assert line[: hit.start].endswith("licence,")


def test_a_number_glued_to_a_word_is_a_marker() -> None:
    hit = find_markers(["as the tests of the study showed,3 and more"], [3])[0]
    assert hit is not None
    assert hit.sure


_R_PAGE_ONE = """\
Before we turn to the data themselves, a word on how the experiment was run. Each student
sat two tests, one at the start of the term and one at its end,1 and the two marks were
entered by hand into a spreadsheet that we then read into R.2 The spreadsheet is small, so
we can print the whole of it.
1 The tests were of the same length and difficulty, set by the same teacher each time.
2 The spreadsheet is in the book's data files; read.csv() reads it without any options.

201
"""

_R_PAGE_TWO = """\
Printed as a long form data frame, with one row per student and test, the first row holds
the mark of student1 in test1, the second the mark of student2 in test1, and so on down:
> head( grades.long, 2 )
      id  test grade
1 student1 test1 42.9
2 student2 test1 51.8

202
"""


def test_rows_of_program_output_at_a_pages_foot_are_no_notes() -> None:
    dataset = parse_text(_R_PAGE_ONE + "\f" + _R_PAGE_TWO, file="grades.txt").dataset
    notes = [
        (n.n, n.text) for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes
    ]
    assert [n for n, _ in notes] == ["1", "2"]
    assert (notes[1][1] or "").startswith("The spreadsheet is in the book's data files")


def test_an_indented_capital_line_opens_a_paragraph_not_a_notes_rest() -> None:
    note = [
        "to hear the story told by him, the recordings of his talk are",
        "also widely available",
    ]
    running = ["the usual copyleft licence, until the third version was released.2"]
    assert opens_paragraph(
        "    The next chapter discusses the second version in full", note, running
    )
    # the note's rest goes on at the note's own margin, or in mid-sentence
    assert not opens_paragraph("The Free Software Movement, a talk given in 1986.", note, running)
    assert not opens_paragraph("    and in the essay on the project itself.", note, running)
    hanging = ["    to hear the story told by him, the recordings of his talk are"]
    assert not opens_paragraph("    The Free Software Movement, a talk of 1986.", hanging, running)


_CHAPTER_END = """\
The chapter closes with the last of its tests, which compares the three groups at once,1 and
with a word on the reports that readers will meet in the papers of their own field.2
1 The test assumes that the groups' variances are the same, as Chapter 13 explains.
2 Most journals now ask for the size of the effect as well as for the value of p.

201
"""

_CHAPTER_START = """\
Chapter 14 compares the means of more than two groups. The null hypothesis says that all
the means are equal, and under H1 at least two of them differ. Let N be the size of the
sample and Nk the size of the k-th of the groups.1 Finally, Y is the outcome variable.
1 When all the groups hold the same number of people, the design is said to be balanced.

202
"""


def test_a_restart_is_marked_after_a_formulas_index() -> None:
    dataset = parse_text(_CHAPTER_END + "\f" + _CHAPTER_START, file="anova.txt").dataset
    notes = [
        (n.n, n.text) for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes
    ]
    assert [n for n, _ in notes] == ["1", "2", "1"]
    assert (notes[2][1] or "").startswith("When all the groups hold the same number")
