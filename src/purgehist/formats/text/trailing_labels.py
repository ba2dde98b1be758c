"""A note's label that plain ``pdftotext`` printed after the notes of its page.

A label set on a line of its own above its note's text may come out of plain ``pdftotext``
after the page's last note: the label of a page's only note, or of its first note when the
labels of the others stand in place, below it. With no blank line between the running text
and the notes, where that first note starts is read from the width of the lines: notes are set
in smaller type than the running text, so their full lines hold more characters. (Plain
``pdftotext`` joins the two halves of a hyphenated word, and the lines they stand on, into one
line about twice as long.)
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from purgehist.formats.text.apart_labels import lone_label

__all__ = ["line_width", "trailing_note"]

_NOTE_WIDTH = 1.1
"""A line this many times as long as the running text's usual line is a note's."""
_JOINED = 1.6
"""A line longer than this many usual lines is two lines joined at a hyphenated word."""
_SHORTEST = 30
"""Lines shorter than this many characters (headings, last lines) do not tell the width."""


def line_width(texts: Sequence[str]) -> float:
    """The usual width of the running text's lines, in characters: the median of the lines
    long enough to be full ones (running text has the most lines)."""
    widths = [len(text.strip()) for text in texts if len(text.strip()) >= _SHORTEST]
    return float(statistics.median(widths)) if widths else 0.0


def trailing_note(texts: Sequence[str], width: float) -> tuple[int, int] | None:
    """``(label position, first text position)`` in *texts* (the non-blank lines of a page)
    when its last line is a label alone printed after its note's text: it is the only label
    alone on the page or the lowest of them, and the lines above it (or above the next label),
    up to its note's first, are as wide as a note's. ``None`` otherwise."""
    if not texts or width <= 0:
        return None
    n = lone_label(texts[-1])
    if n is None:
        return None
    others = [(p, m) for p, text in enumerate(texts[:-1]) if (m := lone_label(text)) is not None]
    if any(m <= n for _, m in others):
        return None
    if others and others[0][1] != n + 1:
        return None
    end = others[0][0] if others else len(texts) - 1
    # a note opens with a capital, a figure or a quotation mark, not inside a sentence
    starts = [p for p in range(1, end) if not texts[p].lstrip()[:1].islower()]
    if not starts:
        return None
    wide = [_width(text, width) >= _NOTE_WIDTH * width for text in texts[:end]]
    narrow = [_width(text, width) <= width for text in texts[:end]]

    def cost(start: int) -> int:
        """Running lines as wide as a note's above *start*, note lines as narrow as running
        ones below it (the note's last line may be short)."""
        return sum(wide[:start]) + sum(narrow[start : end - 1])

    return len(texts) - 1, min(starts, key=lambda p: (cost(p), p))


def _width(text: str, width: float) -> float:
    length = len(text.strip())
    return length / 2 if length > _JOINED * width else length
