"""Read a plain-text scholarly document (often extracted from a PDF) into a dataset.

The stages, in order: pages and footnote areas (:mod:`.pages`), headings and paragraphs
(:mod:`.structure`), the bibliography's sources (:mod:`.works`), the footnotes' evidence
(:mod:`.evidence`), the document record (:mod:`.document`) and claim candidates
(:mod:`.claims`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from purgehist.errors import UsageError
from purgehist.formats.text import document
from purgehist.formats.text.abbreviations import find_abbreviations
from purgehist.formats.text.claims import (
    ClaimCandidates,
    CueSet,
    claim_candidates,
    parse_cue_option,
    surname_keys,
)
from purgehist.formats.text.closing_labels import closing_labels
from purgehist.formats.text.contents import apparatus_lines
from purgehist.formats.text.evidence import cite_notes
from purgehist.formats.text.footnotes import LETTERED, SEGMENT
from purgehist.formats.text.lettered_notes import add_lettered, lettered_notes
from purgehist.formats.text.lines import SourceLine, pages_known, source_lines
from purgehist.formats.text.margin_notes import split_margin_notes
from purgehist.formats.text.page_roles import flow_pages
from purgehist.formats.text.paged import split_paged
from purgehist.formats.text.pages import Layout, split_pages
from purgehist.formats.text.reading import Reading
from purgehist.formats.text.structure import Heading, Para, build_structure, find_toc
from purgehist.formats.text.swapped_text import unswapped_text
from purgehist.formats.text.symbol_notes import add_symbols, symbol_notes
from purgehist.formats.text.works import Works
from purgehist.formats.text_files import checked_text, decoded
from purgehist.model import Document
from purgehist.model.dataset import Dataset, Metadata
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = ["TextOptions", "parse_lines", "parse_text", "parse_text_file", "text_options"]


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
    context.report_progress(0, None, "reading the text")
    return parse_text(data, file=name, options=text_options(options))


def parse_text(
    data: bytes | str, *, file: str = "<text>", options: TextOptions | None = None
) -> ParseResult:
    """Parse a scholarly text into a dataset, with a report of what was found: the text front
    end, which makes the text's lines (pages split at form feeds) and calls
    :func:`parse_lines`.

    :param data: The text, as bytes (UTF-8, else Windows-1252) or as a string.
    :param file: The file name, used for the document id and in ``file:line`` locations.
    """
    reading = Reading.of(file)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = data if isinstance(data, str) else _decode(data, reading)
    sha = hashlib.sha256(raw).hexdigest()
    reading.origin = split_margin_notes(source_lines(unswapped_text(text)))
    return _parse(options or TextOptions(), reading, sha)


def parse_lines(
    lines: Sequence[SourceLine],
    *,
    file: str,
    options: TextOptions,
    sha256: str,
    per_page: bool = False,
) -> ParseResult:
    """Parse a document given as lines on pages (the page model both front ends feed).

    Lines whose kind is known are taken as they are: notes as the page's notes area, running
    heads and page numbers as such; the kinds of the others are inferred. Unicode superscript
    digits in running text are note markers.

    :param file: The file name, used for the document id and in problems' locations.
    :param sha256: The checksum of the file read, for the document record.
    :param per_page: Whether each line's :attr:`~.lines.SourceLine.line` counts on its page
        (a PDF) rather than in the file: problems then name the page and the line on it, and
        records keep no file line.
    """
    return _parse(options, Reading.of(file, lines, per_page=per_page), sha256)


def _parse(options: TextOptions, reading: Reading, sha: str) -> ParseResult:
    # the stages number lines by their place; the reading turns that back into the front end's
    lines = [
        SourceLine(line.text, line.page, k, line.kind, line.label_known)
        for k, line in enumerate(reading.origin, 1)
    ]
    dataset = _read(lines, sha, options, reading)
    problems = reading.diagnostics.problems
    return ParseResult(dataset=dataset, problems=problems, stats=reading.stats.report(problems))


def _decode(data: bytes, reading: Reading) -> str:
    text, line = decoded(data, "cp1252")
    if line is not None:
        reading.warn("encoding", "not UTF-8; read as Windows-1252", line)
    return text


_ONE_PAGE = 120
"""A text without page breaks that is no longer than this many lines is one page."""


def _layout(source: Sequence[SourceLine], lines: Sequence[str], skip: set[int]) -> Layout:
    """Running text, notes and pages: page by page when the pages are known (form feeds, or
    a front end that knew them), else found in the flow of the text (pages told by their
    numbers and running heads), unless the text read as one page has more of its notes'
    markers (a text no longer than a page)."""
    if pages_known(source):
        # notes labelled with letters are read apart, so they never join a numbered note
        placed = closing_labels(source)
        kept, symbols = symbol_notes(placed)
        kept, lettered = lettered_notes(kept)
        layout = split_paged(kept, skip | apparatus_lines(source))
        return add_symbols(add_lettered(layout, placed, lettered), placed, symbols)
    flow = split_pages(lines, skip)
    if len(source) > _ONE_PAGE:
        return flow
    page = split_paged(flow_pages(source), skip)
    return page if _marked(page) > _marked(flow) else flow


def _marked(layout: Layout) -> int:
    """How many notes of *layout* have a text and a marker."""
    markers = {marker.n for line in layout.body for marker in line.markers}
    return sum(1 for note in layout.notes if note.n in markers and note.text.strip())


def _read(
    source: Sequence[SourceLine], sha: str, options: TextOptions, reading: Reading
) -> Dataset:
    stats = reading.stats
    lines = [line.text for line in source]
    text = "\n".join(lines)
    stats.counts["lines"] = len(lines)
    skip, toc = find_toc(lines)
    abbreviation_lines, abbreviations = find_abbreviations(lines)
    skip |= abbreviation_lines
    if abbreviations:
        stats.facts["abbreviated_works"] = len(abbreviations)
    layout = _layout(source, lines, skip)
    structure = build_structure(layout, toc)
    labels = layout.page_labels()
    stats.counts["pages"] = len(layout.pages)
    stats.counts["page_numbers_printed"] = sum(1 for p in layout.pages if p.printed)
    stats.facts["layout"] = "double-spaced" if layout.double_spaced else "single-spaced"
    if toc:
        stats.facts["table_of_contents_entries"] = len(toc)
    paras = [b for b in structure.blocks if isinstance(b, Para)]
    language = options.language or document.detect_language(" ".join(p.text for p in paras))
    works = Works(reading)
    works.read_bibliography(structure.bibliography)

    notes = {note.n: note for note in layout.notes}
    restarted = any(SEGMENT <= key < LETTERED for key in notes) or any(
        SEGMENT <= marker.n < LETTERED for line in layout.body for marker in line.markers
    )
    cited = cite_notes(
        notes,
        [n for para in paras for _, n in para.markers],
        document.marker_lines(paras),
        works=works,
        page_labels=labels,
        restarted=restarted,
        short_titles=abbreviations.lookup,
    )
    records = document.paragraphs(paras, notes, labels, cited.by_note, reading.file_line)
    stats.counts["paragraphs"] = len(records)
    divisions = document.divisions(structure.blocks, records, reading.file_line)
    stats.counts["divisions"] = document.count_divisions(divisions)
    found = ClaimCandidates()
    if options.claims:
        found = claim_candidates(
            paras,
            records,
            known=surname_keys(works.authors),
            evidence=cited.evidence,
            note_evidence=cited.by_note,
            sources=works.sources,
            page_labels=labels,
            reading=reading,
            language=language,
            cues=options.claim_cues,
            sections=_after_headings(structure.blocks),
        )

    title = (
        options.title or document.detect_title(lines, skip) or Path(reading.file).stem or "document"
    )
    actors = [*works.actors(), *found.actors]
    claims = found.claims
    sources = tuple(works.sources.values())
    stats.counts["actors"] = len(actors)
    stats.counts["claims"] = len(claims)
    stats.counts["sources_listed"] = sum(1 for s in sources if s.listed)
    stats.counts["sources_unlisted"] = len(sources) - stats.counts["sources_listed"]
    record = Document(
        id=reading.document,
        title=title,
        type=options.document_type or document.detect_type(text),
        language=language,
        file=Path(reading.file).name,
        sha256=sha,
        divisions=divisions,
        bibliography=tuple(works.bibliography),
        authors=(found.author,) if found.author else (),
    )
    return Dataset(
        metadata=Metadata(title=title, language=language, source=Path(reading.file).name),
        actors=actors,
        sources=sources,
        evidence=tuple(cited.evidence),
        claims=tuple(claims),
        documents=(record,),
    )


def _after_headings(blocks: Sequence[Heading | Para]) -> list[bool]:
    """For each paragraph of *blocks*, whether a heading (or nothing) comes right before it."""
    flags: list[bool] = []
    heading = True
    for block in blocks:
        if isinstance(block, Para):
            flags.append(heading)
        heading = not isinstance(block, Para)
    return flags
