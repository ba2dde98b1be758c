"""The page model: lines on known pages split into running text and notes, page by page.

Each page's running heads and page numbers are set aside (:mod:`.page_roles`, or as the front
end marked them), its notes area found at its foot (:mod:`.note_areas`) and the markers of its
notes looked for in its running text by their labels (:mod:`.markers`). Notes are keyed as in
:mod:`.footnotes`: a label not above the previous one starts the numbering again (per chapter,
per section, whatever the heading looks like), so the scheme is read from the document. Lines
that the front end marked as notes are taken as the notes area as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import partial

from purgehist.formats.text.area_checks import (
    heads_a_paragraph,
    next_in_line,
    proven,
    repeats_a_label,
    tabular_note,
)
from purgehist.formats.text.columns import split_columns
from purgehist.formats.text.detached_labels import area_notes, running_blocks
from purgehist.formats.text.earlier_notes import page_notes
from purgehist.formats.text.endnote_foot_lists import drop_foot_lists
from purgehist.formats.text.endnote_markers import section_markers
from purgehist.formats.text.endnotes import (
    EndnoteSection,
    endnotes_title,
    ends_section,
    section_notes,
    title_apart,
)
from purgehist.formats.text.footnotes import (
    SEGMENT,
    Marker,
    RawNote,
    printed_number,
    split_merged,
)
from purgehist.formats.text.glued_labels import glued_notes
from purgehist.formats.text.indented_carry import (
    area_margins,
    carried_past_no_notes,
    ends_full,
    rest_start,
    take_foot_block,
)
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.markers import MarkerHit, find_markers
from purgehist.formats.text.moved_notes import jumping_notes, overleaf_markers, printed_overleaf
from purgehist.formats.text.note_areas import LOST, AreaNote, finished, glued_initial, read_label
from purgehist.formats.text.page_roles import (
    PAGE_NUMBER,
    mark_page_roles,
    numbers_below_folios,
    page_groups,
)
from purgehist.formats.text.pages import BodyLine, Layout, Page
from purgehist.formats.text.put_back_labels import put_back_lowered, put_back_trailing
from purgehist.formats.text.reference_pages import references_list
from purgehist.formats.text.symbol_indices import symbol_index
from purgehist.formats.text.trailing_labels import line_width, note_wide
from purgehist.formats.text.unheaded_endnotes import (
    SECTION_SEGMENT,
    answerable,
    goes_on,
    open_section,
    section_segment,
    settle_keys,
)

__all__ = ["split_paged"]

_SETTLED = 5
"""After how many notes areas the way labels are printed is known for the document."""
_PROVEN = 4
"""After how many notes a restart of the numbering is taken as true."""
_TRIES = 12
"""How many starts of a notes area are tried on one page (the work per page stays linear)."""
_CATCH_UP = 12
"""How far past the last note read an area with sure markers may start: the notes of the pages
between were missed (without it, one missed page would lose every page after it)."""
_SET_OFF = 0.9
"""The share of unsure markers from which the document sets its markers off from the words
and an unsure marker is as good as a sure one."""
_RESTART_UNSURE = 1 / 3
"""The share of unsure markers from which a restart of the numbering may stand on one, as the
document's notes do."""
_RULE = re.compile(r"^\s*[_\-–—=]{8,}\s*$")


