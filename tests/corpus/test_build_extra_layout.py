"""The layouts the corpus builder gives a word-processor file before LibreOffice exports it
(``scripts/build_extra_office.py``: endnotes, columns), on a small made-up source."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import FakeRepo
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")

load_script("build_extra")  # puts scripts/ on the path
bo = load_script("build_extra_office")
pandoc = importlib.import_module("corpus_build.pandoc")

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
TEX = (
    "\\section{Origins}\nFord wrote to Dewey.\\footnote{Ford to Dewey, 1888.}\n"
    "The paper never appeared.\\footnote{Detroit Tribune, 1892.}\n"
)


def _doc(**extract: Any) -> dict[str, Any]:
    settings = {"convert_from": "latex", "convert_to": "odt", "reset_level": 0, **extract}
    return {"id": "made-up", "commit": "0" * 40, "paths": {"main": "book.tex"}, "extract": settings}


def _parts(data: bytes) -> tuple[str, str, list[str]]:
    with zipfile.ZipFile(BytesIO(data)) as odt:
        names = odt.namelist()
        return odt.read("content.xml").decode(), odt.read("styles.xml").decode(), names


@needs_pandoc
def test_odt_with_endnotes_in_two_columns_keeps_its_notes_and_order() -> None:
    suffix, data = bo.office_file(_doc(notes="endnotes", columns=2), FakeRepo({"book.tex": TEX}))
    content, styles, names = _parts(data)
    assert suffix == ".odt"
    assert names[0] == "mimetype"
    assert content.count('text:note-class="endnote"') == 2
    assert 'text:note-class="footnote"' not in content
    assert '<style:columns fo:column-count="2"' in styles
    assert re.search(r'note-class="endnote"\s+style:num-format="1"', styles)
    found = pandoc.office_notes(_doc(notes="endnotes", columns=2), FakeRepo({"book.tex": TEX}))
    assert [(n.label, n.text) for n in found.notes] == [
        ("1", "Ford to Dewey, 1888."),
        ("2", "Detroit Tribune, 1892."),
    ]


@needs_pandoc
def test_odt_without_layout_settings_is_pandoc_s_as_it_was() -> None:
    data = bo.office_file(_doc(), FakeRepo({"book.tex": TEX}))[1]
    content, styles, _ = _parts(data)
    assert 'text:note-class="footnote"' in content
    assert "<style:columns" not in styles


def test_odt_layout_refuses_styles_it_does_not_know() -> None:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<office:document-content/>")
        odt.writestr("styles.xml", "<office:document-styles/>")
    with pytest.raises(ValueError, match="page layout"):
        bo.odt_layout(out.getvalue(), endnotes=False, columns=2)
    with pytest.raises(ValueError, match="endnote numbering"):
        bo.odt_layout(out.getvalue(), endnotes=True, columns=1)


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pandoc") is None,
    reason="needs LibreOffice and pandoc",
)
def test_libreoffice_sets_the_endnotes_after_the_text(tmp_path: Path) -> None:
    data = bo.office_pdf(_doc(notes="endnotes"), FakeRepo({"book.tex": TEX}))
    (tmp_path / "a.pdf").write_bytes(data)
    pages = subprocess.run(
        ["pdftotext", str(tmp_path / "a.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode()
    text, notes = pages.split("\f")[0], pages.split("\f")[-2]
    assert "Ford to Dewey" not in text
    assert "1 Ford to Dewey, 1888." in notes


@pytest.mark.parametrize(
    ("extract", "main"),
    [
        ({"convert_to": "docx", "notes": "endnotes"}, "book.tex"),
        ({"columns": 2}, "book.odt"),
        ({"columns": "two"}, "book.tex"),
        ({"notes": "sidenotes"}, "book.tex"),
    ],
)
def test_layout_settings_pandoc_cannot_give_are_refused_with_the_document_named(
    extract: dict[str, Any], main: str
) -> None:
    doc = _doc(**extract)
    doc["paths"]["main"] = main
    with pytest.raises(ValueError, match="made-up: extract"):
        bo.office_file(doc, FakeRepo({main: TEX}))
