"""The rest of a note carried on to the next page, told in ``pdftotext -layout`` text by its
margin or its width, and the block set apart below a page's notes.

``-layout`` keeps each line's indentation: the texts of a notes area stand at a margin of their
own (after a hanging label), the running text at another. A note that does not fit its page
goes on at the foot of the next page's running text, above that page's own notes, and often
with no blank line between (nor above them, when the running text ends in an example or a
table): its lines stand at the margin of the notes' texts, and the running lines just above
them do not. Where notes and running text share a margin, the rest is told by its width: set
in the notes' smaller type, its full lines hold more characters than any running line above.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import takewhile

from purgehist.formats.text.carried_notes import carried_start
from purgehist.formats.text.footnotes import RawNote
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.note_areas import AreaNote, read_label

__all__ = [
    "area_margins",
    "carried_past_no_notes",
    "ends_full",
    "foot_block",
    "indented_rest",
    "margin",
    "rest_start",
    "take_foot_block",
    "text_margins",
    "wide_rest",
]

_ABOVE = 3
"""How many running lines above a carried rest must stand left of its margin."""
_REACH = 0.9
"""The share of the notes' right edge that a rest's full lines reach."""
_WIDER = 1.05
"""A line of a rest is this many times as wide as the widest running line above it."""
_WIDE_SHARE = 0.6
"""The share of a rest's lines (its last aside) that must be so wide (a line broken before a
long word ends short)."""


def margin(text: str) -> int:
    """The column where *text* starts (its indentation)."""
    return len(text) - len(text.lstrip())


def text_margins(labelled: Iterable[tuple[str, str]], lines: Iterable[str]) -> set[int]:
    """The margins at which a notes area's texts stand: the column of the text after each label
    (*labelled* holds a label's line and the text after the label on it) and the margin of
    each of its *lines* without a label; 0 (no indentation) is never one."""
    found = {margin(text) for text in lines if text.strip()}
    for line, head in labelled:
        if head:
            found.add(line.find(head))
    return {m for m in found if m > 0}


def area_margins(
    lines: Sequence[SourceLine], notes: Sequence[AreaNote], *, last_lines: bool = True
) -> set[int]:
    """The margins of the texts of a notes area's *notes* (:func:`text_margins`; their lines
    given as indices into *lines*), without the last note's lines unless *last_lines*."""
    labelled = [(lines[n.first].text, n.head) for n in notes]
    texts = notes if last_lines else notes[:-1]
    return text_margins(labelled, (lines[i].text for n in texts for i in n.lines))


def ends_full(notes: Sequence[RawNote]) -> bool:
    """Whether the last of *notes* ends on a full line, one reaching nearly as far right as the
    other lines of the notes on its page usually do (their median end, as ``-layout`` spaces
    a justified line out by a few columns more or less): only there does a note break to the
    next page (a URL or a title without a stop ending a short last line leaves a note reading
    unfinished). A note of one line alone on its page tells nothing and counts as full."""
    if not notes or not notes[-1].parts:
        return True
    last = notes[-1]
    before = takewhile(lambda note: note.page == last.page, reversed(notes[:-1]))
    lines = [*last.parts[:-1], *(part for note in before for part in note.parts)]
    others = [len(line.rstrip()) for line in lines if line.strip()]
    return not others or len(last.parts[-1].rstrip()) >= _REACH * statistics.median(others)


def rest_start(
    texts: Sequence[str],
    width: float,
    margins: Collection[int],
    reach: int,
    note_width: int,
    *,
    full: bool = True,
) -> int | None:
    """Where the lines at the foot of *texts* (a page's running text) that carry on the last
    note of the page before start: set off by a blank line or, in plain text (*width* known),
    as wide as a note's (:func:`.carried_notes.carried_start`); in ``-layout`` text, when that
    note ends on a *full* line (:func:`ends_full`), at the notes' *margins*
    (:func:`indented_rest`) or wider than the running lines (:func:`wide_rest`). Never below
    a label alone: that is the page's own note, whose area was not found."""
    start = carried_start(texts, width)
    if start is None and full:
        start = indented_rest(texts, margins, reach)
    if start is None and full and not width:
        start = wide_rest(texts, note_width)
    if start is None:
        return None
    above = next((text for text in reversed(texts[:start]) if text.strip()), "")
    label = read_label(above)
    return None if label is not None and not label.rest else start


