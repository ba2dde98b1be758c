"""Small PDFs made for the tests with fpdf2: a footnoted book page, two columns, a scan."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF
from PIL import Image

Part = tuple[str, float, float]
"""Text, font size, rise above the baseline (points)."""

BODY, MARK, NOTE, LABEL = 11.0, 7.0, 9.0, 6.0
LEFT = 72.0


def new_pdf() -> FPDF:
    """An A4 document in points, with Helvetica and no automatic page breaks."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=BODY)
    return pdf


def put(pdf: FPDF, x: float, y: float, parts: Sequence[Part]) -> None:
    """Write *parts* on one line, *y* being the baseline from the top of the page."""
    for text, size, rise in parts:
        pdf.set_font_size(size)
        pdf.text(x, y - rise, text)
        x += pdf.get_string_width(text)


def body(text: str) -> list[Part]:
    """A body line; ``^12`` in *text* becomes a raised note marker."""
    parts: list[Part] = []
    for i, chunk in enumerate(text.split("^")):
        if i == 0:
            parts.append((chunk, BODY, 0))
            continue
        digits = len(chunk) - len(chunk.lstrip("0123456789"))
        parts.append((chunk[:digits], MARK, 3.5))
        if chunk[digits:]:
            parts.append((chunk[digits:], BODY, 0))
    return parts


def book(pages: int = 3) -> bytes:
    """Pages with a running head, body text with markers, a footnote rule, notes with raised
    labels and a page number; page 1 breaks ``Verbin-dung`` and ``Marx-Engels`` at line ends."""
    pdf = new_pdf()
    note = 0
    for number in range(1, pages + 1):
        pdf.add_page()
        put(pdf, LEFT, 50, [(f"Die Geschichte der Partei {number}", BODY, 0)])
        lines = [
            f"Die Partei war an ihre Beschlüsse gebunden.^{note + 1} Dabei blieb",
            "es auch nach dem Parteitag, wie die Verbin-",
            "dung zwischen Moskau und den Bezirken zeigt. Die Marx-",
            "Engels-Ausgabe erschien erst später.^" + str(note + 2),
        ] + [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(5, 26)]
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 468, LEFT + 150, 468)
        for i, text in enumerate(["Vgl. Müller 2001, 45.", "Ebd., 12; dazu Schmidt 1999."]):
            note += 1
            put(pdf, LEFT, 482 + 12 * i, [(str(note), LABEL, 3.0), (" " + text, NOTE, 0)])
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def two_columns() -> bytes:
    """One page in two columns of twelve lines each."""
    pdf = new_pdf()
    pdf.add_page()
    for i in range(12):
        put(pdf, LEFT, 100 + 14 * i, body(f"Links {i + 1} steht hier im Text."))
        put(pdf, 320, 100 + 14 * i, body(f"Rechts {i + 1} folgt danach."))
    return bytes(pdf.output())


def scan() -> bytes:
    """A page that is only an image: what a scanner without OCR writes."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.image(Image.new("L", (200, 280), 255), x=50, y=50, w=400)
    return bytes(pdf.output())


def encrypted() -> bytes:
    """A page that opens only with a password."""
    pdf = new_pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    put(pdf, LEFT, 100, body("Geheim."))
    return bytes(pdf.output())
