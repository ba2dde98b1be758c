"""Block quotations inside a paragraph: the lines a sentence introduces with a colon or a
*that* at the end of its line, set off by a blank line and a deeper indent (after a colon, the
deeper indent alone will do). What they say is
the quoted text's, not a sentence of the document: claim extraction ends the introducing
sentence before them and reads nothing in them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.structure import Para

__all__ = ["block_quotations"]

_INDENT = 5
"""The fewest leading spaces of a quotation's first line more than the line before it."""
_INTRODUCED = re.compile(r"(?:[:]|\b(?:that|dass|daß|dat|que|qu’|qu')|,)\s*$", re.IGNORECASE)
"""How the line before a block quotation ends: a colon, or a complementiser whose clause the
quotation gives."""
_COLON = re.compile(r":\s*$")
"""A colon ending the line before: it announces what follows, so a quotation set off only by
its indent is one (``As Miller has explained:`` and the quoted lines right under it)."""


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


_SOURCED = re.compile(r"[.!?…][”\"’']?\s*\((?:[^()]*\d[^()]*|ibid\.?)\)\s*$")
"""How a block quotation set as a paragraph of its own ends: its source in brackets after its
last full stop (``… dumbing-down of culture. (ibid: 113)``)."""


def block_quotations(para: Para, origin: Sequence[SourceLine]) -> list[tuple[int, int]]:
    """``(start, end)`` offsets in *para*'s text of each block quotation: from a line after a
    blank line, indented deeper than the line before, that the line before introduces, to the
    next line back at the paragraph's margin (after a colon, with no blank line needed); or the
    whole paragraph, each of whose lines is
    indented as deep, when it ends with its source."""
    starts = para.line_starts
    numbers = [n for _, n in starts]
    if (
        numbers
        and all(0 < n <= len(origin) for n in numbers)
        and all(_indent(origin[n - 1].text) >= _INDENT for n in numbers)
        and _SOURCED.search(para.text)
    ):
        return [(0, len(para.text))]
    found: list[tuple[int, int]] = []
    k = 1
    while k < len(starts):
        (before_at, before_no), (offset, number) = starts[k - 1], starts[k]
        if not 0 < before_no < number <= len(origin):
            k += 1
            continue
        line, previous = origin[number - 1].text, origin[before_no - 1].text
        introducing = para.text[before_at:offset].rstrip()
        gap = number - before_no >= 2 and all(
            not origin[n - 1].text.strip() for n in range(before_no + 1, number)
        )
        gap = gap or (number == before_no + 1 and _COLON.search(introducing) is not None)
        introduced = _INTRODUCED.search(introducing)
        if not (gap and introduced and _indent(line) >= _indent(previous) + _INDENT):
            k += 1
            continue
        end = k + 1
        while end < len(starts) and _indent(origin[starts[end][1] - 1].text) >= _INDENT:
            end += 1
        found.append((offset, starts[end][0] if end < len(starts) else len(para.text)))
        k = end
    return found
