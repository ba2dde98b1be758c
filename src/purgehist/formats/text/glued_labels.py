"""A note label that plain ``pdftotext`` glues to the last running line of a page.

When the page's last running line ends in a word broken at a hyphen (``explic-``), plain
``pdftotext`` takes the first thing read after it, the label of the first footnote printed on a
line of its own, for the rest of the word: it drops the hyphen and writes the label on
(``Löscher explic13``), sometimes with the note's first line run on after it. The note's
text follows below, set off by a blank line, with no label of its own. This module finds such
a line at the foot of a page, so that the page model reads the label as the area's first and
gives the running line its hyphen back.
"""

from __future__ import annotations

import re
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass

from purgehist.formats.text.area_checks import repeats_a_label, tabular_note
from purgehist.formats.text.detached_labels import area_notes
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.note_areas import LOST, AreaNote, read_label
from purgehist.formats.text.trailing_labels import line_width

__all__ = ["GluedLabel", "glued_label", "glued_notes"]

_JOINED = 1.6
"""A line longer than this many usual lines is two lines joined at a hyphenated word."""

_GLUED = re.compile(
    r"^(?P<text>.*[^\W\d_][a-zß-ÿа-яё])(?P<n>\d{1,3})"
    r"(?:\s+(?P<rest>(?:[A-ZÀ-ÝА-ЯЁ„“«\"'(]|https?://|www\.).*?))?\s*$"
)
"""A line ending in a word in lower case with a number glued to it, and maybe the note's first
line run on after it (``manage20 A longitudinal study…``, ``neighbour8 http://…``): a label on
a broken word."""
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class GluedLabel:
    """Where the label stands: the position among the page's filled lines, its number and the
    running line as printed (its hyphen back)."""

    position: int
    n: int
    text: str
    rest: str = ""
    """The note's first line when pdftotext ran it on after the label."""


def glued_label(lines: Sequence[tuple[int, str]]) -> GluedLabel | None:
    """The label glued to the last running line of a page whose lines (``(index, text)`` of
    the non-blank ones) end in a notes area with no label: that line is followed by a blank
    line (or, when the note's first line runs on after the label, by the note's next line)
    and by fewer lines than stand above it, with words among them and no label."""
    for position in range(len(lines) - 1, 0, -1):
        index, text = lines[position]
        match = _GLUED.match(text.rstrip())
        if match is None:
            continue
        below = lines[position + 1 :]
        n = int(match["n"])
        if _joined(match, lines):
            # the note's first line is known: the notes below may follow it in sequence
            if any((label := read_label(t)) is not None and label.n <= n for _, t in below):
                return None
            return GluedLabel(position, n, match["text"] + "-", match["rest"])
        if not below or below[0][0] == index + 1:
            continue
        if len(below) >= position or not any(_WORD.search(t) for _, t in below):
            return None
        if any((label := read_label(t)) is not None and label.rest for _, t in below):
            return None
        return GluedLabel(position, n, match["text"] + "-", match["rest"] or "")
    return None


def glued_notes(
    lines: MutableSequence[SourceLine],
    kept: list[int],
    filled: list[int],
    last: int,
    *,
    joined: bool = False,
) -> tuple[list[int], int, list[AreaNote]] | None:
    """The running lines above the glued label of a page (*kept*, its non-blank ones
    *filled*), the line it is glued to, given its hyphen back in *lines*, and the notes of
    the area it opens, when the label comes next after note *last* (at most
    :data:`.note_areas.LOST` notes lost) and its marker stands above; *joined*: only a label
    with its note's first line run on after it, the very next note, the labels below going
    on from it (so it is tried before the labels alone below). ``None`` otherwise."""
    glued = glued_label([(k, lines[k].text) for k in filled])
    if glued is None or not last < glued.n <= last + LOST:
        return None
    if joined:
        below = [
            found.n for i in filled[glued.position + 1 :] if (found := read_label(lines[i].text))
        ]
        if not glued.rest or glued.n != last + 1 or below[:1] not in ([], [glued.n + 1]):
            return None
    k = filled[glued.position]
    head = f"{glued.n} {glued.rest}".strip()
    area = [(k, head), *((i, lines[i].text) for i in filled[glued.position + 1 :])]
    notes = area_notes(area, glued.n)
    above = [i for i in kept if i < k]
    texts = [lines[i].text for i in above] + [glued.text]
    hits = find_markers(texts, [note.n for note in notes])
    if not notes or hits[0] is None:
        return None
    if joined and (repeats_a_label(notes, lines) or tabular_note(notes[0], lines)):
        return None  # a table's row, or a label below printed twice: no notes area opens here
    line = lines[k]
    lines[k] = SourceLine(glued.text, line.page, line.line, line.kind, line.label_known)
    return above, k, notes


def _joined(match: re.Match[str], lines: Sequence[tuple[int, str]]) -> bool:
    """Whether the line of *match* is a running line and a note's first line joined at the
    hyphenated word the label is glued to: the note's text runs on after the label and the
    line is as long as two (the note's next line may then follow with no blank line)."""
    width = line_width([text for _, text in lines])
    return bool(match["rest"]) and width > 0 and len(match[0].strip()) > _JOINED * width
