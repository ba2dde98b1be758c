"""Notes areas whose labels stand apart from their texts, as plain ``pdftotext`` prints them.

Without column positions, plain ``pdftotext`` sets a label printed on a line of its own
wherever its reading order puts it: several labels in a run before the texts, a label after
the text it belongs to (side notes), or the labels of some notes gathered at the foot of the
area, after the other notes. The texts themselves keep their order. So the labels say only
*which* notes the area holds; where each text starts is read from the texts: a line that opens
with its label starts its note for sure, and the area is otherwise cut where a label or a blank
line stands between two lines, then after lines that end a sentence, the short ones (a note's
last line rarely runs to the full width) and the first ones first, and only as a last resort
after a line that reads unfinished (a web address).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from purgehist.formats.text.citation_parts import ROMAN_NUMERAL
from purgehist.formats.text.note_areas import LOST, AreaNote, finished, note_texts, read_label

__all__ = ["area_notes", "running_blocks", "share_detached", "side_notes"]

_SHORT = 0.85
"""A line shorter than this share of the area's longest line ends short of the full width."""
_NARROWER = 0.85
"""A block after a label alone is running text set there when its widest line is narrower than
this share of the widest line of the blocks below it (a note's smaller type fits more
characters on a line than the running text's)."""
_LONE_NUMBER = re.compile(rf"^\s*(?:\d{{1,4}}|(?=[ivxlcdm]){ROMAN_NUMERAL})\s*$")
"""A number alone that is no label of the area: a page number the extraction set there (only
a well-formed lower-case roman numeral, so that a word alone such as "Mill" stays text)."""


def area_notes(
    area: Sequence[tuple[int, str]],
    first: int,
    unlabelled: Collection[int] = (),
    *,
    before: str = "",
) -> list[AreaNote]:
    """The notes of a notes area (``(index, text)`` of its non-blank lines, the first
    labelled *first*): read in sequence (:func:`.note_areas.note_texts`), then with the
    labels that stand apart from their texts put back (:func:`share_detached`). The lines at
    *unlabelled* indices open with no label, whatever number they start with; *before* is
    the end of the note read before the area."""
    notes = note_texts(area, first, unlabelled, before=before)
    return share_detached(area, first, notes, unlabelled)


@dataclass(slots=True)
class _Text:
    index: int
    text: str
    label: int | None
    """The label it opens with, when that label starts a note for sure."""
    parted: bool
    """Whether a label alone or a blank line stands between it and the text line before."""


def running_blocks(area: Sequence[tuple[int, str]], lines_above: int) -> set[int]:
    """The lines of an area (``(index, text)`` of its non-blank lines, a blank line or a line
    set aside wherever the indices skip) that are running text: plain ``pdftotext`` reads a
    label printed on a line of its own, then what is left of the running text beside the notes
    area (an example, a table, a figure's words), then the notes' texts. So after the labels
    alone that open the area, the leading blocks narrower than the blocks below them are the
    running text's, up to the block that holds the next label with the notes' texts (when
    that label stands alone in its block, each note's text follows its label, as side notes
    do, and nothing is set apart); the last block always stays. Nothing is set apart either
    when the lines left to the notes would be as many as the *lines_above* the area (the
    non-blank lines of the page over its first label): a notes area is smaller than the
    running text over it, so those lines are running text beside a side note."""
    k = 0
    while k < len(area) and _LONE_NUMBER.match(area[k][1]):
        k += 1
    label = read_label(area[0][1]) if k else None
    if label is None:
        return set()
    following = range(label.n + 1, label.n + k + LOST + 1)
    blocks: list[list[tuple[int, str]]] = []
    for position in range(k, len(area)):
        if not blocks or area[position][0] > area[position - 1][0] + 1:
            blocks.append([])
        blocks[-1].append(area[position])
    labelled = [
        b
        for b, block in enumerate(blocks)
        if any((n := read_label(text)) and n.n in following for _, text in block)
    ]
    opening = {
        b for b in labelled if (n := read_label(blocks[b][0][1])) is not None and n.n in following
    }
    stop = labelled[0] if labelled else len(blocks) - 1
    if labelled and all(_LONE_NUMBER.match(text) for _, text in blocks[stop]):
        return set()  # the next label alone too: notes one by one (side notes), text first
    widths = [max(len(text.strip()) for _, text in block) for block in blocks]
    running: set[int] = set()
    for b in range(stop):
        if widths[b] >= _NARROWER * max(widths[b + 1 : stop + 1]) or b + 1 in opening:
            break  # what the next note opens right below is the text of the label above
        running.update(index for index, _ in blocks[b])
    if len(area) - k - len(running) >= lines_above:
        return set()
    return running


def share_detached(
    area: Sequence[tuple[int, str]],
    first: int,
    notes: list[AreaNote],
    unlabelled: Collection[int] = (),
) -> list[AreaNote]:
    """The notes of *area* (``(index, text)`` of its non-blank lines, the first labelled
    *first*) when some of its labels stand alone away from their texts; *notes*, as read in
    sequence, otherwise. The lines at *unlabelled* indices hold no label."""
    starts = {note.first: note.n for note in notes if note.head}
    alone = _alone_labels(area, first, starts, unlabelled)
    strays = sum(1 for index, text in area if index not in alone and _LONE_NUMBER.match(text))
    if not alone or strays >= max(2, len(alone)):
        return notes  # numbers alone in plenty: the figures of a table or a chart
    if not _misread(notes, alone):
        lone = {index for index, text in area if _stray_number(text, first, len(area))}
        for note in notes:
            note.lines = [k for k in note.lines if k not in lone]
        return notes
    return _slotted(area, first, alone, starts, unlabelled) or notes


