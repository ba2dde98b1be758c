"""The ``_xHHHH_`` escapes of spreadsheet XML: characters XML 1.0 cannot carry, and a literal
``_xHHHH_`` that spreadsheet programs would otherwise decode."""

from __future__ import annotations

import re

__all__ = ["escape_ooxml", "needs_escape", "unescape_ooxml", "utf16_length"]

_NEEDS_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")

needs_escape = _NEEDS_ESCAPE.search
"""Whether a text holds anything :func:`escape_ooxml` would change (a match, or ``None``)."""


def _escape(match: re.Match[str]) -> str:
    return f"_x{ord(match[0]):04X}_"


def escape_ooxml(text: str) -> str:
    """*text* with what XML cannot carry, and a literal ``_x``, written as ``_xHHHH_``."""
    return _NEEDS_ESCAPE.sub(_escape, text)


def unescape_ooxml(text: str) -> str:
    """Decode the ``_xHHHH_`` escapes (control characters, a literal ``_x``)."""
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text)


def utf16_length(text: str) -> int:
    """Length of *text* in UTF-16 code units, as Excel counts a cell's characters (a
    character beyond U+FFFF counts two)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2
