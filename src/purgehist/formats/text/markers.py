"""Note markers in the running text of a page, looked for by the labels of the page's notes.

When the notes of a page are known, their labels say which markers to look for and in which
order: each label's marker is the first place after the previous marker where that number is
printed as a marker. Extraction prints markers in many ways, tried from the surest to the
least sure: a Unicode superscript (``word¹²``), a bracket (``word[12]``), a number glued to a
word or to punctuation (``word.12``, ``issues12``, ``»12``); then a number after a space
before the next sentence (``gebunden. 12 Dabei``) or before a stray stop (``касается. 1 .``),
a number glued to a year (``in 19242``: 1924 and note 2) or a number alone on a line (a
superscript the extraction set apart); last, a number glued to a table's or figure's number
(``Table 7.310``: table 7.3 and note 10). A number in a page range, a statute or after
``p.``/``S.``/``§`` is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "SUPERSCRIPTS",
    "MarkerHit",
    "find_markers",
    "first_marker",
    "superscript_value",
    "sure_pattern",
    "unsure_pattern",
]

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_GLUED_BEFORE = r"(?:(?<=[^\W\d_])|(?<=[.,;:!?)\]”’\"'»*]))"
_GLUED_AFTER = r"(?![\d])(?=[\s.,;:)\]”’\"'»–—-]|$)"
# a citation's page or section before a number that follows a space: "p. 12", "S. 12", "§ 12"
_CITED_BEFORE = re.compile(
    r"(?:\b(?:pp?|S|Sp|vol|Vol|no|No|Nr|nr|Art|art|Bd|fol|ch|chap|Anm|n|fn|note|vgl)\.?|[§¶]|\d)\s$"
)


_SENTENCE_NEXT = re.compile(r"\s+[A-ZÀ-ÝА-Я][^\W\d_]")
# "Section 2.1 The", "§ 2.1", "(2.1)", "in 2.1", "4.2.1 Title": a section number, not a date and
# a marker
_SECTION_BEFORE = re.compile(
    r"(?:^|[(§\[]|\b(?:[Ss]ections?|[Cc]hapters?|[Kk]apitel|[Aa]bschnitt|[Cc]hapitre|[Ss]ection|"
    r"in|en|im|and|und|et|of|see|vgl\.|voir)\s)\s*(?:\d{1,3}\.)*\d{1,3}$"
)


# a table's, figure's or example's number of two parts ("Table 7.3"): a number glued to it
# ("Table 7.310") is the marker of the note called after it
_NUMBERED_BEFORE = re.compile(
    r"\b(?:[Tt]ables?|[Ff]igures?|[Ff]igs?\.|[Tt]ab\.|Tabellen?|Abbildung(?:en)?|Abb\.|"
    r"Tableaux?|[Ee]xamples?|Beispiel|[Ee]xemples?|[Mm]aps?|Karte|[Cc]harts?|[Gg]raphs?)"
    r"\s\d{1,3}\.\d$"
)


@dataclass(frozen=True, slots=True)
class MarkerHit:
    """Where a label's marker was found: the line (index into the lines searched), its
    columns, and whether the form was one of the sure ones."""

    line: int
    start: int
    end: int
    sure: bool


def superscript_value(text: str) -> int | None:
    """The number written in Unicode superscript digits, else ``None``."""
    return int(text.translate(_TO_DIGITS)) if text and _SUPERSCRIPT_RUN.fullmatch(text) else None


def sure_pattern(digits: str) -> re.Pattern[str]:
    """The marker *digits* in a sure form: raised, bracketed, or glued to the word or the
    punctuation before it and set off after."""
    sup = digits.translate(str.maketrans("0123456789", SUPERSCRIPTS))
    return re.compile(
        rf"(?<![{SUPERSCRIPTS}]){sup}(?![{SUPERSCRIPTS}])|\[{digits}\]|"
        rf"{_GLUED_BEFORE}{digits}{_GLUED_AFTER}"
    )


def unsure_pattern(digits: str) -> re.Pattern[str]:
    """The marker *digits* set off on the baseline where only a marker stands (after a
    sentence's stop and before the next sentence, alone on its line, ...)."""
    return re.compile(
        rf"(?<=[.,;:!?”’\"')»]\s){digits}(?=\s+[A-ZÀ-ÝА-Я„“\"'«(]|\s*$)|"
        # between a sentence's stop and a stray stop of its own ("касается. 1 ."), as XeLaTeX
        # output prints a note called after the sentence; only a full stop on either side, as a
        # French spaced ";" or ":" after a citation's figure ("1979 : 12 ;") is no marker
        rf"(?<=[.!?]\s){digits}(?=\s\.(?:\s|$))|"
        rf"(?<=\b(?:1[5-9]\d\d|20\d\d)){digits}(?![\d])(?=[\s.,;:)]|$)|"
        rf"^\s*{digits}\s*$|"
        # a superscript after a figure, set off from the punctuation after it ("p. 511 .")
        rf"(?<=\d){digits}(?=\s[.,;:](?:\s|$))|"
        # or glued to a symbol, or after a word ("i ′16 .", "au présent 20 ."): pdftotext
        # sets a raised number off from the word and from the punctuation on the baseline;
        # only for a label looked for in order, and never before a French spaced colon
        rf"(?:(?<=[^\w\s])|(?<=[^\W\d_]\s)){digits}(?=\s[.,](?:\s|$))"
    )


def _after_numbered(digits: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=\d\.\d){digits}(?![\d])(?=[\s.,;:)]|$)")


