"""What a gold file says about a document, in one form whatever the file's own: its footnotes
with their markers and citations, the works cited, and the bibliography's entries field by
field. Each gold file format has a reader in :mod:`.gold_files` that makes a :class:`Gold`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

__all__ = ["FIELDS", "Gold", "GoldCitation", "GoldEntry", "GoldNote", "GoldWork"]

FIELDS = (
    "authors",
    "title",
    "container",
    "volume",
    "issue",
    "place",
    "publisher",
    "year",
    "pages",
    "archival",
)
"""The bibliography fields a gold entry may state, in the order they are judged."""


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class GoldWork:
    """A work the document cites."""

    key: str
    title: str
    authors: tuple[str, ...] = field(default=(), converter=_tuple)
    """The authors' names (or surnames), first author first; empty for an archive or an
    edition that names none."""
    type: str = "book"
    """``book``, ``article``, ``chapter``, ``archival``, ``document_collection``…"""
    edited: bool = False
    """The authors are editors, whom a reader may or may not name as creators."""
    titles: tuple[str, ...] = field(default=(), converter=_tuple)
    """Other titles the gold gives the work (the short title a footnote cites it by)."""
    year: str | None = None
    """The year of publication, for author–year citations (``2016``)."""

    @property
    def all_titles(self) -> tuple[str, ...]:
        """The title, then the others."""
        return (self.title, *self.titles)


@frozen
class GoldCitation:
    """One citation of a footnote, as it should be resolved."""

    work: str | None = None
    """The key of the :class:`GoldWork` cited."""
    locators: tuple[str, ...] = field(default=(), converter=_tuple)
    """The pages cited, in any of these forms; empty when the citation names none."""
    archival: str | None = None
    """An archival reference (archive, fond, opis, delo, folios), judged instead of the work."""
    unresolved: bool = False
    """The citation must stay unresolved (an ``Ibid.`` after a lost footnote): never guessed."""
    listed: bool | None = None
    """Whether the work must be in the bibliography (``None``: either)."""


@frozen
class GoldNote:
    """A footnote of the document."""

    label: str
    """The number printed (``12``)."""
    text: bool = True
    """The note's text is in the file (``False``: lost in extraction)."""
    line: int | None = None
    """The line where its text starts."""
    marker_line: int | None = None
    """The line of its marker in the running text; ``None`` when it has none (or the gold
    does not say)."""
    citations: tuple[GoldCitation, ...] = field(default=(), converter=_tuple)
    """Its citations in order; none for a note that comments."""
    group: str | None = None
    """Where the numbering restarts (per chapter), the group the note belongs to."""
    page: int | None = None
    """The page (1-based, in the file) where its text starts, when the gold names pages
    instead of lines."""
    printed: tuple[str, ...] = field(default=(), converter=_tuple)
    """The note's text as printed (in one or more renderings): what a gold without lines
    matches the parser's notes by."""
    anchor: str | None = None
    """The running text just before its marker: where a gold without lines places it."""

    @property
    def name(self) -> str:
        """``12``, or ``4.12`` for note 12 of group 4."""
        return f"{self.group}.{self.label}" if self.group else self.label


@frozen
class GoldEntry:
    """An entry of the bibliography."""

    work: str
    """The key of the :class:`GoldWork` it lists."""
    fields: Mapping[str, Any]
    """Field (see :data:`FIELDS`) → the value expected; ``None`` for a field that must be
    empty. Fields left out are not judged."""
    line: int | None = None


@frozen
class Gold:
    """The gold annotations of one document."""

    name: str
    text: Path
    """The document's text file."""
    notes: tuple[GoldNote, ...] = field(converter=_tuple)
    works: Mapping[str, GoldWork]
    bibliography: tuple[GoldEntry, ...] = field(default=(), converter=_tuple)
    complete: bool = True
    """The notes are every note of the document (``False`` for a sample): only then are
    markers counted, and a note the parser found beyond them is a false marker."""
    language: str | None = None
