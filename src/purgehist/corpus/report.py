"""The run report: every document of a batch with its status, reason and timings (JSON)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from purgehist.model.common import tuple_of
from purgehist.wording import count

__all__ = [
    "CONVERTED",
    "FAILED",
    "UNCHANGED",
    "WRITTEN",
    "BatchReport",
    "DocumentReport",
    "failed_lines",
]

CONVERTED = "converted"
"""Read (and its output written) in this run."""
UNCHANGED = "unchanged"
"""Skipped: its input and the options are as when it was last done."""
FAILED = "failed"
"""Could not be read or written; the reason says why."""
WRITTEN = "written"
"""The merged corpus was written in this run."""


@frozen(kw_only=True)
class DocumentReport:
    """One document in the run report."""

    input: str
    status: str
    output: str | None = None
    reason: str | None = None
    retry: bool = False
    """A failure that may not recur (a worker died): the document is tried again next run."""
    sha256: str | None = None
    fingerprint: str = ""
    """Of the options the document was done with (see :func:`.state.fingerprint`)."""
    timings: Mapping[str, float] = field(factory=dict)
    """Seconds spent parsing, checking, exporting, caching, and in all."""
    counts: Mapping[str, int] = field(factory=dict)
    problems: int = 0
    warnings: tuple[str, ...] = field(default=(), converter=tuple_of)
    """The first few problems met (warnings the output was written with)."""
    worker: str = ""

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON data."""
        data = attrs.asdict(self, recurse=False)
        data["warnings"] = list(self.warnings)
        data["timings"] = dict(self.timings)
        data["counts"] = dict(self.counts)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DocumentReport:
        """An entry read back (unknown keys ignored)."""
        names = {a.name for a in attrs.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@frozen(kw_only=True)
class BatchReport:
    """What a batch did, document by document, and the merged corpus."""

    documents: tuple[DocumentReport, ...] = field(converter=tuple_of)
    started: str
    elapsed: float
    executor: str
    """``serial``, ``local cluster of N workers`` or the scheduler's address."""
    settings: Mapping[str, Any] = field(factory=dict)
    merge: Mapping[str, Any] | None = None
    """The merged corpus: output, status, documents, merges, near misses, seconds."""
    interrupted: bool = False

    @property
    def totals(self) -> dict[str, int]:
        """How many documents have each status."""
        totals = {CONVERTED: 0, UNCHANGED: 0, FAILED: 0}
        for document in self.documents:
            totals[document.status] = totals.get(document.status, 0) + 1
        return totals

    @property
    def failed(self) -> tuple[DocumentReport, ...]:
        """The documents that failed."""
        return tuple(d for d in self.documents if d.status == FAILED)

    @property
    def exit_code(self) -> int:
        """0 when every document is done, 1 when some failed, 130 when interrupted."""
        if self.interrupted:
            return 130
        merge_failed = self.merge is not None and self.merge.get("status") == FAILED
        return 1 if self.failed or merge_failed else 0

    def to_json(self) -> dict[str, Any]:
        """The report as JSON data."""
        return {
            "started": self.started,
            "elapsed": round(self.elapsed, 3),
            "executor": self.executor,
            "interrupted": self.interrupted,
            "totals": self.totals,
            "settings": dict(self.settings),
            "merge": None if self.merge is None else dict(self.merge),
            "documents": [d.to_json() for d in self.documents],
        }

    def dumps(self) -> str:
        """The report as JSON text."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"

    def summary(self) -> str:
        """One line for people: counts, and where the merged corpus went."""
        totals = self.totals
        parts = [count(len(self.documents), "document")]
        parts += [f"{n} {name}" for name, n in totals.items() if n]
        line = ", ".join(parts)
        if self.merge is not None:
            line += f"; corpus {self.merge.get('output')}: {self.merge.get('status')}"
            if self.merge.get("merges") is not None:
                merges = count(self.merge["merges"], "merge")
                near = count(self.merge.get("near_misses", 0), "near miss", "near misses")
                line += f" ({merges}, {near} to review)"
        return line


def failed_lines(documents: Sequence[DocumentReport], limit: int = 20) -> list[str]:
    """``input: reason`` for each failed document, at most *limit* of them."""
    failed = [d for d in documents if d.status == FAILED]
    lines = [f"{d.input}: {d.reason}" for d in failed[:limit]]
    if len(failed) > limit:
        lines.append(f"… and {len(failed) - limit} more (see the run report)")
    return lines
