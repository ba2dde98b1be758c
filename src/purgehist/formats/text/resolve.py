"""Tie citations to sources: bibliography first, then works cited in full, then ibid chains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from purgehist.formats.text.archival import archival_id, file_key, file_of, with_folios
from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation
from purgehist.model import (
    Creator,
    Identifier,
    IdentifierScheme,
    Provenance,
    Source,
    SourceType,
    parse_locator,
    slug,
)
from purgehist.names import PersonName

__all__ = [
    "Resolution",
    "Resolver",
    "SourceIndex",
    "source_from_citation",
    "source_type",
    "title_key",
]

_TITLE_THRESHOLD = 72
_SURNAME_THRESHOLD = 85
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "maa": 3, "mar": 3, "mär": 3, "apr": 4, "mei": 5, "may": 5, "mai": 5,
    "jun": 6, "jui": 7, "jul": 7, "aug": 8, "aoû": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11,
    "dec": 12, "dez": 12, "déc": 12,
}  # fmt: skip
_STOP = frozenset(
    {"the", "a", "an", "of", "on", "in", "and", "de", "het", "een", "der", "die", "das", "le",
     "la", "les", "du", "des", "van", "en", "und", "et", "to", "for"}
)  # fmt: skip


def title_key(title: str) -> str:
    """A title folded for comparison: lower case, letters and digits, single spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


def _main_title(title: str) -> str:
    return re.split(
        r"\s*[:.;–—]\s+|\s+-\s+|,\s+(?=(?:The|De|Het|Een|Die|Der|Das|La|Le|Les|A|An)\s)",
        title,
        maxsplit=1,
    )[0]


def _date(citation: ParsedCitation) -> str | None:
    if citation.date_text and citation.year:
        match = re.search(r"(\d{1,2})\s+([^\W\d_]{3,})\s+(\d{4})", citation.date_text)
        if match:
            month = _MONTH_NUMBERS.get(match[2][:3].lower())
            if month:
                return f"{match[3]}-{month:02d}-{int(match[1]):02d}"
    return citation.year


def source_type(citation: ParsedCitation) -> SourceType:
    """The source type a citation suggests."""
    if citation.kind == CitationKind.ARCHIVAL:
        return SourceType.ARCHIVAL
    if citation.url and not (citation.quoted_title or citation.in_book or citation.volume):
        return SourceType.WEB  # a page of a site ("Stadtchronik, in: Wikipedia, <…>")
    if citation.in_book:
        return SourceType.CHAPTER
    if citation.quoted_title and citation.container:
        if citation.editors:
            return SourceType.CHAPTER
        if citation.date_text and re.search(r"\d{1,2}\s+\w+\s+\d{4}", citation.date_text):
            return SourceType.NEWSPAPER
        return SourceType.ARTICLE
    title = (citation.title or "").casefold()
    if re.search(r"\b(?:scriptie|thesis|proefschrift|dissertation|thèse)\b", title):
        return SourceType.THESIS
    if re.search(r"\b(?:memoirs?|memoires|herinneringen|erinnerungen|mémoires)\b", title):
        return SourceType.MEMOIR
    if re.search(r"\b(?:letters|brieven|briefe|lettres|documents|dokumente)\b", title):
        return SourceType.DOCUMENT_COLLECTION
    return SourceType.BOOK


@dataclass(slots=True)
class _Work:
    source_id: str
    authors: list[PersonName]
    key: str
    main: str
    listed: bool
    year: str | None = None
    label: str | None = None
    """The year with its letter (``2016d``), as an author–year references list prints it."""
    et_al: bool = False
    """The entry names its first authors only (``Manutius, Aldus et al.``)."""
    part: int | None = None
    """Which of the document's references lists holds the entry (a volume of papers has one
    per paper)."""


@dataclass(slots=True)
class Resolution:
    """The outcome of resolving one citation."""

    source: str | None
    locator: str | None
    note: str | None = None
    created: Source | None = None


