"""What the corpus builders read from R Markdown books set by bookdown and tufte-latex
(``scripts/corpus_build/pandoc.py``, ``bibtex_refs.py``, ``gold.py``): section references
written as the numbers LaTeX prints, formulas as text, citations tufte sets as numbered side
notes, their text as BibTeX prints the works, and a note printed twice word for word located
where it stands first; on small made-up sources (the real documents are not in the
repository)."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import FakeRepo
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")
pytest.importorskip("bibtexparser")

load_script("build_extra")  # puts scripts/ on the path
bibtex_refs, gold, pandoc, pdf_match = (
    importlib.import_module(f"corpus_build.{name}")
    for name in ("bibtex_refs", "gold", "pandoc", "pdf_match")
)
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
needs_bibtex = pytest.mark.skipif(shutil.which("bibtex") is None, reason="needs bibtex")

BOOK = """# (PART) Experiments {-}

# Introduction

## Testbed {#testbed}

### Circuit

# Results

## Energy {#energy}

# (APPENDIX) Appendix {-}

# Schematics {#schematics}

## Board

See Section \\@ref(energy) and Appendix \\@ref(schematics).^[As in \\@ref(testbed),
with $\\Delta t_\\mathrm{on}$ and Equation \\@ref(eq:model).]
"""


def _ast(markdown: str) -> dict[str, Any]:
    out = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "json"],
        input=markdown.encode("utf-8"),
        check=True,
        capture_output=True,
    ).stdout
    ast: dict[str, Any] = json.loads(out)
    return ast


@needs_pandoc
def test_headings_are_numbered_as_latex_numbers_them_appendices_lettered() -> None:
    numbers = pandoc.heading_numbers(_ast(BOOK)["blocks"])
    assert numbers == {
        "introduction": "1",
        "testbed": "1.1",
        "circuit": "1.1.1",
        "results": "2",
        "energy": "2.1",
        "schematics": "A",
        "board": "A.1",
    }


@needs_pandoc
def test_references_and_formulas_in_notes_read_as_printed() -> None:
    ast = _ast(BOOK)
    pandoc.resolve_bookdown_refs(ast)
    pandoc.math_as_text(ast)
    notes, _ = pandoc.ast_notes(ast, {"reset_level": 0}, {})
    assert [n.text for n in notes] == [
        "As in 1.1, with Δt_on and Equation @ref(eq:model)."  # no such equation: left as written
    ]
    assert notes[0].anchor == "See Section 2.1 and Appendix A."


FLOATS = """# Preface {-}

# Model {#model}

```{r, setup, include=FALSE}
# a comment of the code, not a heading
```