def first_marker(
    lines: Sequence[str],
    pattern: re.Pattern[str],
    line: int,
    column: int,
    *,
    sure: bool,
    after: re.Pattern[str] | None = None,
) -> MarkerHit | None:
    """The first place from *line*, *column* on where *pattern* (:func:`sure_pattern`,
    :func:`unsure_pattern`) matches, a number in a figure or after a citation's word left."""
    for k in range(line, len(lines)):
        text = lines[k]
        for match in pattern.finditer(text, column if k == line else 0):
            start = match.start()
            if not sure and _CITED_BEFORE.search(text[max(0, start - 6) : start]):
                continue
            if after is not None and not after.search(text, 0, start):
                continue
            follows = k == line and start == column + 1  # "word.7,8,9": markers in a row
            if sure and not follows and _in_figure(text, start, match.end()):
                continue
            if sure and _spelled(text, start):
                continue
            return MarkerHit(k, start, match.end(), sure)
    return None


_LETTERS_BEFORE = re.compile(r"(?:^|(?<=[^\w]))([^\W\d_]+)$")
_IDENTIFIER = re.compile(r"[A-Z]{2,}v$")
"""Capitals and a ``v`` after them (``GPLv3``, ``IPv6``): a name's version, a number of its
own spelling. A word glued to its marker ends otherwise: in a run of small letters
(``SystemTap8``), in capitals, or in a plural's ``s`` (``NGOs3``, ``MPs12``)."""


def _spelled(text: str, start: int) -> bool:
    """Whether the number at *start* is a version glued to a name's capitals and ``v``
    (:data:`_IDENTIFIER`), not a marker glued to a word."""
    letters = _LETTERS_BEFORE.search(text, 0, start)
    return letters is not None and _IDENTIFIER.match(letters[1]) is not None


def _in_figure(text: str, start: int, end: int) -> bool:
    """``200.000``, ``3,5``: digits after a separator that follow a short number are a figure;
    after a year (``in 1937.12``) or before the next sentence (``on May 4.1 Talks``) they are a
    marker."""
    if start < 2 or text[start - 1] not in ".," or not text[start - 2].isdigit():
        return False
    if _SENTENCE_NEXT.match(text, end) and not _SECTION_BEFORE.search(text, 0, start - 1):
        return False
    run = 0
    while start - 2 - run >= 0 and text[start - 2 - run].isdigit():
        run += 1
    return run <= 3


def _after_table(lines: Sequence[str], digits: str, line: int, column: int) -> MarkerHit | None:
    """A marker glued to a table's or figure's two-part number, only where the digits cannot
    all be the table's (``Table 9.13`` is table 13 of chapter 9): a table's second part rarely
    runs to three digits."""
    if len(digits) < 2:
        return None
    pattern = _after_numbered(digits)
    return first_marker(lines, pattern, line, column, sure=False, after=_NUMBERED_BEFORE)


def find_markers(
    lines: Sequence[str], labels: Sequence[int], *, line: int = 0, column: int = 0
) -> list[MarkerHit | None]:
    """The marker of each of *labels*, in order, in *lines* from (*line*, *column*) on; a
    label whose marker is not found gets ``None`` and the search goes on after the previous
    one found, so that the sequence recovers after misses."""
    hits: list[MarkerHit | None] = []
    for label in labels:
        digits = str(label)
        hit = (
            first_marker(lines, sure_pattern(digits), line, column, sure=True)
            or first_marker(lines, unsure_pattern(digits), line, column, sure=False)
            or _after_table(lines, digits, line, column)
        )
        hits.append(hit)
        if hit is not None:
            line, column = hit.line, hit.end
    return hits