class SourceIndex:
    """Sources by folded author surname (and by first title word for anonymous works)."""

    def __init__(self) -> None:
        self.by_surname: dict[str, list[_Work]] = {}
        self.by_prefix: dict[str, set[str]] = {}
        self.by_word: dict[str, list[_Work]] = {}
        self.ids: set[str] = set()

    def new_id(self, citation: ParsedCitation) -> str:
        """A readable, unique id: ``getty_origins_1987``."""
        words = [w for w in title_key(citation.title or "work").split() if w not in _STOP]
        surname = citation.authors[0].key if citation.authors else ""
        base = slug(" ".join(p for p in (surname, words[0] if words else "", citation.year) if p))
        candidate = base
        n = 2
        while candidate in self.ids:
            candidate = f"{base}_{n}"
            n += 1
        self.ids.add(candidate)
        return candidate

    def reserve(self, base: str) -> str:
        """A unique id made from *base*."""
        candidate, n = base, 2
        while candidate in self.ids:
            candidate = f"{base}_{n}"
            n += 1
        self.ids.add(candidate)
        return candidate

    def add(
        self, source_id: str, citation: ParsedCitation, *, listed: bool, part: int | None = None
    ) -> None:
        """Index a source under its authors' surnames and its title (*part*: the references
        list that holds it)."""
        title = citation.title or ""
        work = _Work(
            source_id,
            citation.authors,
            title_key(title),
            title_key(_main_title(title)),
            listed,
            (citation.year or "")[:4] or None,
            citation.year_label,
            citation.et_al,
            part,
        )
        for author in citation.authors or []:
            self.by_surname.setdefault(author.key, []).append(work)
            self.by_prefix.setdefault(author.key[:2], set()).add(author.key)
        words = [w for w in work.key.split() if w not in _STOP]
        if words:
            self.by_word.setdefault(words[0], []).append(work)

    def has_work(self, surname: str, year: str) -> bool:
        """Whether an author of this surname has a known work of *year*."""
        works = self.by_surname.get(PersonName(surname=surname).key, ())
        return any(work.year == year for work in works)

    def _candidates(self, citation: ParsedCitation) -> list[_Work]:
        found: list[_Work] = []
        for author in citation.authors:
            key = author.key
            if key in self.by_surname:
                found.extend(self.by_surname[key])
                continue
            for other in self.by_prefix.get(key[:2], ()):
                if fuzz.ratio(key, other) >= _SURNAME_THRESHOLD:
                    found.extend(self.by_surname[other])
        if not citation.authors and citation.title:
            words = [w for w in title_key(citation.title).split() if w not in _STOP]
            if words:
                found.extend(self.by_word.get(words[0], []))
        return found

    def find(self, citation: ParsedCitation) -> tuple[_Work | None, list[_Work]]:
        """The best-matching known work, and every work by the cited authors."""
        candidates = self._candidates(citation)
        if not citation.title:
            return None, candidates
        key = title_key(citation.title)
        main = title_key(_main_title(citation.title))
        year = (citation.year or "")[:4] or None
        best: _Work | None = None
        best_rank: tuple[float, bool, bool, float] = (0.0, False, False, 0.0)
        for work in candidates:
            score = max(
                fuzz.ratio(main, work.main),
                fuzz.ratio(key, work.key),
                fuzz.ratio(key, work.main),
                fuzz.partial_ratio(key, work.key) - 8 if len(key) >= 12 else 0,
                fuzz.token_set_ratio(key, work.key) - 10,
                fuzz.ratio(key, " ".join(work.key.split()[: len(key.split()) + 1])) - 4,
            )
            # two editions sharing a main title ("The Great Terror" and "The Great Terror:
            # A Reassessment"): the same full title, then the same year, then the closer title
            rank = (
                score,
                key == work.key,
                year is not None and year == work.year,
                fuzz.ratio(key, work.key),
            )
            if rank > best_rank:
                best, best_rank = work, rank
        if best is not None and best_rank[0] >= _TITLE_THRESHOLD:
            return best, candidates
        return None, candidates


def source_from_citation(
    source_id: str,
    citation: ParsedCitation,
    *,
    listed: bool,
    provenance: Provenance,
    creators: tuple[Creator, ...],
) -> Source:
    """A :class:`Source` from a bibliography entry or a footnote reference."""
    if citation.kind == CitationKind.ARCHIVAL:
        return _archival_source(source_id, citation, provenance, listed=listed)
    title = citation.title or citation.printed
    main = _main_title(title)
    return Source(
        id=source_id,
        type=source_type(citation),
        creators=creators,
        title=title,
        short_title=main if main != title else None,
        container=citation.container,
        volume=citation.volume,
        issue=citation.issue,
        pages=citation.pages,
        place=citation.place,
        publisher=citation.publisher,
        date=_date(citation),
        identifiers=(),
        listed=listed,
        note=None if listed else "cited in a footnote but not listed in the bibliography",
        provenance=provenance,
    )


