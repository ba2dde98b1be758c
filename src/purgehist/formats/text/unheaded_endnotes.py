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
read on from the number before it, in the numbering (segment) of the notes before it. The
section's own notes are keyed apart while the document is read (:data:`SECTION_SEGMENT`)
and given their place in that numbering at its end (:func:`settle_keys`), so reading a
section never makes the document's numbering look restarted."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from purgehist.formats.text.endnotes import EndnoteSection
from purgehist.formats.text.footnotes import LETTERED, SEGMENT, Marker, RawNote, printed_number
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.markers import MarkerHit, find_markers
from purgehist.formats.text.note_areas import glued_initial, read_label
from purgehist.formats.text.pages import BodyLine

__all__ = [
    "LONG_RUN",
    "SECTION_SEGMENT",
    "answerable",
    "continues_endnotes",
    "endnote_run",
    "free_hits",
    "goes_on",
    "next_page",
    "open_section",
    "opens_endnotes",
    "run_labels",
    "section_segment",
    "settle_keys",
]

LONG_RUN = 5
"""How many notes in sequence a page must open with to be taken for endnotes."""
_FOUND = 0.8
"""Which share of the run's markers the running text must print."""
_SKIPPED = 3
"""How many labels a page that goes on with the run may skip (notes misread)."""
SECTION_SEGMENT = 10**6
"""The segments from which the notes of a section with no title are keyed while the document
is read (keys from ``SECTION_SEGMENT * SEGMENT``, below :data:`.footnotes.LETTERED`)."""


def _label(text: str, expected: int, before: str) -> int | None:
    """The label opening *text*, or the label *expected* glued to an initial after the line
    *before* (:func:`.note_areas.glued_initial`)."""
    found = read_label(text) or glued_initial(text, expected, before)
    return found.n if found is not None else None


def run_labels(texts: Sequence[str], first: int, before: str = "") -> list[int]:
    """The labels in sequence from *first* among *texts* (other lines go on the note before;
    *before* is the line above the first of *texts*): each one above the one before, or a
    few more when a label was misread."""
    labels = [first]
    for text in texts:
        n = _label(text, labels[-1] + 1, before)
        if n is not None and labels[-1] < n <= labels[-1] + 1 + _SKIPPED:
            labels.append(n)
        before = text
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
    labels = run_labels(filled[1:], first.n, filled[0])
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
    lines: Sequence[SourceLine], kept: Sequence[int], expected: int, before: str = ""
) -> list[int] | None:
    """The labels of the page of *kept* when it goes on with a section of endnotes whose next
    label is *expected* and whose last line so far is *before*: the front end saw no notes on
    it and a line in its first half is labelled *expected* (or a few more), either the page's
    first line or followed by the label after it (the lines above it go on the note before).
    ``None`` when the page does not go on with the section (it is read as usual): a line of
    running text may open with a number too (``8 May they signed``), but not with two in
    sequence."""
    filled = [lines[k].text for k in kept if lines[k].text.strip()]
    if _front_end_notes(lines, kept):
        return None
    for position, text in enumerate(filled[: (len(filled) + 1) // 2]):
        n = _label(text, expected, filled[position - 1] if position else before)
        if n is None or not expected <= n <= expected + _SKIPPED:
            continue
        labels = run_labels(filled[position + 1 :], n, text)
        if position == 0 or labels[1:2] == [n + 1]:
            return labels
    return None


def open_section(
    lines: Sequence[SourceLine], kept: Sequence[int], last: int, body: Sequence[BodyLine],
    body_start: int,
) -> EndnoteSection | None:  # fmt: skip
    """The section with no title that the page of *kept* opens (:func:`opens_endnotes`), its
    labels going on from *last* or starting at 1, answering the running text *body* from
    *body_start* on; or ``None``."""
    run = opens_endnotes(lines, kept, {1, last + 1}, body[body_start:])
    if run is None:
        return None
    return EndnoteSection(body_start, expected=run[-1] + 1, before=last)


def goes_on(lines: Sequence[SourceLine], kept: Sequence[int], section: EndnoteSection) -> bool:
    """Whether the page of *kept* goes on with *section*, a section with no title
    (:func:`continues_endnotes`); its next label expected is then moved on."""
    assert section.expected is not None
    before = lines[section.lines[-1]].text if section.lines else ""
    run = continues_endnotes(lines, kept, section.expected, before)
    if run is None:
        return False
    section.expected = run[-1] + 1
    return True


def section_segment(sections: Sequence[tuple[int, Sequence[RawNote]]]) -> int:
    """The segment from which the notes of the next section with no title are keyed while the
    document is read: after those of *sections*, read before."""
    return max([SECTION_SEGMENT, *(notes[-1].n // SEGMENT + 1 for _, notes in sections if notes)])


def settle_keys(
    notes: Sequence[RawNote], body: Sequence[BodyLine],
    sections: Sequence[tuple[int, Sequence[RawNote]]],
) -> None:  # fmt: skip
    """Give the notes of each of *sections* (``(segment, notes)``: the notes of a section with
    no title, keyed from :data:`SECTION_SEGMENT` on, and the numbering of the notes before it)
    and their markers in *body* their keys in that numbering. Where one of those keys is
    taken (the notes after the section were read on from the number before it), the section
    keeps a numbering of its own, after every other: two notes print the same number there,
    so their labels must name the numbering."""
    taken = {note.n for note in notes if note.n < SECTION_SEGMENT * SEGMENT}
    fresh = 1 + max((key // SEGMENT for key in taken if key < LETTERED), default=0)
    moved: dict[int, int] = {}
    for segment, section in sections:
        keys = {note.n: segment * SEGMENT + printed_number(note.n) for note in section}
        if len(set(keys.values())) < len(keys) or taken & set(keys.values()):
            own = sorted({note.n // SEGMENT for note in section})
            keys = {
                note.n: (fresh + own.index(note.n // SEGMENT)) * SEGMENT + printed_number(note.n)
                for note in section
            }
            fresh += len(own)
        taken |= set(keys.values())
        moved |= keys
    for note in notes:
        note.n = moved.get(note.n, note.n)
    for line in body:
        line.markers[:] = [Marker(m.start, m.end, moved.get(m.n, m.n)) for m in line.markers]


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
