"""Small PDFs of a layout the other generators lack: notes at the foot of each of two columns."""

from __future__ import annotations

from make_pdfs import BODY, LEFT, NOTE, body, new_pdf, put

RIGHT = 320.0
"""Where the second column begins."""
_ROWS = 24


def column_notes(finished: bool, *, overleaf_line: bool = False) -> bytes:
    """Two pages in two columns of running text. On page 1 column 1 ends with notes 1 and 2;
    column 2 holds no label at its foot but one small line set apart below its text. Without
    *finished* note 2 breaks off in mid-sentence, so the small line goes on with it (a note
    carried into the next column); with it, note 2 ends its sentence and the small line is a
    caption or the like. Page 2 holds only text; with *overleaf_line*, also a small line set
    apart at the foot of its column 1 (a source under a table, say)."""
    pdf = new_pdf()
    for number in (1, 2):
        pdf.add_page()
        left = [f"Links {i} steht hier im Text der Seite." for i in range(_ROWS)]
        if number == 1:
            left[2] = "Die Partei war gebunden.^1 Dabei blieb"
            left[6] = "es nach dem Parteitag.^2 Die Ausgabe"
        shortened = number == 2 and overleaf_line
        for i, text in enumerate(left[: _ROWS - 4] if shortened else left):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        if shortened:
            put(pdf, LEFT, 460, [("Quelle: Bundesarchiv, Bestand der Partei.", NOTE, 0)])
        rows = _ROWS - 4 if number == 1 else _ROWS
        for i in range(rows):
            put(pdf, RIGHT, 100 + 14 * i, body(f"Rechts {i} folgt danach im Text."))
        if number == 1:
            end = "Ebd., 12." if finished else "Ebd., 12; dazu die Akten der"
            notes = [("1", "Vgl. Müller 2001, 45."), ("2", end)]
            for k, (label, text) in enumerate(notes):
                put(pdf, LEFT, 460 + 12 * k, [(label, NOTE, 0), (" " + text, NOTE, 0)])
            put(pdf, RIGHT, 460, [("Bezirksleitung, Bd. 2, Berlin 1990.", NOTE, 0)])
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())
