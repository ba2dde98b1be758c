"""The search for a page's notes area at its foot, and for the lines at a page's head that
carry on the previous page's last note.

A start of an area is a line opening with a label that goes on from the notes read so far
(:mod:`.note_sequence`) and whose notes have their markers in the running text above
(:mod:`.markers`); the starts nearest the foot are tried from the top down.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import partial

from purgehist.formats.text.area_checks import (
    heads_a_paragraph,
    next_in_line,
    proven,
    repeats_a_label,
    tabular_note,
)
from purgehist.formats.text.carried_notes import opens_paragraph
from purgehist.formats.text.detached_labels import area_notes, running_blocks
from purgehist.formats.text.earlier_notes import page_notes
from purgehist.formats.text.figure_lines import figure_labels, figure_numbers
from purgehist.formats.text.glued_labels import glued_notes
from purgehist.formats.text.indented_carry import (
    area_margins,
    carried_past_no_notes,
    ends_full,
    rest_start,
    take_foot_block,
)
from purgehist.formats.text.lines import SourceLine, indent
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.moved_notes import jumping_notes, printed_overleaf
from purgehist.formats.text.note_areas import AreaNote, finished, glued_initial, read_label
from purgehist.formats.text.note_sequence import CATCH_UP, RESTART_UNSURE, NoteSequence
from purgehist.formats.text.prose_lines import (
    cited_figures,
    figures_row,
    first_column,
    record_text,
    set_apart,
)
from purgehist.formats.text.symbol_indices import symbol_index
from purgehist.formats.text.trailing_labels import line_width, note_wide

__all__ = ["AreaSearch"]

_TRIES = 12
"""How many starts of a notes area are tried on one page (the work per page stays linear)."""
_RULE = re.compile(r"^\s*[_\-–—=]{8,}\s*$")
"""A footnote rule drawn in characters."""


_APART = 12
"""How many characters further right than its label a note's text may not start."""


