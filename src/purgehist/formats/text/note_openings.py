"""How a note's text opens, told from its first line alone.

Where nothing in the layout parts a page's running text from the note below it (plain
``pdftotext`` sets no blank line there, and a word processor's notes may be as wide as the
running text), the words tell where the note starts: a note opens as a citation does, with an
author's name and a title (``Morton G. White, The Origin``), a letter's writer, addressee and
date, a quoted title, ``See`` or ``Cf.``, and a line of running text rarely opens so; an
editor's note opens with the bracket that closes at its end.
"""

from __future__ import annotations

import re

__all__ = ["closes_bracket", "opens_note"]

_NAME = r"[A-ZÀ-Ý][\w’'\-]*\.?"
_PARTICLE = r"(?:(?:von|van|de|der|den|di|du|da|la|le)\s+)?"
_AUTHOR = re.compile(
    # an author's name of two words or more, a comma, then a title
    rf"{_NAME}(?:\s+{_PARTICLE}{_NAME}){{1,3}},\s+[“\"«„‘A-ZÀ-Ý]"
)
_LETTER = re.compile(
    # a letter cited by its writer and addressee, then its date: ``Franklin Ford to James B.
    # Angell, April 13, 1887``
    rf"{_NAME}(?:\s+{_PARTICLE}{_NAME}){{1,3}}\s+to\s+{_NAME}(?:\s+{_PARTICLE}{_NAME}){{1,3}},"
    r"\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+\.?)\s+(?:1[5-9]|20)\d\d\b"
)
_CITES = re.compile(
    # what a citation holds after its author: a quoted title, a year, pages, a volume,
    # a place and publisher, an edition
    r"[“\"«„]|\b(?:1[5-9]|20)\d\ds?\b|\b(?:pp?|vol|eds?|trans|no)\.|\w:(?:\s|$)|\bPress\b"
)
_OPENING = re.compile(
    # a quoted title
    r"[“\"«„][A-ZÀ-Ý][^”\"»]{2,80}[”\"»]"
    r"|(?:See|Cf\.|Ibid\.?|Vgl\.|Voir|Siehe|Ebd\.)\s"
)
_CLOSED = re.compile(r"\][.,;]?\s*$")


def opens_note(text: str) -> bool:
    """Whether *text* opens as a note's first line does: an author's name and a title, a
    letter's writer, addressee and date, a quoted title, ``See``, ``Cf.`` (and their German
    and French forms)."""
    text = text.strip()
    if _LETTER.match(text):
        return True
    if _AUTHOR.match(text):
        return _CITES.search(text) is not None  # a list of names in running text cites nothing
    return _OPENING.match(text) is not None


def closes_bracket(text: str) -> bool:
    """Whether *text* ends an editor's note in brackets (``…of this book.]``)."""
    return _CLOSED.search(text) is not None
