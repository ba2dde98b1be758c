"""Problems, and the one collector every reader, writer and check reports them through."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum

from attrs import frozen

__all__ = ["Diagnostics", "Problem", "Severity"]


class Severity(StrEnum):
    """How bad a problem is: errors make data invalid, warnings ask for a look, infos only
    say what is worth knowing (a record that is a stub for one kept elsewhere)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


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
        suffix = "" if self.severity == Severity.ERROR else f" ({self.severity.value})"
        return f"{prefix}{self.message}{suffix}"


class Diagnostics:
    """Collects the problems met while reading, writing or checking data, in the order met.

    >>> found = Diagnostics("purge.bib")
    >>> _ = found.warning("unknown-field", "field 'mrnumber' kept in the note", "purge.bib:12")
    >>> _ = found.error("missing-title", "entry has no title", "purge.bib:20", raw="@book{x,}")
    >>> for problem in found:
    ...     print(problem)
    purge.bib:12: field 'mrnumber' kept in the note (warning)
    purge.bib:20: entry has no title
    >>> len(found.errors), len(found.warnings)
    (1, 1)

    :param source: the input or output the problems concern, named in :meth:`raise_errors`
    """

    __slots__ = ("_problems", "source")

    def __init__(self, source: str = "") -> None:
        self.source = source
        self._problems: list[Problem] = []

    def add(self, problem: Problem) -> Problem:
        """Record *problem* as it is."""
        self._problems.append(problem)
        return problem

    def extend(self, problems: Iterable[Problem]) -> None:
        """Record several problems, in order."""
        self._problems.extend(problems)

    def error(
        self, code: str, message: str, location: str = "", *, raw: str | None = None
    ) -> Problem:
        """Record an error at *location*."""
        return self.add(Problem(code=code, message=message, location=location, raw=raw))

    def warning(
        self, code: str, message: str, location: str = "", *, raw: str | None = None
    ) -> Problem:
        """Record a warning at *location*."""
        return self.add(
            Problem(
                code=code, message=message, location=location, severity=Severity.WARNING, raw=raw
            )
        )

    def info(
        self, code: str, message: str, location: str = "", *, raw: str | None = None
    ) -> Problem:
        """Record an info at *location*: nothing wrong, only worth knowing."""
        return self.add(
            Problem(code=code, message=message, location=location, severity=Severity.INFO, raw=raw)
        )

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem recorded, in order."""
        return tuple(self._problems)

    @property
    def errors(self) -> list[Problem]:
        """The errors recorded."""
        return [p for p in self._problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        """The warnings recorded."""
        return [p for p in self._problems if p.severity == Severity.WARNING]

    @property
    def infos(self) -> list[Problem]:
        """The infos recorded."""
        return [p for p in self._problems if p.severity == Severity.INFO]

    def raise_errors(self) -> None:
        """Raise :class:`~purgehist.errors.DataError` listing every error, if there is one."""
        from purgehist.errors import DataError

        errors = self.errors
        if errors:
            raise DataError(errors, source=self.source or None)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._problems)

    def __len__(self) -> int:
        return len(self._problems)
