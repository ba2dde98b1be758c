"""The numbering of the notes read so far on a document's pages: where it stands, whether a
label may go on from it or start it again, and the keys the notes of an area get.

Notes are keyed as in :mod:`.footnotes`: a label not above the previous one starts the
numbering again (per chapter, per section, whatever the heading looks like). A restart that
proves false (a numbered list taken for notes) is undone when the numbering before it goes on.
"""

from __future__ import annotations

from collections import Counter

from purgehist.formats.text.footnotes import SEGMENT, RawNote, split_merged
from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.markers import MarkerHit
from purgehist.formats.text.note_areas import LOST, AreaNote
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.unheaded_endnotes import SECTION_SEGMENT

__all__ = ["CATCH_UP", "RESTART_UNSURE", "SET_OFF", "NoteSequence"]

_SETTLED = 5
"""After how many notes areas the way labels are printed is known for the document."""
_PROVEN = 4
"""After how many notes a restart of the numbering is taken as true."""
CATCH_UP = 12
"""How far past the last note read an area with sure markers may start: the notes of the pages
between were missed (without it, one missed page would lose every page after it)."""
SET_OFF = 0.9
"""The share of unsure markers from which the document sets its markers off from the words
and an unsure marker is as good as a sure one."""
RESTART_UNSURE = 1 / 3
"""The share of unsure markers from which a restart of the numbering may stand on one, as the
document's notes do."""


class NoteSequence:
    """The notes and running lines read so far from *lines*, and their numbering."""

    def __init__(self, lines: list[SourceLine]) -> None:
        self.lines = lines
        self.body: list[BodyLine] = []
        self.notes: list[RawNote] = []
        self.last = 0
        """The number of the last note read (0 before any)."""
        self.segment = 0
        self.before_restart: tuple[int, int] | None = None
        """``(segment, last)`` before the numbering last started again, while that restart
        may still prove false (a numbered list taken for notes)."""
        self.restart_at = 0
        """How many notes were read before the last restart."""
        self.restart_body = 0
        """How many running lines were read before the page of the last restart."""
        self.styles: Counter[str] = Counter()
        """How the labels of the areas read so far are printed."""
        self.sureness: Counter[bool] = Counter()
        """Whether the markers found for the notes read so far were printed in a sure form."""

    def add_notes(self, notes: list[RawNote], body_start: int) -> None:
        """Take the keyed *notes* of a page whose running lines start at *body_start*."""
        if notes and notes[0].n // SEGMENT > self.segment:
            self.before_restart = (self.segment, self.last)
        elif self.before_restart is not None and len(self.notes) - self.restart_at > _PROVEN:
            self.before_restart = None
        if notes and notes[0].n // SEGMENT > self.segment:
            self.restart_at, self.restart_body = len(self.notes), body_start
        self.notes.extend(notes)
        if notes:
            self.segment, self.last = divmod(notes[-1].n, SEGMENT)

    def in_sequence(self, n: int) -> bool:
        """Whether an area may start with note *n*: the next notes (some may be lost), the
        numbering started again (its first notes may be lost), or the first notes read."""
        return n <= 1 + LOST or self.last < n <= self.last + LOST or not self.notes

    def styled(self, style: str) -> bool:
        """Whether a label printed in *style* fits the document's labels so far."""
        total = sum(self.styles.values())
        if total < _SETTLED:
            return True
        return self.styles[style] >= 0.2 * total

    def unsure_share(self) -> float | None:
        """The share of the markers read so far printed in the unsure forms, set off from
        the words (``purposes. 1``) as plain ``pdftotext`` sets every raised number of some
        typesetters; ``None`` before ten markers."""
        total = sum(self.sureness.values())
        return self.sureness[False] / total if total >= _SETTLED * 2 else None

    def resumes(self, n: int, reach: int = LOST) -> bool:
        """Whether *n* carries on the numbering from before its last restart (which was then a
        list or examples taken for notes), at most *reach* beyond its last note."""
        if self.before_restart is None or n == 1:
            return False
        last = self.before_restart[1]
        return last < n <= last + reach and not self.last < n <= self.last + LOST

    def catches_up(self, n: int, hits: list[MarkerHit | None]) -> bool:
        """Whether an area may start further on than :data:`.note_areas.LOST` notes past the
        last one read (the areas of some pages were missed, or a list was taken for notes):
        every marker found is a sure one, the first among them, and *n* is at most
        :data:`CATCH_UP` past the last note (or the last before the restart)."""
        if not hits or hits[0] is None or not all(h.sure for h in hits if h is not None):
            return False
        return self.last < n <= self.last + CATCH_UP or self.resumes(n, CATCH_UP)

    def undo_restart(self) -> None:
        assert self.before_restart is not None
        segment, last = self.before_restart
        self.notes[self.restart_at :] = [
            note for note in self.notes[self.restart_at :] if not _later(note.n, segment)
        ]
        # their markers go too: the keys will be given again, to the notes that really have them
        for line in self.body[self.restart_body :]:
            line.markers[:] = [m for m in line.markers if not _later(m.n, segment)]
        self.segment, self.last = segment, last
        self.before_restart = None

    def with_gaps(self, keys: list[int]) -> list[int]:
        """*keys* with those of the notes lost between them (and before the first, since the
        last note read) put in: their markers are looked for too."""
        full: list[int] = []
        previous = self.segment * SEGMENT + self.last
        for key in keys:
            if previous < key <= previous + LOST + 1 and key // SEGMENT == previous // SEGMENT:
                full.extend(range(previous + 1, key))
            full.append(key)
            previous = key
        return full

    def raw_notes(self, area: list[AreaNote], page: int) -> list[RawNote]:
        """The notes of an area keyed (see :data:`.footnotes.SEGMENT`), those that extraction
        ran together on one line split."""
        lines = self.lines
        notes = []
        last, segment = self.last, self.segment
        for note in area:
            if note.n <= last:
                segment += 1
            last = note.n
            raw = RawNote(n=segment * SEGMENT + note.n, line=lines[note.first].line, page=page,
                          parts=[note.head])  # fmt: skip
            for k in note.lines:
                raw.append(lines[k].text)
            notes.append(raw)
        return split_merged(notes)


def _later(key: int, segment: int) -> bool:
    """Whether *key* is in a numbering after *segment*, not a section with no title's."""
    return segment < key // SEGMENT < SECTION_SEGMENT
