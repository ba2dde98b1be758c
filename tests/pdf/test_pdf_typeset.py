"""Pages set by LaTeX (pdflatex, XeLaTeX) and pandoc with small type or raised numbers that are
no notes near the real footnotes: code, tables and a table's own notes, captions, formulas,
reference lists, marginal notes, endnotes, a lawyer's long notes full of numbers. The sources
and ``make_typeset.py`` that rebuilds the PDFs are in ``typeset/``; every real footnote's text
opens with "Note"."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import make_typeset
import pytest

from purgehist.api import parse_file
from purgehist.model.documents import walk_paragraphs

TYPESET = Path(__file__).resolve().parent / "typeset"
_WRITTEN = re.compile(r"\\footnote\{Note|^\[\^\d+\]: Note", re.MULTILINE)
_LOST = {"biblio": 1}
"""Notes the page model still loses (a reference list numbered like the notes under the
running text's last marker), counted so that the test fails when more go."""

_NOT_NOTES = {
    "biblio": ("Conquest", "Khlevniuk"),
    "caption": ("committee",),
    "code": ("purged", "arrests in"),
    "columns": ("Moscow", "Leningrad", "Conquest"),
    "dense": ("district", "exponent", "strike"),
    "koma": ("kulaks", "anti-Soviet"),
    "margin": ("session", "Bukharin", "Verdict", "Executions"),
    "maths": ("isotopes",),
    "pandoc": ("Series", "compare"),
    "supercite": ("Applebaum", "Ellman, M"),
    "tables": ("Kiev", "Sentences", "security", "wave"),
    "tufte": ("GAUGE", "LTC6102", "Figure 1", "ledger."),
}
"""Words of the text set in small type near the notes, which no note may take in."""


def _notes(name: str) -> list[tuple[str, str]]:
    (document,) = parse_file(TYPESET / f"{name}.pdf", options={"claims": False}).dataset.documents
    return [(n.n, n.text or "") for p in walk_paragraphs(document.divisions) for n in p.notes]


def _written(name: str) -> int:
    source = TYPESET / (f"{name}.tex" if name != "pandoc" else "pandoc.md")
    return len(_WRITTEN.findall(source.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", sorted(p.stem for p in TYPESET.glob("*.pdf")))
def test_only_the_written_footnotes_are_read_as_notes(name: str) -> None:
    notes = _notes(name)
    false = [(n, text[:60]) for n, text in notes if not text.startswith("Note")]
    assert false == []
    assert len(notes) == _written(name) - _LOST.get(name, 0)
    taken = [w for w in _NOT_NOTES.get(name, ()) for _, text in notes if w in text]
    assert taken == []


def test_every_typeset_source_has_its_pdf() -> None:
    sources = {p.stem for p in TYPESET.glob("*.tex")} - {"preamble"} | {"pandoc"}
    assert sources == {p.stem for p in TYPESET.glob("*.pdf")}


def test_a_table_floated_under_the_footnotes_keeps_its_words_in_the_running_text() -> None:
    (document,) = parse_file(TYPESET / "tables.pdf", options={"claims": False}).dataset.documents
    text = " ".join(p.text for p in walk_paragraphs(document.divisions))
    assert [w for w in ("Kiev", "Sentences", "security") if w not in text] == []


@pytest.mark.parametrize(
    ("name", "numbers"),
    [
        ("unruled", ["1", "2", "3", "4", "5", "6", "7"]),
        ("offprint", ["87", "88", "89", "90", "91", "92", "93"]),
        ("jump", ["1", "2", "3", "4", "5", "10", "11"]),
    ],
)
def test_raised_labels_under_no_rule_are_notes_whatever_their_number(
    name: str, numbers: list[str]
) -> None:
    assert [n for n, _ in _notes(name)] == numbers


@pytest.mark.skipif(shutil.which("xelatex") is None, reason="xelatex is not installed")
def test_the_script_rebuilds_a_typeset_page_whose_notes_read_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "build"
    folder.mkdir()
    for source in ("legal.tex", "preamble.tex"):
        shutil.copy(TYPESET / source, folder)
    make_typeset.build("legal", "xelatex", folder, out=tmp_path)
    rebuilt = parse_file(tmp_path / "legal.pdf", options={"claims": False}).dataset.documents
    notes = [(n.n, n.text or "") for p in walk_paragraphs(rebuilt[0].divisions) for n in p.notes]
    assert notes == _notes("legal")
    assert not list(tmp_path.glob(".*.tmp"))
