"""The works a text cites, as sources: first its bibliography's, then those its footnotes cite
in full; and one actor for each of their authors."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from purgehist.formats.author_index import AuthorIndex, NameMatch
from purgehist.formats.text.archival import archival_id
from purgehist.formats.text.bibliography import author_year_list, parse_bibliography
from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.reading import Reading
from purgehist.formats.text.resolve import (
    Resolution,
    Resolver,
    SourceIndex,
    source_from_citation,
    source_type,
)
from purgehist.model import Actor, Creator, Provenance, Source, SourceType, parse_locator, slug

__all__ = ["Works"]

_SCHOLARLY = frozenset({SourceType.BOOK, SourceType.ARTICLE, SourceType.CHAPTER, SourceType.THESIS})


class Works:
    """The sources of one text, the resolver that ties its citations to them, and the actors
    of their authors (spellings merged by surname and initial, see
    :attr:`~purgehist.formats.author_index.NameMatch.SURNAME_INITIAL`)."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.authors = AuthorIndex(match=NameMatch.SURNAME_INITIAL)
        self.index = SourceIndex()
        self.resolver = Resolver(self.index)
        self.sources: dict[str, Source] = {}
        self.bibliography: list[str] = []
        """The ids of the bibliography's sources, in printed order."""
        self.author_year = False
        """The bibliography is an author–year references list: notes cite by author and
        year."""
        self.numbered: dict[int, str] = {}
        """Of a numbered references list: each entry's number → its source id."""

    def read_bibliography(self, lines: Sequence[BodyLine]) -> None:
        """Make a listed source of each entry of the bibliography in *lines*."""
        reading = self.reading
        entries = parse_bibliography(lines)
        parts = _lists(lines)
        self.resolver.lists = [start for start, _ in parts]
        page_of = {line.no: line.page for line in lines}
        reading.stats.counts["bibliography_entries"] = len(entries)
        self.author_year = author_year_list(sum(e.author_year for e in entries), len(entries))
        for entry in entries:
            citation = entry.citation
            if not citation.title:
                reading.warn(
                    "bibliography-entry",
                    "cannot read this bibliography entry",
                    entry.line,
                    entry.text,
                )
                continue
            prov = reading.provenance(entry.line, page=None)
            if citation.kind == CitationKind.ARCHIVAL:
                reference = parse_locator(citation.locator or "").archival
                source_id = self.index.reserve(
                    archival_id(reference) if reference else slug(citation.title or "archive")
                )
                self.sources[source_id] = source_from_citation(
                    source_id, citation, listed=True, provenance=prov, creators=()
                )
                self.bibliography.append(source_id)
                continue
            source_id = self.index.new_id(citation)
            self.sources[source_id] = source_from_citation(
                source_id,
                citation,
                listed=True,
                provenance=prov,
                creators=self._creators(citation, prov),
            )
            page = page_of.get(entry.line)
            part = next(
                (k for k, (a, b) in enumerate(parts) if page is not None and a <= page <= b), None
            )
            self.index.add(source_id, citation, listed=True, part=part)
            self.resolver.remember(source_id, citation.authors)
            self.bibliography.append(source_id)
            if entry.number is not None:
                self.numbered.setdefault(entry.number, source_id)

    def cite(
        self,
        citation: ParsedCitation,
        prov: Provenance,
        *,
        first_in_note: bool,
        previous_note_present: bool,
        n: int,
        page: int | None = None,
    ) -> Resolution:
        """Resolve *citation*, the next one of footnote *n* (printed on *page*); a work first
        cited here becomes an unlisted source, and the authors named join the actors."""
        if citation.kind == CitationKind.NUMBERED:
            return self._numbered(citation)
        self.resolver.page = page
        result = self.resolver.resolve(
            citation, first_in_note=first_in_note, previous_note_present=previous_note_present, n=n
        )
        if result.source is not None and result.source not in self.sources:
            self.sources[result.source] = source_from_citation(
                result.source,
                citation,
                listed=False,
                provenance=prov,
                creators=self._creators(citation, prov),
            )
        elif result.source is not None and citation.authors and citation.kind != CitationKind.IBID:
            for author in citation.authors:
                self.authors.add(author, _actor_role(citation), provenance=prov)
        return result

    def _numbered(self, citation: ParsedCitation) -> Resolution:
        """The entry of the numbered references list that *citation* gives the number of."""
        source = self.numbered.get(citation.number or 0)
        if source is None:
            note = f"'{citation.printed}': no entry {citation.number} in the references list"
            return Resolution(None, citation.locator, note)
        self.resolver.follow(source, citation.locator)
        return Resolution(source, citation.locator)

    def actors(self) -> list[Actor]:
        """The authors' actors: ``historian`` when cited for scholarly work, else ``author``."""
        return [
            attrs.evolve(a, roles=("historian",) if "historian" in a.roles else ("author",))
            for a in self.authors.actors()
        ]

    def _creators(self, citation: ParsedCitation, prov: Provenance) -> tuple[Creator, ...]:
        chapter = citation.quoted_title or citation.in_book
        role = "editor" if citation.editors and not chapter else "author"
        actor_role = _actor_role(citation)
        return tuple(
            Creator(
                name=a.inverted, role=role, actor=self.authors.add(a, actor_role, provenance=prov)
            )
            for a in citation.authors
        )


def _lists(lines: Sequence[BodyLine]) -> list[tuple[int, int]]:
    """The first and last page of each references list in *lines*: a list ends where the
    bibliography's lines skip a page or more (a volume of papers, each with its list)."""
    runs: list[tuple[int, int]] = []
    for line in lines:
        if runs and line.page - runs[-1][1] <= 1:
            runs[-1] = (runs[-1][0], line.page)
        else:
            runs.append((line.page, line.page))
    return runs


def _actor_role(citation: ParsedCitation) -> str:
    scholarly = source_type(citation) in _SCHOLARLY
    return "historian" if scholarly and not citation.url else "author"
