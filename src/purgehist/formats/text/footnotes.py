"""Footnote markers in running text and the numbered lines of footnote areas."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from purgehist.formats.text.text_buffer import TextBuffer

__all__ = [
    "LETTERED",
    "MARKER_WINDOW",
    "SEGMENT",
    "Marker",
    "MarkerScanner",
    "RawNote",
    "chapter_heading",
    "heading_like",
    "match_note_start",
    "note_label",
    "printed_label",
    "printed_number",
    "split_merged",
]

MARKER_WINDOW = 5
"""How far ahead of the expected number a marker may jump (markers lost in extraction)."""

SEGMENT = 100_000
"""Notes are keyed ``segment * SEGMENT + n``: the segment counts restarts of the numbering
(per chapter), so keys stay unique while ``n`` is the printed number."""

LETTERED = 10**12
"""Notes labelled with letters or roman numerals (:mod:`.lettered_notes`) are keyed from here
on, in the order they are read, apart from every numbered note's key; their
:attr:`RawNote.label` is their printed label."""

_CHAPTER_HEAD = re.compile(
    r"^\s*(?:notes?\s+to\s+|anmerkungen\s+zu\s+|noten\s+bij\s+|notes\s+du\s+)?"
    r"(?:chapter|chap\.|kapitel|hoofdstuk|chapitre|part|teil|deel|partie)\s+"
    r"(?:\d{1,3}|[ivxlc]{1,6})\b(?![.,]\d)",
    re.IGNORECASE,
)

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A marker is a number glued to the end of a word or to closing punctuation ("reden.16",
# "Orlov10", "”68", ")65"), followed by a space, punctuation or the end of the line.
_CANDIDATE = re.compile(
    r"(?<=[^\W\d_]|[.,;:!?)\]”’\"'»])(\d{1,4})(?=[\s.,;:)\]”’\"']|$)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
)
# "2.1 Title" is a section number, never a note number: the number may not run on into ".1".
_NOTE_START = re.compile(r"^\s*(\d{1,4})(?![.,]\d)(?:[.)]\s*|\s+|(?=[A-ZÀ-Ý][a-zà-ÿ]))(\S.*)$")
_ENDS_LIKE_NOTE = re.compile(r"(?:[.!?;:)\]”’\"'»]|\d[a-z]?|\bf{1,2}\.?)\s*$")
_BACKREF_START = re.compile(
    r"^(?:ibid|idem|id\.|ebd|ebenda|eod\.|op\.\s*cit|loc\.\s*cit|a\.\s?a\.\s?o|t\.\s?a\.\s?p)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A footnote marker found in a body line: its columns and its number."""

    start: int
    end: int
    n: int


