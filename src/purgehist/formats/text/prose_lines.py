"""Whether a note's text reads as prose or as a record: a row of numbers, symbols and
identifiers (program output set verbatim, a table's row, a figure's axis or legend, a
schematic's part names) that opens with a number as a note's label does.

A note says something in words: it holds a word of three letters or more, or two words, or
an abbreviation (``Id., p. 45``, ``Cf. n. 3``), or it ends a sentence (``CC, 9.``,
``Ibid.``), or it is a web address, or it states a result as a formula
(``χ² (1, n = 832) = 38,35, p < 0,001``). A line such as
``1 7.59 NA 56 1`` (a data frame's row), ``student1 test1 42.9``, ``C4 C5 4u7`` or ``-3`` has
none of these: its letters are glued to digits or stand one or two alone.
"""

from __future__ import annotations

import re

__all__ = ["cited_figures", "figures_row", "first_column", "record_text", "set_apart"]

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"^\W*([^\W\d_]{2,}(?:[-'’][^\W\d_]+)*)\W*$")
"""A token that is a word of two letters or more, punctuation around it aside."""
_ABBREVIATION = re.compile(r"^\W*[^\W\d_]{2,}\.(?!\w)")
"""A word of two letters or more cut short by a stop (``Id.``, ``Cf.``, ``Ib.``)."""
_STOP = re.compile(r"[.!?][)\]\"'”’]*\s*$")
_WEB = re.compile(r"://|\bwww\.|[^\W_]\.[^\W\d_]{2,}/", re.IGNORECASE)
_RELATION = re.compile(r"(?:^|\s)[=<>≤≥]\s+[-−]?\d")
"""A relation set between a term and a figure, spaced as in a sentence (``n = 832``,
``p < 0,001``): a result stated as a formula, not a row of figures."""
_GAP = re.compile(r" {12,}")
"""A gap that no line of prose holds: ``-layout`` text sets columns (a figure's, a table's,
a page's) apart so."""
_SET_APART = re.compile(r"^\s*\S+ {12,}\S")


def first_column(text: str) -> str:
    """*text* up to its first gap wider than a line of prose holds."""
    return _GAP.split(text.strip(), maxsplit=1)[0]


def set_apart(line: str) -> bool:
    """Whether the label that *line* opens with stands apart from the rest of the line, a
    column away (a figure's number or a schematic's pin beside other labels)."""
    return _SET_APART.match(line) is not None


def figures_row(text: str) -> bool:
    """Whether *text* is a row of three figures or more and no letter (a plot's axis, a
    table's row), not a sentence's start."""
    return len(text.split()) >= 3 and not any(c.isalpha() for c in text) and not _STOP.search(text)


_CITED = re.compile(r"\d\s*[,;]\s*\d|\d[-–]\d")
"""Figures listed or joined to a range (``1914-1918, 213-15, 240``), as a citation's pages."""


def cited_figures(text: str) -> bool:
    """Whether *text* lists figures as a citation does (pages, years), not a row of
    numbers set apart by blanks (``783946 234371``, ``7.59 NA 56``)."""
    return _CITED.search(text) is not None


def record_text(text: str) -> bool:
    """Whether *text* (a note's text without its label) is a record, not prose."""
    if not text.strip() or _STOP.search(text) or _WEB.search(text) or _RELATION.search(text):
        return False
    tokens = _TOKEN.findall(text)
    if any(_ABBREVIATION.match(token) for token in tokens):
        return False
    words = [match[1] for token in tokens if (match := _WORD.match(token))]
    return not (len(words) >= 2 or any(len(word) >= 3 for word in words))
