"""The note markers of a page's running text: raised numbers after words, raised letters in
lines of running text; a raised number after a lone small letter is an exponent (``x²``).

>>> marker_numbers("the trials¹ and the rate x² of (e³) (1937)⁴ as Smith’s⁵ shows.²³")
['1', '4', '5', '23']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.text.lines import LineKind

__all__ = ["body_markers", "marker_numbers", "running_markers"]

_MARKERS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_EXPONENT_BASE = re.compile(r"(?:^|[\s(\[=+\-−×·/\d])(?:[a-z]|[kcdm]m|ft|mi)$")
"""What a raised number follows when it is a power: a lone small letter (a variable) or a unit
of length (``km²``) after a space, a bracket, an operator or a number; a note's marker follows
a word (``Atkinson’s¹⁹⁹``), a closing bracket or punctuation."""
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_RUNNING = 0.8
"""A line of running text, justified to the measure, spans at least this share of the page's
widest body line; a table's cell, or a table's row of short cells, is shorter."""


def marker_numbers(text: str) -> list[str]:
    """The numbers of the raised-number markers in *text*, exponents left out."""
    return [
        found.group().translate(_DIGITS)
        for found in _MARKERS.finditer(text)
        if not _EXPONENT_BASE.search(text, 0, found.start())
    ]


def body_markers(page: PageBoxes, kinds: Sequence[LineKind]) -> set[str]:
    """The superscript numbers printed in the body lines of *page*."""
    found: set[str] = set()
    for line, kind in zip(page.lines, kinds, strict=True):
        if kind == LineKind.BODY:
            found.update(marker_numbers(line.text))
    return found


def running_markers(page: PageBoxes, kinds: Sequence[LineKind]) -> set[str]:
    """The superscript numbers inside the body lines of *page*, a raised number opening a line
    (a note's label, the lines not yet told apart) not counted: a marker follows a word; and
    the raised letters inside its lines of running text (an edition's apparatus: a, b)."""
    found: set[str] = set()
    body = [line for line, kind in zip(page.lines, kinds, strict=True) if kind == LineKind.BODY]
    widest = max((line.x1 - line.x0 for line in body), default=0.0)
    for line in body:
        text = line.rest if line.label_raised else line.text
        found.update(marker_numbers(text))
        if _running(line, widest):
            found.update(line.raised_letters)
    return found


def _running(line: LineBox, widest: float) -> bool:
    """Whether *line* is a line of running text, not a table's short cell."""
    return line.x1 - line.x0 >= _RUNNING * widest
