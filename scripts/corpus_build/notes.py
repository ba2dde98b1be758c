"""A note as a document's sources give it, before it is looked for in the PDF, and what a
reader of one source format returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ANCHOR_CHARS = 60


@dataclass
class SourceNote:
    """One note as the sources give it, before it is looked for in the PDF."""

    label: str
    scope: str
    text: str
    anchor: str
    citations: list[dict[str, str]] = field(default_factory=list)
    kind: str = "footnote"
    special: str | None = None
    rendered: bool = True
    numbered: bool = False
    """Whether the source gives the label (``\\footnote[2]{…}``) rather than a counter."""


@dataclass
class Extracted:
    """The notes of a document, the works they cite and the source files read."""

    notes: list[SourceNote]
    bibliography: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    labels_printed: bool = False
    """Whether the labels are those the edition prints (an EPUB's note references), not
    counted by the reader: the PDF is then not asked to correct them."""


def tail(text: str, chars: int = ANCHOR_CHARS) -> str:
    """The last *chars* characters of *text* with its whitespace collapsed: a note's anchor."""
    return re.sub(r"\s+", " ", text).strip()[-chars:].strip()
