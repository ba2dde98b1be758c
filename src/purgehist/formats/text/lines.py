"""The page model both front ends feed: lines of text on numbered pages, with what is known of
each line's role.

The plain-text front end knows only the characters, so its lines are :attr:`LineKind.UNKNOWN`
and the pipeline infers note areas, running heads and page numbers. The PDF front end sees font
sizes and positions, so it marks each line's kind and writes superscript note markers as Unicode
superscript digits (``¹²``) at their place in the body text; a note's own label stays plain
text at the start of its first :attr:`LineKind.NOTE` line (``12 Ibid., 45.``), and a note
line opening with a number the glyphs show to be no label says so
(:attr:`SourceLine.label_known`).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from attrs import frozen

__all__ = ["LineKind", "SourceLine", "indent", "pages_known", "source_lines"]


class LineKind(StrEnum):
    """What a line is on its page, as far as the front end can tell."""

    UNKNOWN = "unknown"
    BODY = "body"
    """Running text, including headings."""
    NOTE = "note"
    """Part of the page's footnote area (or of an endnote section)."""
    RUNNING_HEAD = "running-head"
    PAGE_NUMBER = "page-number"


@frozen(slots=True)
class SourceLine:
    """One line as the front end read it."""

    text: str
    page: int
    """1-based page number in the file (not the number printed on the page)."""
    line: int
    """1-based line number in the file for text input, on the page for PDF input: what
    problems name as the place."""
    kind: LineKind = LineKind.UNKNOWN
    label_known: bool | None = None
    """Whether the number the line opens with is a note label, as the front end saw it: ``True``
    (a label, by its size or raised baseline), ``False`` (no label: the note's text carries on)
    or ``None`` (not known, as in plain text)."""


def source_lines(text: str) -> list[SourceLine]:
    """The lines of a plain text, with pages split at form feeds (all on page 1 when it has
    none) and every kind :attr:`LineKind.UNKNOWN`."""
    lines = []
    page = 1
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if "\f" not in raw:
            lines.append(SourceLine(raw, page, no))
            continue
        # a form feed inside a line: what precedes it ends a page, what follows starts one
        pieces = raw.split("\f")
        for k, piece in enumerate(pieces):
            if piece or k == len(pieces) - 1:
                lines.append(SourceLine(piece, page, no))
            if k < len(pieces) - 1:
                page += 1
    return lines


def pages_known(lines: Sequence[SourceLine]) -> bool:
    """Whether the front end knew the pages (several of them) or the kinds of some lines."""
    return any(line.page != lines[0].page or line.kind != LineKind.UNKNOWN for line in lines)


def indent(text: str) -> int:
    """How many blank characters *text* opens with."""
    return len(text) - len(text.lstrip())
