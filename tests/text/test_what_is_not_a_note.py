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
        pytest.param("Id., p. 45", id="idem-and-page"),
        pytest.param("Ib., S. 3", id="ibidem-and-seite"),
        pytest.param("Cf. n. 3", id="confer-note"),
        pytest.param("Ib. 12", id="ibidem-bare-page"),
        pytest.param("ebd., S. 12", id="ebenda-and-seite"),
        pytest.param("Ibid., 45", id="ibid-and-page"),
        pytest.param("Op. cit., p. 3", id="opere-citato"),
        pytest.param("χ² (1, n = 832) = 38,35, p < 0,001, V = 0,215", id="test-statistic"),
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


@pytest.mark.parametrize(
    ("line", "label"),
    [
        pytest.param("as the tracing was done with SystemTap8 and more", 8, id="word"),
        pytest.param("the funding went to the NGOs3 and not to the state", 3, id="acronym-plural"),
        pytest.param("as several MPs12 said in the debate", 12, id="members-plural"),
        pytest.param("the scans were kept as PDFs4 on the server", 4, id="files-plural"),
        pytest.param("the archives of the USSRs3 last years", 3, id="state-plural"),
    ],
)
def test_a_number_glued_to_a_word_is_a_marker(line: str, label: int) -> None:
    hit = find_markers([line], [label])[0]
    assert hit is not None
    assert hit.sure
    assert line[hit.start : hit.end] == str(label)


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


_CASE_PAGE = """\
The prosecutor's case rested on the confession alone, which the court of appeal later
found had been obtained under duress,1 and the earlier ruling was cited only in passing
by the dissent, which otherwise followed the trial court's reasoning closely.
1 Smith v. Jones, 345 U.S. 12 (1953), the leading case on confessions at the time.

201
"""

_SHORT_NOTE_PAGE = """\
The dissent relied on the same case,2 and so did the commentators who wrote on the ruling
in the years after it, most of them in the law reviews of the time and a few in the press.3
2 {note}
3 Ibid., p. 46, where the court restates the rule in full and gives its reasons.

202
"""


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Id., p. 45", id="abbreviation"),
        pytest.param("Ib. 12", id="abbreviation-and-page"),
        pytest.param("1914-1918, 213-15, 240", id="years-and-pages"),
    ],
)
def test_a_short_citation_opening_a_notes_area_is_a_note(note: str) -> None:
    text = _CASE_PAGE + "\f" + _SHORT_NOTE_PAGE.format(note=note)
    dataset = parse_text(text, file="case.txt").dataset
    notes = {n.n: n.text for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes}
    assert notes.get("2") == note
    assert (notes.get("3") or "").startswith("Ibid., p. 46")


def test_a_row_of_bare_numbers_under_the_next_label_is_no_note() -> None:
    text = (
        _CASE_PAGE
        + "\f"
        + _SHORT_NOTE_PAGE.format(note="Id., p. 45").replace("\n202\n", "\n202\n\f" + _BARCODE_PAGE)
    )
    dataset = parse_text(text, file="case.txt").dataset
    notes = [n.text for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes]
    assert not any("783946" in (t or "") for t in notes)


_BARCODE_PAGE = """\
The series publishes monographs and edited volumes on the languages of the Americas, their
grammar, their history and the communities who speak them, in print and open access.4
4 783946 234371
"""
