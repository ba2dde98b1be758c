"""Notes sections whose labels plain ``pdftotext`` printed apart from their texts.

A label set in a frame or a column of its own (as some typesetters set endnote labels) comes
out of plain ``pdftotext`` on a line of its own between blank lines, wherever its reading order
puts it: before its note's text, after the text's first paragraph, or among the texts around.
The texts keep their order and part at blank lines. So the notes are read by sharing the
paragraphs out among the labels in order, each note taking one paragraph or more, so that each
label stands beside its note's text, and in the same place beside it as most labels do: the
cuts cost the least where they part paragraphs, more where a line ends a sentence inside one,
and most where a page break falls inside a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.note_areas import LOST, AreaNote, finished, read_label

__all__ = ["apart_notes", "lone_label"]

_KEPT = 1.0
"""The cost of leaving two paragraphs in one note (a note of several paragraphs is rarer)."""
_INSIDE = 1.5
"""The cost of starting a note inside a paragraph, after a line that ends a sentence."""
_STRAY = 3.0
"""The cost, per paragraph, of a label standing away from its note's text."""
_ASIDE = 0.3
"""The cost of a label beside its text in another place than most labels of the section."""
_REACH = 4
"""How many paragraphs away from its label a note's text may start."""


@dataclass(slots=True)
class _Piece:
    """A run of lines that one note's text may start with: its line indices, and the cost of
    starting a note there (``None``: a note cannot start there) and of not doing so."""

    lines: list[int] = field(default_factory=list)
    cut: float = 0.0
    kept: float = _KEPT


def lone_label(text: str) -> int | None:
    """The number of a label alone on its line, with at most the punctuation that opens its
    note's text (``4 “``), or ``None``."""
    label = read_label(text)
    if label is None or label.style == "dot" or any(c.isalnum() for c in label.rest):
        return None
    return label.n


def apart_notes(lines: Sequence[SourceLine], indices: Sequence[int]) -> list[AreaNote] | None:
    """The notes of a section (*indices* into *lines*, blank lines among them) whose labels
    stand apart from their texts: the labels alone, in order, name its notes. ``None`` when
    no reading gives each label a text of its own (more labels than paragraphs)."""
    pieces: list[_Piece] = []
    at: list[tuple[int, int]] = []
    """``(number, pieces before it)`` of each label alone."""
    parted = True
    previous: SourceLine | None = None
    for k in indices:
        line = lines[k]
        if not line.text.strip():
            parted = True
            continue
        n = lone_label(line.text)
        if n is not None:
            if not at or at[-1][0] < n <= at[-1][0] + LOST + 1:
                at.append((n, len(pieces)))
            parted = True
            continue
        if previous is not None and previous.page != line.page and not finished(previous.text):
            pieces.append(_Piece([k], cut=2 * _KEPT + _INSIDE, kept=0.0))
        elif parted or not pieces:
            pieces.append(_Piece([k]))
        elif finished(previous.text if previous else "") and line.text[:1].isupper():
            pieces.append(_Piece([k], cut=_INSIDE, kept=0.0))
        else:
            pieces[-1].lines.append(k)
        parted = False
        previous = line
    if not at or not pieces:
        return []
    starts = _shared(pieces, [p for _, p in at])
    if starts is None:
        return None
    notes = []
    for (n, _), start, stop in zip(at, starts, [*starts[1:], len(pieces)], strict=True):
        covered = [k for piece in pieces[start:stop] for k in piece.lines]
        notes.append(AreaNote(n, covered[0], lines=covered))
    return notes


def _shared(pieces: list[_Piece], places: list[int]) -> list[int] | None:
    """The first piece of each note, the labels standing before *places* pieces: the
    cheapest reading with the labels before their texts or after their first pieces, as
    most of them stand (a typesetter places them all alike)."""
    readings = [_cheapest(pieces, places, usual) for usual in ("after", "before")]
    found = [reading for reading in readings if reading is not None]
    return min(found)[1] if found else None


def _side(place: int, start: int, stop: int) -> str:
    return "before" if place == start else "after" if place == start + 1 else "elsewhere"


def _cheapest(
    pieces: list[_Piece], places: list[int], usual: str
) -> tuple[float, list[int]] | None:
    """The cost and first pieces of the notes' cheapest reading (see the module), the labels
    standing *usual* as a rule; ``None`` when there is none (more labels than pieces)."""
    m, count = len(pieces), len(places)
    if count > m:
        return None
    kept = [0.0]
    for piece in pieces:
        kept.append(kept[-1] + piece.kept)

    def span(j: int, start: int, stop: int) -> float:
        """The cost of note *j* taking pieces ``start`` to ``stop - 1``."""
        place = places[j]
        if place < start:
            label = _STRAY * (start - place)
        elif place > stop:
            label = _STRAY * (place - stop)
        else:
            label = 0.0 if _side(place, start, stop) == usual else _ASIDE
        return label + kept[stop] - kept[start + 1]

    def window(j: int) -> range:
        low = max(j, places[j] - _REACH)
        high = min(m - (count - j), places[j] + _REACH)
        return range(low, high + 1)

    best: list[dict[int, tuple[float, int]]] = [{0: (0.0, -1)}]
    for j in range(1, count):
        row: dict[int, tuple[float, int]] = {}
        for start in window(j):
            cut = pieces[start].cut
            options = [
                (cost + span(j - 1, before, start) + cut, before)
                for before, (cost, _) in best[j - 1].items()
                if before < start
            ]
            if options:
                row[start] = min(options)
        if not row:
            return None
        best.append(row)
    final = min(
        ((cost + span(count - 1, start, m), start) for start, (cost, _) in best[-1].items()),
        default=None,
    )
    if final is None:
        return None
    starts = [final[1]]
    for j in range(count - 1, 0, -1):
        starts.append(best[j][starts[-1]][1])
    return final[0], starts[::-1]
