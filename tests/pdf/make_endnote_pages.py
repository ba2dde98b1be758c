"""Miniature books whose notes are endnotes, as PDF typesetters set them: a chapter's
``Notes`` heading at the foot of its last page with the notes overleaf (dblatex), an
appendix with numbered sections after the last chapter's notes, and notes gathered at the
book's end in the body's size with raised labels run into their texts (LaTeX ``endnotes``)."""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import BODY, LABEL, LEFT, NOTE, Part, body, new_pdf, put

HEADING = 14.0
_LEADING = 14
_CHAPTERS = [
    (
        "The Harbour Board",
        [
            "The board met in the spring and resolved to build a new quay.^1 The money was",
            "not yet found, and its members wrote to the ministry twice.^2 The ministry",
            "answered only the second letter, and the quay opened four years later.^3",
        ],
        ["Webb, Port Offices, 14.", "Minutes of the board, fol. 3.", "Gazette, 3 June 1881."],
    ),
    (
        "The New Quay",
        [
            "The quay was built of granite brought from the north.^1 Its length was",
            "disputed by the merchants, who wanted a longer one.^2 The engineer kept",
            "to his plan, and the merchants paid for a second quay in the end.",
        ],
        ["Letters of the engineer, no. 12.", "Petition of the merchants, 1883."],
    ),
]


def _running_head(pdf: FPDF, folio: int) -> None:
    put(pdf, LEFT, 50, [("A History of the Harbour", NOTE, 0)])
    put(pdf, 480, 50, [(f"{folio}", NOTE, 0)])


def chapter_end_notes(appendix: bool = True) -> bytes:
    """Two chapters of two pages, each ending its last page with a ``Notes`` heading at the
    foot, its notes (plain labels, set small) on the next page under the running head; with
    *appendix*, an appendix follows whose licence is set in numbered sections
    (``1. Definitions``)."""
    pdf = new_pdf()
    folio = 1
    for number, (title, ending, notes) in enumerate(_CHAPTERS, 1):
        pdf.add_page()
        _running_head(pdf, folio)
        put(pdf, LEFT, 100, [(f"Chapter {number}", HEADING, 0)])
        put(pdf, LEFT, 122, [(title, HEADING, 0)])
        for i in range(44):
            put(pdf, LEFT, 150 + _LEADING * i, body(f"Text of chapter {number}, line {i}."))
        folio += 1
        pdf.add_page()
        _running_head(pdf, folio)
        # the chapters end at different heights, so their headings are no running foot
        count = 40 - 6 * number
        lines = [
            f"Running text of chapter {number}, line {i}, on the harbour." for i in range(count)
        ]
        y = 100.0
        for text in [*lines, *ending]:
            put(pdf, LEFT, y, body(text))
            y += _LEADING
        put(pdf, LEFT, y + 14, [("Notes", HEADING, 0)])  # the foot of the page
        folio += 1
        pdf.add_page()
        _running_head(pdf, folio)
        y = 90.0
        for label, text in enumerate(notes, 1):
            put(pdf, LEFT, y, [(f"{label} {text}", NOTE, 0)])
            y += 12
        folio += 1
    if appendix:
        pdf.add_page()
        _running_head(pdf, folio)
        put(pdf, LEFT, 100, [("Appendix A", HEADING, 0)])
        put(pdf, LEFT, 122, [("Licence", HEADING, 0)])
        sections = [
            "This work is licensed under the terms set out below, which every copy keeps.",
            "1. Definitions",
            "a. The work means the text of this book and its figures.",
            "2. Fair Dealing Rights.",
            "Nothing in this licence limits any use free from copyright restrictions.",
            "3. Licence Grant.",
            "The licensor grants a worldwide licence to copy and share the work.",
        ]
        for i, text in enumerate(sections):
            put(pdf, LEFT, 150 + _LEADING * i, [(text, BODY, 0)])
    return bytes(pdf.output())


def book_end_notes() -> bytes:
    """A chapter whose markers follow words and a figure (``PDP-10.⁶``), then the book's notes
    gathered at its end under ``Notes``, set in the body's size, each raised label run into its
    text, which may open with a one-letter word or a number (``⁶A contract``, ``⁷16 CFR``)."""
    pdf = new_pdf()
    pdf.add_page()
    put(pdf, LEFT, 100, [("Chapter 1", HEADING, 0)])
    put(pdf, LEFT, 122, [("Defending Freedom", HEADING, 0)])
    lines = [f"Running text of the chapter, line {i}, on licences." for i in range(30)]
    lines[2] = "The copyright lasts as long as the law allows it.^1 Then the work is free."
    lines[6] = "A later licence restores the rights terminated.^2 It says so in section 8."
    lines[10] = "Many doubt that such a promise binds the contributor.^3 Few courts ruled."
    lines[14] = "The licence may be ended on notice.^4 The courts have held so more than once."
    lines[18] = "Some ask whether the licence is a contract.^5 It may not be one at all."
    lines[21] = "A contract with no term can be ended on reasonable notice.^6 So the courts"
    lines[24] = "The rule was first applied to the machines of the PDP-10.^7 It holds still."
    for i, text in enumerate(lines):
        put(pdf, LEFT, 150 + _LEADING * i, body(text))
    pdf.add_page()
    put(pdf, LEFT, 100, [("Notes", HEADING, 0)])
    put(pdf, LEFT, 122, [("Chapter 1 Defending Freedom", BODY, 0)])
    notes = [
        "In the USA the term of copyright is nearly perpetual.",
        "This section was expanded in the third version.",
        "While nearly all lawyers agree on this point, one disagrees.",
        "Great W. Distillery Prod. v. John A. Wathen Distillery Co., 10 Cal. 2d 442.",
        "For example, the argument has been made that consideration fails.",
        "A contract without a definable duration can be terminated on notice.",
        "16 CFR § 700.1(a); McFadden v. Dryvit Systems, Inc., 54 UCC Rep. 934.",
    ]
    for label, text in enumerate(notes, 1):
        parts: list[Part] = [(str(label), LABEL, 3.5), (text, BODY, 0)]
        put(pdf, LEFT, 150 + _LEADING * (label - 1), parts)
    return bytes(pdf.output())


def word_processor_notes() -> bytes:
    """A page of text with raised markers, then its notes on a page of their own under
    ``Notes``, as a word processor sets them: the label on the baseline with a stop, the text
    at a tab stop (``1.<tab>Webb``), a note's later line at that stop, and a note that opens
    with a figure (``3.<tab>2 of the members``)."""
    pdf = new_pdf()
    pdf.add_page()
    lines = [f"Running text of the report, line {i}, on the harbour." for i in range(30)]
    for label, i in enumerate((3, 9, 15, 21), 1):
        lines[i] = f"The board wrote to the ministry, letter {label}.^{label} It waited."
    for i, text in enumerate(lines):
        put(pdf, LEFT, 100 + _LEADING * i, body(text))
    pdf.add_page()
    put(pdf, LEFT, 100, [("Notes", HEADING, 0)])
    notes = [
        ["Webb, Port Offices, 14."],
        ["Minutes of the board, fol. 3, where the members set out", "their reasons at length."],
        ["2 of the members dissented."],
        ["Gazette, 3 June 1881."],
    ]
    y = 130.0
    for label, texts in enumerate(notes, 1):
        put(pdf, LEFT, y, [(f"{label}.", BODY, 0)])
        for text in texts:
            put(pdf, LEFT + 28, y, [(text, BODY, 0)])
            y += _LEADING
    return bytes(pdf.output())
