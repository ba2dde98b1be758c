"""The ``pdf`` input format: registration, the pipeline behind it, and clear errors."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import make_pdfs
import pytest

from purgehist.api import guess_parser, parse_file
from purgehist.errors import DataError
from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.plugins import get_parsers


@pytest.fixture(scope="module")
def book_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "book.pdf"
    path.write_bytes(make_pdfs.book())
    return path


def test_registered_by_suffix_and_by_content(book_pdf: Path, tmp_path: Path) -> None:
    parsers = get_parsers()
    spec = parsers["pdf"]
    assert spec.suffixes == (".pdf",)
    assert spec.options == parsers["text"].options
    assert {"language", "document_type", "title", "claims"} <= {o.name for o in spec.options}
    assert guess_parser(book_pdf, parsers).name == "pdf"
    unnamed = tmp_path / "download"
    unnamed.write_bytes(book_pdf.read_bytes())
    assert guess_parser(unnamed, parsers).name == "pdf"


def test_parse_feeds_the_text_pipeline(book_pdf: Path) -> None:
    result = parse_file(book_pdf, options={"language": "de", "title": "Parteigeschichte"})
    assert result.stats["pdf_pages"] == 3
    assert result.stats["pdf_note_lines"] == 6
    assert result.stats["footnotes"] == 6
    assert result.stats["markers_matched"] == 6
    (document,) = result.dataset.documents
    assert document.title == "Parteigeschichte"
    assert document.language == "de"
    assert document.sha256 == hashlib.sha256(book_pdf.read_bytes()).hexdigest()


def test_side_notes_are_paired_with_their_markers(tmp_path: Path) -> None:
    path = tmp_path / "side-notes.pdf"
    path.write_bytes(make_pdfs.side_notes())
    result = parse_file(path, options={"language": "de"})
    assert result.stats["footnotes"] == 7
    assert result.stats["markers_matched"] == 7


def test_problems_name_the_page_and_the_line_on_it(book_pdf: Path) -> None:
    result = parse_file(book_pdf, options={"language": "de"})
    unresolved = [p for p in result.problems if p.code == "citation-unresolved"]
    assert [p.location for p in unresolved[:3]] == [
        f"{book_pdf}, page 1, line 27",
        f"{book_pdf}, page 1, line 28",
        f"{book_pdf}, page 2, line 27",
    ]
    first = result.dataset.evidence[0].provenance
    assert first is not None
    assert (first.line, first.note, first.page) == (None, "page 1, line 27", "11")


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (make_pdfs.scan(), "no-text-layer", "no OCR"),
        (make_pdfs.encrypted(), "encrypted-pdf", "password"),
        (make_pdfs.book()[:2000], "damaged-pdf", "damaged or truncated"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, "damaged-pdf", "damaged"),
        (b"", "not-a-pdf", "empty"),
        (b"plain words, not a PDF", "not-a-pdf", "no %PDF- header"),
    ],
    ids=["scan", "encrypted", "truncated", "garbage", "empty", "text"],
)
def test_unreadable_pdfs_are_data_errors_naming_the_file(
    data: bytes, code: str, words: str
) -> None:
    with pytest.raises(DataError) as info:
        read_pdf_lines(data, "input.pdf")
    (problem,) = info.value.problems
    assert problem.code == code
    assert words in problem.message
    assert str(info.value).startswith("input.pdf: 1 problem")


def test_a_lost_trailer_is_rebuilt() -> None:
    data = make_pdfs.book()
    lines = read_pdf_lines(data[: data.rfind(b"startxref")], "cut.pdf")
    assert {line.page for line in lines} == {1, 2, 3}


def test_cli_exits_1_on_a_scan(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdfs.scan())
    done = subprocess.run(
        [sys.executable, "-m", "purgehist", "info", str(scan)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "scan.pdf" in done.stderr
    assert "no text layer" in done.stderr


def test_the_typeset_sample_thesis_reads_as_its_text_does(tmp_path: Path) -> None:
    """The bundled PDF example is the sample thesis typeset: the same notes, the same sources
    and the same citation pages come out of both."""
    from purgehist.examples import example_bytes, sample_thesis_path

    pdf = tmp_path / "sample-thesis.pdf"
    pdf.write_bytes(example_bytes("thesis-pdf"))
    from_pdf = parse_file(pdf, options={"language": "en"})
    from_text = parse_file(sample_thesis_path(), options={"language": "en"})
    for key in ("footnotes", "citations", "citations_resolved", "bibliography_entries"):
        assert from_pdf.stats[key] == from_text.stats[key], key
    assert sorted(s.title for s in from_pdf.dataset.sources) == sorted(
        s.title for s in from_text.dataset.sources
    )
    assert sorted(str(e.locator) for e in from_pdf.dataset.evidence) == sorted(
        str(e.locator) for e in from_text.dataset.evidence
    )


def test_a_note_line_opening_with_the_next_note_s_number_carries_its_note_on(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wrapped.pdf"
    path.write_bytes(make_pdfs.wrapped_notes())
    result = parse_file(path, options={"language": "de"})
    assert result.stats["footnotes"] == 9
    assert result.stats["markers_matched"] == 9
    cited = {e.provenance.footnote: e.cited_as for e in result.dataset.evidence if e.provenance}
    assert cited["2"] == "Müller, Die Partei im Bezirk, in: Zeitschrift für 3 (1982), S. 45-67."
    assert cited["3"] == "Ebd., 12."
    assert cited["5"] == (
        "Die Protokolle der Sitzungen sind gedruckt in: Akten der Partei, 6 Bde., Berlin 1990."
    )
    assert cited["6"] == "Ebd., Bd. 2, 88."
