"""A bibliography's title set at the top of its first page, where the running heads stand: the
PDF front end reads it as the section's heading, not as a running head, so that the list
under it is read as the bibliography; the same title atop the list's later pages is their
running head."""

from __future__ import annotations

from make_pdfs import BODY, LEFT, _book_page, body, new_pdf, put

from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind

_ENTRIES = (
    "Getty, J. Arch. 1985. Origins of the Great Purges. Cambridge: Cambridge University Press.",
    "Müller, Hans. 2001. Die Partei und ihre Bezirke. Berlin: Dietz.",
    "Schmidt, Karl. 1999. Moskau und die Bezirke. München: Beck.",
)


def _book_with_references(title: str) -> bytes:
    pdf = new_pdf()
    note = 0
    for number in (1, 2, 3):
        pdf.add_page()
        note = _book_page(pdf, number, note, scaled=False)
    pdf.add_page()
    put(pdf, LEFT, 50, [(title, BODY, 0)])
    for i, text in enumerate(_ENTRIES):
        put(pdf, LEFT, 100 + 14 * i, body(text))
    put(pdf, 290, 800, [("14", BODY, 0)])
    return bytes(pdf.output())


def test_a_bibliography_title_at_a_pages_top_is_its_heading() -> None:
    lines = read_pdf_lines(_book_with_references("References"), "book.pdf")
    last = [line for line in lines if line.page == 4]
    assert (last[0].text, last[0].kind) == ("References", LineKind.BODY)
    heads = [line.text for line in lines if line.kind == LineKind.RUNNING_HEAD]
    assert heads == [f"Die Geschichte der Partei {page}" for page in (1, 2, 3)]


def test_other_words_at_a_pages_top_stay_a_running_head() -> None:
    lines = read_pdf_lines(_book_with_references("Die Geschichte der Partei 4"), "book.pdf")
    last = [line for line in lines if line.page == 4]
    assert last[0].kind == LineKind.RUNNING_HEAD


def test_a_bibliography_title_repeated_atop_later_pages_is_their_running_head() -> None:
    pdf = new_pdf()
    note = 0
    for number in (1, 2, 3):
        pdf.add_page()
        note = _book_page(pdf, number, note, scaled=False)
    for page in range(3):
        pdf.add_page()
        put(pdf, LEFT, 50, [("Literatur", BODY, 0)])
        for i, text in enumerate(_ENTRIES):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        put(pdf, 290, 800, [(str(14 + page), BODY, 0)])
    lines = read_pdf_lines(bytes(pdf.output()), "book.pdf")
    titles = [(line.page, line.kind) for line in lines if line.text == "Literatur"]
    assert titles == [
        (4, LineKind.BODY),
        (5, LineKind.RUNNING_HEAD),
        (6, LineKind.RUNNING_HEAD),
    ]
