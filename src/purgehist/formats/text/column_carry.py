"""A note carried on from the foot of one column to the foot of the next, in ``pdftotext
-layout`` text of a two-column page.

A note that does not fit under its column goes on at the foot of the next column, above that
column's own notes and with no label. Its lines keep the note's hanging indent: each note's
first line opens with its label at the column's edge and its later lines stand indented, and
so do the carried lines, indented as much past the next column's edge. Such lines are put
back after the note they carry on, when that note reads unfinished or when they are wider
than the running lines above them (notes are set in smaller type; a quotation set in at the
column's foot is narrower).
"""

from __future__ import annotations

import re

from purgehist.formats.text.lines import indent
from purgehist.formats.text.note_areas import finished, read_label

__all__ = ["carry_across", "set_off_carried"]

Part = list[tuple[int, str]]
"""A column's lines: the index of each line on the page and its text within the column."""

_GLUED = re.compile(r"\d{3}[A-ZÀ-Ý](?:\s|\.\s)\S")
"""A label of three digits glued to a one-letter word or an initial (``155A sender``), as a
word processor sets a long label; whether it opens the note the sequence calls for is the
page model's to tell (:func:`.note_areas.glued_initial`), here it only shapes the column."""
_HANG = (2, 6)
"""How far a note's later lines may stand indented past its label, in characters."""


def _labelled(text: str) -> bool:
    label = read_label(text.strip())
    return (label is not None and bool(label.rest)) or _GLUED.match(text.strip()) is not None


def _filled(part: Part) -> list[int]:
    return [p for p, (_, text) in enumerate(part) if text.strip()]


def _last_note(part: Part) -> tuple[int | None, str] | None:
    """The hanging indent of the last note at the foot of *part* (``None`` when it has one
    line) and its text so far, when the column ends in a note: a label, then lines indented
    alike past it."""
    tail: list[str] = []
    for p in reversed(_filled(part)):
        text = part[p][1]
        if _labelled(text):
            indents = {indent(t) for t in tail}
            hang = indents.pop() - indent(text) if len(indents) == 1 else None
            if tail and (hang is None or not _HANG[0] <= hang <= _HANG[1]):
                return None
            return hang, " ".join(t.strip() for t in [text, *reversed(tail)])
        tail.append(text)
    return None


def _foot_run(part: Part, hang: int | None) -> tuple[int, int] | None:
    """The positions in *part* of the lines at its foot that stand *hang* (when ``None``, two
    to six characters) further in than the line above them, down to the column's foot or to
    its own first note, whose label stands where that line does; ``None`` when there are
    none."""
    filled = _filled(part)
    for q in range(len(filled) - 1, 0, -1):
        base = indent(part[filled[q - 1]][1])
        own = indent(part[filled[q]][1])
        if not _hanging(own - base, hang):
            continue
        if _labelled(part[filled[q]][1]) or _labelled(part[filled[q - 1]][1]):
            continue
        r = q
        while r < len(filled) and indent(part[filled[r]][1]) == own:
            r += 1
        if r == len(filled) or (
            indent(part[filled[r]][1]) == base and _labelled(part[filled[r]][1])
        ):
            return filled[q], filled[r - 1] + 1
        return None
    return None


def _hanging(step: int, hang: int | None) -> bool:
    """Whether a line *step* characters further in than the one above is a note's later line
    (*hang* in, or, when not known, as far as a note's later lines may be)."""
    return step == hang if hang is not None else _HANG[0] <= step <= _HANG[1]


def carry_across(left: Part, right: Part) -> tuple[Part, Part]:
    """*left* and *right*, the two columns of a page's last band, with the lines at the foot
    of *right*'s running text that carry on *left*'s last note moved after that note (see
    the module); as they are when there are none."""
    note = _last_note(left)
    if note is None:
        return left, right
    hang, text = note
    run = _foot_run(right, hang)
    if run is None:
        return left, right
    start, stop = run
    # a note of one line shows no hanging indent, a finished note has no rest, and a single
    # indented line may be a paragraph's first: such lines must read as a note's
    if (hang is None or finished(text) or stop - start < 2) and not _wider(right, start, stop):
        return left, right
    return (
        [*left, *right[start:stop]],
        [*right[:start], *right[stop:]],
    )


def _wider(part: Part, start: int, stop: int) -> bool:
    """Whether the lines of *part* from *start* to *stop* hold more characters than its
    running lines above them: a note's smaller type, not a quotation set in."""
    carried = max(len(text.strip()) for _, text in part[start:stop])
    running = [len(t.strip()) for _, t in part[:start] if t.strip()]
    return bool(running) and carried > max(running)


def set_off_carried(part: Part) -> Part:
    """*part*, a page's first column, with a blank line put before the lines above its first
    note that stand indented as its notes' later lines do and have no label: the rest of the
    previous page's last note, which the page model reads as such when it is set off from
    the running text (pdftotext sets no blank line there where the other column has text).
    One such line must be wider than the running lines above it, not a paragraph's first."""
    filled = _filled(part)
    notes = [q for q, p in enumerate(filled) if _labelled(part[p][1])]
    if not notes or notes[0] < 2:
        return part
    first = notes[0]
    edge = indent(part[filled[first]][1])
    hang = None
    if first + 1 < len(filled):
        hang = indent(part[filled[first + 1]][1]) - edge
    if hang is None or not _HANG[0] <= hang <= _HANG[1]:
        return part
    start = first
    while start > 0 and indent(part[filled[start - 1]][1]) == edge + hang:
        start -= 1
    if start in (0, first):
        return part
    at = filled[start]
    # one line indented so may be a paragraph's first: a note's is wider (smaller type)
    one = first - start == 1 and not _wider(part, at, at + 1)
    if one or not part[at - 1][1].strip():
        return part
    return [*part[:at], (part[at][0], ""), *part[at:]]
