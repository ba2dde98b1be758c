"""Counting the work of a claim module's regular-expression scans: every call of a compiled
pattern (or of the ``re`` functions) the module makes is counted with the characters it is
handed, so a test can tell linear work from work that grows with the square of the text,
exactly and whatever the machine's speed."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest


class Scans:
    """Calls and characters handed to the scans of the modules :meth:`watch` instruments."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.chars = 0
        self._monkeypatch = monkeypatch

    def watch(self, module: ModuleType) -> None:
        """Count the scans of *module*'s compiled patterns and of its calls of ``re``."""
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                self._monkeypatch.setattr(module, name, _Counted(value, self))
            elif (
                isinstance(value, dict)
                and value
                and all(isinstance(v, re.Pattern) for v in value.values())
            ):
                counted = {k: _Counted(v, self) for k, v in value.items()}
                self._monkeypatch.setattr(module, name, counted)
        if getattr(module, "re", None) is re:
            self._monkeypatch.setattr(module, "re", _CountedRe(self))

    def add(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> None:
        self.calls += 1
        self.chars += max(0, min(endpos, len(string)) - pos)

    def work(self) -> int:
        """Characters handed to scans, and one for each call."""
        return self.calls + self.chars


class _Counted:
    """A compiled pattern whose scans are counted."""

    def __init__(self, pattern: re.Pattern[str], scans: Scans) -> None:
        self._pattern = pattern
        self._scans = scans

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._scans.add(string, pos, endpos)
        return self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._scans.add(string, pos, endpos)
        return self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._scans.add(string, pos, endpos)
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        self._scans.add(string, pos, endpos)
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._scans.add(string, pos, endpos)
        return self._pattern.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> Any:
        self._scans.add(string)
        return self._pattern.split(string, maxsplit)

    def sub(self, repl: Any, string: str, count: int = 0) -> Any:
        self._scans.add(string)
        return self._pattern.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


class _CountedRe:
    """The ``re`` module as a claim module sees it, its patterns' scans counted."""

    def __init__(self, scans: Scans) -> None:
        self._scans = scans

    def compile(self, pattern: str, flags: int = 0) -> _Counted:
        return _Counted(re.compile(pattern, flags), self._scans)

    def search(self, pattern: str, string: str, flags: int = 0) -> Any:
        return self.compile(pattern, flags).search(string)

    def match(self, pattern: str, string: str, flags: int = 0) -> Any:
        return self.compile(pattern, flags).match(string)

    def finditer(self, pattern: str, string: str, flags: int = 0) -> Iterator[Any]:
        return self.compile(pattern, flags).finditer(string)

    def findall(self, pattern: str, string: str, flags: int = 0) -> Any:
        return self.compile(pattern, flags).findall(string)

    def split(self, pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> Any:
        return self.compile(pattern, flags).split(string, maxsplit)

    def sub(self, pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0) -> Any:
        return self.compile(pattern, flags).sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def grows_linearly(work: list[int], sizes: list[int]) -> bool:
    """Whether *work* measured at *sizes* grows no faster than the size: the work per
    character at the largest size is at most a fifth above that at the smallest (a quadratic
    scan has ten times as much at ten times the size)."""
    return work[-1] * sizes[0] <= 1.2 * work[0] * sizes[-1]
