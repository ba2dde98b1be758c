"""One parse of a text in progress: the file, the document's id, the problems met (through
:class:`~purgehist.diagnostics.Diagnostics`) and the figures counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from purgehist.diagnostics import Diagnostics, Problem
from purgehist.formats.text.lines import SourceLine
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

    The stages number lines by their place among the front end's lines (1-based); where a
    problem or a record names a line, that number is turned back into the front end's: the
    file's line for text, the page and the line on it for a front end that numbers lines per
    page (PDF).

    :param file: the file name, as problems and provenance name it
    :param document: the id of the document record
    """

    file: str
    document: str
    diagnostics: Diagnostics
    stats: TextStats = field(default_factory=TextStats)
    origin: Sequence[SourceLine] = ()
    """The front end's lines, in the order the stages number them."""
    per_page: bool = False
    """Whether the front end numbers lines per page (then a file line means nothing)."""

    @classmethod
    def of(cls, file: str, origin: Sequence[SourceLine] = (), *, per_page: bool = False) -> Reading:
        """A new parse of *file* (its lines *origin*); the document id is made from the file
        name."""
        document = slug(Path(file).stem or "document", "")
        if document[0] == "_":
            document = "doc" + document
        return cls(
            file=file,
            document=document,
            diagnostics=Diagnostics(file),
            origin=origin,
            per_page=per_page,
        )

    def file_line(self, line: int | None) -> int | None:
        """The file's line number of the stages' *line*; ``None`` when the front end numbers
        lines per page."""
        if not line or self.per_page:
            return None
        return self.origin[line - 1].line if line <= len(self.origin) else line

    def place(self, line: int | None) -> str | None:
        """The stages' *line* as the front end names it: ``12`` or ``page 3, line 12``."""
        if not line:
            return None
        if not self.per_page or line > len(self.origin):
            return str(self.file_line(line))
        found = self.origin[line - 1]
        return f"page {found.page}, line {found.line}"

    def location(self, line: int | None) -> str:
        """A problem's location: ``file:12``, ``file, page 3, line 12`` or the file."""
        place = self.place(line)
        if place is None:
            return self.file
        return f"{self.file}, {place}" if self.per_page else f"{self.file}:{place}"

    def provenance(
        self, line: int | None, footnote: int | str | None = None, page: str | None = None
    ) -> Provenance:
        """Where something was read: this document and file, at the stages' *line* (of
        *footnote*, on the printed *page*); per-page places go into the note."""
        return Provenance(
            document=self.document,
            file=self.file,
            line=self.file_line(line),
            footnote=str(footnote) if footnote is not None else None,
            page=page,
            note=self.place(line) if self.per_page else None,
        )

    def warn(self, code: str, message: str, line: int | None, raw: str | None = None) -> None:
        """Record a warning at the stages' *line* (at the file when it is unknown)."""
        self.diagnostics.warning(code, message, self.location(line), raw=raw)
