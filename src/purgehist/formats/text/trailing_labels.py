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

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from purgehist.formats.text.apart_labels import lone_label

__all__ = ["TrailingNote", "line_width", "note_wide", "trailing_note"]

_NOTE_WIDTH = 1.1
"""A line this many times as long as the running text's usual line is a note's."""
_JOINED = 1.6
"""A line longer than this many usual lines is two lines joined at a hyphenated word."""
_RUN_INTO = re.compile(r"[a-zà-ÿ](?=[A-ZÀ-Ý][a-zà-ÿ])")
_INDENTED = 0.02
"""The share of indented lines above which a text is ``-layout`` output."""
_SHORTEST = 30
"""Lines shorter than this many characters (headings, last lines) do not tell the width."""


def line_width(texts: Sequence[str], *, indented: bool = False) -> float:
    """The usual width of the running text's lines, in characters: the median of the lines
    long enough to be full ones (running text has the most lines). 0 for a text whose lines
    are indented, unless *indented*: ``pdftotext -layout`` keeps labels in their place, and
    only plain ``pdftotext``, which indents no line, prints them after the notes."""
    filled = [text for text in texts if text.strip()]
    if not indented and sum(text[:1].isspace() for text in filled) > _INDENTED * len(filled):
        return 0.0
    widths = [len(text.strip()) for text in filled if len(text.strip()) >= _SHORTEST]
    return float(statistics.median(widths)) if widths else 0.0


@dataclass(frozen=True, slots=True)
class TrailingNote:
    """Where a label printed after its page's notes belongs (positions in the page's
    non-blank lines): its note starts at line *start*, or inside it at character *split* when
    plain ``pdftotext`` joined the page's last running line (a hyphenated word's first half)
    to the note's first line."""

    label: int
    start: int
    split: int | None = None


def trailing_note(texts: Sequence[str], width: float) -> TrailingNote | None:
    """Where the label that ends *texts* (the non-blank lines of a page) belongs, when it is
    a label alone printed after its note's text: the only label alone on the page or the
    lowest of them, the next standing right below its note. Its note starts where the lines
    above and below fit the running text's width and the notes' best (:mod:`.trailing_labels`).
    ``None`` otherwise."""
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
    wide = list(
        accumulate((_width(t, width) >= _NOTE_WIDTH * width for t in texts[:end]), initial=0)
    )
    narrow = list(accumulate((_width(t, width) <= width for t in texts[:end]), initial=0))

    def cost(start: int, rest: str | None = None) -> int:
        """Running lines as wide as a note's above *start*, note lines as narrow as running
        ones below it (the note's last line may be short); *rest*: the note's first line cut
        from line *start*, the running line's end."""
        last = max(end - 1, start)
        if rest is None:
            return wide[start] + narrow[last] - narrow[start]
        first = len(rest) <= width and start < end - 1
        return wide[start] + first + narrow[last] - narrow[min(start + 1, last)]

    # a note opens with a capital, a figure or a quotation mark, not inside a sentence
    found = [
        (cost(p), p, TrailingNote(len(texts) - 1, p))
        for p in range(1, end)
        if not texts[p].lstrip()[:1].islower()
    ]
    for p in range(end):
        split = _joined_at(texts[p], width)
        if split is not None:
            note = TrailingNote(len(texts) - 1, p, split)
            found.append((cost(p, texts[p][split:]), p, note))
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1], f[2].split is not None))[2]


def _joined_at(text: str, width: float) -> int | None:
    """Where in *text* a running line (a hyphenated word's first half) ends and a note's
    first line starts, when plain ``pdftotext`` joined them: a line as long as two, a word
    whose lower-case letters run into a capital, once, after about one running line."""
    if len(text.strip()) <= _JOINED * width:
        return None
    found = [m.start() + 1 for m in _RUN_INTO.finditer(text)]
    if len(found) != 1 or not 0.8 * width <= found[0] <= 1.2 * width:
        return None
    return found[0]


def note_wide(text: str, width: float) -> bool:
    """Whether *text* is wider than a running line of *width* characters can be: a line of a
    note, in smaller type (``False`` when the width is not known; a line as long as two may
    be two running lines joined at a hyphenated word)."""
    return width > 0 and _width(text, width) >= _NOTE_WIDTH * width


def _width(text: str, width: float) -> float:
    length = len(text.strip())
    return length / 2 if length > _JOINED * width else length
