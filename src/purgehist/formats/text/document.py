"""The document record of a text: its paragraphs with their notes and page breaks, its
divisions, and what it says about itself (title, type, language)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.footnotes import RawNote, printed_label
from purgehist.formats.text.structure import Heading, Para, heading_kind
from purgehist.model import Division, Note, PageBreak, Paragraph

__all__ = [
    "STOP_WORDS",
    "count_divisions",
    "detect_language",
    "detect_title",
    "detect_type",
    "divisions",
    "line_at",
    "marker_lines",
    "paragraphs",
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


def detect_type(text: str) -> str:
    """``thesis`` when *text* calls itself one (``scriptie``, ``dissertation``, ``mémoire de
    master``…), else ``text``."""
    return "thesis" if _THESIS.search(text) else "text"


def detect_title(lines: Sequence[str], skip: set[int]) -> str | None:
    """The first line, when it stands alone, is short and is not a heading or a sentence."""
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


def line_at(para: Para, offset: int) -> int:
    """The source line that holds character *offset* of *para*."""
    offsets = [o for o, _ in para.line_starts]
    k = bisect.bisect_right(offsets, offset) - 1
    return para.line_starts[k][1] if k >= 0 else para.line


def marker_lines(paras: Sequence[Para]) -> dict[int, int]:
    """The source line of each marker of *paras*, by note key (each paragraph's line starts
    are listed once, however many markers it has)."""
    lines: dict[int, int] = {}
    for para in paras:
        offsets = [o for o, _ in para.line_starts]
        for offset, n in para.markers:
            k = bisect.bisect_right(offsets, offset) - 1
            lines[n] = para.line_starts[k][1] if k >= 0 else para.line
    return lines


def paragraphs(
    paras: Sequence[Para],
    notes: Mapping[int, RawNote],
    page_labels: Sequence[str],
    note_evidence: Mapping[int, Sequence[str]],
    line_of: Callable[[int | None], int | None] = lambda line: line,
) -> list[Paragraph]:
    """The paragraph records, each with its notes (a note without a marker at the end of the
    paragraph it was printed under) and page breaks.

    :param notes: the footnotes' texts by note key
    :param note_evidence: the ids of each note's evidence, by note key
    :param line_of: the file line the records keep for a line of the stages
    """
    records: list[Paragraph] = []
    starts = [p.line for p in paras]
    orphans: dict[int, list[int]] = {}
    marked = {n for p in paras for _, n in p.markers}
    for n, raw in notes.items():
        if n in marked or not raw.text.strip():
            continue
        index = max(0, bisect.bisect_right(starts, raw.line) - 1)
        orphans.setdefault(index, []).append(n)
    for i, para in enumerate(paras):
        note_objects = []
        anchors = [(offset, n) for offset, n in para.markers]
        anchors += [(len(para.text), n) for n in orphans.get(i, [])]
        for offset, n in sorted(anchors, key=lambda a: (a[0], a[1])):
            note = notes.get(n)
            note_objects.append(
                Note(
                    n=printed_label(n, note),
                    offset=offset,
                    text=note.text if note is not None and note.text.strip() else None,
                    evidence=tuple(note_evidence.get(n, ())),
                    line=line_of(note.line) if note is not None else None,
                )
            )
        breaks = [
            PageBreak(n=page_labels[page], offset=offset) for offset, page in para.page_breaks
        ]
        if i == 0 and not breaks and page_labels:
            breaks = [PageBreak(n=page_labels[para.page], offset=0)]
        records.append(
            Paragraph(
                id=f"p_{i + 1}",
                text=para.text,
                notes=tuple(note_objects),
                page_breaks=tuple(breaks),
                line=line_of(para.line),
            )
        )
    return records


@dataclass(slots=True)
class _Draft:
    id: str
    type: str
    heading: Heading | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    divisions: list[_Draft] = field(default_factory=list)

    def build(self, line_of: Callable[[int | None], int | None]) -> Division:
        heading = self.heading
        return Division(
            id=self.id,
            type=self.type,
            n=heading.n if heading else None,
            head=heading.title if heading else None,
            paragraphs=tuple(self.paragraphs),
            divisions=tuple(d.build(line_of) for d in self.divisions),
            line=line_of(heading.line) if heading else None,
        )


def divisions(
    blocks: Sequence[Heading | Para],
    records: Sequence[Paragraph],
    line_of: Callable[[int | None], int | None] = lambda line: line,
) -> tuple[Division, ...]:
    """The divisions of the text: chapters (and the bibliography) with their sections and
    subsections, each holding the records of its paragraphs; paragraphs before the first
    chapter make a ``front`` division.

    :param records: the paragraph record of each :class:`Para` of *blocks*, in order
    :param line_of: the file line the records keep for a line of the stages
    """
    top: list[_Draft] = []
    chapter: _Draft | None = None
    section: _Draft | None = None
    para_index = 0
    chapters = 0  # the front matter is no chapter: it does not count
    for block in blocks:
        if isinstance(block, Heading):
            if block.kind in ("chapter", "bibliography") or chapter is None:
                chapters += 1
                if block.kind == "bibliography":
                    chapter = _Draft("bibl", "bibliography", block)
                elif block.kind == "chapter":
                    chapter = _Draft(f"ch_{chapters}", "chapter", block)
                else:
                    chapter = _Draft(f"ch_{chapters}", "chapter", None)
                top.append(chapter)
                section = None
                if block.kind in ("chapter", "bibliography"):
                    continue
            if block.kind == "subsection" and section is not None:
                inner = section.divisions
                inner.append(_Draft(f"{section.id}_{len(inner) + 1}", "subsection", block))
                continue
            section = _Draft(f"{chapter.id}_{len(chapter.divisions) + 1}", "section", block)
            chapter.divisions.append(section)
            continue
        record = records[para_index]
        para_index += 1
        if chapter is None:
            chapter = _Draft("front", "front", None)
            top.append(chapter)
        target = section if section is not None else chapter
        if target.divisions:
            target = target.divisions[-1]
        target.paragraphs.append(record)
    return tuple(d.build(line_of) for d in top)


def count_divisions(divisions: Sequence[Division]) -> int:
    """How many divisions there are, at every depth."""
    return sum(1 + count_divisions(d.divisions) for d in divisions)
