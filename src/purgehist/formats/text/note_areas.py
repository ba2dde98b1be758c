"""The notes area of a page: where it starts, and the notes in it.

A notes area is the run of lines at the foot of a page (or an endnotes section) in which
labelled lines follow one another in sequence (``n``, ``n + 1``…) and every other line carries
the note above it on. Labels are printed in many ways (``12 Text``, ``12. Text``, ``[12]
Text``, ``¹² Text``, a label alone on its line with the text below it, or, in plain
``pdftotext`` output, several labels on lines of their own before the texts). A line that opens
with a number out of sequence (``3 Stat. 305``) carries its note on. Where the area starts is
decided by the sequence and confirmed by the page's markers (see :mod:`.markers`), so numbered
examples, lists and headings in the running text are not taken for notes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.markers import SUPERSCRIPTS, superscript_value

__all__ = [
    "LOST",
    "AreaNote",
    "Label",
    "finished",
    "glued_initial",
    "note_texts",
    "read_label",
    "tabular",
]

_LABEL = re.compile(
    rf"^\s*(?:\[(?P<bracket>\d{{1,3}})\]|(?P<sup>[{SUPERSCRIPTS}]{{1,3}})|"
    r"(?P<num>\d{1,3})(?![.,]\d)(?:[.)](?!\S))?)"
    r"(?:\s+(?P<rest>\S.*)|\s*$|(?P<glued>(?=[A-ZÀ-ÝА-Я„“\"'«][^\W\d_]|\[[A-ZÀ-Ý])\S.*))"
)


LOST = 3
"""How many notes in a row may be lost (a gap in the numbering) and the sequence still hold."""
_FINISHED = re.compile(r"[.!?)\]”’\"»]\s*$|\d\s*$")
_CALLS_FOR_NUMBER = re.compile(
    r"(?:^|[\s(,;])(?:[Nn]os?|[Vv]ols?|pp?|[Nn]r|S|Bd|[Hh]eft|fols?|[Aa]rt|ch|chap|t)\.\s*$"
)
"""A line that ends in the abbreviation of a number's unit (``vol. 12, no.``) breaks before
that number: the note goes on, though the line ends in a full stop. The units are those that
citation styles put before a number (volume, issue, page, folio, article, chapter, tome, in
English, German and French abbreviations), not a list taken from any one document."""
_QUOTED_COMMA = re.compile(r"[,;:][”’\"»]\s*$")
_CELL = re.compile(r"^\(?[-–+]?\d+(?:[.,]\d+)?%?\)?$|^[-–—]$")
"""A table's cell: a figure (``12``, ``0.14``, ``(0.06)``, ``45%``) or a dash, with nothing of
a citation's punctuation after it (``45,``, ``12.``)."""
_BROKEN_WORD = re.compile(r"[^\W\d_]-\s*$")
_GLUED_FROM = 100
"""The smallest label read glued to an initial (:func:`glued_initial`)."""
_CELLS = 4
_CELL_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Label:
    """A note label at the start of a line, and the text after it (empty when alone)."""

    n: int
    rest: str
    style: str = "plain"
    """How the label is printed: ``plain`` (``12 Text`` or ``12`` alone), ``dot``
    (``12. Text``, ``12) Text``), ``bracket`` (``[12]``) or ``sup`` (``¹²``)."""


@dataclass(slots=True)
class AreaNote:
    """A note read from a notes area: its number, the index of its first line and its lines."""

    n: int
    first: int
    lines: list[int] = field(default_factory=list)
    """Indices of the lines that hold its text."""
    head: str = ""
    """The text on the label's own line."""


def read_label(text: str) -> Label | None:
    """The note label *text* opens with, or ``None``."""
    match = _LABEL.match(text)
    if match is None:
        return None
    digits = match["bracket"] or match["num"]
    n = int(digits) if digits else superscript_value(match["sup"] or "")
    if n is None or n == 0:
        return None
    if match["bracket"]:
        style = "bracket"
    elif match["sup"]:
        style = "sup"
    else:
        after = match[0].lstrip()[len(match["num"]) :][:1]
        style = "dot" if after and after in ".)" else "plain"
    return Label(n, (match["rest"] or match["glued"] or "").strip(), style)


def glued_initial(text: str, expected: int | None, before: str) -> Label | None:
    """The label *expected* glued to a note that opens with a one-letter word or an initial
    (``120A recent``, ``139E. D. Chapple``), as a word processor prints a long label in a
    narrow hanging indent; ``None`` otherwise.

    Read only where the sequence calls for that exact label, of three digits or more, and
    *before* (the line above, the end of the note before) reads finished: a shorter number
    glued so is a figure or a section (``3A and 3B``, ``12A of the Act``), not a label. A
    word broken at the end of *before* (``conversa-``) counts as finished too: its rest
    would open the line, and a number does not."""
    if expected is None or expected < _GLUED_FROM:
        return None
    if not (finished(before) or _BROKEN_WORD.search(before)):
        return None
    match = re.match(rf"\s*{expected}(?=[A-ZÀ-Ý](?:\s|\.\s))(\S.*)", text)
    return Label(expected, match[1].strip(), "plain") if match else None


def note_texts(
    area: Sequence[tuple[int, str]],
    first: int,
    unlabelled: Collection[int] = (),
    *,
    before: str = "",
) -> list[AreaNote]:
    """The notes of an area starting with label *first*, read in sequence: *area* holds
    ``(index, text)`` of its non-blank lines, the first of them labelled ``first``; the lines
    at *unlabelled* indices open with no label whatever their text (the PDF front end saw it);
    *before* is the end of the note read before the area (for :func:`glued_initial`).
    Labels that stand apart from their texts are put back by :mod:`.detached_labels`."""
    notes: list[AreaNote] = []
    expected = first
    last_text = before
    for index, text in area:
        label = (
            None
            if index in unlabelled
            else read_label(text) or glued_initial(text, expected, last_text)
        )
        if label is not None and (
            label.n == expected or (expected < label.n < expected + LOST and finished(last_text))
        ):
            notes.append(AreaNote(label.n, index, head=label.rest))
            expected = label.n + 1
        elif notes:
            notes[-1].lines.append(index)
        last_text = text
    return notes


def finished(text: str) -> bool:
    """Whether a note's text so far ends like a finished one (a full stop, a page number), not
    in an abbreviation that calls for a number (``no.``, ``vol.``, ``p.``, ``S.``) nor in a
    comma set inside closing quotes (``“Title,”``), after which the citation goes on."""
    return (
        _FINISHED.search(text) is not None
        and _CALLS_FOR_NUMBER.search(text) is None
        and _QUOTED_COMMA.search(text) is None
    )


def tabular(text: str) -> bool:
    """Whether *text* is a table's figures rather than a note: half of its words or more are
    cells (a note's page numbers are set off by commas and stops), and at least four."""
    words = text.split()
    cells = sum(1 for word in words if _CELL.match(word))
    return cells >= _CELLS and cells >= _CELL_SHARE * len(words)
