"""A page reduced to its lines' boxes and texts: what the document-wide layout analysis keeps.

The characters are dropped once a page's lines are rendered, so a long book never holds more
than one page of characters in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from purgehist.formats.pdf.glyphs import PageGlyphs, Rule
from purgehist.formats.pdf.render import row_text, runs_into, split_label
from purgehist.formats.pdf.rows import Row

__all__ = ["LineBox", "PageBoxes", "page_boxes"]


@dataclass(slots=True)
class LineBox:
    """One printed line: where it is, its size and its text."""

    baseline: float
    x0: float
    x1: float
    size: float
    column: int
    text: str
    """With raised digits as superscript digits."""
    label: str | None = None
    """What may be a note label at the line's start (see :func:`.render.split_label`)."""
    label_raised: bool = False
    label_glued: bool = False
    """The label is a plain number that runs into the text after it (``101Electrical``)."""
    rest: str = ""
    """The text after :attr:`label`."""
    raised_letters: str = ""
    """The raised letters after the line's first character (an edition's note markers)."""


@dataclass(slots=True)
class PageBoxes:
    """One page's lines in reading order, with its rules and images."""

    number: int
    height: float
    lines: list[LineBox] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    images: int = 0
    glyphs: int = 0


def page_boxes(page: PageGlyphs, rows: list[Row]) -> PageBoxes:
    """Render the lines *rows* of *page* (see :func:`.rows.page_rows`)."""
    result = PageBoxes(
        number=page.number,
        height=page.height,
        rules=page.rules,
        images=page.images,
        glyphs=len(page.glyphs),
    )
    for row in rows:
        box = LineBox(
            baseline=row.baseline,
            x0=row.x0,
            x1=row.x1,
            size=row.size,
            column=row.column,
            text=row_text(row),
            raised_letters="".join(g.char for g in row.glyphs[1:] if g.raised and g.char.isalpha()),
        )
        label = split_label(row)
        if label is not None:
            box.label, count = label
            box.label_raised = row.glyphs[0].raised
            box.label_glued = not box.label_raised and runs_into(row, count)
            box.rest = row_text(row, count)
        result.lines.append(box)
    return result
