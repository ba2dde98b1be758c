"""A note label that plain ``pdftotext`` glues to the last running line of a page.

When the page's last running line ends in a word broken at a hyphen (``explic-``), plain
``pdftotext`` takes the first thing read after it, the label of the first footnote printed on a
line of its own, for the rest of the word: it drops the hyphen and writes the label on
(``Löscher explic13``), sometimes with the note's first line run on after it. The note's
text follows below, set off by a blank line, with no label of its own. This module finds such
a line at the foot of a page, so that the page model reads the label as the area's first and
gives the running line its hyphen back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from purgehist.formats.text.note_areas import read_label

__all__ = ["GluedLabel", "glued_label"]

_GLUED = re.compile(
    r"^(?P<text>.*[^\W\d_][a-zß-ÿ])(?P<n>\d{1,3})(?:\s+(?P<rest>[A-ZÀ-Ý„“\"'(].*?))?\s*$"
)
"""A line ending in a word in lower case with a number glued to it, and maybe the note's first
line run on after it (``manage20 A longitudinal study…``): a label on a broken word."""
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class GluedLabel:
    """Where the label stands: the position among the page's filled lines, its number and the
    running line as printed (its hyphen back)."""

    position: int
    n: int
    text: str
    rest: str = ""
    """The note's first line when pdftotext ran it on after the label."""


def glued_label(lines: Sequence[tuple[int, str]]) -> GluedLabel | None:
    """The label glued to the last running line of a page whose lines (``(index, text)`` of
    the non-blank ones) end in a notes area with no label: that line is followed by a blank
    line and by fewer lines than stand above it, with words among them and no label."""
    for position in range(len(lines) - 2, 0, -1):
        index, text = lines[position]
        match = _GLUED.match(text.rstrip())
        below = lines[position + 1 :]
        if match is None or below[0][0] == index + 1:
            continue
        if len(below) >= position or not any(_WORD.search(t) for _, t in below):
            return None
        if any((label := read_label(t)) is not None and label.rest for _, t in below):
            return None
        return GluedLabel(position, int(match["n"]), match["text"] + "-", match["rest"] or "")
    return None
