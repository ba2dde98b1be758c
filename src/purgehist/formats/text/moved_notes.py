"""Notes whose printing departs from the plain sequence on the page of their marker: a
numbering that jumps ahead (a typesetter's counter advanced by a table's notes: 20, then
32), and a note printed at the foot of the page after its marker's (a word processor moves a
note whose marker ends a full page to the next page, before that page's own notes)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from purgehist.formats.text.detached_labels import area_notes
from purgehist.formats.text.footnotes import Marker, printed_number
from purgehist.formats.text.markers import MarkerHit, find_markers
from purgehist.formats.text.note_areas import LOST, AreaNote, read_label
from purgehist.formats.text.pages import BodyLine

__all__ = ["jumping_notes", "overleaf_markers", "printed_overleaf"]


def jumping_notes(
    area: Sequence[tuple[int, str]],
    first: int,
    unlabelled: Collection[int],
    seen: Collection[int],
    running: Sequence[str],
) -> list[AreaNote]:
    """The notes of a notes area (``(index, text)`` of its non-blank lines) read in sequence
    from *first* (:func:`.detached_labels.area_notes`); a line at one of the *seen* indices
    (its label seen by the front end: raised, or answering a marker) starts a note even where
    the numbering jumps further ahead than lost notes explain, unless a seen label after it
    falls between the note it would carry on and it, or the page's *running* text has no
    marker of it in a sure form (then it is a stray raised number: an exponent, a
    cross-reference)."""
    notes = area_notes(area, first, unlabelled)
    labels = [
        (position, label.n)
        for position, (k, text) in enumerate(area)
        if k in seen and (label := read_label(text)) is not None
    ]
    inside = {k: note.n for note in notes for k in note.lines}
    for at, (position, n) in enumerate(labels):
        carried = inside.get(area[position][0])
        if carried is None or n <= carried:
            continue
        if any(carried < later < n for _, later in labels[at + 1 :]):
            continue
        if n - carried > LOST + 1 and not _marked(running, n):
            continue
        before = area_notes(area[:position], first, unlabelled)
        return before + jumping_notes(area[position:], n, unlabelled, seen, running)
    return notes


def _marked(running: Sequence[str], n: int) -> bool:
    """Whether the lines *running* hold a marker of note *n* in a sure form."""
    (hit,) = find_markers(running, [printed_number(n)])
    return hit is not None and hit.sure


def printed_overleaf(
    n: int, last: int, hits: Sequence[MarkerHit | None], body: Sequence[BodyLine]
) -> bool:
    """Whether a notes area may open with note *n*, whose marker its page lacks (*hits*: the
    markers of the area's notes found on the page): the note after the *last* one read, its
    marker in a sure form after the last marker of the page before (the last page of the
    running lines *body*), the markers of the notes after it all sure
    (:func:`overleaf_markers` then puts its marker in)."""
    if hits[0] is not None or n != last + 1 or len(hits) < 2 or not body:
        return False
    if not all(h is not None and h.sure for h in hits[1:]):
        return False
    page = [line for line in body if line.page == body[-1].page]
    marked = [i for i, line in enumerate(page) if line.markers]
    lines = page[marked[-1] if marked else 0 :]
    column = max((m.end for m in lines[0].markers), default=0)
    (hit,) = find_markers([line.text for line in lines], [n], column=column)
    return hit is not None and hit.sure


def overleaf_markers(body: Sequence[BodyLine], wanted: Sequence[int], *, sure_only: bool) -> None:
    """Put the markers of the notes keyed *wanted* (the first notes of a page, in sequence,
    whose markers its running text lacks) into *body*, the running lines read before that
    page since the page before began, after the last marker in them; a marker found in an
    unsure form is taken only without *sure_only*. Those not found are left out, and the
    ones after them too."""
    marked = [i for i, line in enumerate(body) if line.markers]
    start = marked[-1] if marked else 0
    lines = body[start:]
    if not lines or not wanted:
        return
    column = max((m.end for m in lines[0].markers), default=0)
    texts = [line.text for line in lines]
    found = find_markers(texts, [printed_number(k) for k in wanted], column=column)
    for key, hit in zip(wanted, found, strict=True):
        if hit is None or (sure_only and not hit.sure):
            break
        line = lines[hit.line]
        line.markers.append(Marker(hit.start, hit.end, key))
        line.markers.sort(key=lambda m: m.start)
