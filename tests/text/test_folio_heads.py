"""Running heads that hold the page's number and read like a chapter's heading (``Chapter One
| 21``): the same words on many pages, their number rising with the pages. Below such a head a
number alone at the page's foot is no page number but may be a note's label."""

from __future__ import annotations

from purgehist.formats.text.lines import LineKind, source_lines
from purgehist.formats.text.page_roles import mark_page_roles, numbers_below_folios

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
