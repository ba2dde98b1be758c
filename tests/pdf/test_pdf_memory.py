"""Memory of the PDF front end: how many pages' characters it holds at once (counted, not
timed), whatever the length of the document."""

from __future__ import annotations

import make_pdfs

from purgehist.diagnostics import Diagnostics
from purgehist.formats.pdf.glyphs import open_pdf, read_pages
from purgehist.formats.pdf.gutter_pages import HELD_PAGES, GutterPages


def read(data: bytes) -> GutterPages:
    pdf = open_pdf(data, "test.pdf")
    try:
        reader = GutterPages()
        for page in read_pages(pdf, "test.pdf", Diagnostics("test.pdf")):
            reader.add(page)
        reader.finish()
        return reader
    finally:
        pdf.close()


def test_pages_waiting_for_a_gutter_no_page_shows_are_held_a_few_at_a_time() -> None:
    pages = 3 * HELD_PAGES
    reader = read(make_pdfs.short_side_notes(pages))
    assert len(reader.pages) == pages
    assert reader.most_held == HELD_PAGES
    assert all(line.column == 0 for page in reader.pages for line in page.lines)


def test_pages_waiting_for_a_gutter_are_let_go_once_other_pages_show_it() -> None:
    # page 1 waits; pages 2 to 4 show the margin by themselves, page 5 is a table
    reader = read(make_pdfs.side_notes())
    assert reader.most_held == 1
    assert reader.held == 0
    assert {line.column for line in reader.pages[0].lines} == {1, 2}


def test_held_pages_of_a_spread_s_other_side_wait_for_their_own_gutter() -> None:
    # odd pages show their margin on pages 3, 5 and 7, even ones only on 10, 12 and 14: the
    # even pages before (2 to 8) keep waiting once the odd pages' gutter is known
    reader = read(make_pdfs.spread_side_notes(14, long={3, 5, 7, 10, 12, 14}))
    for index in range(14):
        assert {line.column for line in reader.pages[index].lines} == {1, 2}, index + 1
    assert reader.held == 0


def test_pages_held_when_the_gutter_first_shows_after_the_window_are_read_with_it() -> None:
    # odd pages show their margin from page HELD_PAGES + 1 on; page 1 has left the window by
    # then (read without a gutter), the odd pages held since are read with it
    first = HELD_PAGES + 1
    reader = read(make_pdfs.spread_side_notes(first + 5, long={first, first + 2, first + 4}))
    assert reader.most_held == HELD_PAGES
    assert {line.column for line in reader.pages[0].lines} == {0}
    for number in range(3, first + 5, 2):
        assert {line.column for line in reader.pages[number - 1].lines} == {1, 2}, number
