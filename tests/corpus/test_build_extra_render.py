"""The builder of documents rendered here (``scripts/build_extra_render.py``): the checkout it
renders from, the sources it gives the gold readers (DocBook entities and cross-references,
boxed notes, LaTeX quotes, name references and URLs) and a reproducible XeLaTeX render, on
small made-up sources (the real documents are not in the repository)."""

from __future__ import annotations

import importlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import FakeRepo, git_mirror
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")
pytest.importorskip("lxml")

br = load_script("build_extra_render")
# importable once build_extra_render.py has put scripts/ on the path
docbook = importlib.import_module("corpus_build.docbook")

BOOK = """<?xml version="1.0"?>
<!DOCTYPE book SYSTEM "dblite.dtd"
[
<!ENTITY ch01 SYSTEM "ch01.xml">
<!ENTITY ch02 SYSTEM "ch02.xml">
<!ENTITY app SYSTEM "app.xml">
]>
<book id="b"><title>Book</title>
<preface id="pre"><title>Preface</title>
<para>As <xref linkend="later"/> says.<footnote><para>See
<xref linkend="one"/> and <xref linkend="tool"/>.</para></footnote></para></preface>
&ch01;
&ch02;
&app;
</book>
"""
CH01 = """<?xml version="1.0"?>
<chapter id="one"><title>One</title>
<simplesect><para>Text.<footnote><para>First&mdash;note.</para></footnote></para>
<sect2 id="early"><title>Early</title><para>Before any section.</para></sect2>
</simplesect>
<sect1 id="s1"><title>S1</title>
<sidebar><title>Aside</title><para>Boxed.<footnote><para>In the box.</para></footnote>
</para></sidebar>
<para>After.<footnote><para>Second of the chapter.</para></footnote></para>
<sect2 id="later"><title>Later</title><para>Deep.</para></sect2>
</sect1>
</chapter>
"""
CH02 = """<chapter id="two"><title>Two</title>
<sect1 id="t1"><title>T1</title><para>Two.<footnote><para>Only.</para></footnote></para></sect1>
</chapter>
"""
APP = """<appendix id="app"><title>Tools</title>
<anchor id="tool" xreflabel="The Tool"/><anchor id="bare"/><para>List.</para></appendix>
"""
FILES = {"ch01.xml": CH01, "ch02.xml": CH02, "app.xml": APP}


def _book() -> bytes:
    text: str = br.expand_system_entities(BOOK, FILES.get)
    return text.encode("utf-8")


def test_expand_system_entities_inlines_the_chapters() -> None:
    text = br.expand_system_entities(BOOK, FILES.get)
    assert "&ch01;" not in text
    assert "<!ENTITY" not in text
    assert text.count("<?xml") == 1
    assert text.index('<chapter id="one">') < text.index('<chapter id="two">')
    assert '<!DOCTYPE book SYSTEM "dblite.dtd">' in text


def test_expand_system_entities_keeps_entities_it_cannot_read() -> None:
    text = br.expand_system_entities(BOOK, {"ch01.xml": CH01}.get)
    assert "&ch02;" in text
    assert '<!ENTITY ch02 SYSTEM "ch02.xml">' in text


def test_xref_texts_number_sections_as_latex_does() -> None:
    from lxml import etree

    texts = br.docbook_xref_texts(etree.fromstring(docbook.with_named_entities(_book())))
    assert texts["one"] == "Chapter 1"
    assert texts["early"] == "Section 1.0.1"  # a sect2 before the chapter's first sect1
    assert texts["s1"] == "Section 1.1"
    assert texts["later"] == "Section 1.1.1"
    assert texts["t1"] == "Section 2.1"
    assert texts["app"] == "Appendix A"
    assert texts["tool"] == "The Tool"
    assert texts["bare"] == "Appendix A"


