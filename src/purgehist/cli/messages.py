"""What the commands print about problems and outputs, in one style: ``3 problems``,
``1 warning``, a place (``file:line``, ``Sheet!Cell`` or a JSON path) before each message."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
import click

from purgehist.diagnostics import Severity
from purgehist.wording import count, counts_text

if TYPE_CHECKING:
    from purgehist.diagnostics import Problem
    from purgehist.errors import DataError
    from purgehist.model.dataset import Dataset
    from purgehist.plugins.specs import ExportResult, ParseResult

__all__ = [
    "echo_data_error",
    "echo_problems",
    "errors_and_warnings",
    "located",
    "merged_origins",
    "report_export",
    "summary",
    "visible",
]

_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """*text* with control characters, line breaks, direction overrides and lone surrogates
    shown as escapes (``\\n``, ``\\x1b``, ``\\u202e``): untrusted text from an input can then
    neither forge a line nor drive the terminal."""
    return _UNSAFE.sub(
        lambda m: _NAMED.get(
            m[0], f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}"
        ),
        text,
    )


def echo_problems(problems: Sequence[Problem], *, limit: int = 50) -> None:
    """Print the first *limit* problems, one a line, and how many more there are."""
    for problem in problems[:limit]:
        click.echo(f"  {visible(str(problem))}", err=True)
    if len(problems) > limit:
        click.echo(f"  … and {len(problems) - limit} more", err=True)


def echo_data_error(error: DataError, *, limit: int = 50) -> None:
    """Print a :class:`DataError`: where, how many problems, then the problems."""
    head = f"{error.source}: " if error.source else ""
    noun = count(len(error.problems), "problem")
    click.echo(f"purgehist: {visible(head)}{noun}", err=True)
    echo_problems(error.problems, limit=limit)


def errors_and_warnings(problems: Iterable[Problem]) -> str:
    """``2 errors, 1 warning``."""
    found = list(problems)
    errors = sum(p.severity == Severity.ERROR for p in found)
    return f"{count(errors, 'error')}, {count(len(found) - errors, 'warning')}"


def summary(dataset: Dataset) -> str:
    """What *dataset* holds: ``2 actors, 1 claim``."""
    return counts_text(dataset.counts())


def report_export(report: ExportResult, target: str) -> None:
    """Say what was written, and what the format could not hold."""
    click.echo(f"wrote {target}", err=True)
    if report.warnings:
        click.echo(f"{count(len(report.warnings), 'warning')} from the exporter:", err=True)
        echo_problems(report.warnings)


def located(
    problems: Iterable[Problem], dataset: Dataset, origins: Mapping[str, str] | None = None
) -> list[Problem]:
    """*problems* of *dataset* located in the file it was read from where they can be: a
    problem at a JSON path (``$.claims[3].attributions[0].actor``) moves to ``file:line``,
    keeping the path in its message. The place is the deepest record on the path that
    *origins* (the reader's :attr:`~purgehist.plugins.specs.ParseResult.origins`) names,
    else the deepest whose provenance has a line."""
    return [_located(problem, dataset, origins or {}) for problem in problems]


def merged_origins(results: Sequence[ParseResult]) -> dict[str, str]:
    """The origins of several inputs read into one dataset by
    :meth:`~purgehist.model.dataset.Dataset.merge`: each collection's indexes shifted by
    the records the inputs before it hold."""
    merged: dict[str, str] = {}
    offsets: dict[str, int] = {}
    for result in results:
        for path, where in result.origins.items():
            step = _STEP.match(path, 1)
            if step is None or step[1] is None:
                continue
            at = _STEP.match(path, step.end())
            if at is None or at[2] is None:
                continue
            shifted = int(at[2]) + offsets.get(step[1], 0)
            merged[f"$.{step[1]}[{shifted}]{path[at.end() :]}"] = where
        for name, size in result.dataset.counts().items():
            offsets[name] = offsets.get(name, 0) + size
    return merged


def _located(problem: Problem, dataset: Dataset, origins: Mapping[str, str]) -> Problem:
    if not problem.location.startswith("$"):
        return problem
    place: object = dataset
    found = None
    from_origin = False
    for match in _STEP.finditer(problem.location, 1):
        name, index = match.groups()
        try:
            place = getattr(place, name) if name else place[int(index)]  # type: ignore[index]
        except (AttributeError, IndexError, KeyError, TypeError):
            break
        origin = origins.get(problem.location[: match.end()])
        provenance = getattr(place, "provenance", None)
        if origin is not None:
            found, from_origin = origin, True
        elif from_origin:
            continue  # a place in the input beats a provenance that may name another file
        elif provenance is not None and provenance.file and provenance.line:
            found = f"{provenance.file}:{provenance.line}"
    if found is None:
        return problem
    return attrs.evolve(
        problem, location=found, message=f"{problem.message} (at {problem.location})"
    )
