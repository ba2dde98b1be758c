"""How the corpus builders' LaTeX scanner (``scripts/corpus_build/scanner.py``) numbers a LaTeX
book's notes as LaTeX prints them: files ``\\input`` from the main file's folder, lettered notes
in floats under ``floatrow``, and the book's commands that stand for ``\\footnotemark``; on
made-up sources shaped like a Language Science Press book's."""

from __future__ import annotations

import importlib

import pytest
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")

load_script("build_corpus")  # puts scripts/ on the path
latex_source, lp, scanner = (
    importlib.import_module(f"corpus_build.{name}")
    for name in ("latex_source", "preamble", "scanner")
)

CFG = {"numbering": "per-chapter"}


class _Repo:
    """A commit holding *files*."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def show(self, commit: str, path: str) -> bytes | None:
        text = self.files.get(path)
        return None if text is None else text.encode()

    def text(self, commit: str, path: str) -> str | None:
        return self.files.get(path)

    def paths(self, commit: str) -> list[str]:
        return list(self.files)


def notes(body: str, preamble: object = None) -> list[tuple[str, str, str]]:
    """``(label, scope, text)`` of the notes of *body*."""
    return [(n.label, n.scope, n.content) for n in scanner.scan_notes(body, CFG, None, preamble)]


FLOATROW = lp.Preamble(packages=frozenset({"floatrow"}))


def test_input_from_a_chapter_is_found_in_the_main_files_folder() -> None:
    files = {
        "book/main.tex": "\\begin{document}\\include{chapters/one}\\end{document}",
        "book/chapters/one.tex": "\\chapter{One}\\input{exo/ex1}",
        "book/exo/ex1.tex": "Exercise.\\footnote{Found.}",
    }
    tree = latex_source.SourceTree(_Repo(files), "0")
    flat = tree.flatten("book/main.tex")
    assert "\\footnote{Found.}" in flat
    assert tree.files_used == ["book/main.tex", "book/chapters/one.tex", "book/exo/ex1.tex"]


def test_input_beside_the_including_file_when_the_main_folder_lacks_it() -> None:
    files = {
        "main.tex": "\\input{papers/a}",
        "papers/a.tex": "\\input{b}",
        "papers/b.tex": "B\\footnote{Beside.}",
    }
    assert "Beside." in latex_source.SourceTree(_Repo(files), "0").flatten("main.tex")


BODY = r"""
\chapter{One}
Text.\footnote{One.}
\begin{table}
\begin{tabular}{ll}
x\footnote{Table a.} & y\footnote{Table b.} \\
\end{tabular}
\end{table}
More.\footnote{Two.}
\begin{table}
\begin{tabularx}{\textwidth}{lX}
z\footnote{Second table a.} \\
\end{tabularx}
\end{table}
End.\footnote{Three.}
"""


def test_floatrow_letters_a_floats_notes_apart_from_the_main_numbers() -> None:
    got = notes(BODY, FLOATROW)
    assert [(label, text) for label, _, text in got] == [
        ("1", "One."),
        ("a", "Table a."),
        ("b", "Table b."),
        ("2", "Two."),
        ("a", "Second table a."),
        ("3", "Three."),
    ]
    scopes = [scope for _, scope, _ in got]
    assert scopes[0] == scopes[3] == scopes[5] == "chapter-1"
    assert scopes[1] == scopes[2] != scopes[4]
    assert scopes[1].startswith("chapter-1/table-")


def test_without_floatrow_a_floats_notes_take_the_main_numbers() -> None:
    assert [label for label, _, _ in notes(BODY)] == ["1", "2", "3", "4", "5", "6"]


def test_a_minipage_letters_its_notes_and_restarts_at_each() -> None:
    body = (
        "\\chapter{A}\\begin{minipage}{3cm}x\\footnote{p}y\\footnote{q}\\end{minipage}"
        "\\begin{minipage}{3cm}z\\footnote{r}\\end{minipage}w\\footnote{s}"
    )
    assert [label for label, _, _ in notes(body)] == ["a", "b", "a", "1"]


def test_footnotemark_in_a_float_steps_the_main_counter() -> None:
    body = (
        "\\chapter{A}x\\footnote{one}"
        "\\begin{table}\\begin{tabular}{l}Kin\\footnotemark\\end{tabular}\\end{table}"
        "\\footnotetext{two}y\\footnote{three}"
    )
    assert [(label, text) for label, _, text in notes(body, FLOATROW)] == [
        ("1", "one"),
        ("2", "two"),
        ("3", "three"),
    ]


def test_a_command_standing_for_footnotemark_steps_the_counter() -> None:
    body = (
        "\\chapter{A}x\\footnote{one}"
        "\\ea Example.\\rmfnm\\\\ gloss \\footnotetext{Source one}\\z"
        "\\ea Example.\\rmfnm\\\\ gloss \\footnotetext{Source two}\\z"
        "y\\footnote{four}"
    )
    marks = lp.Preamble(note_mark_macros=frozenset({"rmfnm"}))
    assert [label for label, _, _ in notes(body, marks)] == ["1", "2", "3", "4"]
    assert [label for label, _, _ in notes(body)] == ["1", "1", "1", "2"]


def test_note_mark_macros_follow_definitions_and_lets() -> None:
    src = r"""
    \newcommand{\rmfnm}{{\upshape\footnotemark}}
    \def\fnm{\rmfnm}
    \let\mymark\footnotemark
    \newcommand{\withnumber}{\footnotemark[3]}
    \newcommand{\witharg}[1]{#1\footnotemark}
    \newcommand{\redefined}{\footnotemark}
    \renewcommand{\redefined}{nothing}
    """
    marks = lp.note_mark_macros(lp.parameterless_definitions(src))
    assert marks == {"rmfnm", "fnm", "mymark"}


def test_read_preamble_follows_the_class_and_its_packages() -> None:
    files = {
        "book/langsci/langscibook.cls": (
            "\\newcommand{\\stylepath}{}\\usepackage{floatrow}\\usepackage{\\stylepath basic}"
        ),
        "book/langsci/styles/basic.sty": "\\newcommand{\\rmfnm}{{\\upshape\\footnotemark}}",
        "old/styles/basic.sty": "\\newcommand{\\other}{\\footnotemark}",
        "book/local.sty": "\\RequirePackage[x]{booktabs,local2}",
    }
    repo = _Repo(files)
    pre = lp.read_preamble(
        lambda p: repo.text("0", p),
        "book/main.tex",
        "\\documentclass[output=short]{langsci/langscibook}\\usepackage{local}",
        paths=repo.paths("0"),
    )
    assert pre.floats_letter_notes
    assert {"langscibook", "floatrow", "basic", "local", "booktabs", "local2"} <= pre.packages
    assert pre.note_mark_macros == {"rmfnm"}


def test_read_preamble_without_floatrow() -> None:
    pre = lp.read_preamble(lambda p: None, "main.tex", "\\documentclass{book}\\usepackage{x}")
    assert not pre.floats_letter_notes
    assert pre.packages == {"book", "x"}


def test_a_nested_minipage_gives_the_outer_its_scope_back() -> None:
    # latex.ltx steps mpfootnote globally: after the inner minipage the outer's next note
    # continues from the inner's count (here d), printed under the outer minipage
    body = (
        "\\chapter{A}\\begin{minipage}{8cm}p\\footnote{p1}"
        "\\begin{minipage}{3cm}w\\footnote{j1}x\\footnote{j2}y\\footnote{j3}\\end{minipage}"
        "v\\footnote{p2}\\end{minipage}"
    )
    got = notes(body)
    assert [label for label, _, _ in got] == ["a", "a", "b", "c", "d"]
    scopes = [scope for _, scope, _ in got]
    assert scopes[0] == scopes[4] != scopes[1]
    assert scopes[1] == scopes[2] == scopes[3]


def test_note_commands_are_never_taken_for_footnotemark() -> None:
    src = r"""
    \renewcommand{\footnote}{\footnotemark}
    \let\footnotetext\footnotemark
    \newcommand{\fn}{\footnotemark}
    """
    assert lp.note_mark_macros(lp.parameterless_definitions(src)) == {"fn"}
    # a configured note command keeps its text even if the preamble makes it a mark
    body = "\\chapter{A}x\\fn{one}y\\footnote{two}"
    marks = lp.Preamble(note_mark_macros=frozenset({"fn"}))
    got = scanner.scan_notes(body, {**CFG, "footnote_macros": ["fn"]}, None, marks)
    assert [(n.label, n.content) for n in got] == [("1", "one"), ("2", "two")]


def test_footnotetext_in_a_float_takes_the_floats_letter_not_the_marks_number() -> None:
    # as LaTeX prints it (latex.ltx: \footnotemark steps footnote, \footnotetext prints
    # \thempfn): the mark gets the main number, the text the float's current letter, none (an
    # empty label) before the float's first note
    body = (
        "\\chapter{A}x\\footnote{one}"
        "\\begin{table}Kin\\footnotemark\\footnotetext{two}\\caption{T}\\end{table}"
        "y\\footnote{three}"
        "\\begin{table}z\\footnote{four}Kin\\footnotemark\\footnotetext{five}\\end{table}"
        "w\\footnote{six}"
    )
    assert [(label, text) for label, _, text in notes(body, FLOATROW)] == [
        ("1", "one"),
        ("", "two"),
        ("3", "three"),
        ("a", "four"),
        ("a", "five"),
        ("5", "six"),
    ]
