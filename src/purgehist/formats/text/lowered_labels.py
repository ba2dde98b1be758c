"""Note labels that ``pdftotext -layout`` printed on the line below their note's first line.

A label set beside a note's first line with its baseline a little lower than the line's (a
wider label, a raised quotation mark with it, or a word processor's note number set in a frame
of its own, as LibreOffice prints a DOCX file's notes) comes out on a line of its own after
that first line and before a blank line. The first line keeps its indent, deeper than that of
the line after the blank, which carries the note on: a hanging indent, the label's place left
empty beside the first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.lines import indent
from purgehist.formats.text.note_areas import read_label

__all__ = ["lowered_labels"]

_LABEL_REST = re.compile(r"\w")
"""A label alone keeps at most the punctuation that opens its note's text (``4 “``)."""


def lowered_labels(texts: Sequence[str], *, opened: bool = False) -> list[int]:
    """The positions in *texts* (lines, blank ones among them) of the labels printed below
    their notes' first lines, each right after that line; *opened*: only where the first line
    opens a block, below a blank line or indented deeper than the line above, as the first
    line of a notes area or of a note in it is (a number alone below a line of running text
    is rarely a label)."""
    found: list[int] = []
    for p in range(1, len(texts) - 2):
        before, label, blank, after = texts[p - 1 : p + 3]
        read = read_label(label)
        if read is None or _LABEL_REST.search(read.rest) or blank.strip():
            continue
        if not before.strip() or not after.strip() or read_label(before) is not None:
            continue
        if opened and p >= 2 and texts[p - 2].strip() and indent(texts[p - 2]) >= indent(before):
            continue
        following = read_label(after)
        if following is not None and (not opened or following.n in (read.n, read.n + 1)):
            continue  # the label of the note after, or the same label twice
        if indent(before) > indent(after):
            found.append(p)
    return found
