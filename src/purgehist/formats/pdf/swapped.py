"""Letters a PDF's ``ToUnicode`` map gives with their two bytes swapped.

A re-distilled PDF (Ghostscript 10.0 ``pdfwrite``, and so the same text in ``pdftotext``) can
map a glyph that stands for several letters, a ligature such as *fi*, *ff*, *ft* or *Qu*, to
UTF-16 written in the wrong byte order: *fi* (``0066 0069``) comes out as ``U+6600 U+6900``, two
CJK ideographs, so "Definition" reads "De昀椀nition". Such a code point has a letter of ASCII as
its high byte and 0 as its low one. It is read back as that letter where it stands in a word of
letters or digits ("überprüft", "217ff.") on a page that holds fewer other CJK characters than
swapped ones: a Chinese or Japanese page, whose ideographs are of every kind, keeps its own.
What the same bug makes of a three-letter ligature (*ffi* as ``U+CF00``, a Hangul syllable) has
a low byte of 0 too and is not counted among the other CJK characters, so that "office" and
"sufficient" do not outnumber the page's swapped *fi*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["other_cjk", "swapped_letter", "unswapped_letters", "unswapped_runs", "word_char"]

_CJK = ((0x2E80, 0xD7FF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
"""The blocks of CJK characters (radicals to Hangul, compatibility ideographs, the planes of
rarer ideographs), where every swapped letter falls (``U+4100`` to ``U+7A00``)."""
_SAME_LINE = 1.0
"""Points between two baselines of one line."""


class _Char(Protocol):
    char: str
    baseline: float
    space_before: bool


def swapped_letter(char: str) -> str | None:
    """The ASCII letter *char* is with its bytes swapped, if it is one."""
    if len(char) != 1:
        return None
    code = ord(char)
    high = chr(code >> 8)
    return high if code & 0xFF == 0 and high.isascii() and high.isalpha() else None


def _cjk(char: str) -> bool:
    return any(low <= ord(char[0]) <= high for low, high in _CJK)


def other_cjk(char: str) -> bool:
    """Whether *char* is a CJK character not written by swapping bytes (its low byte not 0)."""
    return _cjk(char) and ord(char[0]) & 0xFF != 0


def word_char(char: str) -> bool:
    """Whether *char* is a letter, a digit or a hyphen of an alphabetic script."""
    return (char.isalnum() or char == "-") and not _cjk(char)


def _joined(a: _Char, b: _Char) -> bool:
    """Whether *b* follows *a* in one word."""
    return not b.space_before and abs(a.baseline - b.baseline) < _SAME_LINE


def unswapped_letters(chars: Sequence[_Char]) -> None:
    """Write back the swapped letters of *chars* (one page, in content order) where each run
    of them touches a letter, digit or hyphen of its word and the page holds fewer other CJK
    characters than swapped ones."""
    text = [c.char for c in chars]
    for k, letter in unswapped_runs(text, lambda i, j: _joined(chars[i], chars[j])).items():
        chars[k].char = letter


def unswapped_runs(text: Sequence[str], joined: Callable[[int, int], bool]) -> dict[int, str]:
    """The letters to write back in *text* (one page's characters), by position: each run of
    swapped letters whose characters are *joined* (``joined(i, j)``: the character at *j*
    follows the one at *i* in one word) and that touches a letter, digit or hyphen of its
    word, on a page that holds fewer other CJK characters than swapped ones."""
    letters = [swapped_letter(c) for c in text]
    swapped = sum(1 for s in letters if s)
    others = sum(1 for c, s in zip(text, letters, strict=True) if s is None and other_cjk(c))
    if not swapped or others >= swapped:
        return {}  # a page of CJK text, the swapped letters' code points among its ideographs
    out: dict[int, str] = {}
    i = 0
    while i < len(text):
        if letters[i] is None:
            i += 1
            continue
        end = i
        while end + 1 < len(text) and letters[end + 1] and joined(end, end + 1):
            end += 1
        before = i > 0 and joined(i - 1, i) and word_char(text[i - 1])
        after = end + 1 < len(text) and joined(end, end + 1) and word_char(text[end + 1])
        if before or after:
            out.update((k, letter) for k in range(i, end + 1) if (letter := letters[k]))
        i = end + 1
    return out
