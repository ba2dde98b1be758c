"""Small PDFs made for the tests with fpdf2: a footnoted book page (also with every font set at
1 pt and scaled by a matrix), two columns, side notes in the margin, a scan."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF
from fpdf.drawing_primitives import Transform
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


def put(pdf: FPDF, x: float, y: float, parts: Sequence[Part], scaled: bool = False) -> None:
    """Write *parts* on one line, *y* being the baseline from the top of the page; *scaled*
    sets each font at 1 pt and scales it by the graphics matrix, as some typesetters do."""
    for text, size, rise in parts:
        if scaled:
            pdf.set_font_size(1)
            with pdf.transform(Transform.scaling(size).about(x, y - rise)):
                pdf.text(x, y - rise, text)
            x += pdf.get_string_width(text) * size
            continue
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


def book(pages: int = 3, scaled: bool = False, page_scale: float = 1.0) -> bytes:
    """Pages with a running head, body text with markers, a footnote rule, notes with raised
    labels and a page number; page 1 breaks ``Verbin-dung`` and ``Marx-Engels`` at line ends.
    With *scaled*, every font is set at 1 pt and scaled by the matrix (see :func:`put`); a
    *page_scale* other than 1 draws each page scaled by the graphics matrix about its top left
    corner (a page fitted to other paper)."""
    pdf = new_pdf()
    note = 0
    for number in range(1, pages + 1):
        pdf.add_page()
        with pdf.transform(Transform.scaling(page_scale).about(0, 0)):
            note = _book_page(pdf, number, note, scaled)
    return bytes(pdf.output())


def _book_page(pdf: FPDF, number: int, note: int, scaled: bool) -> int:
    """Draw page *number* of :func:`book`, its notes numbered after *note*; return the last."""
    put(pdf, LEFT, 50, [(f"Die Geschichte der Partei {number}", BODY, 0)], scaled)
    lines = [
        f"Die Partei war an ihre Beschlüsse gebunden.^{note + 1} Dabei blieb",
        "es auch nach dem Parteitag, wie die Verbin-",
        "dung zwischen Moskau und den Bezirken zeigt. Die Marx-",
        "Engels-Ausgabe erschien erst später.^" + str(note + 2),
    ] + [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(5, 26)]
    for i, text in enumerate(lines):
        put(pdf, LEFT, 100 + 14 * i, body(text), scaled)
    pdf.set_line_width(0.4)
    pdf.line(LEFT, 468, LEFT + 150, 468)
    for i, text in enumerate(["Vgl. Müller 2001, 45.", "Ebd., 12; dazu Schmidt 1999."]):
        note += 1
        put(pdf, LEFT, 482 + 12 * i, [(str(note), LABEL, 3.0), (" " + text, NOTE, 0)], scaled)
    put(pdf, 290, 800, [(str(number + 10), BODY, 0)], scaled)
    return note


def two_columns() -> bytes:
    """One page in two columns of twelve lines each."""
    pdf = new_pdf()
    pdf.add_page()
    for i in range(12):
        put(pdf, LEFT, 100 + 14 * i, body(f"Links {i + 1} steht hier im Text."))
        put(pdf, 320, 100 + 14 * i, body(f"Rechts {i + 1} folgt danach."))
    return bytes(pdf.output())


def two_columns_with_figure() -> bytes:
    """Four pages in two columns of 24 lines each; on page 4 a figure's caption of six lines
    runs across both columns between the upper and the lower half, with a label of the figure
    standing in the gutter."""
    pdf = new_pdf()
    for number in range(1, 5):
        pdf.add_page()
        rows = [100 + 14 * i for i in range(12)] + [380 + 14 * i for i in range(12)]
        for i, y in enumerate(rows, 1):
            put(pdf, LEFT, y, body(f"Links {i} auf Seite {number}."))
            put(pdf, 320, y, body(f"Rechts {i} auf Seite {number}."))
        if number == 4:
            caption = "Die Wahlergebnisse der Jahre 1919 bis 1933 nach Ländern und Parteien"
            for k in range(6):
                put(pdf, LEFT, 280 + 12 * k, [(f"Abbildung {k}: {caption}", NOTE, 0)])
            put(pdf, 270, 362, [("x", 6.0, 0)])
    return bytes(pdf.output())


WORDS = ("Anfang", "Mitte", "Bericht", "Brief", "Akte", "Protokoll", "Urteil", "Rede", "Antrag")
SIDE_BODY, SIDE_NOTE, SIDE_MARK, SIDE_LABEL = 10.0, 8.0, 8.0, 5.0
MARGIN = 407.0


def side_notes() -> bytes:
    """Pages in the Tufte style: the text in a column at the left, each note in the margin at
    the right, its first line on the baseline of the text line with its marker. Page 1 has a
    single short note, too little to show the margin as a column; pages 2 to 4 have long ones;
    page 5 is a table whose second column stands in the margin."""
    pdf = new_pdf()
    note = 0
    for number in range(1, 5):
        pdf.add_page()
        calls = {4: ["Kurz."]} if number == 1 else {3: _side_note(number), 14: _side_note(number)}
        for i in range(30):
            y = 100 + 14 * i
            if i not in calls:
                # no line repeats at the same place on another page (that would be a running head)
                word = WORDS[(i + number) % len(WORDS)]
                put(pdf, LEFT, y, [(f"{word} steht in Zeile {i} des Textes.", SIDE_BODY, 0)])
                continue
            note += 1
            # a paragraph's short last line, shorter than the note beside it
            put(pdf, LEFT, y, [("Ende des Absatzes.", SIDE_BODY, 0), (str(note), SIDE_MARK, 3.6)])
            first, *rest = calls[i]
            put(pdf, MARGIN, y, [(str(note), SIDE_LABEL, 2.9), (" " + first, SIDE_NOTE, 0)])
            for k, text in enumerate(rest, 1):
                put(pdf, MARGIN, y + 10 * k, [(text, SIDE_NOTE, 0)])
    pdf.add_page()  # a table whose second column stands where the margin is, in the text's size
    for i in range(6):  # too few lines to show columns by themselves
        put(pdf, LEFT, 100 + 14 * i, [(f"Zeile {i + 1} der Tabelle", SIDE_BODY, 0)])
        put(pdf, MARGIN, 100 + 14 * i, [(str(1000 * i + 17), SIDE_BODY, 0)])
    return bytes(pdf.output())


def _side_note(page: int) -> list[str]:
    return [f"Eine lange Anmerkung der Seite {page}, Zeile {i}, im Rand." for i in range(5)]


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


def wrapped_notes(raised: bool = True) -> bytes:
    """Three pages with raised note labels; on pages 1 and 2 a note whose second line opens
    with a number on the baseline that is no label: a journal volume (``3 (1982)``) and a
    count of volumes (``6 Bde.``), each the number of the next note. Without *raised*, the
    labels are printed on the baseline in the notes' size, as the numbers are."""
    notes = [
        [
            ["Vgl. Müller 2001, 45."],
            ["Müller, Die Partei im Bezirk, in: Zeitschrift für", "3 (1982), S. 45-67."],
            ["Ebd., 12."],
        ],
        [
            ["Schmidt 1999, 7."],
            [
                "Die Protokolle der Sitzungen sind gedruckt in: Akten der Partei,",
                "6 Bde., Berlin 1990.",
            ],
            ["Ebd., Bd. 2, 88."],
        ],
        [["Weber 1985, 3."], ["Ebd., 9."], ["Vgl. Fischer 2004, 118."]],
    ]
    pdf = new_pdf()
    note = 0
    for number, page in enumerate(notes, 1):
        pdf.add_page()
        put(pdf, LEFT, 50, [(f"Die Geschichte der Partei {number}", BODY, 0)])
        first = note + 1
        lines = [
            f"Die Partei war an ihre Beschlüsse gebunden.^{first} Dabei blieb",
            f"es auch nach dem Parteitag,^{first + 1} wie die Verbindung zwischen",
            f"Moskau und den Bezirken zeigt.^{first + 2} Die Ausgabe erschien später.",
        ] + [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(4, 26)]
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 468, LEFT + 150, 468)
        y = 482.0
        for texts in page:
            note += 1
            label = (str(note), LABEL, 3.0) if raised else (str(note), NOTE, 0)
            put(pdf, LEFT, y, [label, (" " + texts[0], NOTE, 0)])
            for text in texts[1:]:
                y += 12
                put(pdf, LEFT + 4, y, [(text, NOTE, 0)])
            y += 12
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def short_side_notes(pages: int) -> bytes:
    """*pages* pages in the Tufte style (see :func:`side_notes`), each with one short note in
    the margin: too little to show the margin as a column, on any page."""
    pdf = new_pdf()
    for number in range(1, pages + 1):
        pdf.add_page()
        for i in range(30):
            word = WORDS[(i + number) % len(WORDS)]
            text = f"{word} steht in Zeile {i} des Textes."
            if i != 4:
                put(pdf, LEFT, 100 + 14 * i, [(text, SIDE_BODY, 0)])
                continue
            put(pdf, LEFT, 100 + 14 * i, [(text, SIDE_BODY, 0), (str(number), SIDE_MARK, 3.6)])
            put(pdf, MARGIN, 100 + 14 * i, [(str(number), SIDE_LABEL, 2.9), (" Kurz.", NOTE, 0)])
    return bytes(pdf.output())


