"""Pages of extracted text: page numbers, running heads and footnote areas taken out of the flow."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.footnotes import (
    SEGMENT,
    Marker,
    MarkerScanner,
    RawNote,
    chapter_heading,
    heading_like,
    match_note_start,
    split_merged,
)

__all__ = ["BodyLine", "Layout", "Page", "is_double_spaced", "split_pages"]

_RULE = re.compile(r"^\s*[_\-–—=*·.]{8,}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,6})\s*[-–—]?\s*$", re.IGNORECASE)
_HEAD_WITH_NUMBER = re.compile(r"^\s*(?:(\d{1,4})\s+)?(.*?\D)(?:\s+(\d{1,4}))?\s*$")
# A head set apart by layout alone: indented far, with the page number far off to the right
# ("                NOTES TO PAGES 87–89                    213"), even when printed only once.
_SET_OFF_HEAD = re.compile(r"^\s{12,}(?P<core>\S(?:\S| (?=\S)){2,70})\s{6,}(?P<page>\d{1,4})\s*$")
_BACKREF_WORDS = re.compile(
    r"^(?:ibid|idem|id\.|ebd|ebenda|op\.|loc\.|a\.w|t\.a\.p)", re.IGNORECASE
)


@dataclass(slots=True)
class BodyLine:
    """A line of running text (or a heading) with where it sits."""

    no: int
    text: str
    gap: int
    """Blank lines before it."""
    page: int
    page_start: bool
    """First line of its page."""
    markers: list[Marker] = field(default_factory=list)


@dataclass(slots=True)
class Page:
    """A printed page: the number printed on it, if any was found."""

    printed: str | None = None
    line: int | None = None


@dataclass(slots=True)
class Layout:
    """The text split into running lines, footnotes and pages."""

    body: list[BodyLine]
    notes: list[RawNote]
    pages: list[Page]
    double_spaced: bool
    running_heads: int = 0

    def page_labels(self) -> list[str]:
        """The number of each page: as printed, else counted from the nearest printed one."""
        anchors = [
            (i, int(p.printed))
            for i, p in enumerate(self.pages)
            if p.printed and p.printed.isdigit()
        ]
        labels: list[str] = []
        k = 0
        for i, page in enumerate(self.pages):
            if page.printed:
                labels.append(page.printed)
                continue
            while k < len(anchors) and anchors[k][0] < i:
                k += 1
            before = anchors[k - 1] if k > 0 else None
            after = anchors[k] if k < len(anchors) else None
            if before and (after is None or i - before[0] <= after[0] - i):
                labels.append(str(before[1] + i - before[0]))
            elif after and after[1] - (after[0] - i) >= 1:
                labels.append(str(after[1] - (after[0] - i)))
            else:
                labels.append(str(i + 1))
        return labels


def is_double_spaced(lines: Sequence[str]) -> bool:
    """Whether every line is followed by a blank one (a common PDF-extraction artefact)."""
    text_lines = followed = 0
    for i in range(len(lines) - 2):
        if lines[i].strip():
            text_lines += 1
            if not lines[i + 1].strip() and lines[i + 2].strip():
                followed += 1
    return text_lines >= 10 and followed >= 0.5 * text_lines


def _running_heads(lines: Sequence[str]) -> set[str]:
    """Short lines repeated on many pages (with or without a page number)."""
    counts: Counter[str] = Counter()
    for line in lines:
        stripped = line.strip()
        if not 4 <= len(stripped) <= 80:
            continue
        match = _HEAD_WITH_NUMBER.match(stripped)
        if match is None:
            continue
        core = match[2].strip()
        if len(core) < 4 or re.search(r"\d", core) or core.endswith((".", ",", ";")):
            continue
        if _BACKREF_WORDS.match(core) or len(core.split()) < 2:
            continue
        counts[core.casefold()] += 1
    return {core for core, count in counts.items() if count >= 3}


def _strip_head(line: str, heads: set[str]) -> tuple[bool, str | None]:
    set_off = _SET_OFF_HEAD.match(line)
    if set_off is not None and not set_off["core"].endswith((".", ",", ";", ":")):
        return True, set_off["page"]
    match = _HEAD_WITH_NUMBER.match(line.strip())
    if match is None or match[2].strip().casefold() not in heads:
        return False, None
    return True, match[1] or match[3]


class _Splitter:
    def __init__(self, lines: Sequence[str], skip: set[int]) -> None:
        self.lines = lines
        self.skip = skip
        self.double = is_double_spaced(lines)
        self.heads = _running_heads(lines)
        first = _first_note_number(lines)
        self.scanner = MarkerScanner(first)
        self.note_last = first - 1
        """Printed number of the last note read (``first - 1`` before any)."""
        self.note_segment = 0
        self.note_restart_ok = False
        self.body: list[BodyLine] = []
        self.notes: list[RawNote] = []
        self.pages: list[Page] = [Page()]
        self.page_has_content = False
        self.page_start = True
        self.last_page_number: int | None = None
        self.last_page_line = 0
        self.running_heads = 0

    def new_page(self) -> None:
        if self.page_has_content:
            self.pages.append(Page())
            self.page_has_content = False
            self.page_start = True

    def page_number(self, value: str, no: int) -> None:
        page = self.pages[-1]
        if self.page_has_content and page.printed is None:
            page.printed, page.line = value, no
            self.new_page()
        elif not self.page_has_content:
            page.printed, page.line = value, no
        else:
            self.new_page()
            self.pages[-1].printed, self.pages[-1].line = value, no

    def plausible_page(self, text: str, no: int, prev: str) -> str | None:
        match = _PAGE_NUMBER.match(text)
        if match is None or prev.rstrip().endswith(("-", "–", ",")):
            return None
        value = match[1]
        if not value.isdigit():
            return value.lower() if self.last_page_number is None and no < 400 else None
        n = int(value)
        if self.last_page_number is None:
            ok = 1 <= n <= 2 + no // 8
        else:
            ok = (
                self.last_page_number
                < n
                <= self.last_page_number + 2 + (no - self.last_page_line) // 10
            )
        return value if ok else None

    def next_nonblank(self, i: int) -> int | None:
        for j in range(i + 1, min(len(self.lines), i + 6)):
            if self.lines[j].strip():
                return j
        return None

    def note_start_ok(self, n: int, in_notes: bool, gap: int) -> bool:
        last_note = self.note_last
        if n <= last_note:
            # after a chapter heading the numbering may start again
            return self.note_restart_ok and n <= 3 and (in_notes or gap >= 1 or self.double)
        if in_notes:
            return n <= max(self.scanner.last + 1, last_note + 3)
        if n > max(self.scanner.last + 1, last_note + 1):
            return False
        if self.double:
            return gap == 0 and bool(self.body)
        return gap >= 1 and n <= self.scanner.last

    def run(self) -> Layout:
        lines = self.lines
        in_notes = False
        resume = False
        """Set at a running head that cut a note short: the next line carries it on."""
        note_last_read = False
        """Whether the last line of text read belonged to a note."""
        gap = 0
        prev = ""
        for i, raw in enumerate(lines):
            no = i + 1
            if no in self.skip:
                continue
            if "\f" in raw:
                in_notes = False
                self.new_page()
                raw = raw.replace("\f", "")
            stripped = raw.strip()
            if not stripped:
                j = self.next_nonblank(i)
                start = match_note_start(lines[j]) if j is not None else None
                if len(raw) >= 20 and start is not None and self.note_start_ok(start[0], True, 1):
                    in_notes = True  # a footnote rule that extraction turned into spaces
                elif in_notes and not (start and self.note_start_ok(start[0], True, 1)):
                    in_notes = False
                    self.new_page()
                gap += 1
                continue
            if _RULE.match(raw):
                in_notes = True
                gap = 0
                continue
            is_head, head_number = _strip_head(raw, self.heads)
            if is_head:
                self.running_heads += 1
                if head_number:
                    self.page_number(head_number, no)
                else:
                    self.new_page()
                resume = note_last_read and self.note_runs_on(i)
                in_notes = False
                gap = 0
                continue
            if resume:
                resume = False
                self.notes[-1].append(raw)
                in_notes = True
                gap = 0
                prev = raw
                continue
            number = self.plausible_page(raw, no, prev)
            if number is not None and not (in_notes and not self.notes[-1].looks_complete()):
                if number.isdigit():
                    self.last_page_number, self.last_page_line = int(number), no
                self.page_number(number, no)
                in_notes = False
                gap = 0
                continue
            start = match_note_start(raw)
            if start is not None and not in_notes and self.numbered_heading(i, start[1]):
                start = None
            if start is not None and self.note_start_ok(start[0], in_notes, gap):
                if start[0] <= self.note_last:
                    self.note_segment += 1
                self.note_restart_ok = False
                self.note_last = start[0]
                key = self.note_segment * SEGMENT + start[0]
                note = RawNote(n=key, line=no, page=len(self.pages) - 1, parts=[start[1]])
                self.notes.append(note)
                if self.note_segment == self.scanner.segment:
                    self.scanner.last_note = start[0]
                self.page_has_content = True
                in_notes = note_last_read = True
                gap = 0
                prev = raw
                continue
            if chapter_heading(stripped) and _short_heading(stripped):
                self.note_restart_ok = True
                self.scanner.restart_ok = True
                if in_notes:
                    in_notes = False
                    self.new_page()
            elif in_notes:
                if self.continues_note(i, raw):
                    self.notes[-1].append(raw)
                    note_last_read = True
                    gap = 0
                    prev = raw
                    continue
                in_notes = False
                self.new_page()
            elif self.double and gap == 0 and self.body and raw[:1].isspace():
                self.new_page()  # a page whose footnote area was lost: its first line is glued on
            self.body.append(
                BodyLine(
                    no=no,
                    text=raw.rstrip(),
                    gap=gap,
                    page=len(self.pages) - 1,
                    page_start=self.page_start,
                    markers=self.scanner.scan(raw.rstrip()),
                )
            )
            self.page_start = False
            self.page_has_content = True
            note_last_read = False
            gap = 0
            prev = raw
        return Layout(
            body=self.body,
            notes=split_merged(self.notes),
            pages=self.pages if self.page_has_content else self.pages[:-1] or self.pages,
            double_spaced=self.double,
            running_heads=self.running_heads,
        )

    def numbered_heading(self, i: int, rest: str) -> bool:
        """Whether line *i*, outside a footnote area, is a numbered heading standing alone."""
        following = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        return (self.double or not following.strip()) and heading_like(rest)

    def note_runs_on(self, i: int) -> bool:
        """Whether the note cut short by the running head on line *i* goes on below it: the
        note reads unfinished, the next line opens no note, and the line after that opens the
        next one (so the lines below the head are notes, not running text)."""
        if not self.notes or self.notes[-1].looks_complete():
            return False
        j = self.next_nonblank(i)
        if j is None or match_note_start(self.lines[j]) is not None:
            return False
        k = self.next_nonblank(j)
        start = match_note_start(self.lines[k]) if k is not None else None
        return start is not None and self.note_last < start[0] <= self.note_last + 3

    def continues_note(self, i: int, raw: str) -> bool:
        if not self.notes:
            return False
        note = self.notes[-1]
        if not self.double:
            return True
        if raw[:1].isspace() and note.looks_complete():
            return False
        following = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        return bool(following.strip()) or i + 1 >= len(self.lines)


def _short_heading(text: str) -> bool:
    return len(text.split()) <= 12 and not text.endswith((".", ",", ";"))


def _first_note_number(lines: Sequence[str]) -> int:
    """The number of the first note under the first footnote rule (a chapter of a longer work
    starts its notes at 231), or 1."""
    for i, line in enumerate(lines):
        if not _RULE.match(line):
            continue
        for following in lines[i + 1 : i + 4]:
            if following.strip():
                start = match_note_start(following)
                return start[0] if start is not None and start[0] > 1 else 1
        return 1
    return 1


def split_pages(lines: Sequence[str], skip: set[int] | None = None) -> Layout:
    """Split *lines* into running text, footnotes and pages; *skip* holds line numbers to leave
    out (a table of contents)."""
    return _Splitter(lines, skip or set()).run()
