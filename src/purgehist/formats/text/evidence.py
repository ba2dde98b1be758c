"""The evidence of the footnotes: each note's citations read and resolved in order, a note
without text or without a marker reported, and every citation counted."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation
from purgehist.formats.text.footnotes import (
    LETTERED,
    SEGMENT,
    RawNote,
    note_label,
    printed_label,
    printed_number,
)
from purgehist.formats.text.lettered_notes import label_ordinal
from purgehist.formats.text.note_abbreviations import NoteAbbreviations
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.resolve import Resolution
from purgehist.formats.text.works import Works
from purgehist.model import CitationStatus, Evidence, Source, parse_locator
from purgehist.model.evidence import grade_settled_by
from purgehist.names import PersonName

__all__ = ["NoteEvidence", "cite_notes"]


@dataclass(slots=True)
class NoteEvidence:
    """The evidence of all footnotes, in order, and the ids of each note's."""

    evidence: list[Evidence] = field(default_factory=list)
    by_note: dict[int, list[str]] = field(default_factory=dict)
    """Note key → the ids of its evidence."""

    def named_note(
        self, n: int, citation: ParsedCitation, sources: Mapping[str, Source]
    ) -> Resolution:
        """The work of the note that *citation* (a cross-reference from note *n*) names, in
        the same numbering, at the pages it gives; of several, the one by the author or of
        the short title it names. Unresolved when that note cites none."""
        named = (n - n % SEGMENT) + int(citation.locator or 0)
        # a lettered note names a numbered note by its number, whose numbering is not known here
        ids = set(self.by_note.get(named, ())) if n < LETTERED else set()
        cited = list(dict.fromkeys(e.source for e in self.evidence if e.id in ids and e.source))
        if not cited:
            return Resolution(
                None, None, f"'{citation.printed}': note {citation.locator} cites no work"
            )
        fitting = [s for s in cited if _names_work(citation, sources.get(s))]
        return Resolution((fitting or cited)[0], citation.pinpoint)


def _names_work(citation: ParsedCitation, source: Source | None) -> bool:
    """Whether *citation* names *source* by one of its authors or by its title's opening."""
    if source is None:
        return False
    surnames = {PersonName(surname=c.name.split(",")[0]).key for c in source.creators}
    if any(a.key in surnames for a in citation.authors):
        return True
    # a case or an anonymous work, by the opening of its title ("Donoghue (n 1)")
    who = citation.title or (citation.authors[0].surname if citation.authors else "")
    return bool(who) and source.title.casefold().startswith(who.casefold())


def cite_notes(
    notes: Mapping[int, RawNote],
    markers: Sequence[int],
    marker_lines: Mapping[int, int],
    *,
    works: Works,
    page_labels: Sequence[str],
    restarted: bool,
    short_titles: Callable[[str], ParsedCitation | None] | None = None,
) -> NoteEvidence:
    """Read the citations of every footnote with text, in order.

    :param notes: the footnotes' texts by note key (see :data:`~.footnotes.SEGMENT`)
    :param markers: the note keys of the markers in the text, in order
    :param marker_lines: the line of each marker
    :param restarted: the numbering restarts (per chapter), so labels name the chapter too
    :param short_titles: reads a citation by a short title from a list of abbreviations
    """
    reading = works.reading
    counts = reading.stats.counts
    marked = set(markers)
    counts["markers"] = len(markers)
    numbers = sorted(set(notes) | marked)
    counts["footnotes"] = len(numbers)
    present = {n for n in numbers if (raw := notes.get(n)) is not None and raw.text.strip()}
    counts["footnotes_without_text"] += len(numbers) - len(present)
    counts["footnotes_with_text"] = len(present)
    counts["markers_matched"] = len(marked & present)
    found = NoteEvidence()
    defined = NoteAbbreviations(short_titles)
    for n in numbers:
        if n not in present:
            continue
        raw = notes[n]
        page = page_labels[raw.page] if raw.page < len(page_labels) else None
        if n not in marked:
            counts["notes_without_marker"] += 1
            reading.warn(
                "note-without-marker",
                f"footnote {note_label(n, restarted, raw)} has no marker in the text",
                raw.line,
                raw.text,
            )
        before = notes.get(n - 1) if n - 1 >= LETTERED else None
        if n >= LETTERED and (before is None or before.page != raw.page):
            # a table's notes are their own sequence: an Ibid. opening them follows nothing
            works.resolver.forget("the note opens a sequence of lettered notes")
        _cite_note(
            found, n, raw, page, works, restarted, defined, previous_present=(n - 1) in present
        )
    for n in sorted(marked - present):
        reading.warn(
            "marker-without-note",
            f"marker {note_label(n, restarted)} has no footnote text",
            marker_lines.get(n),
        )
    return found


def _cite_note(
    found: NoteEvidence,
    n: int,
    raw: RawNote,
    page: str | None,
    works: Works,
    restarted: bool,
    defined: NoteAbbreviations,
    *,
    previous_present: bool,
) -> None:
    reading = works.reading
    counts = reading.stats.counts
    citations = parse_note(
        raw.text,
        defined.lookup,
        author_year=works.author_year,
        has_work=works.index.has_work,
        numbered=works.numbered.__contains__ if works.numbered else None,
    )
    ids: list[str] = []
    found.by_note[n] = ids
    if not citations or citations[0].kind == CitationKind.COMMENT:
        counts["comment_notes"] += 1
        works.resolver.forget("the previous footnote cites no work that could be read")
        return
    label = note_label(n, restarted, raw)
    number = printed_number(n) if raw.label is None else label_ordinal(raw.label, raw.roman)
    resolved: list[ParsedCitation] = []
    for k, citation in enumerate(citations, start=1):
        prov = reading.provenance(raw.line, printed_label(n, raw), page)
        if citation.kind == CitationKind.NOTE:
            result = found.named_note(n, citation, works.sources)
            if result.source:  # an Ibid. after it follows the work it names
                works.resolver.follow(result.source, result.locator)
        else:
            result = works.cite(
                citation,
                prov,
                first_in_note=k == 1,
                previous_note_present=previous_present,
                n=number,
                page=raw.page,
            )
        evidence_id = f"ev_{label}_{k}" if len(citations) > 1 or k > 1 else f"ev_{label}"
        counts["citations"] += 1
        if result.source:
            counts["citations_resolved"] += 1
        else:
            counts["citations_unresolved"] += 1
            reading.stats.unresolved.append(
                f"{reading.location(raw.line)} footnote {label}: {citation.printed}"
            )
            reading.warn(
                "citation-unresolved",
                result.note or "unresolved citation",
                raw.line,
                citation.printed,
            )
        locator = parse_locator(result.locator) if result.locator else None
        source = works.sources.get(result.source or "")
        found.evidence.append(
            Evidence(
                id=evidence_id,
                source=result.source,
                locator=locator,
                grade=grade_settled_by(source.type if source else None, locator),
                cited_as=citation.printed,
                status=CitationStatus.RESOLVED if result.source else CitationStatus.UNRESOLVED,
                note=result.note,
                provenance=prov,
            )
        )
        ids.append(evidence_id)
        if result.source:
            resolved.append(citation)
    defined.define(raw.text, resolved)
