"""Notes read from PDF pages as from their plain text: a ``Notes`` heading at the foot of a
chapter's last page opens its notes overleaf, an appendix's numbered sections after the notes
are no notes, and raised labels run into their texts on notes pages set in the body's size are
labels, while a footnote marker wrapped to a line's start on a text page stays a marker."""

from __future__ import annotations

from pathlib import Path

import make_endnote_pages
import make_pdfs

from purgehist.api import parse_file
from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.endnote_markers import section_markers
from purgehist.model.documents import walk_paragraphs


def _notes(tmp_path: Path, data: bytes) -> list[tuple[str, str, str]]:
    """The notes the ``pdf`` format reads, as ``(number, text, the words before the
    marker)``, in the order of the running text."""
    path = tmp_path / "book.pdf"
    path.write_bytes(data)
    (document,) = parse_file(path, options={"language": "en", "claims": False}).dataset.documents
    return [
        (n.n, n.text or "", " ".join(p.text[: n.offset].split()[-2:]))
        for p in walk_paragraphs(document.divisions)
        for n in p.notes
    ]


def test_a_notes_heading_at_the_foot_of_a_page_opens_the_notes_overleaf(tmp_path: Path) -> None:
    notes = _notes(tmp_path, make_endnote_pages.chapter_end_notes(appendix=False))
    assert notes == [
        ("1", "Webb, Port Offices, 14.", "new quay."),
        ("2", "Minutes of the board, fol. 3.", "ministry twice."),
        ("3", "Gazette, 3 June 1881.", "years later."),
        ("1", "Letters of the engineer, no. 12.", "the north."),
        ("2", "Petition of the merchants, 1883.", "longer one."),
    ]


def test_an_appendix_after_the_last_notes_ends_them(tmp_path: Path) -> None:
    notes = _notes(tmp_path, make_endnote_pages.chapter_end_notes(appendix=True))
    assert [(n, text) for n, text, _ in notes][-2:] == [
        ("1", "Letters of the engineer, no. 12."),
        ("2", "Petition of the merchants, 1883."),
    ]
    assert not any("Definitions" in text or "Licence Grant" in text for _, text, _ in notes)


def test_raised_labels_run_into_their_texts_open_notes_set_at_body_size(tmp_path: Path) -> None:
    data = make_endnote_pages.book_end_notes()
    texts = [line.text for line in read_pdf_lines(data, "book.pdf") if line.page == 2]
    assert "6 A contract without a definable duration can be terminated on notice." in texts
    assert "7 16 CFR § 700.1(a); McFadden v. Dryvit Systems, Inc., 54 UCC Rep. 934." in texts
    notes = _notes(tmp_path, data)
    assert [(n, before) for n, _, before in notes] == [
        ("1", "allows it."),
        ("2", "rights terminated."),
        ("3", "the contributor."),
        ("4", "on notice."),
        ("5", "a contract."),
        ("6", "reasonable notice."),
        ("7", "the PDP-10."),
    ]
    assert notes[5][1].startswith("A contract without")
    assert notes[6][1].startswith("16 CFR")


def test_a_raised_marker_after_a_number_and_its_stop_is_a_marker() -> None:
    lines = ["the memory that no standard machine had, not even", "the PDP-10.²⁵.", "Then it ran."]
    (hit,) = section_markers(lines, [25])
    assert hit is not None
    assert (hit.line, lines[hit.line][hit.start : hit.end]) == (1, "²⁵")
    # a figure on the baseline stays a figure
    assert section_markers(["a weight of 10.25 tons was loaded"], [25]) == [None]


def test_word_processor_notes_labelled_on_the_baseline_at_a_tab_stop(tmp_path: Path) -> None:
    notes = _notes(tmp_path, make_endnote_pages.word_processor_notes())
    assert notes == [
        ("1", "Webb, Port Offices, 14.", "letter 1."),
        (
            "2",
            "Minutes of the board, fol. 3, where the members set out their reasons at length.",
            "letter 2.",
        ),
        ("3", "2 of the members dissented.", "letter 3."),
        ("4", "Gazette, 3 June 1881.", "letter 4."),
    ]


def test_a_footnote_marker_wrapped_to_a_line_s_start_stays_a_marker(tmp_path: Path) -> None:
    # one raised number opening a line on a page with footnotes is no notes page's label
    notes = _notes(tmp_path, make_pdfs.wrapped_markers())
    assert [(n, before) for n, _, before in notes] == [
        ("1", "Bericht sagt"),
        ("2", "erschien später."),
        ("3", "Bericht sagt"),
        ("4", "erschien später."),
    ]