def _archival_source(
    source_id: str, citation: ParsedCitation, provenance: Provenance, *, listed: bool = False
) -> Source:
    reference = parse_locator(citation.locator or "").archival
    signature = str(file_of(reference)) if reference else citation.printed
    return Source(
        id=source_id,
        type=SourceType.ARCHIVAL,
        title=citation.title or signature,
        short_title=None,
        container=signature if citation.title else None,
        identifiers=(Identifier(scheme=IdentifierScheme.ARCHIVAL, value=signature),),
        listed=listed,
        note=None if listed else "archival file cited in a footnote",
        provenance=provenance,
    )


@dataclass(slots=True)
class _Last:
    source: str | None = None
    locator: str | None = None


@dataclass(slots=True)
class Resolver:
    """Resolve the citations of a document's footnotes, in order."""

    index: SourceIndex
    last: _Last = field(default_factory=_Last)
    last_by_author: dict[str, str] = field(default_factory=dict)
    authors_of: dict[str, list[PersonName]] = field(default_factory=dict)
    last_locator: dict[str, str | None] = field(default_factory=dict)
    archival: dict[str, str] = field(default_factory=dict)
    """Archival file key → source id."""
    gap: str | None = None
    """Why the previous footnote leaves nothing for ``Ibid.`` to follow, when it does."""
    lists: list[int] = field(default_factory=list)
    """The first page of each references list, in order."""
    page: int | None = None
    """The page of the footnote being read."""

    def forget(self, reason: str) -> None:
        """The footnote just read cites no work: a following ``Ibid.`` must stay unresolved."""
        self.last = _Last()
        self.gap = reason

    def follow(self, source: str, locator: str | None) -> None:
        """The citation just read, resolved elsewhere (a cross-reference to another note), cites
        *source* at *locator*: what a following ``Ibid.`` repeats."""
        self.last = _Last(source, locator)

    def remember(self, source: str, authors: list[PersonName]) -> None:
        """Record the authors of a known source (for ``Idem``)."""
        self.authors_of[source] = authors

    def resolve(
        self, citation: ParsedCitation, *, first_in_note: bool, previous_note_present: bool, n: int
    ) -> Resolution:
        """Resolve one citation of footnote *n*; creating an unlisted source when needed
        (the caller builds it from ``Resolution.created`` being ``None`` and ``source`` new)."""
        kind = citation.kind
        gap, self.gap = self.gap, None
        if kind == CitationKind.IBID or (kind == CitationKind.IDEM and not citation.title):
            if first_in_note and not previous_note_present:
                reason = (
                    "the previous footnote has no text"
                    if n > 1
                    else "there is no previous footnote"
                )
                self.last = _Last()
                return Resolution(None, citation.locator, f"'{citation.printed}': {reason}")
            if self.last.source is None:
                reason = gap if first_in_note and gap else "the citation it follows is unresolved"
                return Resolution(None, citation.locator, f"'{citation.printed}': {reason}")
            locator = citation.locator or self.last.locator
            if citation.locator and self.last.locator:
                locator = with_folios(self.last.locator, citation.locator) or locator
            self.last = _Last(self.last.source, locator)
            return Resolution(self.last.source, locator)
        if kind == CitationKind.ARCHIVAL:
            return self._archival(citation)
        if kind == CitationKind.IDEM or citation.same_author:
            citation.authors = list(self.authors_of.get(self.last.source or "", []))
        if kind in (CitationKind.OPCIT, CitationKind.LOCCIT):
            work = self.index.find(citation)[0] if citation.title else None
            if work is not None:
                self._note_author(work.source_id, citation.authors)
                locator = citation.locator
                if kind == CitationKind.LOCCIT and not locator:
                    locator = self.last_locator.get(work.source_id)
                self.last = _Last(work.source_id, locator)
                return Resolution(work.source_id, locator)
            for author in citation.authors:
                source = self.last_by_author.get(author.key)
                if source is not None:
                    locator = citation.locator
                    if kind == CitationKind.LOCCIT and not locator:
                        locator = self.last_locator.get(source)
                    self.last = _Last(source, locator)
                    return Resolution(source, locator)
            self.last = _Last()
            return Resolution(
                None, citation.locator, f"'{citation.printed}': no earlier work by this author"
            )
        work, by_author = self.index.find(citation)
        if work is None and not citation.title and by_author:
            chosen, why = self._by_author_only(citation, by_author)
            self.last = _Last(chosen, citation.locator)
            if chosen is not None:
                self._note_author(chosen, citation.authors)
            return Resolution(chosen, citation.locator, why and f"'{citation.printed}': {why}")
        if work is not None:
            self._note_author(work.source_id, citation.authors or work.authors)
            self.last = _Last(work.source_id, citation.locator)
            return Resolution(work.source_id, citation.locator)
        if not citation.title:
            self.last = _Last()
            return Resolution(
                None, citation.locator, f"'{citation.printed}': no work by this author is known"
            )
        source_id = self.index.new_id(citation)
        self.index.add(source_id, citation, listed=False)
        self.authors_of[source_id] = citation.authors
        self._note_author(source_id, citation.authors)
        self.last = _Last(source_id, citation.locator)
        return Resolution(source_id, citation.locator, None)

    def _by_author_only(
        self, citation: ParsedCitation, by_author: list[_Work]
    ) -> tuple[str | None, str | None]:
        """The work an author-page or author-date reference means: the year's work, the
        author's only work, or the one cited last; otherwise none, with the reason."""
        works = {w.source_id: w for w in by_author}
        keys = {a.key for a in citation.authors}
        if len(keys) > 1:
            joint = {i: w for i, w in works.items() if keys <= {a.key for a in w.authors}}
            works = joint or works
        if citation.year:
            dated = [i for i, w in works.items() if w.year == citation.year[:4]]
            label = citation.year_label
            if label and label != citation.year and len(dated) > 1:
                dated = [i for i in dated if works[i].label in (label, None)]
            # one work listed in several references lists (an edited volume's chapters)
            dated = list({(works[i].key, works[i].label): i for i in reversed(dated)}.values())
            if len(dated) > 1:
                dated = _by_author_count(citation, [works[i] for i in dated]) or dated
            if len(dated) > 1:
                dated = self._own_list([works[i] for i in dated]) or dated
            if len(dated) == 1:
                return dated[0], None
            if not dated:
                return None, f"no work of {citation.year} by this author is known"
            works = {i: works[i] for i in dated}
        elif citation.year_label:  # "n.d.", "forthcoming": the author's work listed so
            label = citation.year_label
            undated = [i for i, w in works.items() if w.year is None and w.label == label]
            if not undated:
                return None, f"no work by this author is listed as {citation.year_label}"
            # one work listed in several references lists (an edited volume's chapters): the
            # one of the paper's own list, or else the first
            if len(undated) > 1:
                undated = self._own_list([works[i] for i in undated]) or undated
            undated = list({works[i].key: i for i in reversed(undated)}.values())
            works = {i: works[i] for i in undated}
        if len(works) == 1:
            return next(iter(works)), None
        recent = [self.last_by_author.get(a.key) for a in citation.authors]
        chosen = next((r for r in recent if r in works), None)
        if chosen is not None:
            return chosen, None
        return None, f"{len(works)} works by this author are known; the reference is ambiguous"

    def _own_list(self, works: list[_Work]) -> list[str]:
        """Of works one author–year citation may mean, each in another references list (a
        volume of papers, each with its own), the one in the list that follows the note: its
        paper's."""
        parts = {w.part for w in works}
        if self.page is None or len(parts) < len(works) or None in parts:
            return []
        own = next((k for k, start in enumerate(self.lists) if start >= self.page), None)
        return [w.source_id for w in works if w.part == own]

    def _archival(self, citation: ParsedCitation) -> Resolution:
        reference = parse_locator(citation.locator or "").archival
        if reference is None:
            self.last = _Last()
            return Resolution(None, citation.locator, f"'{citation.printed}': unreadable reference")
        key = file_key(reference, citation.title)
        source = self.archival.get(key)
        if source is None:
            source = self.index.reserve(archival_id(reference))
            self.archival[key] = source
        self.last = _Last(source, citation.locator)
        return Resolution(source, citation.locator)

    def __setattr__(self, name: str, value: object) -> None:
        if name == "last" and isinstance(value, _Last) and value.source is not None:
            self.last_locator[value.source] = value.locator
        object.__setattr__(self, name, value)

    def _note_author(self, source: str, authors: list[PersonName]) -> None:
        for author in authors:
            self.last_by_author[author.key] = source
        if authors and source not in self.authors_of:
            self.authors_of[source] = authors


def _by_author_count(citation: ParsedCitation, works: list[_Work]) -> list[str]:
    """Of one year's works by the cited authors, those with as many authors as the citation
    names (``Considine (2010)``: not ``Considine & Van Hal 2010``), or more after ``et al.``."""
    named = len(citation.authors)
    if citation.et_al:
        return [w.source_id for w in works if len(w.authors) > named or w.et_al]
    return [w.source_id for w in works if len(w.authors) == named and not w.et_al]
