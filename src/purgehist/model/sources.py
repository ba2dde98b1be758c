"""Sources: the books, articles, newspapers and archival documents that evidence cites."""

from __future__ import annotations

from enum import StrEnum

from attrs import field, frozen

from purgehist.model.common import Identifier, Provenance, non_empty, optional_text, tuple_of
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = ["Creator", "Source", "SourceType"]


class SourceType(StrEnum):
    """The bibliographic type of a source."""

    BOOK = "book"
    ARTICLE = "article"
    CHAPTER = "chapter"
    THESIS = "thesis"
    NEWSPAPER = "newspaper"
    ARCHIVAL = "archival"
    """An unpublished document in an archive (fond / opis' / delo)."""
    DOCUMENT_COLLECTION = "document_collection"
    """A published edition of primary documents."""
    MEMOIR = "memoir"
    REPORT = "report"
    SPEECH = "speech"
    WEB = "web"
    OTHER = "other"


@frozen(kw_only=True)
class Creator:
    """A person or body responsible for a source, as named in it."""

    name: str = field(validator=non_empty)
    """As printed or normalised: ``Getty, J. Arch``."""
    role: str = "author"
    """``author``, ``editor``, ``translator``, ``compiler``."""
    actor: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the :class:`~purgehist.model.actors.Actor` this creator is, when known."""


@frozen(kw_only=True)
class Source:
    """A bibliographic work or an archival document."""

    id: str = field(validator=ncname_validator)
    type: SourceType = field(default=SourceType.BOOK, converter=SourceType)
    creators: tuple[Creator, ...] = field(default=(), converter=tuple_of)
    title: str = field(validator=non_empty)
    short_title: str | None = optional_text()
    container: str | None = optional_text()
    """Journal, newspaper or book that holds an article or chapter."""
    volume: str | None = optional_text()
    issue: str | None = optional_text()
    pages: str | None = optional_text()
    """Page range of an article or chapter within its container."""
    edition: str | None = optional_text()
    publisher: str | None = optional_text()
    place: str | None = optional_text()
    """Place of publication, as printed."""
    date: str | None = field(default=None, validator=edtf_validator())
    identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    """DOI, ISBN, URL, archival signature…"""
    accessed: str | None = field(default=None, validator=edtf_validator())
    """When a web page was consulted."""
    language: str | None = optional_text()
    listed: bool = True
    """False when the work is cited in a document but missing from its bibliography."""
    note: str | None = optional_text()
    external: str | None = optional_text()
    """The pointer into a register outside this dataset (``#reg1234``, ``reg:1234``, a URL);
    the record is then a stub holding the title printed where the work is cited."""
    provenance: Provenance | None = None

    def author_names(self) -> tuple[str, ...]:
        """Names of the creators whose role is ``author``."""
        return tuple(c.name for c in self.creators if c.role == "author")
