"""Problems: one finding about input or data, with the place it concerns."""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

__all__ = ["Problem", "Severity"]


class Severity(StrEnum):
    """How bad a problem is: errors make data invalid, warnings only ask for a look."""

    ERROR = "error"
    WARNING = "warning"


@frozen(kw_only=True)
class Problem:
    """A finding about input or data.

    *location* names the place the way a user finds it: a JSON path
    (``$.claims[3].attributions[0].actor``), ``file:line``, or ``Sheet!Cell``.
    """

    code: str
    """Stable kebab-case name: ``dangling-reference``, ``duplicate-id``, ``invalid-edtf``…"""
    message: str
    location: str = ""
    severity: Severity = Severity.ERROR
    raw: str | None = None
    """The offending input text, kept so that nothing is lost."""

    def __str__(self) -> str:
        prefix = f"{self.location}: " if self.location else ""
        suffix = " (warning)" if self.severity == Severity.WARNING else ""
        return f"{prefix}{self.message}{suffix}"
