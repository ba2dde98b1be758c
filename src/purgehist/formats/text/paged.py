"""The page model: lines on known pages split into running text and notes, page by page.

Each page's running heads and page numbers are set aside (:mod:`.page_roles`, or as the front
end marked them), its notes area found at its foot (:mod:`.area_search`, :mod:`.note_areas`)
and the markers of its notes looked for in its running text by their labels (:mod:`.markers`).
Notes are keyed as in :mod:`.footnotes` (:mod:`.note_sequence`): a label not above the
previous one starts the numbering again (per chapter, per section, whatever the heading looks
like), so the scheme is read from the document. Lines that the front end marked as notes are
taken as the notes area as they are; a notes section (endnotes) is gathered until it ends.
"""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.area_search import AreaSearch
from purgehist.formats.text.columns import split_columns
from purgehist.formats.text.endnotes import (
    EndnoteSection,
    endnotes_title,
    ends_section,
    section_notes,
    title_apart,
)
from purgehist.formats.text.footnotes import SEGMENT, Marker, RawNote, printed_number
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.markers import MarkerHit, find_markers
from purgehist.formats.text.moved_notes import overleaf_markers
from purgehist.formats.text.note_sequence import SET_OFF
from purgehist.formats.text.page_roles import (
    PAGE_NUMBER,
    mark_page_roles,
    numbers_below_folios,
    page_groups,
)
from purgehist.formats.text.pages import BodyLine, Layout, Page
from purgehist.formats.text.put_back_labels import put_back_lowered, put_back_trailing
from purgehist.formats.text.reference_pages import references_list
from purgehist.formats.text.unheaded_endnotes import (
    answerable,
    goes_on,
    open_section,
    section_segment,
    settle_keys,
)

__all__ = ["split_paged"]


class _Pager(AreaSearch):
    def __init__(
        self, lines: Sequence[SourceLine], skip: set[int], parts: Sequence[range] = ()
    ) -> None:
        super().__init__(mark_page_roles(lines))
        self.parts = parts
        """The parts of the pages read one after the other (a two-column page's columns)."""
        self.below_folios = numbers_below_folios(lines)
        """Numbers alone taken for page numbers though the page's head holds its number: the
        labels of an endnotes section or of a note printed last, or strays."""
        self.skip = skip
        self.pages: list[Page] = []
        self.endnotes: EndnoteSection | None = None
        self.unheaded: list[tuple[int, list[RawNote]]] = []
        """The notes of each section with no title read, and the numbering they go in."""
        self.annotated = 0
        """The first body line that a notes section to come annotates."""
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
        self.add_notes(notes, body_start)

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
                sure_only=(self.unsure_share() or 0.0) < SET_OFF,
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
        body = self.body[section.body_start :]
        hits = find_markers([b.text for b in body], [printed_number(n.n) for n in notes])
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


def split_paged(lines: Sequence[SourceLine], skip: set[int] | None = None) -> Layout:
    """Split *lines*, whose pages are known, into running text, notes and pages; *skip* holds
    the (1-based) positions in *lines* to leave out (a table of contents)."""
    ordered, origin, parts = split_columns(lines)
    skip = skip or set()
    moved = {p + 1 for p, k in enumerate(origin) if k + 1 in skip}
    return _Pager(ordered, moved, parts).run()