def spread_side_notes(pages: int, long: set[int]) -> bytes:
    """*pages* pages in the Tufte style with the notes in the outer margin: at the right on odd
    pages, at the left on even ones, so the two sides of a spread have their gutters apart.
    Each page has a short note, too little to show the margin; the pages in *long* have two
    long ones besides, which show it."""
    pdf = new_pdf()
    for number in range(1, pages + 1):
        pdf.add_page()
        text_x, note_x = (LEFT, MARGIN) if number % 2 else (230.0, 40.0)
        notes = {4: ["Kurz."]}
        if number in long:
            notes.update({10: _spread_note(number), 20: _spread_note(number)})
        for i in range(30):
            word = WORDS[(i + number) % len(WORDS)]
            line = [(f"{word} steht in Zeile {i} des Textes.", SIDE_BODY, 0.0)]
            if i in notes:
                line.append((str(i), SIDE_MARK, 3.6))
                first, *rest = notes[i]
                put(pdf, note_x, 100 + 14 * i, [(str(i), SIDE_LABEL, 2.9), (" " + first, NOTE, 0)])
                for k, more in enumerate(rest, 1):
                    put(pdf, note_x, 100 + 14 * i + 10 * k, [(more, SIDE_NOTE, 0)])
            put(pdf, text_x, 100 + 14 * i, line)
    return bytes(pdf.output())


