"""Pages read one by one into line boxes, those that wait for the document's gutter held back.

A page with a side note or two shows too little to find its gutter by itself (see
:mod:`.gutter`): it keeps its characters until other pages show the document's gutter. It waits
only a few pages: once a gutter is known the pages held are read with it, and a page that has
waited :data:`HELD_PAGES` pages stays as read without one. So a long PDF never holds more than
that many pages of characters, whatever its layout.
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
    """The line boxes of pages added in order (:meth:`add`, then :attr:`pages`)."""

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
        elif rows.gutter.open and not known:
            self._held.append((len(self.pages), page))
            if len(self._held) > HELD_PAGES:
                self._held.popleft()
        self.most_held = max(self.most_held, len(self._held))
        self.pages.append(page_boxes(page, rows.rows))
        if not known and self._gutters.middles():
            self._release()

    def _release(self) -> None:
        """Read the pages held again with the gutters now known, and let them go."""
        known = self._gutters.middles()
        while self._held:
            index, page = self._held.popleft()
            rows = page_rows(page, known)
            if rows.gutter.gutter is not None:
                self.pages[index] = page_boxes(page, rows.rows)
