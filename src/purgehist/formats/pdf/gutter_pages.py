"""Pages read one by one into line boxes, those that wait for the document's gutter held back.

A page with a side note or two shows too little to find its gutter by itself (see
:mod:`.gutter`): it keeps its characters until other pages show the document's gutter. It waits
only a few pages: once a gutter is known the pages held whose strip it is are read with it; a
page that has waited :data:`HELD_PAGES` pages, or still waits at the end, is read again with the
gutters known then (the two sides of a spread show theirs apart). So a long PDF never holds more
than that many pages of characters, whatever its layout.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from purgehist.formats.pdf.boxes import PageBoxes, page_boxes
from purgehist.formats.pdf.glyphs import PageGlyphs
from purgehist.formats.pdf.gutter import DocumentGutters
from purgehist.formats.pdf.rows import page_rows

__all__ = ["HELD_PAGES", "GutterPages"]

HELD_PAGES = 12
"""How many pages may wait for the document's gutter at a time. The gutter is known once
three pages show it by themselves; side notes so rare that twelve
pages pass without three such pages leave the pages between read without a gutter."""


@dataclass(slots=True)
class GutterPages:
    """The line boxes of pages added in order (:meth:`add`, then :meth:`finish`, then
    :attr:`pages`)."""

    pages: list[PageBoxes] = field(default_factory=list)
    most_held: int = 0
    """The most pages whose characters were held at once (for the memory tests)."""
    _gutters: DocumentGutters = field(default_factory=DocumentGutters)
    _held: deque[tuple[int, PageGlyphs]] = field(default_factory=deque)

    @property
    def held(self) -> int:
        """How many pages' characters are held now."""
        return len(self._held)

    def add(self, page: PageGlyphs) -> None:
        """Read *page* into line boxes, holding it if it waits for the document's gutter."""
        known = self._gutters.middles()
        rows = page_rows(page, known)
        if rows.gutter.own and rows.gutter.gutter is not None:
            self._gutters.add(rows.gutter.gutter)
        elif rows.gutter.open and rows.gutter.gutter is None:
            self._held.append((len(self.pages), page))
        self.pages.append(page_boxes(page, rows.rows))
        if set(self._gutters.middles()) != set(known):
            self._release()
        while len(self._held) > HELD_PAGES:
            self._read_again(*self._held.popleft())
        self.most_held = max(self.most_held, len(self._held))

    def finish(self) -> None:
        """Read the pages still held with the gutters known at the end, and let them go."""
        while self._held:
            self._read_again(*self._held.popleft())

    def _release(self) -> None:
        """Read the held pages again with the gutters now known, letting go those whose strip
        is one of them; the others wait on (the gutter of the other side of a spread may show
        later)."""
        waiting: deque[tuple[int, PageGlyphs]] = deque()
        for index, page in self._held:
            if not self._read_again(index, page):
                waiting.append((index, page))
        self._held = waiting

    def _read_again(self, index: int, page: PageGlyphs) -> bool:
        """Read the page *index* again with the gutters known; whether it found one."""
        known = self._gutters.middles()
        if not known:
            return False
        rows = page_rows(page, known)
        if rows.gutter.gutter is None:
            return False
        self.pages[index] = page_boxes(page, rows.rows)
        return True
