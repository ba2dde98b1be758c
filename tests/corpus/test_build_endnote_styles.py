"""Footnotes set as endnotes in the layouts trade books print them
(``scripts/corpus_build/endnote_styles.py``, ``render.endnotes`` of ``build_extra_render.py``):
the preamble put in, and small books rendered by pdfLaTeX in each layout, read back with
``pdftotext``."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import git_mirror
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")
pytest.importorskip("lxml")

br = load_script("build_extra_render")
styles = importlib.import_module("corpus_build.endnote_styles")

BOOK = r"""\documentclass{book}
\usepackage{makeidx}
\makeindex
\usepackage{hyperref}
\begin{document}
\chapter*{Preface}
Why.\footnote{A preface note.}
\chapter{Open Licences}
One.\footnote{First note of one.} Two.\footnote{Second note of one.}
\begin{minipage}{5cm}Boxed.\footnote{A boxed note.}\end{minipage}
\chapter{Closed Licences}
Three.\footnote{First note of two.}
\printindex
\end{document}
"""


def test_preamble_goes_before_begin_document_and_names_the_heading() -> None:
    tex = styles.with_endnotes(BOOK, {"style": "chapter-end", "notes_name": "Примечания"})
    head, body = tex.split("\\begin{document}")
    assert "\\usepackage{endnotes}" in head
    assert "\\def\\notesname{Примечания}" in head
    assert "\\enprintnotes" not in body  # notes at chapter ends: the index is left alone


def test_notes_gathered_at_the_end_print_before_the_index() -> None:
    tex = styles.with_endnotes(BOOK, {"style": "book-end"})
    assert "\\enprintnotes\n\\printindex" in tex


def test_unknown_style_and_missing_document_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"render\.endnotes\.style: 'margin'"):
        styles.preamble({"style": "margin"})
    with pytest.raises(ValueError, match=r"book.tex: no \\begin\{document\}"):
        styles.with_endnotes("\\documentclass{book}", {"style": "chapter-end"}, "book.tex")


def test_dblatex_layer_writes_the_preamble_in_place_of_begin_document() -> None:
    layer = styles.dblatex_layer(br.DBLATEX_XSL, {"style": "chapter-end"})
    from lxml import etree

    root = etree.fromstring(layer.encode("utf-8"))
    (variable,) = [e for e in root if e.get("name") == "latex.begindocument"]
    text = "".join(str(t) for t in variable.itertext())
    assert text.index("\\usepackage{endnotes}") < text.index("\\begin{document}")


def rendered_text(tmp_path: Path, settings: dict[str, Any]) -> str:
    mirrors, commit = git_mirror(tmp_path, {"book.tex": BOOK}, "owner+name")
    doc = {
        "id": "made-up",
        "repository": "owner/name",
        "commit": commit,
        "paths": {"main": "book.tex"},
        "render": {"engine": "pdflatex", "source_date_epoch": 946684800, "endnotes": settings},
    }
    pdf = br.rendered_pdf(doc, br.OverlayRepo("owner/name", mirrors, {}))
    (tmp_path / "book.pdf").write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "book.pdf"), "-"], check=True, capture_output=True
    )
    return re.sub(r"[ \t]+", " ", out.stdout.decode("utf-8"))


needs_tex = pytest.mark.skipif(
    shutil.which("pdflatex") is None or shutil.which("pdftotext") is None,
    reason="pdflatex or pdftotext is not installed",
)


@needs_tex
def test_chapter_end_notes_follow_each_chapter_numbered_anew(tmp_path: Path) -> None:
    text = rendered_text(tmp_path, {"style": "chapter-end"})
    first = text.index("First note of one")
    assert text.index("Three.") < text.index("First note of two")
    assert text.index("Second note of one") < text.index("Closed Licences", first)
    assert re.search(r"Notes\s+1 First note of one", text)
    assert re.search(r"Notes\s+1 First note of two", text)
    assert text.index("Boxed") < text.index("A boxed note") < text.index("First note of one")


@needs_tex
def test_book_end_notes_are_grouped_by_chapter_under_running_heads(tmp_path: Path) -> None:
    text = rendered_text(tmp_path, {"style": "book-end"})
    notes = text[text.rindex("Notes") :]
    assert re.search(r"Preface\s+1 A preface note", notes)
    assert re.search(r"Chapter 1 Open Licences\s+1 First note of one\.\s+2 Second note", notes)
    assert re.search(r"Chapter 2 Closed Licences\s+1 First note of two", notes)
    assert text.index("Three.") < text.index("First note of one")


@needs_tex
def test_book_end_stop_numbers_through_the_book_with_a_full_stop(tmp_path: Path) -> None:
    text = rendered_text(tmp_path, {"style": "book-end-stop"})
    notes = text[text.rindex("Notes") :]
    assert re.search(r"1\. A preface note\.\s+2\. First note of one\.\s+3\. Second", notes)
    assert re.search(r"4\. First note of two", notes)
    assert "Chapter 1" not in notes
