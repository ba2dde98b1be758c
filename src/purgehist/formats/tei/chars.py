"""Characters XML 1.0 cannot carry: a reversible ``<g>`` escape in text, percent-encoding in
attributes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = [
    "CHAR_TYPE",
    "ILLEGAL",
    "decode_attr",
    "encode_text_attr",
    "encode_word",
    "g_char",
    "g_parts",
    "g_value",
    "has_illegal",
    "text_of",
]

ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters that may not appear in an XML 1.0 document, even as character references."""

CHAR_TYPE = "purgehist-char"
"""``<g type="purgehist-char" n="U+000C">␌</g>`` stands for one character XML cannot hold."""

_G = "{http://www.tei-c.org/ns/1.0}g"

# Token-typed TEI attributes (teidata.word, teidata.enumerated) match [^\p{C}\p{Z}]+;
# characters outside that, and '%' itself, are percent-encoded (UTF-8, surrogatepass).
_NOT_WORD = re.compile(
    r"[%\s\x00-\x1f\x7f-\xa0\xad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f"
    r"\u3000\ud800-\udfff\ue000-\uf8ff\ufeff\ufff0-\uffff"
    r"\U000e0000-\U0010ffff]"
)
_NOT_TEXT = re.compile("[%\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPE = re.compile(r"(?:%[0-9A-F]{2})+")


def has_illegal(text: str) -> bool:
    """Tell whether *text* holds a character XML 1.0 cannot carry."""
    return ILLEGAL.search(text) is not None


def g_char(char: str) -> tuple[str, str]:
    """The ``@n`` code (``U+000C``) and the visible stand-in (a control picture, or U+FFFD)
    that the ``<g>`` escape of *char* holds."""
    code = ord(char)
    shown = chr(0x2400 + code) if code < 0x20 else "\ufffd"
    return f"U+{code:04X}", shown


def g_parts(text: str) -> Iterator[str | tuple[str, str]]:
    """Split *text* into plain runs (``str``) and escapes (``(code, shown)``)."""
    start = 0
    for match in ILLEGAL.finditer(text):
        if match.start() > start:
            yield text[start : match.start()]
        yield g_char(match.group())
        start = match.end()
    if start < len(text):
        yield text[start:]


def _percent(match: re.Match[str]) -> str:
    raw = match.group().encode("utf-8", "surrogatepass")
    return "".join(f"%{b:02X}" for b in raw)


def encode_word(value: str) -> str:
    """Make *value* a valid TEI token: percent-encode '%', whitespace, controls and other
    characters of Unicode categories C and Z (``'heard from'`` → ``'heard%20from'``)."""
    return _NOT_WORD.sub(_percent, value) if _NOT_WORD.search(value) else value


def encode_text_attr(value: str) -> str:
    """Make *value* safe in a free-text attribute (``@n``): percent-encode '%' and the
    characters XML cannot carry; everything else is kept."""
    return _NOT_TEXT.sub(_percent, value) if _NOT_TEXT.search(value) else value


def _unpercent(match: re.Match[str]) -> str:
    raw = bytes.fromhex(match.group().replace("%", ""))
    return raw.decode("utf-8", "surrogatepass")


def decode_attr(value: str) -> str:
    """Undo :func:`encode_word` / :func:`encode_text_attr`."""
    return _ESCAPE.sub(_unpercent, value) if "%" in value else value


def g_value(g: _Element) -> str:
    """The character a ``<g type="purgehist-char">`` element stands for."""
    code = g.get("n", "")
    if code.startswith("U+"):
        try:
            return chr(int(code[2:], 16))
        except ValueError:
            pass
    return g.text or ""


def text_of(el: _Element, skip: frozenset[str] = frozenset()) -> str:
    """The text of *el*: its text nodes and ``<g>`` escapes, in order; child elements whose
    Clark tag is in *skip* are left out (their tails are kept), others are read recursively."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _G and child.get("type") == CHAR_TYPE:
            parts.append(g_value(child))
        elif isinstance(tag, str) and tag not in skip:
            parts.append(text_of(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)
