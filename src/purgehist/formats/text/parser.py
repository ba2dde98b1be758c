"""Parse a plain-text scholarly document (often extracted from a PDF) into a dataset."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import attrs

from purgehist.errors import UsageError
from purgehist.formats.author_index import AuthorIndex, NameMatch
from purgehist.formats.text.abbreviations import find_abbreviations
from purgehist.formats.text.archival import archival_id
from purgehist.formats.text.bibliography import parse_bibliography
from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation
from purgehist.formats.text.claims import (
    CueSet,
    find_attributions,
    parse_cue_option,
    sentences,
)
from purgehist.formats.text.footnotes import SEGMENT, note_label, printed_number
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.pages import split_pages
from purgehist.formats.text.resolve import (
    Resolver,
    SourceIndex,
    source_from_citation,
    source_type,
)
from purgehist.formats.text.stats import StatsBuilder
from purgehist.formats.text.structure import Heading, Para, build_structure, find_toc
from purgehist.formats.text_files import checked_text
from purgehist.model import (
    Attribution,
    CitationStatus,
    Claim,
    ClaimStatus,
    Creator,
    Division,
    Document,
    Evidence,
    Note,
    PageBreak,
    Paragraph,
    Provenance,
    Source,
    SourceType,
    Stance,
    parse_locator,
    slug,
)
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.evidence import grade_settled_by
from purgehist.names import name_key
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = [
    "STOP_WORDS",
    "TextOptions",
    "detect_language",
    "parse_text",
    "parse_text_file",
    "text_options",
]


def _stops(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOP_WORDS: dict[str, frozenset[str]] = {
    "nl": _stops("de het een en van dat is niet op te zijn voor met ook aan er als bij werd"),
    "en": _stops("the and of to that is was in for with as by not on his which this"),
    "de": _stops("der die das und ist nicht zu den von mit sich auf dem für ein eine wurde"),
    "fr": _stops("le la les et des est une du que pour dans qui pas sur au avec ne se"),
}
"""Frequent words that tell the four languages apart."""

_THESIS = re.compile(
    r"\b(?:(?:master|doctoraal|bachelor)?scriptie|thesis|dissertation|proefschrift|"
    r"masterarbeit|doktorarbeit|thèse|mémoire de master)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class TextOptions:
    """Options of the text parser."""

    language: str | None = None
    """``nl``, ``en``, ``de``, ``fr``; detected when ``None``."""
    document_type: str | None = None
    """``thesis``, ``book``, ``article``, ``text``; guessed when ``None``."""
    title: str | None = None
    claims: bool = True
    claim_cues: dict[str, CueSet] = field(default_factory=dict)
    """Cue words on top of :data:`~purgehist.formats.text.claims.CLAIM_CUES`."""


def detect_language(text: str) -> str | None:
    """``nl``, ``en``, ``de`` or ``fr`` by counting stop words (``None`` for too little text)."""
    counts: Counter[str] = Counter()
    words = re.findall(r"[^\W\d_]+", text[:200_000].lower())
    for word in words:
        for lang, stops in STOP_WORDS.items():
            if word in stops:
                counts[lang] += 1
    if not counts or counts.most_common(1)[0][1] < 3:
        return None
    return counts.most_common(1)[0][0]


def _decode(data: bytes, report: StatsBuilder) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.warn("encoding", "not UTF-8; read as Windows-1252", line)
        return data.decode("cp1252", errors="replace")


def _creators(
    citation: ParsedCitation, actors: AuthorIndex, prov: Provenance, role: str
) -> tuple[Creator, ...]:
    chapter = citation.quoted_title or citation.in_book
    role_name = "editor" if citation.editors and not chapter else "author"
    return tuple(
        Creator(name=a.inverted, role=role_name, actor=actors.add(a, role, provenance=prov))
        for a in citation.authors
    )


def _actor_role(citation: ParsedCitation) -> str:
    kind = source_kind(citation)
    scholarly = kind in {SourceType.BOOK, SourceType.ARTICLE, SourceType.CHAPTER, SourceType.THESIS}
    return "historian" if scholarly and not citation.url else "author"


def source_kind(citation: ParsedCitation) -> SourceType:
    """The source type a citation suggests."""
    return source_type(citation)


class _Parse:
    def __init__(
        self, text: str, file: str, sha: str, options: TextOptions, report: StatsBuilder
    ) -> None:
        self.text = text
        self.file = file
        self.sha = sha
        self.options = options
        self.stats = report
        self.doc_id = slug(Path(file).stem or "document", "")
        if self.doc_id[0] == "_":
            self.doc_id = "doc" + self.doc_id
        self.actors = AuthorIndex(match=NameMatch.SURNAME_INITIAL)
        self.index = SourceIndex()
        self.sources: dict[str, Source] = {}
        self.evidence: list[Evidence] = []
        self.note_evidence: dict[int, list[str]] = {}

    def prov(
        self, line: int | None, footnote: int | None = None, page: str | None = None
    ) -> Provenance:
        return Provenance(
            document=self.doc_id,
            file=self.file,
            line=line,
            footnote=str(footnote) if footnote is not None else None,
            page=page,
        )

    def label(self, key: int) -> str:
        """The unique label of note *key* (see :func:`note_label`)."""
        return note_label(key, self.restarted)

    def run(self) -> Dataset:
        text = self.text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        self.stats.counts["lines"] = len(lines)
        skip, toc = find_toc(lines)
        abbreviation_lines, self.abbreviations = find_abbreviations(lines)
        skip |= abbreviation_lines
        if self.abbreviations:
            self.stats.facts["abbreviated_works"] = len(self.abbreviations)
        layout = split_pages(lines, skip)
        structure = build_structure(layout, toc)
        labels = layout.page_labels()
        self.labels = labels
        self.stats.counts["pages"] = len(layout.pages)
        self.stats.counts["page_numbers_printed"] = sum(1 for p in layout.pages if p.printed)
        self.stats.facts["layout"] = "double-spaced" if layout.double_spaced else "single-spaced"
        if toc:
            self.stats.facts["table_of_contents_entries"] = len(toc)
        body_text = " ".join(b.text for b in structure.blocks if isinstance(b, Para))
        self.language = self.options.language or detect_language(body_text)
        self._bibliography(structure.bibliography)
        notes = {note.n: note for note in layout.notes}
        self.restarted = any(key >= SEGMENT for key in notes) or any(
            line.markers and line.markers[-1].n >= SEGMENT for line in layout.body
        )
        paragraphs = [b for b in structure.blocks if isinstance(b, Para)]
        marker_numbers = [n for para in paragraphs for _, n in para.markers]
        self.marker_lines = {
            n: _line_at(para, offset) for para in paragraphs for offset, n in para.markers
        }
        self._footnotes(notes, marker_numbers)
        para_records = self._paragraphs(paragraphs, notes, labels)
        divisions = self._divisions(structure.blocks, para_records)
        claims = self._claims(paragraphs, para_records) if self.options.claims else []
        title = (
            self.options.title or _detect_title(lines, skip) or Path(self.file).stem or "document"
        )
        doc_type = self.options.document_type or ("thesis" if _THESIS.search(text) else "text")
        document = Document(
            id=self.doc_id,
            title=title,
            type=doc_type,
            language=self.language,
            file=Path(self.file).name,
            sha256=self.sha,
            divisions=divisions,
            bibliography=tuple(self.bibliography_ids),
        )
        actors = [
            attrs.evolve(a, roles=("historian",) if "historian" in a.roles else ("author",))
            for a in self.actors.actors()
        ]
        self.stats.counts["actors"] = len(actors)
        self.stats.counts["claims"] = len(claims)
        self.stats.counts["sources_listed"] = sum(1 for s in self.sources.values() if s.listed)
        self.stats.counts["sources_unlisted"] = sum(
            1 for s in self.sources.values() if not s.listed
        )
        return Dataset(
            metadata=Metadata(title=title, language=self.language, source=Path(self.file).name),
            actors=actors,
            sources=tuple(self.sources.values()),
            evidence=tuple(self.evidence),
            claims=tuple(claims),
            documents=(document,),
        )

    def _bibliography(self, lines: list) -> None:  # type: ignore[type-arg]
        self.bibliography_ids: list[str] = []
        self.resolver = Resolver(self.index)
        entries = parse_bibliography(lines)
        self.stats.counts["bibliography_entries"] = len(entries)
        for entry in entries:
            citation = entry.citation
            if not citation.title:
                self.stats.warn(
                    "bibliography-entry",
                    "cannot read this bibliography entry",
                    entry.line,
                    entry.text,
                )
                continue
            prov = self.prov(entry.line, page=None)
            if citation.kind == CitationKind.ARCHIVAL:
                reference = parse_locator(citation.locator or "").archival
                source_id = self.index.reserve(
                    archival_id(reference) if reference else slug(citation.title or "archive")
                )
                self.sources[source_id] = source_from_citation(
                    source_id, citation, listed=True, provenance=prov, creators=()
                )
                self.bibliography_ids.append(source_id)
                continue
            source_id = self.index.new_id(citation)
            creators = _creators(citation, self.actors, prov, _actor_role(citation))
            self.sources[source_id] = source_from_citation(
                source_id, citation, listed=True, provenance=prov, creators=creators
            )
            self.index.add(source_id, citation, listed=True)
            self.resolver.remember(source_id, citation.authors)
            self.bibliography_ids.append(source_id)

    def _footnotes(self, notes: Mapping[int, object], marker_numbers: list[int]) -> None:
        from purgehist.formats.text.footnotes import RawNote

        markers = set(marker_numbers)
        self.stats.counts["markers"] = len(marker_numbers)
        all_numbers = sorted(set(notes) | markers)
        self.stats.counts["footnotes"] = len(all_numbers)
        present: set[int] = set()
        for n in all_numbers:
            raw = notes.get(n)
            if not isinstance(raw, RawNote) or not raw.text.strip():
                self.stats.counts["footnotes_without_text"] += 1
                continue
            present.add(n)
        self.stats.counts["footnotes_with_text"] = len(present)
        self.stats.counts["markers_matched"] = len(markers & present)
        for n in all_numbers:
            raw = notes.get(n)
            if n not in present:
                continue
            assert isinstance(raw, RawNote)
            page = self.labels[raw.page] if raw.page < len(self.labels) else None
            if n not in markers:
                self.stats.counts["notes_without_marker"] += 1
                self.stats.warn(
                    "note-without-marker",
                    f"footnote {self.label(n)} has no marker in the text",
                    raw.line,
                    raw.text,
                )
            self._note_citations(n, raw.text, raw.line, page, previous_present=(n - 1) in present)
        for n in sorted(markers - present):
            self.stats.warn(
                "marker-without-note",
                f"marker {self.label(n)} has no footnote text",
                self.marker_lines.get(n) if hasattr(self, "marker_lines") else None,
            )

    def _note_citations(
        self, n: int, text: str, line: int, page: str | None, *, previous_present: bool
    ) -> None:
        citations = parse_note(text, self.abbreviations.lookup)
        ids: list[str] = []
        if not citations or citations[0].kind == CitationKind.COMMENT:
            self.stats.counts["comment_notes"] += 1
            self.resolver.forget("the previous footnote cites no work that could be read")
            self.note_evidence[n] = ids
            return
        for k, citation in enumerate(citations, start=1):
            result = self.resolver.resolve(
                citation,
                first_in_note=k == 1,
                previous_note_present=previous_present,
                n=printed_number(n),
            )
            prov = self.prov(line, printed_number(n), page)
            if result.source is not None and result.source not in self.sources:
                creators = _creators(citation, self.actors, prov, _actor_role(citation))
                self.sources[result.source] = source_from_citation(
                    result.source, citation, listed=False, provenance=prov, creators=creators
                )
            elif (
                result.source is not None
                and citation.authors
                and citation.kind != CitationKind.IBID
            ):
                for author in citation.authors:
                    self.actors.add(author, _actor_role(citation), provenance=prov)
            label = self.label(n)
            evidence_id = f"ev_{label}_{k}" if len(citations) > 1 or k > 1 else f"ev_{label}"
            status = CitationStatus.RESOLVED if result.source else CitationStatus.UNRESOLVED
            self.stats.counts["citations"] += 1
            if result.source:
                self.stats.counts["citations_resolved"] += 1
            else:
                self.stats.counts["citations_unresolved"] += 1
                self.stats.unresolved.append(
                    f"{self.file}:{line} footnote {self.label(n)}: {citation.printed}"
                )
                self.stats.warn(
                    "citation-unresolved",
                    result.note or "unresolved citation",
                    line,
                    citation.printed,
                )
            locator = parse_locator(result.locator) if result.locator else None
            source = self.sources.get(result.source or "")
            self.evidence.append(
                Evidence(
                    id=evidence_id,
                    source=result.source,
                    locator=locator,
                    grade=grade_settled_by(source.type if source else None, locator),
                    cited_as=citation.printed,
                    status=status,
                    note=result.note,
                    provenance=prov,
                )
            )
            ids.append(evidence_id)
        self.note_evidence[n] = ids

    def _paragraphs(
        self, paragraphs: list[Para], notes: Mapping[int, object], labels: list[str]
    ) -> dict[int, Paragraph]:
        from purgehist.formats.text.footnotes import RawNote

        records: dict[int, Paragraph] = {}
        starts = [p.line for p in paragraphs]
        orphans: dict[int, list[int]] = {}
        marked = {n for p in paragraphs for _, n in p.markers}
        for n, raw in notes.items():
            if n in marked or not isinstance(raw, RawNote) or not raw.text.strip():
                continue
            index = max(0, bisect.bisect_right(starts, raw.line) - 1)
            orphans.setdefault(index, []).append(n)
        for i, para in enumerate(paragraphs):
            note_objects = []
            anchors = [(offset, n) for offset, n in para.markers]
            anchors += [(len(para.text), n) for n in orphans.get(i, [])]
            for offset, n in sorted(anchors, key=lambda a: (a[0], a[1])):
                raw = notes.get(n)
                text = raw.text if isinstance(raw, RawNote) and raw.text.strip() else None
                note_objects.append(
                    Note(
                        n=str(printed_number(n)),
                        offset=offset,
                        text=text,
                        evidence=tuple(self.note_evidence.get(n, ())),
                        line=raw.line if isinstance(raw, RawNote) else None,
                    )
                )
            breaks = [PageBreak(n=labels[page], offset=offset) for offset, page in para.page_breaks]
            if i == 0 and not breaks and labels:
                breaks = [PageBreak(n=labels[para.page], offset=0)]
            records[i] = Paragraph(
                id=f"p_{i + 1}",
                text=para.text,
                notes=tuple(note_objects),
                page_breaks=tuple(breaks),
                line=para.line,
            )
        self.stats.counts["paragraphs"] = len(records)
        return records

    def _divisions(
        self, blocks: list[Heading | Para], records: dict[int, Paragraph]
    ) -> tuple[Division, ...]:
        top: list[dict[str, object]] = []
        chapter: dict[str, object] | None = None
        section: dict[str, object] | None = None
        para_index = 0
        chapter_count = 0

        def new(kind: str, heading: Heading | None, div_id: str) -> dict[str, object]:
            return {
                "id": div_id,
                "type": kind,
                "n": heading.n if heading else None,
                "head": heading.title if heading else None,
                "line": heading.line if heading else None,
                "paragraphs": [],
                "divisions": [],
            }

        for block in blocks:
            if isinstance(block, Heading):
                if block.kind in ("chapter", "bibliography") or chapter is None:
                    chapter_count += 1
                    if block.kind == "bibliography":
                        chapter = new("bibliography", block, "bibl")
                    elif block.kind == "chapter":
                        chapter = new("chapter", block, f"ch_{chapter_count}")
                    else:
                        chapter = new("chapter", None, f"ch_{chapter_count}")
                    top.append(chapter)
                    section = None
                    if block.kind in ("chapter", "bibliography"):
                        continue
                assert chapter is not None
                subs = chapter["divisions"]
                assert isinstance(subs, list)
                if block.kind == "subsection" and section is not None:
                    inner = section["divisions"]
                    assert isinstance(inner, list)
                    inner.append(new("subsection", block, f"{section['id']}_{len(inner) + 1}"))
                    continue
                section = new("section", block, f"{chapter['id']}_{len(subs) + 1}")
                subs.append(section)
                continue
            record = records[para_index]
            para_index += 1
            if chapter is None:
                chapter = new("front", None, "front")
                top.append(chapter)
            target = section if section is not None else chapter
            inner_divs = target["divisions"]
            if isinstance(inner_divs, list) and inner_divs:
                target = inner_divs[-1]
            paras = target["paragraphs"]
            assert isinstance(paras, list)
            paras.append(record)

        def build(d: dict[str, object]) -> Division:
            subs = d["divisions"]
            paras = d["paragraphs"]
            assert isinstance(subs, list)
            assert isinstance(paras, list)
            n = d["n"]
            head = d["head"]
            line = d["line"]
            return Division(
                id=str(d["id"]),
                type=str(d["type"]),
                n=n if isinstance(n, str) else None,
                head=head if isinstance(head, str) else None,
                paragraphs=tuple(paras),
                divisions=tuple(build(s) for s in subs),
                line=line if isinstance(line, int) else None,
            )

        result = tuple(build(d) for d in top)
        self.stats.counts["divisions"] = _count_divisions(result)
        return result

    def _claims(self, paragraphs: list[Para], records: dict[int, Paragraph]) -> list[Claim]:
        known: dict[str, str] = {}
        for actor_id, keys in self._actor_keys().items():
            for key in keys:
                known.setdefault(key, actor_id)
        evidence_by_id = {e.id: e for e in self.evidence}
        claims: list[Claim] = []
        for i, para in enumerate(paragraphs):
            record = records[i]
            line_offsets = [o for o, _ in para.line_starts]
            for start, end in sentences(para.text):
                sentence = para.text[start:end].strip()
                if len(sentence) < 20 or sentence.rstrip("”\"’' ").endswith("?"):
                    continue
                mentions = find_attributions(
                    sentence, self.language, known, self.options.claim_cues
                )
                if not mentions:
                    continue
                markers = [n for offset, n in para.markers if start < offset <= end + 1]
                evidence_ids = tuple(e for n in markers for e in self.note_evidence.get(n, ()))
                k = max(0, bisect.bisect_right(line_offsets, start) - 1)
                line = para.line_starts[k][1] if para.line_starts else para.line
                page_index = para.page
                for offset, page in para.page_breaks:
                    if offset <= start:
                        page_index = page
                attributions = []
                for mention in mentions:
                    work = next(
                        (
                            evidence_by_id[e].source
                            for e in evidence_ids
                            if evidence_by_id[e].source
                            and any(
                                c.actor == mention.actor
                                for c in self.sources[evidence_by_id[e].source or ""].creators
                            )
                        ),
                        None,
                    )
                    attributions.append(
                        Attribution(
                            actor=mention.actor,
                            stance=Stance.ASSERTS,
                            work=work,
                            evidence=evidence_ids,
                            note=f"cue: {mention.cue}",
                        )
                    )
                claims.append(
                    Claim(
                        id=f"claim_{len(claims) + 1}",
                        text=sentence,
                        lang=self.language,
                        attributions=tuple(attributions),
                        status=ClaimStatus.CANDIDATE,
                        provenance=self.prov(
                            line, page=self.labels[page_index] if self.labels else None
                        ),
                        anchor=record.id,
                    )
                )
        return claims

    def _actor_keys(self) -> dict[str, set[str]]:
        keys: dict[str, set[str]] = {}
        unique = self.actors.surnames()
        for key, actor_id in unique.items():
            keys.setdefault(actor_id, set()).add(key)
        for actor in self.actors.actors():
            for name in actor.all_names():
                last = name.split()[-1] if name.split() else name
                if name_key(last) in unique:
                    keys.setdefault(actor.id, set()).add(name_key(last))
        return keys


def _detect_title(lines: list[str], skip: set[int]) -> str | None:
    """The first line, when it stands alone, is short and is not a heading or a sentence."""
    from purgehist.formats.text.structure import heading_kind

    for no, line in enumerate(lines[:40], start=1):
        text = line.strip()
        if not text or no in skip:
            continue
        following = lines[no].strip() if no < len(lines) else ""
        plain = not re.search(r"[.,;]$", text) and not text[:1].isdigit()
        if len(text) <= 120 and not following and not heading_kind(text) and plain:
            return text
        return None
    return None


def _line_at(para: Para, offset: int) -> int:
    """The source line that holds character *offset* of *para*."""
    offsets = [o for o, _ in para.line_starts]
    k = bisect.bisect_right(offsets, offset) - 1
    return para.line_starts[k][1] if k >= 0 else para.line


def _count_divisions(divisions: tuple[Division, ...]) -> int:
    return sum(1 + _count_divisions(d.divisions) for d in divisions)


def parse_text(
    data: bytes | str, *, file: str = "<text>", options: TextOptions | None = None
) -> ParseResult:
    """Parse a scholarly text into a dataset, with a report of what was found.

    :param data: The text, as bytes (UTF-8, else Windows-1252) or as a string.
    :param file: The file name, used for the document id and in ``file:line`` locations.
    """
    report = StatsBuilder(file=file)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = data if isinstance(data, str) else _decode(data, report)
    sha = hashlib.sha256(raw).hexdigest()
    dataset = _Parse(text, file, sha, options or TextOptions(), report).run()
    return ParseResult(dataset=dataset, problems=tuple(report.problems), stats=report.build())


def text_options(options: Mapping[str, object]) -> TextOptions:
    """The parser's options from the ``-I name=value`` strings or API values."""
    cues = options.get("claim_cues")
    try:
        extra = parse_cue_option(cues) if isinstance(cues, str) and cues else {}
    except ValueError as exc:
        raise UsageError(f"text parser: {exc}") from None

    def text(name: str) -> str | None:
        value = options.get(name)
        return value if isinstance(value, str) and value else None

    claims = options.get("claims", True)
    return TextOptions(
        language=text("language"),
        document_type=text("document_type"),
        title=text("title"),
        claims=bool(claims)
        if not isinstance(claims, str)
        else claims.lower() not in {"0", "false", "no", "off"},
        claim_cues=extra,
    )


def parse_text_file(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``text`` input format."""
    with open_input(source) as stream:
        data = stream.read()
    name = input_name(source)
    data = checked_text(data, name, hint="convert a PDF or DOCX to text first")
    return parse_text(data, file=name, options=text_options(options))
