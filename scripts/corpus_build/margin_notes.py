"""Side notes set by hand in the margin (``\\marginnote``), as editions in the Tufte style set
them where LaTeX cannot place a note itself: the note opens with its number
(``\\marginnote{\\textsuperscript{14} Text}``), answering a number raised by hand in the running
text (``\\textsuperscript{14}``), and a note that runs over a page goes on in a margin note
without a number on the next page (``…, pol-}`` then ``\\marginnote{itical leanings…}``).
The LaTeX scanner counts ``\\footnote`` only; this rewrites such a body so that it sees those
notes as they are printed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from corpus_build.latex_source import skip_ws
from corpus_build.latex_text import latex_to_text
from corpus_build.preamble import find_group

NUMBER = re.compile(r"\s*\\textsuperscript\s*\{\s*(\d+)\s*\}")
COUNTER = re.compile(r"\s*\\setcounter\s*\{\s*footnote\s*\}\s*\{\s*(\d+)\s*\}")
CHAPTER = re.compile(r"\\(?:chapter|part|PGPAPER)(?![A-Za-z])")
"""A heading no note runs over: it starts a page, and the numbering with it."""
FINISHED = re.compile(r"[.?!)\]”’\"'…]$")
"""How a note's text ends when nothing of it is left for the next page."""


@dataclass
class _Note:
    """A note command of the body: ``\\footnote`` (or a note macro) or ``\\marginnote``."""

    start: int
    end: int
    inner: tuple[int, int]
    """Where the note's text stands (after a margin note's number and counter setting)."""
    margin: bool
    number: str | None = None
    counter: str | None = None
    more: list[str] = field(default_factory=list)
    """The texts of the margin notes that carry this note over to later pages."""


def _notes(body: str, macros: Iterable[str]) -> list[_Note]:
    names = "|".join(re.escape(m) for m in sorted({*macros, "footnote", "marginnote"}))
    found: list[_Note] = []
    for m in re.finditer(r"\\(" + names + r")(?![A-Za-z@])", body):
        if found and m.start() < found[-1].end:
            continue  # a note inside a note
        j = skip_ws(body, m.end())
        if body[j : j + 1] == "[":
            opt = find_group(body, j, "[", "]")
            j = skip_ws(body, opt[1]) if opt else j
        group = find_group(body, j)
        if group is None:
            continue
        note = _Note(m.start(), group[1], (group[0], group[1] - 1), m.group(1) == "marginnote")
        if note.margin:
            text = body[note.inner[0] : note.inner[1]]
            num = NUMBER.match(text)
            if num:
                note.number = num.group(1)
                cnt = COUNTER.match(text, num.end())
                note.counter = cnt.group(1) if cnt else None
                note.inner = (note.inner[0] + (cnt or num).end(), note.inner[1])
        found.append(note)
    return found


def join_over_page(text: str, more: Iterable[str]) -> str:
    """*text* with the parts *more* that carry it over to later pages: a word broken at the
    page's end (``pol-`` + ``itical``) joined again, other parts after a space."""
    for part in more:
        head, part = text.rstrip(), part.strip()
        if re.search(r"[^\W\d_]-$", head) and part[:1].islower():
            text = head[:-1] + part
        else:
            text = head + " " + part
    return text


def unfinished(text: str) -> bool:
    """Whether the note *text* (LaTeX) breaks off, to go on in the margin of the next page:
    it ends in a hyphen or without closing punctuation, or leaves a quotation open."""
    plain = latex_to_text(text).strip()
    return not FINISHED.search(plain) or plain.count("“") > plain.count("”")


def _marker(body: str, number: str, lo: int, hi: int, taken: set[int], notes: list[_Note]) -> int:
    """The start of the last ``\\textsuperscript{number}`` of the running text between *lo*
    and *hi* not *taken*, or -1."""
    pattern = r"\\textsuperscript\s*\{\s*" + number + r"\s*\}"
    for m in reversed(list(re.finditer(pattern, body[lo:hi]))):
        at = lo + m.start()
        if at not in taken and not any(n.start <= at < n.end for n in notes):
            return at
    return -1


def hand_set_notes(body: str, macros: Iterable[str] = ()) -> str:
    """*body* with its hand-set side notes written as ``\\footnote[number]{text}`` at the
    number raised in the running text (where the margin note stands if none is found), a
    counter setting inside the margin note kept where it was, the margin notes without a
    number joined to the note they carry over (the note before them when it is
    ``unfinished``, unless a chapter starts in between), and other margin notes (side remarks,
    a chapter's links) left out as no running text.
    A body none of whose margin notes opens with a number is returned as it is: its margin
    notes are side notes of their own, without a label."""
    notes = _notes(body, macros)
    if not any(n.number for n in notes):
        return body
    edits: list[tuple[int, int, str]] = []
    last: _Note | None = None
    for n in notes:
        text = body[n.inner[0] : n.inner[1]]
        if not n.margin or n.number:
            last = n
        elif (
            last is not None
            and not CHAPTER.search(body, last.end, n.start)
            and unfinished(join_over_page(body[last.inner[0] : last.inner[1]], last.more))
            and re.search(r"\w", latex_to_text(text))
        ):
            last.more.append(text)
    taken: set[int] = set()
    for n in notes:
        text = join_over_page(body[n.inner[0] : n.inner[1]], n.more)
        if not n.margin:
            if n.more:
                edits.append((n.inner[0], n.inner[1], text))
            continue
        if n.number is None:
            edits.append((n.start, n.end, ""))
            continue
        chapter = [m.end() for m in CHAPTER.finditer(body, 0, n.start)]
        at = _marker(body, n.number, chapter[-1] if chapter else 0, n.start, taken, notes)
        note = f"\\footnote[{n.number}]{{{text}}}"
        counter = f"\\setcounter{{footnote}}{{{n.counter}}}" if n.counter else ""
        if at < 0:
            edits.append((n.start, n.end, note + counter))
            continue
        taken.add(at)
        raised = NUMBER.match(body, at)
        assert raised is not None  # _marker found it there
        edits.append((at, raised.end(), note))
        edits.append((n.start, n.end, counter))
    for start, end, new in sorted(edits, reverse=True):
        body = body[:start] + new + body[end:]
    return body
