"""Exceptions purgehist raises to its users; the CLI turns them into messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from purgehist.diagnostics import Problem

__all__ = ["DataError", "PluginError", "PurgehistError", "UsageError"]


class PurgehistError(Exception):
    """Base class: an error whose message is meant for the user, not a bug."""

    exit_code = 1


class UsageError(PurgehistError):
    """The call was wrong: unknown format, missing file, bad option (exit code 2)."""

    exit_code = 2


class PluginError(PurgehistError):
    """A plugin is broken: a misspelt hook, two plugins claiming one format name."""

    exit_code = 2


class DataError(PurgehistError):
    """The input or the dataset is invalid; :attr:`problems` lists every problem found."""

    exit_code = 1

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems = list(problems)
        self.source = source
        super().__init__(self._render())

    def _render(self) -> str:
        count = len(self.problems)
        head = f"{self.source}: " if self.source else ""
        noun = "problem" if count == 1 else "problems"
        lines = [f"{head}{count} {noun}"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)
