"""Small PDFs of footnoted pages for the tests of how notes are numbered and carried across
pages: each page's running text with its markers, a short rule, the notes with raised labels."""

from __future__ import annotations

from collections.abc import Sequence

from make_pdfs import BODY, LABEL, LEFT, MARK, NOTE, body, new_pdf, put

NotePart = tuple[str, Sequence[str]]
"""A note's label (empty for the rest of a note carried from the page before) and its lines."""
PageSpec = tuple[Sequence[str], Sequence[NotePart]]
"""A page's running lines (``^12`` a raised marker) and its notes."""

_LINES = 26
_SHORT = 150.0


def note_pages(
    pages: Sequence[PageSpec], body_size: bool = False, continuation: float = _SHORT
) -> bytes:
    """Pages with a running head, running text filled up to 26 lines, a short rule and the
    notes set smaller with raised labels under it, ending at the page's foot, and a page
    number. With *body_size* the notes are set in the running text's size, as a word
    processor's footnote style may leave them. *continuation*: the length of the rule over
    notes that open with the rest of a note carried over (a word processor's continuation
    separator spans the column). A note's later line opening with ``^12`` has it raised."""
    size, label_size, pitch = (BODY, MARK, 14) if body_size else (NOTE, LABEL, 11)
    pdf = new_pdf()
    for number, (running, notes) in enumerate(pages, 1):
        pdf.add_page()
        put(pdf, LEFT, 50, [(f"Die Geschichte der Partei {number}", BODY, 0)])
        lines = list(running) + [filler(number, i) for i in range(len(running), _LINES)]
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        y = 770.0 - pitch * sum(len(texts) for _, texts in notes)
        if notes:
            pdf.set_line_width(0.4)
            length = _SHORT if notes[0][0] else continuation
            pdf.line(LEFT, y - 8, LEFT + length, y - 8)
        for label, texts in notes:
            for k, text in enumerate(texts):
                if k == 0 and label:
                    put(pdf, LEFT, y, [(label, label_size, 3.0), (" " + text, size, 0)])
                elif text.startswith("^"):
                    raised, rest = text[1:].split(" ", 1)
                    put(pdf, LEFT + 4, y, [(raised, label_size, 3.0), (" " + rest, size, 0)])
                else:
                    put(pdf, LEFT + 4, y, [(text, size, 0)])
                y += pitch
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def filler(page: int, line: int) -> str:
    """A line of running text that fills a page, as wide as running text is."""
    return f"Fortlaufender Text der Seite {page}, Zeile {line}, bis an den rechten Rand."
