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
