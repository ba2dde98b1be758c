"""RIS text → records of tagged values, each with its line: line endings of any kind, a byte
order mark, loosely spaced tags and untagged continuation lines are all read; the tag grammar
itself is :mod:`rispy`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from rispy import RisParser
from rispy.config import TAG_KEY_MAPPING

from purgehist.diagnostics import Diagnostics

__all__ = ["RisRecord", "split_records"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# "TY  - JOUR" as the standard has it; exporters also write one space, or none after "-".
_TAGGED = re.compile(r"^[ \t]*([A-Z][A-Z0-9]) {1,2}-[ \t]?(.*)$")


@attrs.frozen
class RisRecord:
    """One record (``TY`` … ``ER``): its values by tag, in file order, and where each tag is."""

    line: int
    """The line of its ``TY``."""
    type: str
    """Its ``TY`` code: ``JOUR``, ``BOOK``…"""
    values: dict[str, list[str]]
    """The values of every other tag, repeated tags in order."""
    lines: dict[str, int]
    """The line each tag is first met on."""


def _parser() -> RisParser:
    """rispy's parser keeping every tag under its own name, repeated tags as lists."""
    return RisParser(
        mapping={tag: tag for tag in TAG_KEY_MAPPING},
        list_tags=[tag for tag in TAG_KEY_MAPPING if tag not in ("TY", "ER")],
        delimiter_tags_mapping={},
    )


class _Lines:
    """The tagged lines of a RIS text, continuation lines joined, records closed."""

    def __init__(self, name: str, found: Diagnostics) -> None:
        self.name = name
        self.found = found
        self.tagged: list[tuple[int, str, str]] = []
        self.stray: list[tuple[int, str]] = []
        self.in_record = False

    def close(self, number: int, why: str) -> None:
        self.found.warning("ris-unclosed-record", why, f"{self.name}:{number}")
        self.tagged.append((number, "ER", ""))
        self.in_record = False

    def add(self, number: int, line: str) -> None:
        match = _TAGGED.match(line)
        if match is None:
            if not line.strip():
                return
            if self.in_record and self.tagged:
                at, tag, value = self.tagged[-1]
                self.tagged[-1] = (at, tag, f"{value} {line.strip()}".strip())
            else:
                self.stray.append((number, line.strip()))
            return
        tag, value = match[1], (match[2] or "").strip()
        if tag == "TY":
            if self.in_record:
                self.close(number, "a record starts before the one above ends ('ER  -')")
            self.in_record = True
        elif not self.in_record:
            self.stray.append((number, line.strip()))
            return
        elif tag == "ER":
            self.in_record = False
        self.tagged.append((number, tag, value))


def _tagged_lines(text: str, name: str, found: Diagnostics) -> list[tuple[int, str, str]]:
    """``(line, tag, value)`` for each tagged line; text outside a record is reported (kept
    in the warning), never dropped unseen."""
    lines = _Lines(name, found)
    number = 0
    for number, raw in enumerate(_LINE_BREAK.split(text), 1):
        lines.add(number, raw.replace("\ufeff", ""))
    if lines.in_record:
        lines.close(number, "the last record has no 'ER  -'; it is read to the end of the file")
    if lines.stray:
        found.warning(
            "ris-outside-record",
            f"{len(lines.stray)} line(s) outside any record (not between 'TY' and 'ER') not read",
            f"{name}:{lines.stray[0][0]}",
            raw="\n".join(text for _, text in lines.stray),
        )
    return lines.tagged


def split_records(text: str, name: str, found: Diagnostics) -> Iterator[RisRecord]:
    """The records of RIS *text*, in file order; problems of its layout told to *found*.

    >>> found = Diagnostics()
    >>> text = "\\ufeffTY  - BOOK\\r\\nAU  - Conquest, Robert\\rTI  - The Great\\n  Terror\\nER  -"
    >>> [(r.line, r.type, r.values) for r in split_records(text, "x.ris", found)]
    [(1, 'BOOK', {'AU': ['Conquest, Robert'], 'TI': ['The Great Terror']})]
    """
    tagged = _tagged_lines(text, name, found)
    parsed = _parser().parse_lines(f"{tag}  - {value}" for _, tag, value in tagged)
    starts = [i for i, (_, tag, _) in enumerate(tagged) if tag == "TY"]
    for record, start in zip(parsed, starts, strict=True):
        first: dict[str, int] = {}
        for number, tag, _ in tagged[start:]:
            if tag == "ER":
                break
            first.setdefault(tag, number)
        values = {k: v for k, v in record.items() if k not in ("TY", "UK")}
        for tag, extra in record.get("UK", {}).items():
            values[tag] = list(extra)
        kind = str(record.get("TY", "")).strip().upper()
        yield RisRecord(line=tagged[start][0], type=kind, values=values, lines=first)