class AreaSearch(NoteSequence):
    """The notes areas of the pages of *lines* read so far, and the search for the next."""

    def __init__(self, lines: list[SourceLine]) -> None:
        super().__init__(lines)
        self.page_of: dict[int, int] = {}
        """The page of each line read, by its position."""
        self.width = line_width([line.text for line in self.lines])
        """The usual width of a running line, in characters."""
        self.text_width = line_width([line.text for line in self.lines], indented=True)
        """The usual width of a running line, indented or not."""
        self.carried_onto = -1
        """The last page that the rest of a note was carried on to."""

    def known_notes(self, noted: list[int], running: list[str]) -> list[AreaNote]:
        filled = [(k, self.lines[k].text) for k in noted if self.lines[k].text.strip()]
        unlabelled = {k for k, _ in filled if self.lines[k].label_known is False}
        labelled = [
            (k, label)
            for k, text in filled
            if k not in unlabelled and (label := read_label(text)) is not None
        ]
        if not labelled:
            self.carry_on([k for k, _ in filled])
            return []
        start, first = labelled[0]
        self.carry_on([k for k, _ in filled if k < start])
        area = [(k, t) for k, t in filled if k >= start]
        seen = {k for k, _ in area if self.lines[k].label_known}
        notes = jumping_notes(area, first.n, unlabelled, seen, running)
        return [note for note in notes if not self.record(note)]

    def find_area(self, kept: list[int]) -> tuple[list[int], list[AreaNote]]:
        """The running text of a page and the notes of its notes area (none when no start of
        one holds its sequence and has its first marker in the running text above)."""
        lines = self.lines
        filled = [k for k in kept if lines[k].text.strip()]
        rules = [p for p, k in enumerate(filled) if _RULE.match(lines[k].text)]
        if not rules:  # a footnote rule sets the area below it, apart from the running text
            joined = self.glued_area(kept, filled, joined=True)
            if joined[1]:
                return joined  # its first note's label and line run on after the running line
        starts = []
        before = self.notes[-1].parts[-1] if self.notes and self.notes[-1].parts else ""
        figures = figure_numbers([lines[k].text for k in filled])
        for position, k in enumerate(filled):
            if rules and position <= rules[-1]:
                continue  # a footnote rule: the notes area starts below the last one
            if position in figures:
                continue  # a table's column of numbers or a chart's axis
            text = lines[k].text
            label = read_label(text) or glued_initial(text, self.last + 1, before)
            if label is None or position == 0 or not self.styled(label.style):
                continue
            resumed = self.resumes(label.n)
            starts.append((position, k, label, resumed))
        # the area is at the foot: the starts nearest it are tried, from the top down
        for position, k, label, resumed in starts[-_TRIES:]:
            area = [(i, lines[i].text) for i in filled[position:]]
            running = running_blocks(area, position)
            kept_area = [(i, text) for i, text in area if i not in running]
            notes = area_notes(kept_area, label.n, before=before)
            if repeats_a_label(notes, lines) or (notes and tabular_note(notes[0], lines)):
                continue
            if figure_labels(notes, lines):
                continue  # a chart's numbers alone, read as labels over its words and caption
            if notes and (
                (self.record(notes[0]) and not self.follows(notes[0])) or self.apart(k, notes[0])
            ):
                continue  # a row of program output or a figure's labels, not a note
            above = [i for i in kept if i < k]
            # the running text set apart below the label may hold markers too
            searched = [*above, *sorted(running)]
            hits = find_markers([lines[i].text for i in searched], [n.n for n in notes])
            if heads_a_paragraph(notes[0], lines, self.width) and not (hits[0] and hits[0].sure):
                continue  # a numbered heading over its section's first lines
            last = self.last if self.notes else None
            unmarked = next_in_line(notes, last, lines, above) and not any(hits)
            unmarked |= printed_overleaf(label.n, self.last, hits, self.body)
            if not unmarked and (
                hits[0] is None or sum(h is not None for h in hits) * 2 < len(hits)
            ):
                continue
            caught_up = self.catches_up(label.n, hits)
            if not (resumed or self.in_sequence(label.n) or proven(hits) or caught_up):
                continue
            first_hit = hits[0]
            if (
                first_hit
                and label.n <= self.last
                and symbol_index(lines[searched[first_hit.line]].text, first_hit.start)
            ):  # a formula's index (``H1``) before the marker: the markers are looked for after it
                texts = [lines[i].text for i in searched]
                line, column = first_hit.line, first_hit.end
                hits = find_markers(texts, [n.n for n in notes], line=line, column=column)
                first_hit = hits[0]
            if label.n <= self.last and not (
                first_hit
                and (first_hit.sure or (self.unsure_share() or 0.0) >= RESTART_UNSURE)
                and not symbol_index(lines[searched[first_hit.line]].text, first_hit.start)
            ):
                continue  # a restart wants a marker printed as the document prints them
            ahead = self.last < label.n <= self.last + CATCH_UP
            if resumed or (caught_up and not ahead and self.resumes(label.n, CATCH_UP)):
                self.undo_restart()
            self.styles[label.style] += 1
            self.sureness.update(h.sure for h in hits if h is not None)
            previous = self.notes[-1].text if self.notes else None
            found = page_notes(kept_area, notes, self.last, previous, self.width)
            self.carry_on(found.carried)
            notes = found.notes
            foot = take_foot_block(lines, notes)
            margins = area_margins(lines, notes)
            reach = max(len(lines[i].text.rstrip()) for n in notes for i in (n.first, *n.lines))
            rest = self.carried(above, margins, reach)
            body = [*rest, *sorted(running), *found.running, *foot]
            return [i for i in body if not _RULE.match(lines[i].text)], notes
        body, notes = self.glued_area(kept, filled)
        if notes or not filled or not self.notes:
            return body, notes
        if max(self.notes[-1].page, self.carried_onto) != self.page_of[filled[-1]] - 1:
            return body, notes
        carried = partial(self.carried, wide=True)
        return carried_past_no_notes(body, filled[-1], self.notes[-1], carried), notes

    def record(self, note: AreaNote) -> bool:
        """Whether *note* reads as a record, not a note (:func:`.prose_lines.record_text`)."""
        lines = self.lines
        texts = [t for t in (note.head, *(lines[k].text for k in note.lines)) if t.strip()]
        return bool(texts) and (
            figures_row(texts[0]) or record_text(" ".join(map(first_column, texts)))
        )

    def follows(self, note: AreaNote) -> bool:
        """Whether *note* is the next after a note read and lists figures as a citation does:
        a short citation (``1914-1918, 213-15, 240``) under that label is a note, not a
        record."""
        lines = self.lines
        text = " ".join((note.head, *(lines[k].text for k in note.lines)))
        return bool(self.notes) and note.n == self.last + 1 and cited_figures(text)

    def apart(self, k: int, note: AreaNote) -> bool:
        """Whether the label on line *k* stands a column away from the text of *note*, beside
        it or under it (a figure's number beside its words, not a note's label)."""
        label = self.lines[k].text
        if note.first == k:
            return set_apart(label)
        text = self.lines[note.first].text
        return indent(text) - indent(label) >= _APART

    def glued_area(
        self, kept: list[int], filled: list[int], *, joined: bool = False
    ) -> tuple[list[int], list[AreaNote]]:
        """The running text and notes of a page whose first label plain ``pdftotext`` glued
        to the last running line (:func:`.glued_labels.glued_notes`); *kept* and no notes
        otherwise."""
        found = glued_notes(self.lines, kept, filled, self.last, joined=joined)
        if found is None or (self.record(found[2][0]) and not self.follows(found[2][0])):
            return kept, []
        above, k, notes = found
        return [*self.carried(above), k], notes

    def carried(
        self, above: list[int], margins: Collection[int] = (), reach: int = 0, *, wide: bool = False
    ) -> list[int]:
        """*above* without the lines at its foot that carry on the previous page's last
        note, when that note reads unfinished (:func:`.carried_notes.carried_start`, or, in
        ``-layout`` text, at one of the *margins* of the notes' texts and reaching nearly to
        their right edge, *reach*, or wider than the running lines: :mod:`.indented_carry`);
        with *wide*, only when one of those lines is wider than running text is (set in a
        note's smaller type)."""
        if not self.notes or finished(self.notes[-1].text):
            return above
        texts = [self.lines[k].text for k in above]
        note_width = max((len(part.strip()) for part in self.notes[-1].parts), default=0)
        full = ends_full(self.notes)
        start = rest_start(texts, self.width, margins, reach, note_width, full=full)
        if start is None or self.lines[above[start]].page == self.notes[-1].page:
            return above
        note_lines = self.notes[-1].parts[1:]
        below = texts[start + 1 :]
        if opens_paragraph(texts[start], note_lines, texts[:start], below=below, margins=margins):
            return above
        if wide and not any(note_wide(text, self.text_width) for text in texts[start:]):
            return above
        self.carry_on(above[start:])
        self.carried_onto = self.page_of.get(above[start], self.carried_onto)
        return above[:start]

    def carry_on(self, indices: list[int]) -> None:
        if self.notes:
            for k in indices:
                self.notes[-1].append(self.lines[k].text)
