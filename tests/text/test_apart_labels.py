"""Plain ``pdftotext`` output of books whose note labels stand apart from their texts: the
labels of an endnotes section on lines of their own between blank lines, before, after or
among the texts, and a note's label left at the foot of a page whose head holds its number."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.endnotes import section_notes
from purgehist.formats.text.lines import LineKind, SourceLine, source_lines
from purgehist.formats.text.page_roles import mark_page_roles, numbers_below_folios
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs


def _section(text: str) -> dict[int, str]:
    lines = source_lines(text)
    notes = section_notes(lines, range(len(lines)))
    return {note.n: " ".join(lines[k].text for k in note.lines).strip() for note in notes}


# made up, shaped as plain pdftotext prints an InDesign endnotes section: each label between
# blank lines, mostly after its note's first paragraph, some before; a note of two paragraphs (6)
_SECTION = """A short list of the studies would include: Abel 1991; Brandt 1984; Carver
and Dunn 1987; Eliot and Frame 2003.

1

I know that students today call it “the Institute,” but that was not yet the usual name
when she taught there.

2

3

Similar remarks are to be found in Hollis 1978 and Ventner 2017.

Martha and I kept in close touch for the past twelve years—dating from a short period
when I was at the University of Toronto.” Lindqvist to Moreau, Mar 3, 1981, AMP.

4 “

Moreau changed the name of the field to the sociology of reading by 1966 (see
Okafor 1990 for a detailed account).

5

There is, of course, that fine remark about the unreliability of questionnaires.

6

The remark was made in a lecture, and it was never printed in the proceedings of the
society.

While I know that some would rather leave Moreau out of the story, leaving her out of it
would be false history.

