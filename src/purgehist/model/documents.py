"""Documents: the texts a dataset was parsed from, with their structure and footnotes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrs import field, frozen

from purgehist.model.common import Identifier, non_empty, optional_text, tuple_of
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = [
    "Division",
    "Document",
    "Note",
    "PageBreak",
    "Paragraph",
    "walk_divisions",
    "walk_paragraphs",
]


@frozen(kw_only=True)
class Note:
    """A footnote, anchored at a character offset of its paragraph's text."""

    n: str = field(validator=non_empty)
    """The footnote number (or label) as printed."""
    offset: int
    """Position of the note's marker in the paragraph text (0 = before the first character)."""
    text: str | None = optional_text()
    """The note's text; ``None`` when the text was lost (e.g. in PDF extraction)."""
    evidence: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Ids of the :class:`~purgehist.model.evidence.Evidence` parsed from this note, in order."""
    line: int | None = None
    """Line of the note's text in the source file."""


@frozen(kw_only=True)
class PageBreak:
    """The start of a printed page, at a character offset of a paragraph's text."""

    n: str
    offset: int = 0


@frozen(kw_only=True)
class Paragraph:
    """A paragraph of running text, with its notes and page breaks."""

    id: str | None = field(default=None, validator=optional_ncname_validator)
    text: str
    notes: tuple[Note, ...] = field(default=(), converter=tuple_of)
    page_breaks: tuple[PageBreak, ...] = field(default=(), converter=tuple_of)
    line: int | None = None
    """First line of the paragraph in the source file."""


@frozen(kw_only=True)
class Division:
    """A chapter, section or other division: its paragraphs come before its subdivisions."""

    id: str | None = field(default=None, validator=optional_ncname_validator)
    type: str = "chapter"
    """``chapter``, ``section``, ``subsection``, ``front``, ``back``, ``bibliography``."""
    n: str | None = optional_text()
    """The division's number as printed (``2``, ``2.3``)."""
    head: str | None = optional_text()
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=tuple_of)
    divisions: tuple[Division, ...] = field(default=(), converter=tuple_of)
    line: int | None = None


@frozen(kw_only=True)
class Document:
    """A text a dataset was parsed from (a thesis, a book, a spreadsheet): its identity and,
    for texts, its structure."""

    id: str = field(validator=ncname_validator)
    title: str = field(validator=non_empty)
    type: str = "text"
    """``thesis``, ``book``, ``article``, ``spreadsheet``, ``text``."""
    authors: tuple[str, ...] = field(default=(), converter=tuple_of)
    date: str | None = field(default=None, validator=edtf_validator())
    language: str | None = optional_text()
    file: str | None = optional_text()
    """File name the document was read from."""
    sha256: str | None = optional_text()
    """Checksum of the file, to tell whether a later run read the same text."""
    identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    divisions: tuple[Division, ...] = field(default=(), converter=tuple_of)
    bibliography: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Ids of the sources listed in the document's bibliography, in printed order."""


def walk_divisions(
    divisions: Sequence[Division], _at: tuple[int, ...] = ()
) -> Iterator[tuple[tuple[int, ...], Division]]:
    """Every division, depth first in document order, with its place as 0-based indexes:
    ``(1, 0)`` is the first division inside the second top-level one."""
    for i, division in enumerate(divisions):
        here = (*_at, i)
        yield here, division
        yield from walk_divisions(division.divisions, here)


def walk_paragraphs(divisions: Sequence[Division]) -> Iterator[Paragraph]:
    """Every paragraph of *divisions* at every depth, in document order: a division's own
    paragraphs, then those of its subdivisions (the order :func:`walk_divisions` visits them)."""
    for _, division in walk_divisions(divisions):
        yield from division.paragraphs