def _spread_note(page: int) -> list[str]:
    return [f"Anmerkung {page}.{i} am Rand." for i in range(5)]


def wrapped_markers() -> bytes:
    """Two pages of a word processor's text whose first footnote marker, set after a space,
    wrapped to the start of the next line (``… wie der Bericht sagt`` / ``¹ Dabei …``); the
    second ends a later line. The notes stand under a rule at the page's foot."""
    pdf = new_pdf()
    for number in (1, 2):
        pdf.add_page()
        put(pdf, LEFT, 50, [(f"Die Geschichte der Partei {number}", BODY, 0)])
        first = 2 * number - 1
        lines = [
            "Die Partei war an ihre Beschlüsse gebunden, wie der Bericht sagt",
            f"^{first} Dabei blieb es auch nach dem Parteitag, wie die Verbindung",
            f"zwischen Moskau und den Bezirken zeigt. Die Ausgabe erschien später.^{first + 1}",
        ] + [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(5, 26)]
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 468, LEFT + 150, 468)
        for i, text in enumerate(["Vgl. Müller 2001, 45.", "Ebd., 12; dazu Schmidt 1999."]):
            put(pdf, LEFT, 482 + 12 * i, [(str(first + i), LABEL, 3.0), (" " + text, NOTE, 0)])
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def endnotes(markers: bool = True) -> bytes:
    """Two pages of text, then a page of notes under a heading, set smaller, each opening
    with a raised number. With *markers* the text calls the notes with raised markers; without,
    the small lines answer no marker: a numbered list set small, not notes."""
    pdf = new_pdf()
    for number in (1, 2):
        pdf.add_page()
        lines = [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(25)]
        if markers:
            lines[3] = f"Die Partei war an ihre Beschlüsse gebunden.^{2 * number - 1} Dabei"
            lines[9] = f"blieb es auch nach dem Parteitag.^{2 * number} Die Ausgabe erschien."
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    pdf.add_page()
    put(pdf, LEFT, 100, [("Anmerkungen", BODY, 0)])
    texts = ["Vgl. Müller 2001, 45.", "Ebd., 12.", "Schmidt 1999, 7.", "Weber 1985, 3."]
    for i, text in enumerate(texts):
        put(pdf, LEFT, 130 + 12 * i, [(str(i + 1), LABEL, 3.0), (" " + text, NOTE, 0)])
    put(pdf, 290, 800, [("13", BODY, 0)])
    return bytes(pdf.output())


