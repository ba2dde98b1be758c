"""Rebuild the typeset test pages in ``typeset/`` from their LaTeX and Markdown sources:
pages that real books and papers print with small type or raised numbers at a page's foot
(code, tables and their notes, captions, formulas, a reference list, marginal notes,
endnotes, a lawyer's long notes, footnotes under no rule numbered from 1, from 87 or with a
gap, side notes in tufte-book's wide margin beside a figure and numbered formulas, notes
labelled with symbols anew on every page), each with real footnotes whose text opens with
"Note".

Usage: ``python tests/pdf/make_typeset.py`` (needs pdflatex, xelatex and pandoc).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "typeset"
ENGINES = {
    "code": "pdflatex",
    "tables": "pdflatex",
    "caption": "xelatex",
    "maths": "pdflatex",
    "biblio": "xelatex",
    "margin": "pdflatex",
    "endnotes": "pdflatex",
    "legal": "xelatex",
    "dense": "pdflatex",
    "supercite": "xelatex",
    "columns": "pdflatex",
    "koma": "xelatex",
    "unruled": "pdflatex",
    "offprint": "pdflatex",
    "jump": "pdflatex",
    "tufte": "pdflatex",
    "symbols": "pdflatex",
    "starred": "pdflatex",
}
"""Each LaTeX source and the engine that sets it (both engines are covered)."""
_FIXED_DATE = {"SOURCE_DATE_EPOCH": "1700000000", "FORCE_SOURCE_DATE": "1"}
"""The dates written into the PDFs, so that two builds with the same TeX and fonts give the
same bytes."""


def build(name: str, engine: str, folder: Path, out: Path = HERE) -> None:
    """Set ``<name>.tex`` in *folder* twice (for references) and copy the PDF to *out*."""
    env = {**os.environ, **_FIXED_DATE}
    for _ in range(2):
        subprocess.run(
            [engine, "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
            cwd=folder,
            env=env,
            check=True,
            capture_output=True,
        )
    # copied whole beside the committed PDF and swapped in, so that a failed copy leaves it
    temporary = out / f".{name}.pdf.tmp"
    shutil.copyfile(folder / f"{name}.pdf", temporary)
    os.replace(temporary, out / f"{name}.pdf")


def build_pandoc(folder: Path) -> None:
    """Set ``typeset/pandoc.md`` with pandoc's own LaTeX template and XeLaTeX (run here, not
    by pandoc, whose folder of a random name would change the PDF's identifier)."""
    subprocess.run(
        ["pandoc", "pandoc.md", "--standalone", "-o", "pandoc.tex"],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    build("pandoc", "xelatex", folder)


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for source in HERE.glob("*.tex"):
            shutil.copy(source, folder)
        shutil.copy(HERE / "pandoc.md", folder)
        for page, engine in ENGINES.items():
            build(page, engine, folder)
        build_pandoc(folder)


if __name__ == "__main__":
    main()