def indented_rest(texts: Sequence[str], margins: Collection[int], reach: int = 0) -> int | None:
    """Where the lines at the foot of *texts* (a page's running text over its notes area) that
    carry on a note start: each at one margin, a margin of the notes' texts (*margins*),
    where the running lines just above them stand further left and end short of the rest's
    longest line, and its full lines (the last aside) reach nearly as far right as the notes'
    lines do (*reach*, the column where the longest ends); ``None`` when there are none."""
    end = len(texts)
    while end > 0 and not texts[end - 1].strip():
        end -= 1
    if end == 0 or margin(texts[end - 1]) not in margins:
        return None
    column = margin(texts[end - 1])
    start = end
    while start > 0 and texts[start - 1].strip() and margin(texts[start - 1]) == column:
        start -= 1
    above = [text for text in texts[:start] if text.strip()][-_ABOVE:]
    if len(above) < _ABOVE or any(margin(text) >= column for text in above):
        return None
    # set in the notes' smaller type, the rest reaches further right than the running text (a
    # box or a list indented as far, in the running text's type, does not)
    ends = [len(text.rstrip()) for text in texts[start:end]]
    if max(ends) <= max(len(text.rstrip()) for text in above):
        return None
    full = sorted(ends[:-1])
    if full and full[len(full) // 2] < _REACH * reach:
        return None
    return start


def foot_block(
    texts: Sequence[str], lines: Sequence[int], margins: Collection[int], *, gap: int = 2
) -> int:
    """Where the block at a page's foot that ends a notes area's last note but is none of it
    starts, among that note's *lines* (indices into *texts*, the page's lines): the imprint or
    the citation of an article printed below its first page's notes, set off from the note by
    *gap* blank lines or more and standing right of every margin of the notes' texts (those
    of the note's lines above it and *margins*, those of the other notes); ``len(lines)``
    when there is none."""
    for start in range(len(lines) - 1, 0, -1):
        blank = sum(1 for k in range(lines[start - 1] + 1, lines[start]) if not texts[k].strip())
        if blank < gap:
            continue
        known = {*margins, *(margin(texts[k]) for k in lines[:start])} - {0}
        if known and all(margin(texts[k]) > max(known) for k in lines[start:]):
            return start
        break
    return len(lines)


def wide_rest(texts: Sequence[str], note_width: int) -> int | None:
    """Where the lines at the foot of *texts* (a page's running text over its notes area) that
    carry on a note start, told by their width: each wider than every running line above them,
    as the note's own lines are (*note_width*, its widest line), but for the last and a line
    broken before a long word (``Mat-``), two of them at least, with no blank line among them;
    ``None`` when there are none."""
    end = len(texts)
    while end > 0 and not texts[end - 1].strip():
        end -= 1
    widths = [len(text.strip()) for text in texts[:end]]
    found = None
    for start in range(end - 2, _ABOVE - 1, -1):
        running = [w for w in widths[:start] if w]
        if len(running) < _ABOVE:
            break
        bound = _WIDER * max(running)
        if note_width > bound and _wide_lines(texts, widths, start, end, bound):
            found = start
    return found


def _wide_lines(
    texts: Sequence[str], widths: Sequence[int], start: int, end: int, bound: float
) -> bool:
    """Whether the lines from *start* to *end* (the last aside) are wider than *bound*, but for
    a line broken before a long word below a wide one, two of them at least."""
    wide = 0
    for k in range(start, end - 1):
        if widths[k] > bound:
            wide += 1
        elif not (k > start and texts[k].rstrip().endswith("-") and widths[k - 1] > bound):
            return False
    return wide >= 2 and widths[start] > bound


def take_foot_block(lines: Sequence[SourceLine], notes: Sequence[AreaNote]) -> list[int]:
    """The lines (indices into *lines*) set apart at a page's foot below the last of a notes
    area's *notes* (:func:`foot_block`), taken out of that note."""
    last = notes[-1]
    if len(last.lines) < 2:
        return []
    low = last.lines[0]
    texts = [line.text for line in lines[low : last.lines[-1] + 1]]
    margins = area_margins(lines, notes, last_lines=False)
    start = foot_block(texts, [k - low for k in last.lines], margins)
    block, last.lines[start:] = last.lines[start:], []
    return block


def carried_past_no_notes(
    body: list[int],
    last: int,
    note: RawNote,
    carried: Callable[[list[int], Collection[int], int], list[int]],
) -> list[int]:
    """*body*, the lines of a page with no notes of its own, without those at the foot of its
    running text (up to line *last*) that carry on *note*, the last note of the page before,
    in lines at its margin or as wide as its own (*carried* takes them out, given the running
    lines, the note's margins and its right edge)."""
    end = body.index(last) + 1
    parts = note.parts[1:]
    reach = max((len(part.rstrip()) for part in parts), default=0)
    return carried(body[:end], text_margins((), parts), reach) + body[end:]