\\begin{equation}
E = P t (\\#eq:energy)
\\end{equation}

\\begin{equation}
x = 1
\\end{equation}

```{r goodput, fig.cap='Goodput.'}
plot(1)
```

```{r modes}
knitr::kable(modes, booktabs = TRUE, caption = 'Modes.')
```

```{r, efficiency, fig.margin=TRUE, fig.cap='(ref:efficiency)'}
plot(2)
```

# (APPENDIX) Appendix {-}

# Board

\\begin{equation}
y = 2 (\\#eq:board)
\\end{equation}

```{r label='layout', fig.cap="Layout."}
plot(3)
```

By Equation \\@ref(eq:energy), see Figures \\@ref(fig:goodput) and \\@ref(fig:layout).^[Modes in
Table \\@ref(tab:modes), efficiency in Figure \\@ref(fig:efficiency), board in \\@ref(eq:board).]
"""


def test_figures_tables_and_equations_are_numbered_per_chapter_in_source_order() -> None:
    floats = importlib.import_module("corpus_build.bookdown_floats")
    assert floats.float_numbers(FLOATS) == {
        "eq:energy": "(1.1)",
        "fig:goodput": "1.1",
        "tab:modes": "1.1",
        "fig:efficiency": "1.2",
        "eq:board": "(A.1)",
        "fig:layout": "A.1",
    }


@needs_pandoc
def test_references_to_figures_tables_and_equations_in_notes_read_as_printed() -> None:
    floats = importlib.import_module("corpus_build.bookdown_floats")
    ast = _ast(pandoc.strip_chunks(FLOATS))
    pandoc.resolve_bookdown_refs(ast, floats.float_numbers(FLOATS))
    notes, _ = pandoc.ast_notes(ast, {"reset_level": 0}, {})
    assert [n.text for n in notes] == [
        "Modes in Table 1.1, efficiency in Figure 1.2, board in (A.1)."
    ]
    assert notes[0].anchor.endswith("By Equation (1.1), see Figures 1.1 and A.1.")


def test_side_note_citations_become_notes_citing_their_keys() -> None:
    src = (
        'A package`r margincite("SimPy")` and two`r margincite(c("a", "b"), "-1in")`, '
        "`r Sys.Date()` left; by @x\\cite{x} and \\cite[0pt]{y, z}."
    )
    cited = pandoc.latex_cites_as_notes(pandoc.inline_r_cites(src, ["margincite"]))
    assert cited == (
        "A package^[@SimPy] and two^[@a; @b], `r Sys.Date()` left; by @x^[@x] and ^[@y; @z]."
    )


BBL = r"""\begin{thebibliography}{2}
\providecommand{\natexlab}[1]{#1}

\bibitem[Grover(2015)]{grover2015}
\HighlightName{P.~Grover}.
\newblock {Information Friction}.
\newblock \emph{IEEE Transactions on Information Theory}, 61\penalty0
  (2):\penalty0 895--907, Feb 2015.
\newblock \doi{10.1109/TIT.2014.2365777}.

\bibitem[{Team SimPy}(2017)]{SimPy}
\HighlightName{{Team SimPy}}.
\newblock \emph{SimPy: Discrete-Event Simulation}, 2017.
\newblock URL \url{https://simpy.readthedocs.io/en/latest/}.

\end{thebibliography}
"""


def test_bbl_entries_read_as_plain_text_by_key() -> None:
    assert bibtex_refs.bbl_texts(BBL) == {
        "grover2015": "P. Grover. Information Friction. IEEE Transactions on Information Theory, "
        "61(2):895–907, Feb 2015. doi: 10.1109/TIT.2014.2365777.",
        "SimPy": "Team SimPy. SimPy: Discrete-Event Simulation, 2017. "
        "URL https://simpy.readthedocs.io/en/latest/.",
    }


BIB = """@article{smith, author = {Smith, Ann}, title = {A Study}, journal = {Journal},
  year = {2001}, volume = {3}, pages = {1--9}}
@book{jones, author = {Jones, Bo}, title = {A Book}, publisher = {Press}, year = {1999}}
"""


@needs_bibtex
def test_bibtex_writes_the_entries_of_the_keys_with_the_style_given() -> None:
    style = Path("/usr/share/texlive/texmf-dist/bibtex/bst/natbib/abbrvnat.bst")
    if not style.is_file():
        pytest.skip("abbrvnat.bst is not installed")
    refs = bibtex_refs.bibtex_references(
        {"refs.bib": BIB}, style.read_text(encoding="utf-8"), ["smith", "jones"]
    )
    assert refs == {
        "jones": "B. Jones. A Book. Press, 1999.",
        "smith": "A. Smith. A study. Journal, 3:1–9, 2001.",
    }


def test_a_style_bibtex_cannot_read_is_named() -> None:
    if shutil.which("bibtex") is None:
        pytest.skip("needs bibtex")
    with pytest.raises(ValueError, match="bibtex wrote no entry"):
        bibtex_refs.bibtex_references({"refs.bib": BIB}, "NOT A STYLE {", ["smith"])


@needs_pandoc
@needs_bibtex
def test_a_note_of_citations_alone_reads_as_the_works_entries() -> None:
    style = Path("/usr/share/texlive/texmf-dist/bibtex/bst/natbib/abbrvnat.bst")
    if not style.is_file():
        pytest.skip("abbrvnat.bst is not installed")
    repo = FakeRepo(
        {
            "index.Rmd": '# One\n\nA book`r margincite("jones")` here.\n\n'
            "Then.^[Own words, see @smith.]\n",
            "refs.bib": BIB,
            "style.bst": style.read_text(encoding="utf-8"),
        }
    )
    doc = {
        "id": "made-up",
        "commit": "0" * 40,
        "source_format": "pandoc",
        "paths": {"main": "index.Rmd", "bib": ["refs.bib"]},
        "extract": {
            "reset_level": 1,
            "inline_r_cites": ["margincite"],
            "cite_notes_bst": "style.bst",
        },
    }
    found = pandoc.pandoc_notes(doc, repo)
    assert [(n.label, n.text, [c["key"] for c in n.citations]) for n in found.notes] == [
        ("1", "B. Jones. A Book. Press, 1999.", ["jones"]),
        ("2", "Own words, see Smith (2001).", ["smith"]),
    ]


@needs_pandoc
@needs_bibtex
def test_a_note_of_citations_alone_citing_a_work_bibtex_does_not_print_is_an_error() -> None:
    style = Path("/usr/share/texlive/texmf-dist/bibtex/bst/natbib/abbrvnat.bst")
    if not style.is_file():
        pytest.skip("abbrvnat.bst is not installed")
    repo = FakeRepo(
        {
            "index.Rmd": '# One\n\nText.\n\n# Two\n\nBoth`r margincite(c("jones", "nobody"))`.\n',
            "refs.bib": BIB,
            "style.bst": style.read_text(encoding="utf-8"),
        }
    )
    doc = {
        "id": "made-up",
        "commit": "0" * 40,
        "source_format": "pandoc",
        "paths": {"main": "index.Rmd", "bib": ["refs.bib"]},
        "extract": {
            "reset_level": 1,
            "inline_r_cites": ["margincite"],
            "cite_notes_bst": "style.bst",
        },
    }
    with pytest.raises(ValueError, match="made-up: note 1 of chapter-2 cites nobody, of which"):
        pandoc.pandoc_notes(doc, repo)


def test_a_note_printed_twice_is_located_where_it_first_follows_the_note_before() -> None:
    note = "Team SimPy. SimPy: Discrete-Event Simulation for Python, 2017."
    # page 3 prints it beside other words of the margin, page 9 (an appendix) word for word
    raw = ["Chapter one.", "Body.", "Body. Team SimPy. SimPy: Discrete-Event Simulation for",
           "running text for Python, 2017.", "Body.", "Body.", "Body.", "Body.", "Appendix.",
           note]  # fmt: skip
    pdf = pdf_match.PdfPages.from_text("\f".join(raw), "\f".join(raw))
    assert gold.locate(note, "10", pdf, 1).page == 10
    assert gold.locate_repeated(note, "10", pdf, 1).page == 3
