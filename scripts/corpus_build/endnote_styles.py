"""A LaTeX book's footnotes set as endnotes, in the layouts trade books print them: the same
sources, so the notes' texts (the gold) stay the source's, with the ``endnotes`` package loaded
and ``\\footnote`` made ``\\endnote`` (notes in a minipage stay under their box, as books set a
box's notes). ``render.endnotes.style`` names the layout:

``chapter-end``
    the notes at each chapter's end under a "Notes" heading, numbered anew in each chapter,
    their raised numbers hanging (the package's default);
``book-end``
    the notes gathered after the text under one "Notes" heading, numbered anew in each chapter
    and grouped under a subheading per chapter ("Chapter 3  Title"), the running heads of those
    pages "Notes to pages 12–34" (the pages of the markers the page's notes belong to);
``book-end-stop``
    the notes gathered after the text under one heading, numbered through the book, each
    opening with its number on the baseline and a full stop in a hanging indent ("1. Text").

``render.endnotes.notes_name`` gives the heading's word where the book's language is not
English. The preamble goes in before ``\\begin{document}`` (:func:`with_endnotes`), or into
dblatex's stylesheet in place of it (:func:`dblatex_layer`).
"""

from __future__ import annotations

from typing import Any

_COMMON = r"""
\usepackage{endnotes}
\usepackage{etoolbox}
\makeatletter
\def\en@footnotename{footnote}
\def\en@footnote{\ifx\@mpfn\en@footnotename\expandafter\en@note\else
  \expandafter\en@savedfootnote\fi}
\AtBeginDocument{\let\en@savedfootnote\footnote\let\footnote\en@footnote}
\def\notesname{NOTES_NAME}
"""

_CHAPTER_END = r"""
\@addtoreset{endnote}{chapter}
\def\en@note{\endnote}
\def\en@flush{\if@enotesopen\theendnotes\fi}
\pretocmd{\chapter}{\en@flush}{}{\PackageError{endnotes-style}{cannot patch chapter}{}}
\pretocmd{\part}{\en@flush}{}{}
\pretocmd{\appendix}{\en@flush}{}{}
\AtEndDocument{\en@flush}
\makeatother
"""

_BOOK_END = r"""
\@addtoreset{endnote}{chapter}
\newif\ifen@pending
\newcount\en@seq
\def\en@title{}
\def\en@chapter{}
\let\en@makechapterhead\@makechapterhead
\def\@makechapterhead#1{\gdef\en@title{#1}\xdef\en@chapter{\chaptername\ \thechapter}%
  \global\en@pendingtrue\en@makechapterhead{#1}}
\let\en@makeschapterhead\@makeschapterhead
\def\@makeschapterhead#1{\gdef\en@title{#1}\gdef\en@chapter{}%
  \global\en@pendingtrue\en@makeschapterhead{#1}}
\def\en@subhead#1#2{\par\bigskip{\normalsize\bfseries\noindent
  \if\relax\detokenize{#1}\relax\else#1\quad\fi#2\par}\nopagebreak\smallskip}
\def\en@note{%
  \ifen@pending\global\en@pendingfalse
    \addtoendnotes{\noexpand\en@subhead{\en@chapter}{\en@title}}\fi
  \global\advance\en@seq\@ne
  \label{en@page\the\en@seq}%
  \addtoendnotes{\noexpand\en@pageof{\the\en@seq}}%
  \endnote}
\def\en@pageof#1{\gdef\en@markpage{\pageref{en@page#1}}}
\def\en@markpage{}
\let\en@enoteformat\enoteformat
\def\enoteformat{\en@enoteformat\markboth{\en@markpage}{\en@markpage}}
\def\ps@ennotes{\let\@mkboth\@gobbletwo
  \def\@oddhead{\hfil\itshape Notes to pages \rightmark--\leftmark\hfil\upshape\thepage}%
  \let\@evenhead\@oddhead\def\@oddfoot{}\def\@evenfoot{}}
\def\enoteheading{\chapter*{\notesname}\thispagestyle{plain}\pagestyle{ennotes}%
  \mbox{}\par\vskip-\baselineskip}
\def\enprintnotes{\if@enotesopen\clearpage\theendnotes\fi}
\AtEndDocument{\enprintnotes}
\makeatother
"""

_BOOK_END_STOP = r"""
\def\en@note{\endnote}
\def\enoteformat{\rightskip\z@\leftskip1.8em\parindent\z@
  \leavevmode\llap{\@theenmark.\enskip}}
\def\enoteheading{\chapter*{\notesname\@mkboth{\notesname}{\notesname}}%
  \mbox{}\par\vskip-\baselineskip}
\def\enprintnotes{\if@enotesopen\clearpage\theendnotes\fi}
\AtEndDocument{\enprintnotes}
\makeatother
"""

STYLES = {"chapter-end": _CHAPTER_END, "book-end": _BOOK_END, "book-end-stop": _BOOK_END_STOP}
"""The LaTeX of each layout, after the part they share."""


def preamble(settings: dict[str, Any]) -> str:
    """The preamble lines that set a book's footnotes as endnotes in the layout *settings*
    (``render.endnotes``) name."""
    style = settings.get("style")
    if style not in STYLES:
        raise ValueError(f"render.endnotes.style: {style!r} is none of {sorted(STYLES)}")
    name = str(settings.get("notes_name", "Notes"))
    return _COMMON.replace("NOTES_NAME", name) + STYLES[style]


def with_endnotes(tex: str, settings: dict[str, Any], where: str = "main file") -> str:
    """The LaTeX document *tex* with the preamble of :func:`preamble` put in before its
    ``\\begin{document}``; notes gathered after the text are printed before the index
    where the main file prints one (``\\printindex``), else at the document's end."""
    at = tex.find("\\begin{document}")
    if at < 0:
        raise ValueError(f"{where}: no \\begin{{document}} to set the endnotes' preamble before")
    index = tex.find("\\printindex", at)
    if index >= 0 and settings.get("style", "").startswith("book-end"):
        tex = tex[:index] + "\\enprintnotes\n" + tex[index:]
    return tex[:at] + preamble(settings).lstrip("\n") + tex[at:]


def dblatex_layer(layer: str, settings: dict[str, Any]) -> str:
    """The dblatex stylesheet *layer* with dblatex's ``latex.begindocument`` (the text it
    writes in place of ``\\begin{document}``) given the preamble of :func:`preamble` first."""
    tex = preamble(settings).replace("&", "&amp;").replace("<", "&lt;")
    variable = (
        '<xsl:variable name="latex.begindocument">'
        f"<xsl:text>{tex}\\begin{{document}}&#10;</xsl:text></xsl:variable>\n"
    )
    end = layer.rindex("</xsl:stylesheet>")
    return layer[:end] + variable + layer[end:]