@dataclass(slots=True)
class RawNote:
    """A footnote as read from a footnote area: its number, first line, page and lines."""

    n: int
    line: int
    page: int
    parts: list[str] = field(default_factory=list)
    label: str | None = None
    """The printed label when it is no number (``a``, ``iv``)."""
    roman: bool = False
    """Whether :attr:`label` is a roman numeral (else a letter)."""
    _buffer: TextBuffer = field(default_factory=TextBuffer, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts, self.parts = self.parts, []
        for part in parts:
            self.append(part)

    def append(self, part: str) -> None:
        """Add a line, rejoining a word broken at the end of the previous one."""
        self.parts.append(part)
        piece = part.strip()
        out = self._buffer
        if not piece:
            return
        end = out.tail(2)
        if not out.size:
            out.add(piece)
        elif end[-1:] == "-" and end[-2:-1].isalpha() and piece[:1].islower():
            out.drop_last()
            out.add(piece)
        elif end.endswith(("-", "/")) and not end.endswith(" -"):
            out.add(piece)
        elif end[-1:] == "–" and end[-2:-1].isdigit() and piece[:1].isdigit():
            out.add(piece)  # a range of numbers broken at its dash ("68–" / "69")
        else:
            out.add(" ")
            out.add(piece)

    @property
    def text(self) -> str:
        """The note's lines joined, words broken at line ends rejoined."""
        return self._buffer.value()

    def looks_complete(self) -> bool:
        """Whether the text so far ends like a finished note (a full stop or a page number)."""
        tail = self._buffer.tail(3).rstrip()
        return bool(tail) and (tail[-1] in ".!?" or tail[-1].isdigit())


class MarkerScanner:
    """Find footnote markers in body lines, in sequence.

    A glued number counts as a marker only if it continues the sequence of markers seen so
    far (allowing for a few lost ones), so years, page numbers and figures in the text are not
    taken for markers.
    """

    def __init__(self, start: int = 1) -> None:
        self.last = start - 1
        self.last_note = start - 1
        self.segment = 0
        self.restart_ok = False
        """Set at a chapter heading: the numbering may start again from 1."""

    def scan(self, text: str) -> list[Marker]:
        """Markers in *text*, in order; advances the expected number. Each marker's ``n`` is
        its key (see :data:`SEGMENT`)."""
        found: list[Marker] = []
        for match in _CANDIDATE.finditer(text):
            digits = match[1] or match[2].translate(_SUPERSCRIPTS)
            start = match.start()
            if match[1] and _is_figure(text, start):
                continue
            n = int(digits)
            low = self.last + 1
            high = max(self.last, self.last_note) + MARKER_WINDOW
            if low <= n <= high:
                self.restart_ok = False
            elif self.restart_ok and 1 <= n <= MARKER_WINDOW and n < low:
                self.restart_ok = False
                self.segment += 1
                self.last_note = 0
            else:
                continue
            found.append(Marker(start, match.end(), self.segment * SEGMENT + n))
            self.last = n
        return found


def chapter_heading(text: str) -> bool:
    """Whether *text* is a chapter heading after which note numbers may start again
    (``CHAPTER 5``, ``Kapitel 3: …``, ``Notes to chapter 2``)."""
    return _CHAPTER_HEAD.match(text) is not None


def printed_number(key: int) -> int:
    """The printed number of a note key."""
    return key % SEGMENT


def printed_label(key: int, note: RawNote | None) -> str:
    """The label of the note keyed *key* as printed: its number, or its letter."""
    if note is not None and note.label is not None:
        return note.label
    return str(printed_number(key))


def note_label(key: int, restarted: bool, note: RawNote | None = None) -> str:
    """A label unique in the document: the printed number, prefixed by the chapter
    (``c2_5``) when the document's numbering starts again per chapter; a lettered note's
    label after its place among the lettered notes (``t3_b``; a symbol's ``t4_u2020``)."""
    if note is not None and note.label is not None:
        # a symbol (∗, †) is named by its code point, so the label can be part of an id
        name = "".join(c if c.isalnum() else f"u{ord(c):x}" for c in note.label)
        return f"t{key - LETTERED + 1}_{name}"
    if not restarted:
        return str(key)
    return f"c{key // SEGMENT + 1}_{key % SEGMENT}"


def _is_figure(text: str, start: int) -> bool:
    """``200.000``, ``3,5``: digits after a separator that follow a short number are a figure;
    after a year (``in 1937.129``) they are a marker."""
    if start < 2 or text[start - 1] not in ".," or not text[start - 2].isdigit():
        return False
    run = 0
    while start - 2 - run >= 0 and text[start - 2 - run].isdigit():
        run += 1
    return run <= 3


def match_note_start(text: str) -> tuple[int, str] | None:
    """``(n, rest)`` when *text* opens like a footnote (``12 Ibidem, 4.``), else ``None``."""
    match = _NOTE_START.match(text)
    if match is None:
        return None
    return int(match[1]), match[2]


def split_merged(notes: list[RawNote]) -> list[RawNote]:
    """Split notes that extraction ran together on one line (``77. 27 Werth, …``): a sentence
    end followed by the next footnote number, when no note of that number was found."""
    numbers = {note.n for note in notes}
    result: list[RawNote] = []
    for note in notes:
        n, text = note.n, note.text
        while n + 1 not in numbers:
            match = re.search(
                rf"(?<=[.!?;)”’\"»])\s+{(n + 1) % SEGMENT}"
                rf"(?:\.?\s+|(?=[A-ZÀ-Ý][a-zà-ÿ]))(?=[A-ZÀ-ÝА-Я‘“„«\"'])",
                text,
            )
            if match is None:
                break
            result.append(
                RawNote(n=n, line=note.line, page=note.page, parts=[text[: match.start()]])
            )
            n, text = n + 1, text[match.end() :]
            numbers.add(n)
        result.append(
            note if n == note.n else RawNote(n=n, line=note.line, page=note.page, parts=[text])
        )
    return result


def heading_like(rest: str) -> bool:
    """Whether the text after a leading number reads like a numbered heading (``1. The Closed
    Archive``) rather than a footnote: capitalised, short, and ending without the full stop,
    page number or closing quote that ends a note."""
    text = rest.strip()
    if not text or not (text[0].isupper() or text[0] in "‘“\"'«„"):
        return False
    if _BACKREF_START.match(text) or _ENDS_LIKE_NOTE.search(text):
        return False
    return len(text.split()) <= 16 and len(text) <= 120
