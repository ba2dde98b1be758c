"""Endnotes with no title above them: a page that opens with a long run of numbered paragraphs
whose labels go on, in order, from the markers of the running text that no note has answered
yet. Word processors print endnotes so (LibreOffice Writer starts them on a page of their own,
the number on the baseline, often with no ``Notes`` heading).

A numbered list, a numbered bibliography or a table of figures at the top of a page is told
apart by its markers: the running text read since the last notes must print the labels of the
run, in order, as sure note markers (raised or glued to a word, not in brackets as a numbered
reference is cited) at places no note has taken. Only the text after the last marker that any
note has answered counts: in a footnoted book every marker before it was answered on its own
page, so a marker left over there (a number misread as one, a note missed) is no endnote's,
and a page of footnotes 1, 2, 3 … in a book that numbers them by chapter is not taken for
endnotes answering the earlier chapters' leftovers.

Such a section only adds notes: it never opens on a page where the front end saw notes, it
takes a following page only while that page goes on with the run's labels, its notes
answer only markers that no note has taken (:func:`free_hits`), and the notes after it are
read on from the number before it, in a numbering (segment) of their own."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from purgehist.formats.text.endnotes import glued_initial
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.markers import MarkerHit, find_markers
from purgehist.formats.text.note_areas import read_label
from purgehist.formats.text.pages import BodyLine

__all__ = [
    "LONG_RUN",
    "answerable",
    "continues_endnotes",
    "endnote_run",
    "free_hits",
    "next_page",
    "opens_endnotes",
    "run_labels",
]

LONG_RUN = 5
"""How many notes in sequence a page must open with to be taken for endnotes."""
_FOUND = 0.8
"""Which share of the run's markers the running text must print."""
_SKIPPED = 3
"""How many labels a page that goes on with the run may skip (notes misread)."""


def _label(text: str, expected: int) -> int | None:
    """The label opening *text*, or the label *expected* glued to an initial."""
    found = read_label(text) or glued_initial(text, expected)
    return found.n if found is not None else None


def run_labels(texts: Sequence[str], first: int) -> list[int]:
    """The labels in sequence from *first* among *texts* (other lines go on the note before):
    each one above the one before, or a few more when a label was misread."""
    labels = [first]
    for text in texts:
        n = _label(text, labels[-1] + 1)
        if n is not None and labels[-1] < n <= labels[-1] + 1 + _SKIPPED:
            labels.append(n)
    return labels


def endnote_run(texts: Sequence[str], starts: Collection[int]) -> list[int] | None:
    """The labels of the run of notes that *texts*, a page's lines, open with: the first
    non-blank line labelled with one of *starts*, then each label one above the one before
    (other lines go on the note before). ``None`` when the page opens otherwise or the run is
    shorter than :data:`LONG_RUN`."""
    filled = [text for text in texts if text.strip()]
    first = read_label(filled[0]) if filled else None
    if first is None or first.n not in starts:
        return None
    labels = run_labels(filled[1:], first.n)
    return labels if len(labels) >= LONG_RUN else None


def _front_end_notes(lines: Sequence[SourceLine], kept: Sequence[int]) -> bool:
    """Whether the front end marked lines of the page as notes (a PDF's footnotes)."""
    return any(lines[k].kind == LineKind.NOTE for k in kept)


def opens_endnotes(
    lines: Sequence[SourceLine],
    kept: Sequence[int],
    starts: Collection[int],
    body: Sequence[BodyLine],
) -> list[int] | None:
    """The labels of the run with which the page of *kept* (indices into *lines*) opens a
    section of endnotes with no title, or ``None``: the front end saw no notes on the page; it
    opens with a run of notes (:func:`endnote_run`) whose markers *body*, the running text
    since the last notes section, prints in order, most of them free (:func:`free_hits`); and
    the run goes on at the head of the next page or no marker of the label after it follows,
    in *body* or on the page (a numbered list in the running text leaves later markers
    unanswered)."""
    if not kept or _front_end_notes(lines, kept):
        return None
    texts = [lines[k].text for k in kept]
    labels = endnote_run(texts, starts)
    if labels is None:
        return None
    running = [line.text for line in body]
    hits = find_markers(running, labels)
    if len(free_hits(body, hits)) < max(LONG_RUN, _FOUND * len(labels)):
        return None
    if _goes_on(next_page(lines, kept[-1]), labels[-1] + 1):
        return labels
    last = next(hit for hit in reversed(hits) if hit is not None)
    running = [*running, *texts]
    after = find_markers(running, [labels[-1] + 1], line=last.line, column=last.end)
    return None if _free(running, body, after[0]) else labels


def continues_endnotes(
    lines: Sequence[SourceLine], kept: Sequence[int], expected: int
) -> list[int] | None:
    """The labels of the page of *kept* when it goes on with a section of endnotes whose next
    label is *expected*: the front end saw no notes on it and a line in its first half is
    labelled *expected* (or a few more); the lines above it go on the note before. ``None``
    when the page does not go on with the section (it is read as usual)."""
    filled = [lines[k].text for k in kept if lines[k].text.strip()]
    if _front_end_notes(lines, kept):
        return None
    for position, text in enumerate(filled[: (len(filled) + 1) // 2]):
        n = _label(text, expected)
        if n is not None and expected <= n <= expected + _SKIPPED:
            return run_labels(filled[position + 1 :], n)
    return None


def free_hits(body: Sequence[BodyLine], hits: Sequence[MarkerHit | None]) -> list[MarkerHit]:
    """The *hits* in *body* that a note with no heading may answer: sure markers that no note
    has taken, after the last marker a note answered."""
    running = [line.text for line in body]
    answered = _after_answered(body)
    return [
        hit
        for hit in hits
        if hit is not None and (hit.line, hit.start) >= answered and _free(running, body, hit)
    ]


def answerable(
    body: Sequence[BodyLine], hits: Sequence[MarkerHit | None]
) -> list[MarkerHit | None]:
    """*hits* without those that a note with no heading may not answer (:func:`free_hits`)."""
    free = free_hits(body, hits)
    return [hit if hit in free else None for hit in hits]


def _after_answered(body: Sequence[BodyLine]) -> tuple[int, int]:
    """Where in *body* the last marker any note answered ends (line, column); ``(0, 0)``
    when no note has answered one."""
    for position in range(len(body) - 1, -1, -1):
        if body[position].markers:
            return position, max(m.end for m in body[position].markers)
    return 0, 0


def _free(running: Sequence[str], body: Sequence[BodyLine], hit: MarkerHit | None) -> bool:
    """Whether *hit*, in *running* (the lines of *body*, then maybe more), is a sure note
    marker that no note has taken."""
    if hit is None or not hit.sure:
        return False
    if running[hit.line][hit.start] == "[":  # "[3]": a numbered reference cited, not a note
        return False
    taken = body[hit.line].markers if hit.line < len(body) else []
    return not any(m.start < hit.end and hit.start < m.end for m in taken)


def _goes_on(following: Sequence[str], n: int) -> bool:
    """Whether the first labelled line of *following* is labelled *n*."""
    label = next((found for text in following if (found := read_label(text))), None)
    return label is not None and label.n == n


def next_page(lines: Sequence[SourceLine], k: int) -> list[str]:
    """The lines of the page after line *k*'s, without running heads and page numbers."""
    start = k + 1
    while start < len(lines) and lines[start].page == lines[k].page:
        start += 1
    texts: list[str] = []
    for line in lines[start:]:
        if line.page != lines[start].page:
            break
        if line.kind not in (LineKind.RUNNING_HEAD, LineKind.PAGE_NUMBER):
            texts.append(line.text)
    return texts
