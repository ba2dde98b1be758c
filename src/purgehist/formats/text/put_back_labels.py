"""Labels that extraction printed away from their note's first line, put back above it.

Plain ``pdftotext`` may print a label after its page's notes (:mod:`.trailing_labels`), and
``pdftotext -layout`` a label on the line below its note's first line
(:mod:`.lowered_labels`). Both are put back in place in the page's lines before its notes area
is looked for; each returns the lines as they were, so that the page model can undo the move
when no notes area is found with it.
"""

from __future__ import annotations

from collections.abc import Callable, MutableSequence

from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.lowered_labels import lowered_labels
from purgehist.formats.text.note_areas import read_label
from purgehist.formats.text.trailing_labels import trailing_note

__all__ = ["put_back_lowered", "put_back_trailing"]


def put_back_trailing(
    lines: MutableSequence[SourceLine],
    kept: list[int],
    width: float,
    in_sequence: Callable[[int], bool],
) -> list[tuple[int, SourceLine]]:
    """Put a label that plain ``pdftotext`` printed after the notes of the page whose lines
    are *kept* back above its note's first line, when *in_sequence* takes its number; *width*
    is the usual width of a running line."""
    filled = [k for k in kept if lines[k].text.strip()]
    found = trailing_note([lines[k].text for k in filled], width)
    if found is None:
        return []
    n = read_label(lines[filled[found.label]].text)
    if n is None or not in_sequence(n.n):
        return []
    start = found.start
    moved = [(k, lines[k]) for k in filled[start : found.label + 1]]
    texts = [line.text for _, line in moved[:-1]]
    if found.split is None:
        texts.insert(0, moved[-1][1].text)
    else:  # the running line's end, then the note's first line under its label
        head = texts.pop(0)
        texts[:0] = [head[: found.split], f"{n.n} {head[found.split :]}"]
    for (k, line), text in zip(moved, texts, strict=True):
        lines[k] = SourceLine(text, line.page, line.line, line.kind, line.label_known)
    return moved


def put_back_lowered(
    lines: MutableSequence[SourceLine], kept: list[int]
) -> list[tuple[int, SourceLine]]:
    """Put each label printed below its note's first line, on the page whose lines are
    *kept*, back above it."""
    moved: list[tuple[int, SourceLine]] = []
    for p in lowered_labels([lines[k].text for k in kept], opened=True):
        first, label = kept[p - 1], kept[p]
        moved += [(first, lines[first]), (label, lines[label])]
        lines[first], lines[label] = (
            SourceLine(lines[b].text, lines[a].page, lines[a].line, lines[a].kind,
                       lines[a].label_known)
            for a, b in ((first, label), (label, first))
        )  # fmt: skip
    return moved