def test_xrefs_are_written_into_the_notes() -> None:
    found = docbook.docbook_notes(
        {"id": "x", "commit": "0", "paths": {"main": "b.xml"}, "extract": {}},
        FakeRepo({"b.xml": br.resolve_docbook_xrefs(_book())}),
    )
    assert found.notes[0].text == "See Chapter 1 and The Tool."
    assert found.notes[0].anchor == "As Section 1.1.1 says."


def test_box_notes_label_a_sidebars_notes_apart_from_the_chapters_count() -> None:
    data = br.resolve_docbook_xrefs(_book())
    doc = {
        "id": "x",
        "commit": "0",
        "paths": {"main": "b.xml"},
        "extract": {"reset_elements": ["preface", "chapter", "appendix"]},
    }
    found = br.box_notes(docbook.docbook_notes(doc, FakeRepo({"b.xml": data})), data)
    assert [(n.label, n.scope, n.special) for n in found.notes] == [
        ("1", "Preface", None),
        ("1", "One", None),
        ("a", "One/sidebar-1", "sidebar"),
        ("2", "One", None),
        ("1", "Two", None),
    ]


def test_print_enquotes_alternates_the_levels_and_skips_comments() -> None:
    levels = ["«»", "„“"]
    src = r"\enquote{a \enquote{b {c}} \emph{d}} 5\% % \enquote{not closed"
    assert br.print_enquotes(src, levels) == r"«a „b {c}“ \emph{d}» 5\% % \enquote{not closed"
    assert br.print_enquotes(r"\enquote{\enquote{\enquote{x}}}", levels) == "«„«x»“»"


def test_namerefs_print_the_title_of_the_labelled_heading() -> None:
    texts = {
        "a.tex": r"\chapter{Hacks -- and \emph{hackers}} \label{App A} Text.",
        "b.tex": r"See \nameref{App A} and \nameref{none}.",
    }
    assert br.resolve_namerefs(texts) == {
        "b.tex": r"See {Hacks -- and \emph{hackers}} and \nameref{none}."
    }


def test_url_tildes_are_kept_where_other_tildes_are_spaces() -> None:
    latex_text = importlib.import_module("corpus_build.latex_text")
    text = br.url_tildes(r"Mr.~Smith, \url{http://x.org/~smith/}")
    assert latex_text.latex_to_text(text) == "Mr. Smith, http://x.org/~smith/"


def test_checkout_writes_the_tree_and_the_added_files(tmp_path: Path) -> None:
    mirrors, commit = git_mirror(tmp_path, {"main.tex": "x", "ch/one.tex": "y"}, "owner+name")
    repo = br.OverlayRepo("owner/name", mirrors, {})
    dest = tmp_path / "work"
    dest.mkdir()
    br.checkout(repo, commit, dest, {"build-ver.tex": b"v1,"})
    assert (dest / "ch" / "one.tex").read_text() == "y"
    assert (dest / "build-ver.tex").read_bytes() == b"v1,"


def test_overlay_repo_serves_the_added_files_over_the_commits(tmp_path: Path) -> None:
    mirrors, commit = git_mirror(tmp_path, {"main.tex": "x"}, "owner+name")
    repo = br.OverlayRepo("owner/name", mirrors, {"main.tex": b"z", "new.tex": b"n"})
    assert repo.text(commit, "main.tex") == "z"
    assert repo.paths(commit) == {"main.tex", "new.tex"}


LATEX = r"""\documentclass{article}
\begin{document}
Text.\footnote{A note.} \today
\end{document}
"""


@pytest.mark.skipif(shutil.which("xelatex") is None, reason="xelatex is not installed")
def test_xelatex_render_gives_the_same_bytes_twice(tmp_path: Path) -> None:
    mirrors, commit = git_mirror(tmp_path, {"doc.tex": LATEX}, "owner+name")
    doc = {
        "repository": "owner/name",
        "commit": commit,
        "paths": {"main": "doc.tex"},
        "render": {"engine": "xelatex", "source_date_epoch": 946684800},
    }
    repo = br.OverlayRepo("owner/name", mirrors, {})
    first, second = br.rendered_pdf(doc, repo), br.rendered_pdf(doc, repo)
    assert first.startswith(b"%PDF")
    assert first == second
    (tmp_path / "doc.pdf").write_bytes(first)
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(tmp_path / "doc.pdf")], check=True, capture_output=True
    ).stdout.decode()
    assert "2000-01-01T00:00:00" in info


