"""The builder of documents written again by other PDF producers
(``scripts/build_extra_reprint.py``): the producers' output made reproducible, the notes taken
from the reprinted document's gold, and the refusals, on small PDFs made here (the real
documents are not in the repository)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")
fpdf = pytest.importorskip("fpdf")

rp = load_script("build_extra_reprint")
INPUTS = ("source.pdf", "gold.json")

INFO = (
    b"%PDF-1.5\n1 0 obj << /Producer (cairo) /CreationDate (D:20261207171737Z) >> endobj\n"
    b"trailer << /Info 1 0 R /ID [<31CD7E7BED8570472812295A794EA5A1>"
    b"<31CD7E7BED8570472812295A794EA5A1>] >>\n%%EOF\n"
)


def test_fixed_time_sets_the_date_and_derives_the_id_in_place() -> None:
    fixed = rp.fixed_time(INFO, 946684800)
    assert len(fixed) == len(INFO)
    assert b"/CreationDate (D:20000101000000Z)" in fixed
    assert b"31CD7E7B" not in fixed
    other_clock = INFO.replace(b"20261207171737", b"20261208090000").replace(b"31CD", b"AB12")
    assert rp.fixed_time(other_clock, 946684800) == fixed
    other_text = INFO.replace(b"(cairo)", b"(gs 10)")
    assert rp.fixed_time(other_text, 946684800)[-80:] != fixed[-80:]


def gold_entry(**fields: Any) -> dict[str, Any]:
    entry = {"label": "1", "scope": "chapter-1", "text": "A note.", "anchor": "the text"}
    entry.update(fields)
    return entry


def test_notes_of_gold_keep_what_the_reader_gave() -> None:
    recorded = {
        "id": "en-book",
        "footnotes": [
            gold_entry(citations=[{"key": "smith2001", "pages": "12"}]),
            gold_entry(
                label="a",
                citations=[],
                citations_without_work=[{"key": "x", "pages": ""}],
                source_command="endnote",
                special="sidebar",
                text_is_rendered=False,
            ),
        ],
        "bibliography": {"smith2001": {"title": "History"}},
    }
    found = rp.notes_of_gold(recorded)
    first, second = found.notes
    assert (first.label, first.scope, first.text, first.anchor) == (
        "1",
        "chapter-1",
        "A note.",
        "the text",
    )
    assert first.citations == [{"key": "smith2001", "pages": "12"}]
    assert (first.kind, first.special, first.rendered) == ("footnote", None, True)
    assert second.citations == [{"key": "x", "pages": ""}]
    assert (second.kind, second.special, second.rendered) == ("endnote", "sidebar", False)
    assert found.labels_printed  # the gold's labels are the printed ones already
    assert found.bibliography == {"smith2001": {"title": "History"}}


def test_completed_takes_only_the_fields_the_entry_lacks() -> None:
    doc = {"id": "x-cairo", "language": "de"}
    original = {"id": "x", "language": "en", "kind": "book", "licence": {"spdx": "CC-BY-4.0"}}
    rp.completed(doc, original)
    assert doc == {
        "id": "x-cairo",
        "language": "de",
        "kind": "book",
        "licence": {"spdx": "CC-BY-4.0"},
    }


def entry(of: str, producer: str = "cairo") -> dict[str, Any]:
    return {
        "id": f"{of}-{producer}",
        "split": "reprint",
        "reprint": {"of": of, "producer": producer, "source_date_epoch": 946684800},
    }


def test_only_dev_documents_already_built_are_reprinted(tmp_path: Path) -> None:
    sources = {"a": {"id": "a", "split": "dev"}, "t": {"id": "t", "split": "test"}}
    with pytest.raises(ValueError, match=re.escape("reprint.of 'b' is no dev document")):
        rp.build_document(entry("b"), tmp_path, sources)
    with pytest.raises(ValueError, match=re.escape("t is not of the dev split")):
        rp.build_document(entry("t"), tmp_path, sources)
    with pytest.raises(
        FileNotFoundError, match=re.escape("lacks source.pdf or gold.json; build a first")
    ):
        rp.build_document(entry("a"), tmp_path, sources)


def test_a_bad_reprint_field_is_named() -> None:
    with pytest.raises(ValueError, match=re.escape("reprint.source_date_epoch is missing")):
        rp.reprinted_pdf(b"%PDF", {"producer": "cairo"})
    with pytest.raises(ValueError, match=re.escape("reprint.scale 'big' is not a number")):
        rp.reprinted_pdf(b"%PDF", {"producer": "pdfpages", "scale": "big", "source_date_epoch": 0})


def test_a_producer_s_failure_keeps_its_cause() -> None:
    gs = (
        "Error: /stackunderflow in --showpage--\nOperand stack:\n\nExecution stack:\n"
        "   %interp_exit   .runexec2   --nostringval--\nDictionary stack:\n"
        "   --dict:732/1123(ro)(G)--\nCurrent allocation mode is local\n"
        "GPL Ghostscript 10.00.0: Unrecoverable error, exit code 1\n"
    )
    said = rp.failure(gs)
    assert said.startswith("Error: /stackunderflow in --showpage--")
    assert said.endswith("Unrecoverable error, exit code 1")
    tex = "This is pdfTeX\n! LaTeX Error: File `pdfpages.sty' not found.\nl.3\n(job aborted)\n"
    assert rp.failure(tex) == "! LaTeX Error: File `pdfpages.sty' not found. | (job aborted)"


@pytest.mark.skipif(shutil.which("gs") is None, reason="gs is not installed")
def test_ghostscript_s_error_on_a_file_not_pdf_names_its_cause() -> None:
    with pytest.raises(RuntimeError, match=r"^gs failed \(1\): .*Error"):
        rp.reprinted_pdf(b"not a PDF at all", {"producer": "ghostscript", "source_date_epoch": 0})


def test_an_unknown_producer_is_named() -> None:
    with pytest.raises(ValueError, match=re.escape("reprint.producer 'word' is none of cairo")):
        rp.reprinted_pdf(b"%PDF", {"producer": "word", "source_date_epoch": 0})


def page_pdf() -> bytes:
    pdf = fpdf.FPDF(unit="pt", format="letter")
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.text(72, 100, "Die Partei war an ihre Beschlüsse gebunden.")
    pdf.set_font_size(9)
    pdf.text(72, 700, "1 Vgl. Müller 2001, 45.")
    return bytes(pdf.output())


def page_size(pdf: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    size: tuple[float, float] = pdfium.PdfDocument(pdf)[0].get_size()
    return size


@pytest.mark.skipif(shutil.which("pdftocairo") is None, reason="pdftocairo is not installed")
def test_a_cairo_reprint_gives_the_same_bytes_twice() -> None:
    reprint = {"producer": "cairo", "source_date_epoch": 946684800}
    first, second = rp.reprinted_pdf(page_pdf(), reprint), rp.reprinted_pdf(page_pdf(), reprint)
    assert first.startswith(b"%PDF")
    assert b"cairo" in first
    assert first == second


@pytest.mark.skipif(shutil.which("gs") is None, reason="gs is not installed")
def test_a_ghostscript_reprint_gives_the_same_bytes_twice() -> None:
    # Ghostscript writes the clock's date and a random /ID: both are fixed
    reprint = {"producer": "ghostscript", "source_date_epoch": 946684800}
    first = rp.reprinted_pdf(page_pdf(), reprint)
    assert first.startswith(b"%PDF")
    assert b"Ghostscript" in first
    assert first == rp.reprinted_pdf(page_pdf(), reprint)


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
def test_a_pdfpages_reprint_puts_the_page_on_the_paper_named() -> None:
    reprint = {"producer": "pdfpages", "paper": "a4paper", "scale": 0.9, "source_date_epoch": 0}
    first = rp.reprinted_pdf(page_pdf(), reprint)
    assert [round(v) for v in page_size(first)] == [595, 842]
    assert first == rp.reprinted_pdf(page_pdf(), reprint)
    with pytest.raises(ValueError, match=re.escape("reprint.paper 'a5' is none of a4paper")):
        rp.reprinted_pdf(page_pdf(), {**reprint, "paper": "a5"})


def built_original(tmp_path: Path) -> dict[str, Any]:
    """A dev document ``a`` built in *tmp_path*: its PDF, its gold and its manifest entry."""
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "source.pdf").write_bytes(page_pdf())
    recorded = {
        "id": "a",
        "footnotes": [gold_entry(text="Vgl. Müller 2001, 45.", citations=[])],
        "bibliography": {},
    }
    (folder / "gold.json").write_text(json.dumps(recorded), encoding="utf-8")
    digest = hashlib.sha256((folder / "gold.json").read_bytes()).hexdigest()
    return {
        "id": "a",
        "split": "dev",
        "sha256": {"gold.json": digest},
        "language": "de",
        "kind": "thesis",
        "title": "Eine Arbeit",
        "authors": ["A. Autor"],
        "year": "2001",
        "numbering": "continuous",
        "placement": "footnotes",
        "citation_style": "notes",
        "repository": "owner/name",
        "commit": "0" * 40,
        "paths": {"main": "a.tex", "bib": []},
        "licence": {"spdx": "CC-BY-4.0", "where": "title page"},
    }


def test_a_gold_other_than_the_one_recorded_is_refused(tmp_path: Path) -> None:
    original = built_original(tmp_path)
    (tmp_path / "a" / "gold.json").write_text('{"id": "a", "footnotes": []}', encoding="utf-8")
    with pytest.raises(
        ValueError, match=re.escape("gold.json is not the one a's manifest records")
    ):
        rp.build_document(entry("a"), tmp_path, {"a": original})
    assert not (tmp_path / "a-cairo").exists()


@pytest.mark.skipif(shutil.which("pdftocairo") is None, reason="pdftocairo is not installed")
def test_the_reprint_s_gold_is_the_original_s_notes_located_again(tmp_path: Path) -> None:
    original = built_original(tmp_path)
    doc = entry("a")
    doc["title"] = "Eine Arbeit, by cairo"
    result = rp.build_document(doc, tmp_path, {"a": original})
    written = json.loads((tmp_path / "a-cairo" / "gold.json").read_text(encoding="utf-8"))
    assert written["footnotes"][0]["page"] == 1
    assert written["footnotes"][0]["text"] == "Vgl. Müller 2001, 45."
    assert written["language"] == "de"
    assert result["matched_pct"] == 100.0
    assert doc["licence"] == original["licence"]
    inputs = {n: hashlib.sha256((tmp_path / "a" / n).read_bytes()).hexdigest() for n in INPUTS}
    assert doc["reprint"]["sha256"] == inputs
    assert list(doc["renderers"]) == ["pdftocairo"]
    assert doc["renderers"]["pdftocairo"].startswith("pdftocairo version ")
    assert written["source"]["repository"] == "owner/name"
    assert written["source"]["pdf_render"] == {
        "reprint_of": "a",
        "producer": "cairo",
        **doc["renderers"],
    }
