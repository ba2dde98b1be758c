"""Typeset the bundled sample thesis as a PDF with raised note markers and a footnote area.

The text file is what extraction leaves of a printed thesis; this rebuilds the print: body
lines at 11 pt, markers at 7 pt raised above the baseline, a rule, notes at 9 pt with raised
labels and a page number at the foot. Run it again after editing the text::

    python scripts/make_sample_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF

DATA = Path(__file__).resolve().parents[1] / "src" / "purgehist" / "data"
SOURCE, TARGET = DATA / "sample-thesis.en.txt", DATA / "sample-thesis.en.pdf"
BODY, MARK, NOTE, LABEL = 11.0, 7.0, 9.0, 6.5
LEFT, TOP, LEADING = 72.0, 72.0, 15.0
RULE = "__________"
# A marker is a number glued to a word or to punctuation after a word ("centre.1",
# "everything,9"); "1.1" in a heading number is not one.
_MARKER = re.compile(r"(?<=[A-Za-z.,;:)”’])(?<!\d\.)(\d{1,2})(?=\s|$)")


def _put(pdf: FPDF, x: float, y: float, text: str, size: float, rise: float = 0.0) -> float:
    pdf.set_font_size(size)
    pdf.text(x, y - rise, text)
    return x + pdf.get_string_width(text)


def _body_line(pdf: FPDF, y: float, line: str) -> None:
    x = LEFT + (pdf.get_string_width(" ") * (len(line) - len(line.lstrip())))
    line = line.strip()
    position = 0
    for match in _MARKER.finditer(line):
        x = _put(pdf, x, y, line[position : match.start()], BODY)
        x = _put(pdf, x, y, match[1], MARK, 3.5)
        position = match.end()
    _put(pdf, x, y, line[position:], BODY)


def _note_line(pdf: FPDF, y: float, line: str) -> None:
    label = re.match(r"(\d+) ", line)
    x = LEFT
    if label:
        x = _put(pdf, x, y, label[1], LABEL, 3.0)
        line = line[label.end() - 1 :]
    _put(pdf, x, y, line, NOTE)


def typeset(text: str) -> bytes:
    """The PDF of *text*, a thesis laid out one printed page per block ending in a page number."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    # Windows-1252 holds the quotes and dashes of the text in the built-in Helvetica.
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_font("Helvetica", size=BODY)
    pdf.set_title("The Purge Debate Revisited (sample thesis)")
    page: list[str] = []
    for line in text.splitlines():
        if line.strip().isdigit() and line.startswith(" "):
            _page(pdf, page, line.strip())
            page = []
        else:
            page.append(line)
    if any(line.strip() for line in page):
        _page(pdf, page, "")
    return bytes(pdf.output())


def _page(pdf: FPDF, lines: list[str], number: str) -> None:
    pdf.add_page()
    notes_at = lines.index(RULE) if RULE in lines else len(lines)
    y = TOP
    for line in lines[:notes_at]:
        if line.strip():
            _body_line(pdf, y, line)
        y += LEADING
    if notes_at < len(lines):
        y = max(y + LEADING, 620.0)
        pdf.set_line_width(0.4)
        pdf.line(LEFT, y - 10, LEFT + 150, y - 10)
        for line in lines[notes_at + 1 :]:
            _note_line(pdf, y + 2, line)
            y += 12.0
    if number:
        _put(pdf, 292, 800, number, BODY)


if __name__ == "__main__":
    TARGET.write_bytes(typeset(SOURCE.read_text(encoding="utf-8")))
    print(f"wrote {TARGET}")
