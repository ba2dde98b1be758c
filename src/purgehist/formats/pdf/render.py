"""A printed line's text: word spaces from the gaps, raised digits as superscript digits.

>>> from purgehist.formats.pdf.glyphs import Glyph
>>> from purgehist.formats.pdf.rows import Row
>>> word = [Glyph(c, 10, x, x + 5, 100) for c, x in zip("ok.", (0, 5, 10))]
>>> marker = [Glyph("7", 7, 15.2, 19, 104, raised=True)]
>>> row_text(Row(glyphs=word + marker, baseline=100, size=10))
'ok.⁷'
>>> split_label(Row(glyphs=marker + word, baseline=100, size=10))
('7', 1)
>>> glued = [Glyph(c, 10, x, x + 5, 100) for c, x in zip("101Ford", range(0, 35, 5))]
>>> split_label(Row(glyphs=glued, baseline=100, size=10))
('101', 3)
"""

from __future__ import annotations

import re
import unicodedata

from purgehist.formats.pdf.glyphs import Glyph
from purgehist.formats.pdf.rows import Row

__all__ = ["SUPERSCRIPT_DIGITS", "row_text", "runs_into", "split_label"]

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LABEL_SYMBOLS = frozenset("*†‡§¶‖#")
_CLOSING = frozenset(",.;:)]")
_OPENING = frozenset("“‘„«\"'([")
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORD_GAP = 0.5
"""A gap of this share of the font size between two characters' ink is a word space, whether
or not the PDF's text layer has one. Narrower gaps follow the text layer, where PDFium has
inferred the spaces from the text runs' positioning (ink gaps alone would split ``1 1``)."""


def row_text(row: Row, start: int = 0) -> str:
    """The text of *row* from its *start*-th character."""
    parts: list[str] = []
    previous: Glyph | None = None
    for glyph in row.glyphs[start:]:
        if previous is not None and _space_between(previous, glyph, row.size):
            parts.append(" ")
        char = glyph.char
        if glyph.raised and char.isdigit():
            char = char.translate(SUPERSCRIPT_DIGITS)
        parts.append(char)
        previous = glyph
    text = "".join(parts)
    if _SURROGATE.search(text):  # a half of a pair whose other half was missing
        text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text).strip()


def _space_between(previous: Glyph, glyph: Glyph, size: float) -> bool:
    gap = glyph.x0 - previous.x1
    if glyph.raised and not previous.raised:
        # a note marker hugs the word it follows, whatever the PDF's text layer says
        return gap > 0.5 * size
    if glyph.raised and previous.raised:
        return gap > 0.5 * size
    if gap > _WORD_GAP * size:
        return True
    return glyph.space_before and glyph.char not in _CLOSING


def split_label(row: Row) -> tuple[str, int] | None:
    """A note label at the start of *row*: its text and how many characters it takes.

    A label is printed raised (``¹ Text``), or as a plain number set apart by a space
    (``1 Text``, ``1. Text``) or running into a text that opens with a capital or a quote
    (``101Text``); the caller judges plain numbers.
    """
    glyphs = row.glyphs
    count = 0
    while count < len(glyphs) and glyphs[count].raised and count < 4:
        count += 1
    if count and count < len(glyphs):
        label = "".join(g.char for g in glyphs[:count])
        if label.isalnum() or set(label) <= _LABEL_SYMBOLS:
            return label, count
        return None
    while count < len(glyphs) and glyphs[count].char.isdigit() and count < 4:
        count += 1
    if not count or count >= len(glyphs) - 1:
        return None
    after = glyphs[count]
    if after.char in ".)" and not after.raised:
        count += 1
        if count >= len(glyphs):
            return None
        after = glyphs[count]
    if not _space_between(glyphs[count - 1], after, row.size) and not _opens_note(after):
        return None
    return "".join(g.char for g in glyphs[:count]).rstrip(".)"), count


def runs_into(row: Row, count: int) -> bool:
    """Whether the label of *row*, its first *count* characters, runs into the text after it
    with no space between (see :func:`_opens_note`)."""
    glyphs = row.glyphs
    return 0 < count < len(glyphs) and not _space_between(
        glyphs[count - 1], glyphs[count], row.size
    )


def _opens_note(glyph: Glyph) -> bool:
    """Whether *glyph*, set right after a plain number, may open a note's text: a capital or
    an opening quote or bracket. A word processor sets a note's number in a hanging indent and
    its text at the indent, so a number wider than the indent (``101``) runs into the text
    (``101Electrical World``, ``102“From a Seer's Mind”``); a small letter after a number is
    part of a word (``1920s``, ``2nd``)."""
    return not glyph.raised and (glyph.char.isupper() or glyph.char in _OPENING)
