"""The text parser does work in proportion to its input: joining a line to a paragraph (or a
note) looks at the last characters only, never at the whole text so far. Work is counted in
characters scanned, not in seconds, so the test does not depend on the machine."""

from __future__ import annotations

import re

import pytest

from purgehist.formats.text import structure
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.text_buffer import TextBuffer

_LINE = "the party archives of the region hold reports, letters and minu-\n"
_END = "tes of meetings that were closed to readers for decades.\n"


class _Counting:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0
        self.calls = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        self.scanned += len(text)
        return self.pattern.search(text)


@pytest.fixture
def hyphenation(monkeypatch: pytest.MonkeyPatch) -> _Counting:
    counting = _Counting(structure._HYPHENATED)
    monkeypatch.setattr(structure, "_HYPHENATED", counting)
    return counting


def _paragraph(lines: int) -> str:
    body = "".join(_LINE if k % 3 else _END for k in range(lines))
    return f"Introduction\n\n{body}"


def _scanned(counting: _Counting, lines: int) -> tuple[int, int]:
    counting.scanned = counting.calls = 0
    parse_text(_paragraph(lines), file="long.txt", options=None)
    return counting.scanned, counting.calls


def test_joining_lines_scans_a_bounded_tail(hyphenation: _Counting) -> None:
    scanned, calls = _scanned(hyphenation, 2_000)
    assert calls >= 600
    assert scanned <= calls * 200  # the tail looked at, never the paragraph


def test_work_grows_linearly_with_the_paragraph(hyphenation: _Counting) -> None:
    small, _ = _scanned(hyphenation, 2_000)
    large, _ = _scanned(hyphenation, 8_000)
    assert 3.6 <= large / small <= 4.4


def test_long_notes_cost_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = {"chars": 0}
    tail = TextBuffer.tail

    def counting(self: TextBuffer, count: int) -> str:
        out = tail(self, count)
        seen["chars"] += len(out)
        return out

    monkeypatch.setattr(TextBuffer, "tail", counting)

    def scanned(lines: int) -> int:
        seen["chars"] = 0
        note = "".join(f"reports, letters and minutes of meeting {k}, and\n" for k in range(lines))
        parse_text(f"Body text.1\n\n1 {note}\n\fNext page.\n", file="note.txt")
        return seen["chars"]

    small, large = scanned(1_000), scanned(4_000)
    assert small <= 1_000 * 1_000  # bounded tails per line
    assert 3.6 <= large / small <= 4.4


def test_a_growing_buffer_keeps_its_text() -> None:
    buffer = TextBuffer()
    for piece in ("one ", "two  ", "", "three-"):
        buffer.add(piece)
    buffer.drop_last()
    assert buffer.tail(5) == "three"
    buffer.add("  ")
    buffer.rstrip()
    assert (buffer.value(), buffer.size) == ("one two  three", 14)