def note_then_small_line(finished: bool, ruled: bool = True) -> bytes:
    """Two pages of text; page 1 ends with a note under a rule, page 2 with a small line set
    apart below the text, without label or rule. With *finished* the note on page 1 ends its
    sentence, so the small line is a caption or the like; without, it may go on with the note.
    Without *ruled* the note on page 1 stands under no rule either (a document that rules no
    notes)."""
    pdf = new_pdf()
    for number in (1, 2):
        pdf.add_page()
        lines = [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(25)]
        if number == 1:
            lines[3] = "Die Partei war an ihre Beschlüsse gebunden.^1 Dabei blieb es."
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        if number == 1:
            if ruled:
                pdf.set_line_width(0.4)
                pdf.line(LEFT, 468, LEFT + 150, 468)
            end = "Ebd., 12." if finished else "Ebd., 12; dazu ausführlich die Akten der"
            put(pdf, LEFT, 482, [("1", LABEL, 3.0), (" Vgl. Müller 2001, 45.", NOTE, 0)])
            put(pdf, LEFT, 494, [(end, NOTE, 0)])
        else:
            put(pdf, LEFT, 482, [("Bezirksleitung, Bd. 2, Berlin 1990.", NOTE, 0)])
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def word_processor_notes(hanging: bool = True) -> bytes:
    """Two pages whose notes are set as a word processor sets them: the number on the baseline
    in the notes' size, in a hanging indent so narrow that the number runs into the text at
    the indent (as three-digit numbers do in a wider one).
    Page 1: notes 1 and 2, the first going on at the indent in lines that open with ``2D``
    and ``2nd`` (no labels, though 2 is the next note's number and has a marker);
    page 2: notes 3 and 4. Without *hanging* a note's later lines start flush left, where the
    numbers stand."""
    pdf = new_pdf()
    pages = [
        [
            (
                "1",
                ["Vgl. Müller, Die Partei im Bezirk,", "2D Graphik, Berlin 1990,", "2nd ed., 45."],
            ),
            ("2", ["Ebd."]),
        ],
        [("3", ["Electrical World 38 (1901): 2."]), ("4", ['"From a Seer\'s Mind," 1910.'])],
    ]
    for number, notes in enumerate(pages, 1):
        pdf.add_page()
        first, second = notes[0][0], notes[1][0]
        lines = [
            f"Die Partei war an ihre Beschlüsse gebunden.^{first} Dabei blieb",
            f"es auch nach dem Parteitag,^{second} wie die Verbindung zwischen",
        ] + [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(3, 26)]
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        y = 482.0
        for label, texts in notes:
            put(pdf, LEFT, y, [(label, NOTE, 0)])
            for k, text in enumerate(texts):
                put(pdf, LEFT + 6 if hanging or k == 0 else LEFT, y, [(text, NOTE, 0)])
                y += 12
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def body_size_notes(markers: bool = True) -> bytes:
    """Two pages whose notes are set in the body's size under a short rule, as a word
    processor sets them when the footnote style keeps the text's size: raised labels, and on
    page 2 a first line that goes on with the note of page 1. Without *markers* the text has
    no note markers, so the raised numbers under the rule answer none."""
    pdf = new_pdf()
    pages = [
        [("1", ["Vgl. Müller 2001, 45."]), ("2", ["Müller, Die Partei im Bezirk, in:"])],
        [("", ["Zeitschrift für Geschichte 3 (1982), 45."]), ("3", ["Ebd., 12."])],
    ]
    for number, notes in enumerate(pages, 1):
        pdf.add_page()
        labels = [label for label, _ in notes if label]
        lines = [
            f"Die Partei war an ihre Beschlüsse gebunden.^{labels[0]} Dabei blieb",
            f"es auch nach dem Parteitag{'^' + labels[-1] if len(labels) > 1 else ''}, wie",
        ] + [f"Fortlaufender Text der Seite {number}, Zeile {i}." for i in range(3, 26)]
        if not markers:
            lines = [line.replace("^", "") for line in lines[:2]] + lines[2:]
            lines = [line.replace(labels[0], "", 1) for line in lines[:1]] + lines[1:]
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 458, LEFT + 150, 458)
        y = 478.0
        for label, texts in notes:
            parts: list[Part] = [(label, MARK, 3.5)] if label else []
            put(pdf, LEFT, y, [*parts, (" " + texts[0] if label else texts[0], BODY, 0)])
            y += 14
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def repeated_short_notes(pages: int = 3) -> bytes:
    """Pages whose only note, under the notes' rule at the foot, is the same short one with a
    plain label (``1. My translation.``), as a running foot repeats; page numbers on top."""
    pdf = new_pdf()
    for number in range(1, pages + 1):
        pdf.add_page()
        put(pdf, 290, 50, [(str(number + 10), BODY, 0)])
        lines = [f"Running text of page {number}, line {i}." for i in range(20)]
        lines[5] = f"A sentence quoted from the French original.^{number} The text goes on."
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 640, LEFT + 150, 640)
        put(pdf, LEFT + 10, 670, [(f"{number}. My translation.", NOTE, 0)])
    return bytes(pdf.output())


