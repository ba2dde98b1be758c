"""Numbered references lists (``[1] A. Author, …``, ``1. Author A. …``) under a references
heading: a bibliography, whose numbered entries are no notes.

pdftotext prints small capitals letter-spaced (``R EFERENCES``), and in ``-layout`` text a
heading of a two-column page shares its line with the other column's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.numbered import entry_number

__all__ = ["column_head", "joined_capitals", "list_follows"]

_SPACED = re.compile(r"\b([A-ZÀ-ÖØ-Þ]) (?=[A-ZÀ-ÖØ-Þ]{2,}\b)")
_GUTTER = re.compile(r"\s{4,}")
_COLUMN_LINE = 25
"""How long the text beside a gutter is, at least, to be another column's line."""
_OPENING = 3
"""How many entries, numbered 1, 2, 3 …, open a numbered list."""
_REACH = 12
"""How many lines after its heading a list's first entries are looked for."""


def joined_capitals(text: str) -> str:
    """*text* with small capitals that pdftotext letter-spaced joined again (``R EFERENCES``
    → ``REFERENCES``); text with lower-case letters is left alone."""
    if any(c.islower() for c in text):
        return text
    return _SPACED.sub(r"\1", text)


def column_head(text: str) -> str:
    """The text of a line up to a gutter (a run of spaces, as ``-layout`` sets two columns
    apart) when another column's line of running text stands beside it: the left column's
    part; *text* otherwise (a table's row, a heading with its page number)."""
    parts = _GUTTER.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and len(parts[1]) >= _COLUMN_LINE and " " in parts[1]:
        return parts[0]
    return text


def list_follows(texts: Sequence[str]) -> int | None:
    """The number of the last entry of the numbered list opening *texts* (the lines under a
    references heading): the first entries are numbered 1, 2, 3 in order; ``None`` when no
    such list opens them."""
    numbers = [n for n in map(entry_number, texts[:_REACH]) if n is not None]
    if numbers[:_OPENING] != list(range(1, _OPENING + 1)):
        return None
    last = 0
    for n in map(entry_number, texts):
        if n is not None and last < n <= last + _OPENING:
            last = n
    return last