BROKEN = r"""\documentclass{article}
\begin{document}
Text.\footnote{A note.} \undefinedcommand{} More.
\end{document}
"""


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
def test_pdflatex_goes_on_past_errors_only_when_the_entry_says(tmp_path: Path) -> None:
    mirrors, commit = git_mirror(tmp_path, {"doc.tex": BROKEN}, "owner+name")
    doc: dict[str, Any] = {
        "id": "made-up",
        "repository": "owner/name",
        "commit": commit,
        "paths": {"main": "doc.tex"},
        "render": {"engine": "pdflatex", "source_date_epoch": 946684800},
    }
    repo = br.OverlayRepo("owner/name", mirrors, {})
    with pytest.raises(subprocess.CalledProcessError):
        br.rendered_pdf(doc, repo)
    doc["render"].update(keep_going=True, expected_errors=1)
    first, second = br.rendered_pdf(doc, repo), br.rendered_pdf(doc, repo)
    assert first.startswith(b"%PDF")
    assert first == second


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
def test_pdflatex_past_errors_fails_on_an_error_count_the_entry_does_not_record(
    tmp_path: Path,
) -> None:
    mirrors, commit = git_mirror(tmp_path, {"doc.tex": BROKEN}, "owner+name")
    doc: dict[str, Any] = {
        "id": "made-up",
        "repository": "owner/name",
        "commit": commit,
        "paths": {"main": "doc.tex"},
        "render": {
            "engine": "pdflatex",
            "source_date_epoch": 946684800,
            "keep_going": True,
            "expected_errors": 2,
        },
    }
    repo = br.OverlayRepo("owner/name", mirrors, {})
    with pytest.raises(ValueError, match=r"made-up: TeX logged 1 errors.*expected_errors is 2"):
        br.rendered_pdf(doc, repo)
    del doc["render"]["expected_errors"]
    with pytest.raises(ValueError, match=r"needs render\.expected_errors"):
        br.rendered_pdf(doc, repo)


def test_a_rerun_that_writes_no_pdf_is_not_covered_by_the_pdf_of_the_run_before(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    runs: list[int] = []

    def fake_tex(args: list[str], cwd: Path, **_: Any) -> subprocess.CompletedProcess[bytes]:
        runs.append(1)
        if len(runs) == 1:  # the first run sets the PDF and asks for a rerun
            (cwd / "doc.pdf").write_bytes(b"%PDF-1.5")
        (cwd / "doc.log").write_text("! Undefined control sequence.\nRerun to get it right.\n")
        return subprocess.CompletedProcess(args, 1, b"", b"")

    monkeypatch.setattr(br.subprocess, "run", fake_tex)
    doc = {
        "id": "made-up",
        "paths": {"main": "doc.tex"},
        "render": {"source_date_epoch": 946684800, "keep_going": True, "expected_errors": 1},
    }
    with pytest.raises(ValueError, match=r"made-up: pdflatex wrote no PDF of doc\.tex"):
        br.render_tex("pdflatex", doc, tmp_path)
    assert len(runs) == 2


def test_build_extra_hands_a_document_tex_sets_here_to_the_render_builder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bx = load_script("build_extra")
    built: list[str] = []

    def build(doc: dict[str, Any], out: Path, mirrors: Path, verbose: bool = False) -> object:
        built.append(doc["id"])
        return {}

    monkeypatch.setattr(bx.build_extra_render, "build_document", build)
    doc = {"id": "set-here", "pdf_render": "pdflatex", "source_format": "latex"}
    assert bx.build_document(doc, tmp_path, tmp_path, tmp_path) == {}
    assert built == ["set-here"]
