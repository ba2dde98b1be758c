"""Numbers set after a letter standing alone: a symbol's index, not a note's marker.

In a linguist's or a logician's formulas (``ont éteint h1``, ``x2 = y``) plain ``pdftotext``
sets a subscript on the line as a digit glued to its letter, as it sets a raised marker
glued to the word before it. The letter alone tells them apart: a variable is one letter,
with a space, a bracket or a comma before it; a word rarely ends a clause where a marker
stands when it is a single letter. Only a restart of the numbering is judged so (its first
marker is where a formula's ``h1`` is most often taken for note 1).
"""

from __future__ import annotations

import re

__all__ = ["symbol_index"]

_LETTER_ALONE = re.compile(r"(?:^|[\s(\[{,])[^\W\d_]$")


def symbol_index(text: str, start: int) -> bool:
    """Whether the number at *start* of *text* is glued to a letter standing alone (``h1``)."""
    return _LETTER_ALONE.search(text[:start]) is not None