7
"""


def test_labels_alone_between_blank_lines_are_shared_out_over_the_texts_in_order() -> None:
    notes = _section(_SECTION)
    assert sorted(notes) == [1, 2, 3, 4, 5, 6, 7]
    assert notes[1].startswith("A short list of")
    assert notes[2].startswith("I know that")
    assert notes[3] == "Similar remarks are to be found in Hollis 1978 and Ventner 2017."
    assert notes[4].startswith("Martha and I")
    assert notes[4].endswith("AMP.")
    assert notes[5].startswith("Moreau changed")
    assert notes[6].startswith("There is, of course")
    assert notes[6].endswith("the society.")
    assert notes[7].startswith("While I know")


def test_a_note_carried_over_a_page_break_stays_one_note() -> None:
    # the page break falls inside a sentence; the next note follows right below the carried
    # over lines, with no blank line between (as plain pdftotext joins them)
    text = (
        "1\n\nSee Abel 2000; Dunn 2010.\n\n2\n\nSpecifically: “a) analysis of the"
        " structure and functions of traditional\n\n\fPeople at the Institute | 115\n\ngenres, in"
        " performance; b) method and theory” (Feb 26, 1972, AMP).\nMoreau to Lindqvist, Aug 19,"
        " 1971, AMP, Subcollection 1.\n\n3\n\nLindqvist to Moreau, Nov 24, 1970, AMP.\n\n4\n\n"
        "Moreau to Okafor, Jan 11, 1967, AMP.\n\n5\n"
    )
    lines = source_lines(text)
    head = next(
        k for k, line in enumerate(lines) if line.text.startswith("People at the Institute")
    )
    found = section_notes(lines, [k for k in range(len(lines)) if k != head])
    notes = {note.n: " ".join(lines[k].text for k in note.lines).strip() for note in found}
    assert notes[2].startswith("Specifically")
    assert notes[2].endswith("1972, AMP).")
    assert notes[3].startswith("Moreau to Lindqvist")
    assert notes[4].startswith("Lindqvist to Moreau")
    assert notes[5].startswith("Moreau to Okafor")


def _kinds(lines: Sequence[SourceLine]) -> dict[str, LineKind]:
    return {line.text: line.kind for line in lines if line.text.strip()}


def test_a_number_alone_at_the_foot_of_a_page_numbered_in_its_head_may_be_a_label() -> None:
    pages = []
    for folio in range(13, 19):
        head = f"Introduction | {folio}" if folio % 2 else f"{folio} | Chapter One"
        pages.append(f"{head}\n\nThe text of page {folio} runs on here.\n\n{folio - 10}\n")
    lines = source_lines("\f".join(pages))
    assert _kinds(mark_page_roles(lines))["Introduction | 13"] == LineKind.RUNNING_HEAD
    assert {lines[k].text for k in numbers_below_folios(lines)} == {str(n) for n in range(3, 9)}


def test_a_number_alone_at_the_foot_is_the_page_number_under_a_chapter_head() -> None:
    # the head's number stays the same from page to page: it is the chapter's, not the folio
    text = "The text of a page runs on here."
    pages = [f"Notes to Chapter 3\n\n{text}\n\n{n}\n" for n in range(40, 45)]
    lines = source_lines("\f".join(pages))
    assert _kinds(mark_page_roles(lines))["41"] == LineKind.PAGE_NUMBER
    assert numbers_below_folios(lines) == set()


def test_endnotes_whose_labels_stand_apart_are_read_from_a_whole_text() -> None:
    body = (
        "Chapter 3 introduces the people at the Institute: her closest allies (Anna Moreau,1 Ken\n"
        "Sato, John Keller) in greatest detail, then the more peripheral group members.2 The\n"
        "goal is not to stop after introducing the initial narrow cast of characters.3\n"
    )
    notes = (
        "\nEndnotes\nMoreau to Lindqvist, Jan 9, 1968, AMP, Series I.\n\n1\n\n2\n\n"
        "https://archive.example.org/archive/v14pdf/n06/031668.pdf.\n\n"
        "Ferrand to Moreau, Apr 27, 1967, AMP, Subcollection 1, Series I.\n\n3\n"
    )
    before = "The book falls into eight chapters, each of them on one circle of colleagues.\n"
    pages = [f"Introduction | {n}\n\n{before}" for n in (11, 12)]
    pages.append(f"Introduction | 13\n\n{body}{notes}")
    result = parse_text("\f".join(pages), options=TextOptions(claims=False))
    found = {
        note.n: note.text
        for p in walk_paragraphs(result.dataset.documents[0].divisions)
        for note in p.notes
    }
    assert found == {
        "1": "Moreau to Lindqvist, Jan 9, 1968, AMP, Series I.",
        "2": "https://archive.example.org/archive/v14pdf/n06/031668.pdf.",
        "3": "Ferrand to Moreau, Apr 27, 1967, AMP, Subcollection 1, Series I.",
    }


def test_a_note_line_opening_with_a_chapter_reference_does_not_part_the_section() -> None:
    text = (
        "There was no formal presentation at this conference, but Lindqvist took part, as\n"
        "described in detail in\nchapter 6, and shows up in the record of the event.\n\n1\n\n"
        "See the papers of the conference (box 8, folder 19), and\n"
        "part of Forms of Reading [Lindqvist 1981]).\n\n2\n\n"
        "Moreau to Lindqvist, Sep 4, 1980, AMP.\n\n3\n\nCarver to Moreau, Oct 25, 1965, AMP.\n\n4\n"
    )
    notes = _section(text)
    assert sorted(notes) == [1, 2, 3, 4]
    assert notes[1].endswith("record of the event.")
    assert notes[2].endswith("[Lindqvist 1981]).")
    assert notes[4].startswith("Carver to Moreau")


def test_more_labels_apart_than_paragraphs_fall_back_to_reading_in_sequence() -> None:
    text = "1\n\n2\n\n3\n\nFerrand to Moreau, Apr 27, 1967, AMP, Subcollection 1.\n"
    # no reading gives each label a paragraph: the section is read label by label
    assert _section(text)[3] == "Ferrand to Moreau, Apr 27, 1967, AMP, Subcollection 1."