def side_notes(area: Sequence[tuple[int, str]]) -> list[AreaNote]:
    """The notes of a column of side notes (``(index, text)`` of its non-blank lines) whose
    labels stand alone before, inside or after their texts, in no order to rely on."""
    labels = [label.n for _, text in area if (label := read_label(text)) and not label.rest]
    if not labels:
        return []
    first = min(labels)
    reach = first + len(area) + LOST
    # a line opening with its own label (and text) starts that note for sure
    starts = {
        index: label.n
        for index, text in area
        if (label := read_label(text)) and label.rest and first <= label.n <= reach
    }
    return _slotted(area, first, _alone_labels(area, first, starts), starts)


def _slotted(
    area: Sequence[tuple[int, str]],
    first: int,
    alone: dict[int, int],
    starts: dict[int, int],
    unlabelled: Collection[int] = (),
) -> list[AreaNote]:
    texts: list[_Text] = []
    parted = False
    previous: int | None = None
    for index, text in area:
        if index in alone:
            parted = True
            continue
        if index not in starts and index not in unlabelled and _LONE_NUMBER.match(text):
            continue
        gap = previous is not None and index > previous + 1
        texts.append(_Text(index, text, starts.get(index), parted or gap))
        parted = False
        previous = index
    return _assign(texts, _run({first, *alone.values(), *starts.values()})) if texts else []


def _run(labels: set[int]) -> list[int]:
    """The labels that follow on from the smallest, each at most :data:`.note_areas.LOST`
    beyond the one before as in :func:`.note_areas.note_texts` (a number further on is a
    table's figure or a page number)."""
    numbers = sorted(labels)
    end = 1
    while end < len(numbers) and numbers[end] <= numbers[end - 1] + LOST:
        end += 1
    return numbers[:end]


def _stray_number(text: str, first: int, size: int) -> bool:
    """Whether *text* is a number alone that can be no label of the area (``xiv``, ``209``)."""
    if not _LONE_NUMBER.match(text):
        return False
    label = read_label(text)
    return label is None or not first <= label.n <= first + size + LOST


def _alone_labels(
    area: Sequence[tuple[int, str]],
    first: int,
    starts: dict[int, int],
    unlabelled: Collection[int] = (),
) -> dict[int, int]:
    """Lines holding only a label of this area (a number in reach of the area's first),
    each number once; the lines at *unlabelled* indices hold none."""
    found: dict[int, int] = {}
    seen = set(starts.values())
    reach = first + len(area) + LOST
    for index, text in area:
        if index in unlabelled:
            continue  # before taking its number, which would hide a real label further on
        label = read_label(text)
        if label is None or label.rest or label.style == "dot" or label.n in seen:
            continue  # "8." alone ends a citation's page rather than labelling a note
        if not first <= label.n <= reach:
            continue
        found[index] = label.n
        seen.add(label.n)
    return found


def _misread(notes: list[AreaNote], alone: dict[int, int]) -> bool:
    """Whether reading in sequence went wrong: a note got no text, or a label alone ended up
    inside another note's text."""
    if any(not note.head and not note.lines for note in notes):
        return True
    inside = {k for note in notes for k in note.lines}
    return any(index in inside for index in alone) or len(notes) < len(alone)


def _assign(texts: list[_Text], numbers: list[int]) -> list[AreaNote]:
    """Notes numbered *numbers* over *texts*: each line opening with its label starts its
    note, and the numbers between two such lines are given the best cuts between them."""
    widths = [len(t.text.strip()) for t in texts]
    width = max(widths)

    def rank(k: int) -> tuple[bool, bool, bool, int]:
        before = texts[k - 1].text
        return (not texts[k].parted, not finished(before), widths[k - 1] >= _SHORT * width, k)

    fixed = [(k, t.label) for k, t in enumerate(texts) if t.label is not None]
    cuts: dict[int, int] = {}
    for (start, label), (stop, following) in pairwise([(0, None), *fixed, (len(texts), None)]):
        low = label if label is not None else numbers[0] - 1
        free = [n for n in numbers if low < n and (following is None or n < following)]
        if label is not None:
            cuts[start] = label
        elif start == stop or not free:
            continue
        else:
            cuts[start] = free.pop(0)
        chosen = sorted(sorted(range(start + 1, stop), key=rank)[: len(free)])
        cuts.update(zip(chosen, free, strict=False))
    notes: list[AreaNote] = []
    for k, t in enumerate(texts):
        if k in cuts:
            head = read_label(t.text) if t.label is not None else None
            notes.append(AreaNote(cuts[k], t.index, head=head.rest if head else ""))
            if head is None:
                notes[-1].lines.append(t.index)
        elif notes:
            notes[-1].lines.append(t.index)
    return notes
