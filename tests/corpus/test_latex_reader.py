"""The one LaTeX reader of the corpus builders (``scripts/corpus_build/latex.py``), used by
``build_corpus.py`` and ``build_extra.py`` alike: the preamble's numbering (lettered notes in
floats, commands standing for ``\\footnotemark``), side notes set by hand, and a whole build of
a made-up book through ``build_corpus.py``'s command line, PDF and gold included."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import FakeRepo, git_mirror
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")

bc = load_script("build_corpus")
gold, latex, notes, pdf_match = (
    importlib.import_module(f"corpus_build.{name}")
    for name in ("gold", "latex", "notes", "pdf_match")
)


def _doc(**extract: Any) -> dict[str, Any]:
    return {
        "id": "made-up",
        "commit": "0" * 40,
        "paths": {"main": "book.tex", "bib": []},
        "extract": {"numbering": "per-chapter", **extract},
    }


def _labels(files: dict[str, str], **extract: Any) -> list[tuple[str, str, str]]:
    found = latex.latex_notes(_doc(**extract), FakeRepo(files))
    return [(n.label, n.scope, n.text) for n in found.notes]


TABLE_BODY = (
    "\\begin{document}\n\\chapter{One}\nText.\\footnote{First.}\n"
    "\\begin{table}\\caption{Rates\\footnote{In the float.}}\\end{table}\n"
    "More.\\footnote{Second.}\n\\end{document}\n"
)


def test_notes_of_a_float_are_lettered_where_the_preamble_loads_floatrow() -> None:
    files = {"book.tex": "\\documentclass{book}\n\\usepackage{floatrow}\n" + TABLE_BODY}
    assert _labels(files) == [
        ("1", "chapter-1", "First."),
        ("a", "chapter-1/table-1", "In the float."),
        ("2", "chapter-1", "Second."),
    ]


def test_notes_of_a_float_run_on_the_main_counter_without_floatrow() -> None:
    files = {"book.tex": "\\documentclass{book}\n" + TABLE_BODY}
    assert [label for label, _, _ in _labels(files)] == ["1", "2", "3"]


def test_a_command_of_a_local_package_standing_for_footnotemark_steps_the_counter() -> None:
    files = {
        "book.tex": "\\documentclass{book}\n\\usepackage{marks}\n\\begin{document}\n"
        "\\chapter{One}\nA gloss\\fnm.\\footnotetext{Below the gloss.}"
        " Text.\\footnote{After it.}\n\\end{document}\n",
        "marks.sty": "\\newcommand{\\fnm}{{\\upshape\\footnotemark}}\n",
    }
    assert _labels(files) == [
        ("1", "chapter-1", "Below the gloss."),
        ("2", "chapter-1", "After it."),
    ]


def test_macros_preloaded_from_a_file_name_the_files_input() -> None:
    files = {
        "book.tex": "\\documentclass{book}\n\\begin{document}\n\\input{\\chapdir/one}\n"
        "\\end{document}\n",
        "paths.tex": "\\newcommand{\\chapdir}{chapters}\n",
        "chapters/one.tex": "\\chapter{One}\nText.\\footnote{From the chapter file.}\n",
    }
    assert _labels(files, preload_macros_from=["paths.tex"]) == [
        ("1", "chapter-1", "From the chapter file.")
    ]
    assert _labels(files) == []


OWN_MACROS = {
    "book.tex": "\\documentclass{book}\n\\newcommand{\\R}{\\textsf{R}}\n"
    "\\def\\lang{\\R{} and S}\n\\newcommand{\\be}{\\begin{equation}}\n"
    "\\newcommand{\\pkg}[1]{\\texttt{#1}}\n\\begin{document}\n\\chapter{One}\n"
    "Text.\\footnote{Operator precedence in \\R, type ?Syntax; \\R\\ just dumps them,"
    " and \\R is terse.}\nMore.\\footnote{Both \\lang{} are languages.}\n\\end{document}\n"
}


def test_the_preambles_own_commands_without_parameters_are_written_out_in_the_notes() -> None:
    assert [text for _, _, text in _labels(OWN_MACROS, expand_own_macros=True)] == [
        "Operator precedence in R, type ?Syntax; R just dumps them, and Ris terse.",
        "Both R and S are languages.",
    ]


def test_own_commands_are_left_unexpanded_unless_the_manifest_asks() -> None:
    first = _labels(OWN_MACROS)[0][2]
    assert "precedence in ," in first


NUMBERED_NOTE = {
    "book.tex": "\\documentclass{book}\n\\begin{document}\n"
    "\\chapter{Translation}\nOn a law of word order.\\Footnote{1}{For the collections of"
    " examples I owe a lot to the reference works.}\nThumb made the claim.\\footnote{A"
    " translator's note.}\n\\end{document}\n"
}


def test_a_note_macro_of_the_documents_own_is_read_as_the_note_it_prints() -> None:
    template = {"Footnote": ["{{", "\\footnote[%1]{%2}"]}
    assert _labels(NUMBERED_NOTE, numbering="continuous", body_macro_templates=template) == [
        ("1", "document", "For the collections of examples I owe a lot to the reference works."),
        ("1", "document", "A translator's note."),
    ]
    # without the template the macro is running text, and its note is lost
    assert [label for label, _, _ in _labels(NUMBERED_NOTE, numbering="continuous")] == ["1"]


def test_a_note_numbered_in_the_source_is_marked_so_even_where_the_count_agrees() -> None:
    template = {"Footnote": ["{{", "\\footnote[%1]{%2}"]}
    doc = _doc(numbering="continuous", body_macro_templates=template)
    found = latex.latex_notes(doc, FakeRepo(NUMBERED_NOTE))
    assert [(n.label, n.numbered) for n in found.notes] == [("1", True), ("1", False)]


def test_commands_with_parameters_or_opening_an_environment_are_not_collected() -> None:
    from corpus_build.latex_source import collect_new_macros

    assert collect_new_macros(OWN_MACROS["book.tex"].split("\\begin{document}")[0]) == {
        "R": "\\textsf{R}",
        "lang": "\\R{} and S",
    }


# the search of the first set ----------------------------------------------------------------


def test_first_set_search_keeps_sparse_pages_and_one_licence_line() -> None:
    pages = ["one two three four five six", "2", "seven eight nine ten eleven"]
    pdf = pdf_match.PdfPages.from_text("\f".join(pages) + "\f", "\f".join(pages) + "\f")
    first = gold.searchable(pdf, sparse=gold.FIRST_SET.skip_sparse_pages)
    assert [bool(p) for p in first.norm] == [True, True, True]
    refined = gold.searchable(pdf, sparse=gold.REFINED.skip_sparse_pages)
    assert [bool(p) for p in refined.norm] == [True, False, True]
    text = "Title\n\nunder a Creative Commons license. This\nlicense permits copying,\n"
    first_line = gold.licence_statement(text, gold.FIRST_SET.licence, gold.FIRST_SET.licence_lines)
    assert first_line == "under a Creative Commons license. This"
    assert gold.licence_statement("Распространяется под лицензией GFDL\n", gold.FIRST_SET.licence)


def test_first_set_search_takes_a_far_quotation_the_refined_search_passes_over() -> None:
    filler = " ".join(f"word{k}" for k in range(40))
    quote = (
        "After three lean winters the printing house is starving. It has swallowed whole "
        "rooms of the old archive and left their empty shelves standing in the cellar."
    )
    pages = [filler, f"{filler} 1 Wrote Hartley: {quote[:70]}", f"{quote[70:]} {filler}"]
    pages += [filler] * 45 + [f"{filler} He wrote: {quote} And more. {filler}"]
    pdf = pdf_match.PdfPages.from_text("\f".join(pages), "\f".join(pages))
    found = notes.Extracted([notes.SourceNote("1", "document", "Wrote Hartley: " + quote, "")])
    doc = {"paths": {"bib": ["refs.bib"]}}
    assert gold.gold_notes(doc, found, pdf, gold.FIRST_SET)[0]["page"] == len(pages)
    refined = gold.gold_notes(doc, found, pdf, gold.REFINED)[0]
    assert refined["page"] == 2
    assert refined["continues_on_next_page"]


# a whole build through build_corpus.py ------------------------------------------------------

BOOK = (
    "\\documentclass{book}\n\\begin{document}\n\\chapter{Margins}\n"
    "The survey began in the spring.\\footnote{Alpha bravo charlie delta echo foxtrot golf.}"
    " It was printed later.\\textsuperscript{2}"
    " Then\\marginnote{\\textsuperscript{2} Hotel india juliet kilo lima mike november.}"
    " it ended.\n\\end{document}\n"
)
PAGE = [
    "1 Margins",
    "The survey began in the spring.1 It was printed later.2 Then it ended.",
    "1 Alpha bravo charlie delta echo foxtrot golf.",
    "2 Hotel india juliet kilo lima mike november.",
]


def _pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for k, line in enumerate(lines):
        pdf.text(20, 30 + 12 * k, line)
    return bytes(pdf.output())


def _manifest(tmp_path: Path, commit: str) -> Path:
    doc = {
        "id": "en-made-up-margins",
        "language": "en",
        "kind": "book",
        "title": "Margins",
        "authors": ["A. Author"],
        "year": 2026,
        "numbering": "per-chapter",
        "placement": "margin",
        "citation_style": "none",
        "split": "dev",
        "repository": "owner/book",
        "commit": commit,
        "paths": {"pdf": "book.pdf", "main": "book.tex", "bib": []},
        "licence": {"spdx": "CC-BY-4.0"},
        "extract": {"numbering": "per-chapter"},
    }
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"documents": [doc]}), encoding="utf-8")
    return path


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_build_corpus_reads_hand_set_side_notes_into_the_gold(tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    mirrors, commit = git_mirror(tmp_path, {"book.tex": BOOK.encode(), "book.pdf": _pdf(PAGE)})
    manifest = _manifest(tmp_path, commit)
    before = manifest.read_bytes()
    out = tmp_path / "docs"
    args = ["--manifest", str(manifest), "--mirrors", str(mirrors), "--out", str(out)]
    assert bc.main([*args, "--no-write-manifest"]) == 0
    assert manifest.read_bytes() == before
    built = json.loads((out / "en-made-up-margins" / "gold.json").read_text(encoding="utf-8"))
    read = [(f["label"], f["scope"], f["page"], f["text"]) for f in built["footnotes"]]
    assert read == [
        ("1", "chapter-1", 1, "Alpha bravo charlie delta echo foxtrot golf."),
        ("2", "chapter-1", 1, "Hotel india juliet kilo lima mike november."),
    ]
    assert built["footnotes"][1]["anchor"].endswith("It was printed later.")
    assert built["stats"]["matched_pct"] == 100.0
    assert sorted(p.name for p in (out / "en-made-up-margins").iterdir()) == [
        "gold.json",
        "layout.txt",
        "raw.txt",
        "source.pdf",
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_build_corpus_records_checksums_and_totals_in_the_manifest(tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    mirrors, commit = git_mirror(tmp_path, {"book.tex": BOOK.encode(), "book.pdf": _pdf(PAGE)})
    manifest = _manifest(tmp_path, commit)
    out = tmp_path / "docs"
    assert bc.main(["--manifest", str(manifest), "--mirrors", str(mirrors), "--out", str(out)]) == 0
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    doc = recorded["documents"][0]
    assert doc["footnote_count"] == 2
    assert set(doc["sha256"]) == {"source.pdf", "layout.txt", "raw.txt", "gold.json"}
    assert recorded["totals"]["dev"] == {"documents": 1, "footnotes": 2}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
