"""The citations of another project's notes that carry no citing markup, read as the
plain-text reader reads footnotes (full references, short titles, ``Ibid.``/``Ebd.``, op.
cit.) and resolved against the file's bibliography and those given with it.

Only citations that name an author (or follow one, as ``Ebd.`` does) and resolve to an entry
become evidence: a note's prose read as a reference that matches no entry is left alone
(counted in the report), so that a commentary's sentences never turn into sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from purgehist.formats.tei.read_note_citations import drop_note_evidence, locator_or_none
from purgehist.formats.tei.read_state import ReadState
from purgehist.formats.text.citation_parts import PAGE_PREFIX, PAGES, CitationKind, ParsedCitation
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.person_names import parse_name
from purgehist.formats.text.resolve import Resolver, SourceIndex
from purgehist.model import CitationStatus, Evidence, Provenance, Source
from purgehist.names import PersonName

__all__ = ["PlainCitation", "plain_note_citations", "resolve_plain_citations"]

_CITING = frozenset(
    {
        CitationKind.FULL,
        CitationKind.SHORT,
        CitationKind.IBID,
        CitationKind.IDEM,
        CitationKind.OPCIT,
        CitationKind.LOCCIT,
    }
)

_PAGES_THEN_TEXT = re.compile(rf",\s*{PAGE_PREFIX}\s*{PAGES}\.(?=\s+\S)")
_NAMING = frozenset({CitationKind.FULL, CitationKind.SHORT})
"""Kinds that must name an author to count: the back-references follow one that did."""


@dataclass(frozen=True, slots=True)
class PlainCitation:
    """A citation read from a note's text, resolved once the file is read."""

    evidence_id: str
    citation: ParsedCitation
    note: int
    """The note's number in the file's order of notes."""
    first_in_note: bool
    provenance: Provenance
    where: str


def plain_note_citations(
    state: ReadState, text: str, note: int, provenance: Provenance, where: str
) -> tuple[str, ...]:
    """The ids of the evidence a note's *text* may give (the *note*-th note of the file);
    its citations are kept in ``state.plain_citations`` to be resolved at the end."""
    ids: list[str] = []
    for found in parse_note(text):
        citation = _without_prose(found)
        if citation.kind not in _CITING or (citation.kind in _NAMING and not citation.authors):
            continue  # a title alone in running prose is too often no citation at all
        evidence_id = state.id_pool.claim(f"ev_{provenance.document}_{note}_{len(ids) + 1}")
        state.plain_citations.append(
            PlainCitation(evidence_id, citation, note, not ids, provenance, where)
        )
        ids.append(evidence_id)
    return tuple(ids)


def _without_prose(citation: ParsedCitation) -> ParsedCitation:
    """*citation* cut after its pages when the note's prose runs on behind them in the same
    piece (``vgl. Bringmann, Handbuch, S. 290. Frankreich: comte de …``)."""
    if citation.kind not in _NAMING or citation.locator:
        return citation
    cut = _PAGES_THEN_TEXT.search(citation.printed)
    if cut is None:
        return citation
    again = parse_note(citation.printed[: cut.end()])
    return again[0] if len(again) == 1 and again[0].kind in _NAMING else citation


def _names(source: Source) -> list[PersonName]:
    """The creators' names as the resolver compares them; a name without a comma may be
    ``Surname Forename`` (German lists), so its first word is a surname too."""
    names = []
    for creator in source.creators:
        names.append(parse_name(creator.name))
        words = creator.name.split()
        if "," not in creator.name and len(words) > 1:
            names.append(PersonName(surname=words[0], given=" ".join(words[1:])))
    return names


def _index(sources: list[Source]) -> SourceIndex:
    index = SourceIndex()
    for source in sources:
        index.ids.add(source.id)
        entry = ParsedCitation(
            kind=CitationKind.FULL,
            printed=source.title,
            authors=_names(source),
            title=source.title,
            year=(source.date or "")[:4] or None,
        )
        index.add(source.id, entry, listed=True)
    return index


def _forget_work(index: SourceIndex, source_id: str) -> None:
    """Take out the work the resolver made of a citation that matched no entry: later
    citations must be compared with the entries only."""
    for works in (*index.by_surname.values(), *index.by_word.values()):
        works[:] = [w for w in works if w.source_id != source_id]


def resolve_plain_citations(state: ReadState) -> None:
    """Turn the citations kept in ``state.plain_citations`` that resolve to an entry into
    evidence; the others are taken out of their notes and counted."""
    if not state.plain_citations:
        return
    sources = {s.id: s for s in state.sources}
    outside = {s.id: s for s in state.bibliography if s.id not in sources}
    known = {**sources, **outside}
    resolver = Resolver(_index(list(known.values())))
    dropped: set[str] = set()
    previous_note = 0
    for item in state.plain_citations:
        if item.first_in_note and item.note != previous_note + 1:
            resolver.forget("the note before cites by markup, or cites nothing")
        previous_note = item.note
        found = resolver.resolve(
            item.citation,
            first_in_note=item.first_in_note,
            previous_note_present=item.note > 1,
            n=item.note,
        )
        if found.source is None or found.source not in known:
            dropped.add(item.evidence_id)
            if found.source is not None:
                _forget_work(resolver.index, found.source)
            continue
        if found.source in outside and found.source not in sources:
            sources[found.source] = outside[found.source]
            state.sources.append(outside[found.source])
        locator = locator_or_none(found.locator)
        evidence = state.build_at(
            item.where,
            Evidence,
            id=item.evidence_id,
            source=found.source,
            locator=locator,
            cited_as=item.citation.printed or None,
            status=CitationStatus.RESOLVED,
            provenance=item.provenance,
        )
        if evidence is None:
            dropped.add(item.evidence_id)
        else:
            state.evidence.append(evidence)
    state.plain_unresolved += len(dropped)
    state.plain_citations.clear()
    if dropped:
        drop_note_evidence(state, dropped)