class _Pager:
    def __init__(
        self, lines: Sequence[SourceLine], skip: set[int], parts: Sequence[range] = ()
    ) -> None:
        self.lines = mark_page_roles(lines)
        self.parts = parts
        """The parts of the pages read one after the other (a two-column page's columns)."""
        self.below_folios = numbers_below_folios(lines)
        """Numbers alone taken for page numbers though the page's head holds its number: the
        labels of an endnotes section or of a note printed last, or strays."""
        self.skip = skip
        self.body: list[BodyLine] = []
        self.notes: list[RawNote] = []
        self.pages: list[Page] = []
        self.last = 0
        """The number of the last note read (0 before any)."""
        self.segment = 0
        self.before_restart: tuple[int, int] | None = None
        """``(segment, last)`` before the numbering last started again, while that restart
        may still prove false (a numbered list taken for notes)."""
        self.page_of: dict[int, int] = {}
        self.endnotes: EndnoteSection | None = None
        self.unheaded: list[tuple[int, list[RawNote]]] = []
        """The notes of each section with no title read, and the numbering they go in."""
        self.annotated = 0
        """The first body line that a notes section to come annotates."""
        self.restart_at = 0
        """How many notes were read before the last restart."""
        self.restart_body = 0
        """How many running lines were read before the page of the last restart."""
        self.styles: Counter[str] = Counter()
        """How the labels of the areas read so far are printed."""
        self.sureness: Counter[bool] = Counter()
        """Whether the markers found for the notes read so far were printed in a sure form."""
        self.width = line_width([line.text for line in self.lines])
        """The usual width of a running line, in characters."""
        self.text_width = line_width([line.text for line in self.lines], indented=True)
        """The usual width of a running line, indented or not."""
        self.carried_onto = -1
        """The last page that the rest of a note was carried on to."""
        self.references: int | None = None
        """The number of the next entry of a numbered references list being read."""

    def run(self) -> Layout:
        for number, group in enumerate(page_groups(self.lines)):
            inner = [p for p in self.parts if group.start <= p.start and p.stop <= group.stop]
            for k, part in enumerate(inner or [group]):
                self.page(number, part, continued=k > 0)
        self.close_endnotes()
        settle_keys(self.notes, self.body, self.unheaded)
        return Layout(body=self.body, notes=self.notes, pages=self.pages or [Page()],
                      double_spaced=False)  # fmt: skip

    def page(self, number: int, group: range, *, continued: bool = False) -> None:
        """Read the lines of page *number* in *group*: the whole page, or a part of it that
        another part came before (*continued*), each with its own notes at its foot."""
        lines = self.lines
        page = self.pages[-1] if continued else Page()
        if not continued:
            self.pages.append(page)
        kept: list[int] = []
        for k in group:
            line = lines[k]
            if k + 1 in self.skip or line.kind == LineKind.RUNNING_HEAD:
                continue
            if line.kind == LineKind.PAGE_NUMBER and k not in self.below_folios:
                match = PAGE_NUMBER.match(line.text)
                page.printed = page.printed or (match[1] if match else None)
                page.line = page.line or line.line
                continue
            kept.append(k)
            self.page_of[k] = number
        kept = self.take_endnotes(kept)
        texts = [lines[k].text for k in kept]
        kept, listed, self.references = references_list(texts, kept, self.references)
        # outside an endnotes section, such a number is only a label printed last
        strays = [k for k in kept if k in self.below_folios]
        noted = [k for k in kept if lines[k].kind == LineKind.NOTE]
        if noted:
            body = [k for k in kept if lines[k].kind != LineKind.NOTE and k not in strays]
            area = self.known_notes(noted, [lines[k].text for k in body])
        elif kept and all(lines[k].kind == LineKind.BODY for k in kept):
            body, area = kept, []
        else:
            lowered = put_back_lowered(self.lines, kept)
            moved = put_back_trailing(self.lines, kept, self.width, self.in_sequence)
            if not moved:
                kept = [k for k in kept if k not in strays]
            body, area = self.find_area(kept)
            if (moved or lowered) and not area:
                for k, line in [*moved, *lowered]:
                    self.lines[k] = line
                kept = [k for k in kept if k not in strays]
                body, area = self.find_area(kept)
        notes = self.raw_notes(area, number)
        keys = self.with_gaps([note.n for note in notes])
        hits = find_markers([lines[k].text for k in body], [printed_number(k) for k in keys])
        body_start = len(self.body)
        self.add_body(body + listed, keys, hits, number, continued=continued)
        self.mark_overleaf([note.n for note in notes], keys, hits, body_start, number)
        if notes and notes[0].n // SEGMENT > self.segment:
            self.before_restart = (self.segment, self.last)
        elif self.before_restart is not None and len(self.notes) - self.restart_at > _PROVEN:
            self.before_restart = None
        if notes and notes[0].n // SEGMENT > self.segment:
            self.restart_at, self.restart_body = len(self.notes), body_start
        self.notes.extend(notes)
        if notes:
            self.segment, self.last = divmod(notes[-1].n, SEGMENT)

    def mark_overleaf(
        self,
        notes: list[int],
        keys: list[int],
        hits: list[MarkerHit | None],
        body_start: int,
        number: int,
    ) -> None:
        """Look for the markers of the first notes of page *number* that its running text
        lacks and that come next in the sequence in the running text of the page before
        (:func:`.moved_notes.overleaf_markers`)."""
        expected = self.segment * SEGMENT + self.last + 1
        wanted: list[int] = []
        for key, hit in zip(keys, hits, strict=True):
            if hit is not None or key != expected or key not in notes:
                break
            wanted.append(key)
            expected += 1
        if wanted and self.notes:
            first = body_start
            while first > 0 and self.body[first - 1].page in (number - 1, number):
                first -= 1
            overleaf_markers(
                self.body[first:body_start],
                wanted,
                sure_only=(self.unsure_share() or 0.0) < _SET_OFF,
            )

    def take_endnotes(self, kept: list[int]) -> list[int]:
        """*kept* without the lines of a notes section (endnotes), which are gathered until
        the section ends; the rest of the page is read as usual. A section with no title
        (:mod:`.unheaded_endnotes`) takes a page only while it goes on with its labels."""
        lines = self.lines
        section = self.endnotes
        if section is None:
            for position, k in enumerate(kept):
                if endnotes_title(lines[k].text) and title_apart(lines, kept, position):
                    self.endnotes = EndnoteSection(body_start=self.annotated)
                    rest = self.take_endnotes(kept[position + 1 :])
                    return kept[:position] + rest
            section = open_section(lines, kept, self.last, self.body, self.annotated)
            if section is None:
                return kept
            self.endnotes = section
        elif section.expected is not None and not goes_on(lines, kept, section):
            self.close_endnotes()
            return kept
        for position in range(len(kept)):
            if ends_section(lines, kept, position):
                section.lines.extend(kept[:position])
                self.close_endnotes()
                return kept[position:]
        section.lines.extend(kept)
        return []

    def close_endnotes(self) -> None:
        """Read the notes of the section just ended and put their markers into the running
        text it annotates."""
        section, self.endnotes = self.endnotes, None
        if section is None:
            return
        lines = self.lines
        unheaded = section.expected is not None
        if unheaded:  # keyed apart until the end (:func:`.unheaded_endnotes.settle_keys`)
            segment, self.segment, self.last = self.segment, section_segment(self.unheaded), 0
        area = section_notes(lines, section.lines, initials=unheaded)
        notes: list[RawNote] = []
        for note in area:
            notes.extend(self.raw_notes([note], self.page_of.get(note.first, 0)))
            self.segment, self.last = divmod(notes[-1].n, SEGMENT)
        if not unheaded:  # the chapter's notes are these: numbered lists were read as notes
            labels = {printed_number(n.n) for n in notes}
            opens = self.page_of.get(section.lines[0], len(self.pages)) if section.lines else 0
            self.notes = drop_foot_lists(self.notes, self.body, section.body_start, labels, opens)
        body = self.body[section.body_start :]
        search = find_markers if unheaded else section_markers
        hits = search([b.text for b in body], [printed_number(n.n) for n in notes])
        if unheaded:  # free markers only; the numbering goes on from the number before
            hits = answerable(body, hits)
            self.segment, self.last = segment, section.before
            self.unheaded.append((segment, notes))
        for hit, raw in zip(hits, notes, strict=True):
            if hit is not None:
                markers = body[hit.line].markers
                markers.append(Marker(hit.start, hit.end, raw.n))
                markers.sort(key=lambda m: m.start)
        self.notes.extend(notes)
        self.annotated = len(self.body)

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
        return jumping_notes(area, first.n, unlabelled, seen, running)

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
        for position, k in enumerate(filled):
            if rules and position <= rules[-1]:
                continue  # a footnote rule: the notes area starts below the last one
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
            if label.n <= self.last and not (
                first_hit
                and (first_hit.sure or (self.unsure_share() or 0.0) >= _RESTART_UNSURE)
                and not symbol_index(lines[searched[first_hit.line]].text, first_hit.start)
            ):
                continue  # a restart wants a marker printed as the document prints them
            ahead = self.last < label.n <= self.last + _CATCH_UP
            if resumed or (caught_up and not ahead and self.resumes(label.n, _CATCH_UP)):
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

    def glued_area(
        self, kept: list[int], filled: list[int], *, joined: bool = False
    ) -> tuple[list[int], list[AreaNote]]:
        """The running text and notes of a page whose first label plain ``pdftotext`` glued
        to the last running line (:func:`.glued_labels.glued_notes`); *kept* and no notes
        otherwise."""
        found = glued_notes(self.lines, kept, filled, self.last, joined=joined)
        if found is None:
            return kept, []
        above, k, notes = found
        return [*self.carried(above), k], notes

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
        :data:`_CATCH_UP` past the last note (or the last before the restart)."""
        if not hits or hits[0] is None or not all(h.sure for h in hits if h is not None):
            return False
        return self.last < n <= self.last + _CATCH_UP or self.resumes(n, _CATCH_UP)

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
        if wide and not any(note_wide(text, self.text_width) for text in texts[start:]):
            return above
        self.carry_on(above[start:])
        self.carried_onto = self.page_of.get(above[start], self.carried_onto)
        return above[:start]

    def carry_on(self, indices: list[int]) -> None:
        if self.notes:
            for k in indices:
                self.notes[-1].append(self.lines[k].text)

    def add_body(
        self,
        body: list[int],
        keys: list[int],
        hits: list[MarkerHit | None],
        page: int,
        *,
        continued: bool = False,
    ) -> None:
        lines = self.lines
        markers: dict[int, list[Marker]] = {}
        for hit, key in zip(hits, keys, strict=True):
            if hit is not None:
                markers.setdefault(hit.line, []).append(Marker(hit.start, hit.end, key))
        gap = 0
        first = not continued
        for position, k in enumerate(body):
            line = lines[k]
            if not line.text.strip():
                gap += 1
                continue
            self.body.append(
                BodyLine(no=line.line, text=line.text.rstrip(), gap=gap, page=page,
                         page_start=first, markers=markers.get(position, []))
            )  # fmt: skip
            first = False
            gap = 0

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


def split_paged(lines: Sequence[SourceLine], skip: set[int] | None = None) -> Layout:
    """Split *lines*, whose pages are known, into running text, notes and pages; *skip* holds
    the (1-based) positions in *lines* to leave out (a table of contents)."""
    ordered, origin, parts = split_columns(lines)
    skip = skip or set()
    moved = {p + 1 for p, k in enumerate(origin) if k + 1 in skip}
    return _Pager(ordered, moved, parts).run()
