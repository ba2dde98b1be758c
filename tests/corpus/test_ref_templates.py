"""The templates the corpus builders (``scripts/corpus_build/cross_refs.py``) print
cross-reference commands with (``\\tabref{x}`` -> ``Tabelle {}``), read from a book's class,
packages and macro files, on made-up sources shaped like a Language Science Press book's."""

from __future__ import annotations

import importlib

import pytest
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")

load_script("build_corpus")  # puts scripts/ on the path
cross_refs = importlib.import_module("corpus_build.cross_refs")

STYLE = r"""
\newcommand{\sectref}[1]{§\ref{#1}}
\newcommand{\tabref}[1]{Table~\ref{#1}}
\ifthenelse{\equal{\lsBookLanguage}{german}}{
\renewcommand{\tabref}[1]{Tabelle~\ref{#1}}
}{}
\newcommand{\eqref}[1]{Equation~\ref{#1}}
"""
LOCAL = r"""
\renewcommand{\sectref}[1]{Abschnitt~\ref{#1}}
\renewcommand{\tabref}[1]{Tabelle~\ref{#1}}
"""


class _Repo:
    """A commit of *files*, listed in the order given (as a set may list them)."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def paths(self, commit: str) -> list[str]:
        return list(self.files)

    def text(self, commit: str, path: str) -> str | None:
        return self.files.get(path)


@pytest.mark.parametrize("local_first", [True, False])
def test_the_books_own_macro_file_wins_over_its_styles(local_first: bool) -> None:
    files = {"langsci/styles/langsci-basic.sty": STYLE, "localcommands.tex": LOCAL}
    if local_first:
        files = dict(reversed(list(files.items())))
    templates = cross_refs.ref_templates(_Repo(files), "0")
    assert templates["sectref"] == "Abschnitt {}"
    assert templates["tabref"] == "Tabelle {}"


def test_a_style_keeps_its_first_definition_and_latex_its_own() -> None:
    templates = cross_refs.ref_templates(_Repo({"langsci-basic.sty": STYLE}), "0")
    assert templates["tabref"] == "Table {}"  # the later one is for German books only
    assert templates["eqref"] == "({})"
