"""Parse statistics: counts, unresolved citations with their lines, and warnings by kind."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from purgehist.diagnostics import Problem, Severity

__all__ = ["StatsBuilder"]


@dataclass(slots=True)
class StatsBuilder:
    """Collects figures and problems while a text is parsed."""

    file: str
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)

    def warn(self, code: str, message: str, line: int | None, raw: str | None = None) -> None:
        """Record a warning at ``file:line``."""
        location = f"{self.file}:{line}" if line else self.file
        self.problems.append(
            Problem(
                code=code, message=message, location=location, severity=Severity.WARNING, raw=raw
            )
        )

    def build(self) -> dict[str, object]:
        """The report, in the order ``purgehist info`` prints it."""
        kinds = Counter(p.code for p in self.problems)
        report: dict[str, object] = dict(self.facts)
        report.update(
            {
                "lines": self.counts["lines"],
                "pages": self.counts["pages"],
                "page_numbers_printed": self.counts["page_numbers_printed"],
                "divisions": self.counts["divisions"],
                "paragraphs": self.counts["paragraphs"],
                "footnotes": self.counts["footnotes"],
                "footnotes_with_text": self.counts["footnotes_with_text"],
                "footnotes_without_text": self.counts["footnotes_without_text"],
                "markers_found": self.counts["markers"],
                "markers_matched": self.counts["markers_matched"],
                "notes_without_marker": self.counts["notes_without_marker"],
                "comment_notes": self.counts["comment_notes"],
                "citations": self.counts["citations"],
                "citations_resolved": self.counts["citations_resolved"],
                "citations_unresolved": self.counts["citations_unresolved"],
                "unresolved": list(self.unresolved),
                "bibliography_entries": self.counts["bibliography_entries"],
                "sources_listed": self.counts["sources_listed"],
                "sources_unlisted": self.counts["sources_unlisted"],
                "actors": self.counts["actors"],
                "claim_candidates": self.counts["claims"],
                "warnings": dict(sorted(kinds.items())),
            }
        )
        return report
