"""BibTeX text → blocks (``@type{…}``), each with its line and raw text, in linear time.

The splitter never walks the text a character at a time in Python: it jumps between the
characters that matter with :meth:`str.find`, :meth:`str.count` and compiled patterns, and it
never looks at a stretch of text twice for the same purpose. An entry that is not closed
before the next line that opens one ends there (and is a failed block), so one unclosed brace
costs the text up to that line, not the rest of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["Block", "LineCounter", "Splitter", "brace_close"]

_ENTRY_START = re.compile(r"@\s*([A-Za-z][\w-]*)\s*([{(])")
_NEXT_ENTRY = re.compile(r"^[ \t]*@\s*[A-Za-z][\w-]*\s*[{(]", re.MULTILINE)
_PAREN_MARKS = re.compile(r"[{})]")


@attrs.frozen
class Block:
    """One ``@type{…}`` or ``@type(…)`` block of the text, closed or not."""

    kind: str
    """The type, lower-cased: ``book``, ``string``, ``comment``…"""
    opener: str
    """``{`` or ``(``."""
    start: int
    """Offset of the ``@``."""
    body_start: int
    """Offset just after the opening delimiter."""
    end: int
    """Offset of the closing delimiter; for an unclosed block, where it stops."""
    line: int
    """1-based line of the ``@``."""
    closed: bool

    def raw(self, text: str) -> str:
        """The block's text as written (an unclosed one without its trailing blank lines)."""
        if self.closed:
            return text[self.start : self.end + 1]
        return text[self.start : self.end].rstrip()


class LineCounter:
    """Offset → 1-based line number, counting newlines only between successive offsets
    asked for (so a reader that asks in file order pays for each newline once).

    >>> lines = LineCounter("a\\nb\\nc")
    >>> lines(0), lines(4), lines(2)
    (1, 3, 2)
    """

    __slots__ = ("_line", "_offset", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._offset = 0
        self._line = 1

    def __call__(self, offset: int) -> int:
        if offset >= self._offset:
            self._line += self._text.count("\n", self._offset, offset)
        else:
            self._line -= self._text.count("\n", offset, self._offset)
        self._offset = offset
        return self._line


def brace_close(text: str, index: int, end: int) -> int:
    """Offset of the ``}`` closing a brace opened just before *index*; -1 if none before *end*.

    >>> brace_close("{a{b}c}d", 1, 8)
    6
    """
    depth = 1
    while True:
        close = text.find("}", index, end)
        if close < 0:
            return -1
        # Opening braces only add depth between two closing ones: depth 0 is met at one.
        depth += text.count("{", index, close) - 1
        if depth == 0:
            return close
        index = close + 1


class Splitter:
    """Split BibTeX text into :class:`Block` s.

    >>> text = "% a note\\n@book{a, title={T}}\\n@book{b,\\n@misc(c, note={N})"
    >>> for block in Splitter(text).blocks():
    ...     print(block.kind, block.line, block.closed, block.raw(text))
    book 2 True @book{a, title={T}}
    book 3 False @book{b,
    misc 4 True @misc(c, note={N})

    :param text: the whole file
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = LineCounter(text)
        self.scanned = 0
        """Characters passed over by the searches so far: a measure of the work done."""
        self._boundary = -1

    def blocks(self) -> Iterator[Block]:
        """The blocks in file order; text outside them (comments to BibTeX) is passed over."""
        text = self.text
        index = 0
        while True:
            at = text.find("@", index)
            self.scanned += (at if at >= 0 else len(text)) - index
            if at < 0:
                return
            match = _ENTRY_START.match(text, at)
            if match is None:
                index = at + 1  # an '@' outside an entry is comment text (an e-mail address…)
                continue
            self.scanned += match.end() - at
            body_start = match.end()
            boundary = self._next_entry(body_start)
            opener = match.group(2)
            end = self._closing(body_start, boundary, opener)
            closed = end >= 0
            block = Block(
                kind=match.group(1).lower(),
                opener=opener,
                start=at,
                body_start=body_start,
                end=end if closed else boundary,
                line=self.lines(at),
                closed=closed,
            )
            yield block
            index = block.end + 1 if closed else boundary

    def _next_entry(self, start: int) -> int:
        """Where the first line at or after *start* that opens an entry begins (or the end).

        The answer found for an earlier *start* holds as long as it is not before this one, so
        each stretch of text is searched once however many entries open within it.
        """
        if self._boundary < start:
            found = _NEXT_ENTRY.search(self.text, start)
            self._boundary = found.start() if found is not None else len(self.text)
            self.scanned += self._boundary - start
        return self._boundary

    def _closing(self, start: int, stop: int, opener: str) -> int:
        """Offset of the delimiter closing a block whose body starts at *start*, looked for
        before *stop*; -1 if there is none."""
        text = self.text
        if opener == "(":
            return self._closing_paren(start, stop)
        close = brace_close(text, start, stop)
        # find() and count() each pass over the body once.
        self.scanned += 2 * ((close + 1 if close >= 0 else stop) - start)
        return close

    def _closing_paren(self, start: int, stop: int) -> int:
        depth = 0
        for mark in _PAREN_MARKS.finditer(self.text, start, stop):
            char = mark.group()
            if char == "{":
                depth += 1
            elif char == "}":
                if depth == 0:
                    self.scanned += mark.end() - start
                    return -1
                depth -= 1
            elif depth == 0:
                self.scanned += mark.end() - start
                return mark.start()
        self.scanned += stop - start
        return -1
