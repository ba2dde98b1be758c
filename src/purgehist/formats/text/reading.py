"""One parse of a text in progress: the file, the document's id, the problems met (through
:class:`~purgehist.diagnostics.Diagnostics`) and the figures counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from purgehist.diagnostics import Diagnostics, Problem
from purgehist.model import Provenance, slug

__all__ = ["Reading", "TextStats"]

# The figures in the order `purgehist info` prints them: stats key, counter.
_FIGURES = (
    ("lines", "lines"),
    ("pages", "pages"),
    ("page_numbers_printed", "page_numbers_printed"),
    ("divisions", "divisions"),
    ("paragraphs", "paragraphs"),
    ("footnotes", "footnotes"),
    ("footnotes_with_text", "footnotes_with_text"),
    ("footnotes_without_text", "footnotes_without_text"),
    ("markers_found", "markers"),
    ("markers_matched", "markers_matched"),
    ("notes_without_marker", "notes_without_marker"),
    ("comment_notes", "comment_notes"),
    ("citations", "citations"),
    ("citations_resolved", "citations_resolved"),
    ("citations_unresolved", "citations_unresolved"),
)
_AFTER_UNRESOLVED = (
    ("bibliography_entries", "bibliography_entries"),
    ("sources_listed", "sources_listed"),
    ("sources_unlisted", "sources_unlisted"),
    ("actors", "actors"),
    ("claim_candidates", "claims"),
)


@dataclass(slots=True)
class TextStats:
    """Figures counted while a text is parsed: what :attr:`ParseResult.stats
    <purgehist.plugins.specs.ParseResult.stats>` reports."""

    counts: Counter[str] = field(default_factory=Counter)
    unresolved: list[str] = field(default_factory=list)
    """Each unresolved citation as ``file:line footnote n: printed text``."""
    facts: dict[str, object] = field(default_factory=dict)
    """Figures only some texts have (a layout, a table of contents), printed first."""

    def report(self, problems: Iterable[Problem]) -> dict[str, object]:
        """The figures, with the unresolved citations and the number of *problems* by code."""
        report: dict[str, object] = dict(self.facts)
        report.update({name: self.counts[counter] for name, counter in _FIGURES})
        report["unresolved"] = list(self.unresolved)
        report.update({name: self.counts[counter] for name, counter in _AFTER_UNRESOLVED})
        report["warnings"] = dict(sorted(Counter(p.code for p in problems).items()))
        return report


@dataclass(slots=True)
class Reading:
    """What the stages of one parse share: where things were read, the problems met, the
    figures counted.

    :param file: the file name, as problems and provenance name it
    :param document: the id of the document record
    """

    file: str
    document: str
    diagnostics: Diagnostics
    stats: TextStats = field(default_factory=TextStats)

    @classmethod
    def of(cls, file: str) -> Reading:
        """A new parse of *file*; the document id is made from the file name."""
        document = slug(Path(file).stem or "document", "")
        if document[0] == "_":
            document = "doc" + document
        return cls(file=file, document=document, diagnostics=Diagnostics(file))

    def provenance(
        self, line: int | None, footnote: int | None = None, page: str | None = None
    ) -> Provenance:
        """Where something was read: this document and file, at *line* (of *footnote*, on
        *page*)."""
        return Provenance(
            document=self.document,
            file=self.file,
            line=line,
            footnote=str(footnote) if footnote is not None else None,
            page=page,
        )

    def warn(self, code: str, message: str, line: int | None, raw: str | None = None) -> None:
        """Record a warning at ``file:line`` (at the file when *line* is unknown)."""
        location = f"{self.file}:{line}" if line else self.file
        self.diagnostics.warning(code, message, location, raw=raw)