def citation_under_notes() -> bytes:
    """A chapter's first page: notes at the foot, and under them, in a smaller size and
    indented, the lines that tell how to cite the chapter, set close under the last note."""
    pdf = new_pdf()
    pdf.add_page()
    lines = [f"Running text of the chapter, line {i}." for i in range(25)]
    lines[2] = "The towns of the valley kept one register.^1 They also kept one seal.^2"
    for i, text in enumerate(lines):
        put(pdf, LEFT, 100 + 14 * i, body(text))
    pdf.set_line_width(0.4)
    pdf.line(LEFT, 700, LEFT + 150, 700)
    notes = ["The register survives in two copies.", "The seal is lost; a drawing remains."]
    for i, text in enumerate(notes):
        put(pdf, LEFT, 714 + 11 * i, [(str(i + 1), LABEL, 3.0), (" " + text, NOTE, 0)])
    citation = [
        "Anna Berg. 2019. The registers of three towns. In Paul Roth (ed.), Town records of the",
        "early modern period, 101-130. Leipzig: Open Press. DOI: 10.0000/example.101",
    ]
    for i, text in enumerate(citation):
        put(pdf, LEFT + 36, 743 + 8 * i, [(text, 8.0, 0)])
    return bytes(pdf.output())


def table_notes() -> bytes:
    """Page 1 ends with a footnote; page 2 with a table whose notes, labelled with raised
    letters (their markers stand in its cells), stand at the foot of the page."""
    pdf = new_pdf()
    for number in (1, 2):
        pdf.add_page()
        lines = [f"Running text of page {number}, line {i}." for i in range(20)]
        if number == 1:
            lines[3] = "The corpus holds spoken data.^1 It was recorded in the sixties."
        for i, text in enumerate(lines):
            put(pdf, LEFT, 100 + 14 * i, body(text))
        if number == 1:
            pdf.set_line_width(0.4)
            pdf.line(LEFT, 700, LEFT + 150, 700)
            put(pdf, LEFT, 714, [("1", LABEL, 3.0), (" See the corpus description.", NOTE, 0)])
        else:
            for i, (name, count) in enumerate([("Dialects", "19a"), ("Dialogues", "2b")]):
                put(pdf, LEFT, 420 + 12 * i, [(name, NOTE, 0)])
                put(pdf, LEFT + 200, 420 + 12 * i, [(count, NOTE, 0)])
            for i, text in enumerate(["Bavarian: 3, Saxon: 2.", "Speakers of the standard."]):
                put(pdf, LEFT, 700 + 11 * i, [("ab"[i], LABEL, 3.0), (" " + text, NOTE, 0)])
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def lettered_notes() -> bytes:
    """Two pages of an edition whose notes are labelled with raised letters, their markers
    (``^a``, ``^b``) raised in the running text."""
    pdf = new_pdf()
    for number in (1, 2):
        pdf.add_page()
        for i in range(20):
            parts: list[Part] = [(f"Running text of page {number}, line {i}.", BODY, 0)]
            if i in (3, 8):
                letter = "a" if i == 3 else "b"
                parts = [("The edict was read out in the square.", BODY, 0), (letter, MARK, 3.5)]
                parts.append((" The crowd left.", BODY, 0))
            put(pdf, LEFT, 100 + 14 * i, parts)
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 700, LEFT + 150, 700)
        put(pdf, LEFT, 714, [("a", LABEL, 3.0), (" The manuscript reads 'edictum'.", NOTE, 0)])
        put(pdf, LEFT, 725, [("b", LABEL, 3.0), (" Added in a later hand.", NOTE, 0)])
        put(pdf, 290, 800, [(str(number + 10), BODY, 0)])
    return bytes(pdf.output())


def placed_on_a4(data: bytes, scale: float = 0.9) -> bytes:
    """The pages of *data* each placed as a form XObject on an A4 page, scaled by *scale* about
    its lower left corner and moved in from the edges, as ``pdfpages`` and ``pdfjam`` place
    them."""
    import io

    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    source, placed = pdfium.PdfDocument(data), pdfium.PdfDocument.new()
    for i in range(len(source)):
        form = source.page_as_xobject(i, placed)
        obj = form.as_pageobject()
        obj.transform(pdfium.PdfMatrix().scale(scale, scale).translate(30.0, 40.0))
        page = placed.new_page(595.28, 841.89)
        page.insert_obj(obj)
        page.gen_content()
    out = io.BytesIO()
    placed.save(out)
    return out.getvalue()
