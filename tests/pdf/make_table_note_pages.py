"""A page whose table stands in the running text with its notes right below it, labelled with
raised letters run into their texts (``ᶜDie Angaben``), as LaTeX sets a table's notes (the
``threeparttable`` and ``tabularx`` notes of many books), and a formula whose raised letters
open its lines."""

from __future__ import annotations

from make_pdfs import BODY, LABEL, LEFT, NOTE, body, new_pdf, put


def table_notes_in_text(formula: bool = False) -> bytes:
    """Running text, a table whose cells carry raised letter markers, its notes below it
    (raised letters run into the text, set small), then running text again; with *formula*,
    a formula whose lines open with a raised letter (``ᵢ N``) instead of the notes."""
    pdf = new_pdf()
    pdf.add_page()
    y = 100.0
    for i in range(12):
        put(pdf, LEFT, y, body(f"Running text before the table, line {i}, on the corpora."))
        y += 14
    put(pdf, LEFT, y, [("Table 4.6: Spoken data by corpus", BODY, 0)])
    y += 16
    for name, count, letter in [
        ("Dialects", "19", "a"),
        ("Dialogues", "2", "b"),
        ("Radio", "7", "c"),
    ]:
        put(pdf, LEFT, y, [(name, NOTE, 0)])
        put(pdf, LEFT + 200, y, [(count, NOTE, 0), (letter, LABEL, 3.0)])
        y += 12
    y += 6
    if formula:
        for row in (["i", " N = 12"], ["k", " N K = 3"]):
            put(pdf, LEFT + 40, y, [(row[0], LABEL, 3.0), (row[1], NOTE, 0)])
            y += 12
    else:
        notes = [
            "Bavarian: 3, Saxon: 2 (Bavaria, Saxony)",
            "Speakers of the eastern dialects as spoken in 1945",
            "Die Angaben beziehen sich auf den Wohnort der Befragten.",
        ]
        for letter, text in zip("abc", notes, strict=True):
            put(pdf, LEFT, y, [(letter, LABEL, 3.0), (text, NOTE, 0)])
            y += 11
    y += 10
    for i in range(10):
        put(pdf, LEFT, y, body(f"Running text after the table, line {i}, on the corpora."))
        y += 14
    put(pdf, 290, 800, [("11", BODY, 0)])
    return bytes(pdf.output())
