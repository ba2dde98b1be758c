"""Running heads that hold the page's number and read like a chapter's heading (``Chapter One
| 21``), and running feet so (a footer's title and number): the same words on many pages, their
number rising with the pages. Below such a head a number alone at the page's foot is no page
number but may be a note's label."""

from __future__ import annotations

from purgehist.formats.text.lines import LineKind, source_lines
from purgehist.formats.text.page_roles import mark_page_roles, numbers_below_folios
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs

_TEXT = "The text of the page runs on here, and the chapter goes on."


def _pages(heads: list[str], feet: list[str]) -> str:
    return "\f".join(
        f"{head}\n\n{_TEXT}\n\n{foot}\n" for head, foot in zip(heads, feet, strict=True)
    )


def test_a_recto_head_naming_the_chapter_and_the_folio_is_a_running_head() -> None:
    heads = [f"Chapter One | {n}" if n % 2 else f"{n} | Chapter One" for n in range(20, 27)]
    lines = mark_page_roles(source_lines(_pages(heads, ["3"] * len(heads))))
    kinds = {line.text: line.kind for line in lines if line.text.startswith("Chapter One")}
    assert set(kinds.values()) == {LineKind.RUNNING_HEAD}


def test_a_number_at_the_foot_below_a_chapter_head_with_the_folio_may_be_a_label() -> None:
    heads = [f"Chapter One | {n}" if n % 2 else f"{n} | Chapter One" for n in range(20, 27)]
    lines = source_lines(_pages(heads, [str(n) for n in range(1, 8)]))
    found = {lines[k].text for k in numbers_below_folios(lines)}
    assert found == {str(n) for n in range(1, 8)}


def test_chapter_headings_whose_number_does_not_rise_with_the_pages_are_no_running_heads() -> None:
    heads = ["Chapter 1", "Chapter 1", "Chapter 1", "Chapter 2", "Chapter 2", "Chapter 2"]
    lines = mark_page_roles(source_lines(_pages(heads, [str(n) for n in range(40, 46)])))
    kinds = {line.kind for line in lines if line.text.startswith("Chapter")}
    assert LineKind.RUNNING_HEAD not in kinds


def test_a_footer_with_the_title_and_the_folio_is_a_running_foot() -> None:
    feet = [f"{n}        The Harbour Board" if n % 2 == 0 else f"The Harbour Board        {n}"
            for n in range(12, 16)]  # fmt: skip
    lines = mark_page_roles(source_lines(_pages(["Title"] * len(feet), feet)))
    kinds = {line.kind for line in lines if "Harbour" in line.text}
    assert kinds == {LineKind.RUNNING_HEAD}


def test_a_notes_last_line_repeated_at_the_foot_is_no_running_foot() -> None:
    feet = ["2 Ibid., 14.", "1 Ibid., 14.", "3 Ibid., 14.", "2 Ibid., 14."]
    lines = mark_page_roles(source_lines(_pages(["Title"] * len(feet), feet)))
    assert {line.kind for line in lines if "Ibid" in line.text} == {LineKind.UNKNOWN}


def test_a_note_whose_label_rises_with_the_pages_is_no_running_foot() -> None:
    feet = [f"{n} Webb, Port Offices, 14." for n in range(1, 6)]
    lines = mark_page_roles(source_lines(_pages(["Title"] * len(feet), feet)))
    assert {line.kind for line in lines if "Webb" in line.text} == {LineKind.UNKNOWN}


def test_a_notes_last_line_at_the_foot_is_kept_below_a_running_foot() -> None:
    openings = ["The board met in spring", "Its members wrote twice", "The ministry answered",
                "Work began in 1889"]  # fmt: skip
    pages = [
        f"{opening} and resolved to build a quay.{k} The money was\n"
        f"not found until two years later.\n\n  {k} Webb, Port Offices, {k + 13}.\n\n"
        f"{n}        The Harbour Board\n"
        for k, (opening, n) in enumerate(zip(openings, range(12, 16), strict=True), start=1)
    ]
    text = "\f".join(pages)
    dataset = parse_text(text, options=TextOptions(claims=False)).dataset
    notes = [n.text for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes]
    assert notes == [f"Webb, Port Offices, {k}." for k in range(14, 18)]
