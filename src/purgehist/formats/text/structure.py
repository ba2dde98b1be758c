"""Document structure: contents, headings, and paragraphs rejoined across lines and pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.pages import BodyLine, Layout
from purgehist.formats.text.reference_lists import column_head, joined_capitals
from purgehist.formats.text.text_buffer import TextBuffer

__all__ = [
    "Heading",
    "Para",
    "Structure",
    "build_structure",
    "find_toc",
    "heading_kind",
    "normalise_heading",
]

_CHAPTER = re.compile(
    r"^(?:Hoofdstuk|Chapter|Kapitel|Chapitre|Deel|Part|Teil|Partie|Boek|Book|Buch|Livre)\s+"
    r"(\d{1,2}|[IVXLC]{1,6}|[A-Za-zéè]{2,12})\b\s*[:.–—-]?\s*(.*)$"
)
_NAMED = re.compile(
    r"^(?:Inleiding|Introductie|Introduction|Einleitung|Einführung|Conclusie|Conclusies|"
    r"Conclusion|Conclusions|Schluss|Schlussbetrachtung|Fazit|Epiloog|Epilogue|Epilog|Épilogue|"
    r"Nawoord|Voorwoord|Preface|Foreword|Vorwort|Avant-propos|Préface|Samenvatting|Summary|"
    r"Zusammenfassung|Résumé|Abstract|Dankwoord|Acknowledg(?:e)?ments|Danksagung|Remerciements|"
    r"Appendix|Bijlage|Anhang|Annexe|Prologue|Proloog|Prolog|Nachwort|Postface)"
    r"(?:\s+[IVX\d]+)?\s*[:.]?$",
    re.IGNORECASE,
)
_BIBLIOGRAPHY = re.compile(
    r"^(?:(?:Select(?:ed)?|Annotated|Short|Consolidated)\s+)?"
    r"(?:Literatuurlijst|Literatuur|Bibliografie|Bibliography|References|Works\s+cited|"
    r"Literaturverzeichnis|Literatur|Bibliographie|Auswahlbibliographie|"
    r"Sources\s+et\s+bibliographie|Bronnen(?:-?\s+en\s+)literatuur(?:lijst)?|"
    r"Literatuur\s+en\s+bronnen|Quellen-?\s+und\s+Literaturverzeichnis|"
    r"Literatur-\s+und\s+Quellenverzeichnis|Quellen\s+und\s+Literatur|"
    r"Geraadpleegde\s+(?:literatuur|bronnen)|Sources\s+and\s+(?:literature|bibliography)|"
    r"Sources\s+cited|Bibliography\s+and\s+sources|Primary\s+sources|Secondary\s+(?:literature|"
    r"sources)|Sekundärliteratur|Références(?:\s+bibliographiques)?|Литература|"
    r"Список\s+литературы)"
    r"(?:\s+(?:s[ée]lective|indicative|g[ée]n[ée]rale))?"
    r"(?:\s+(?:for|to|of|zu|zum|voor|pour\s+le|du)\s+(?:(?:the\s+)?(?:Chapter|Part|Kapitel|"
    r"Hoofdstuk|Chapitre|Teil|Deel|Partie))\s+\w+)?\s*[:.]?$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-ZÀ-ÝА-Я‘“\"'].{1,110})$")
_TOC_TITLE = re.compile(
    r"^(?:Inhoud|Inhoudsopgave|Inhoudstafel|Contents|Table of contents|Inhalt|"
    r"Inhaltsverzeichnis|Table des matières|Sommaire)\s*[:.]?$",
    re.IGNORECASE,
)
_LEADERS = re.compile(r"(?:\s*\.{3,}|\t+|\s{3,})\s*\d{1,4}\s*$")
_HYPHENATED = re.compile(r"([^\W\d_]+)-$")
_TAIL = 200
"""How many of a paragraph's last characters are looked at when a line is joined to it."""
_TERMINAL = re.compile(r"(?:[.!?…:]|[.!?]\s*[”\"’'»)\]])\s*$")


@dataclass(slots=True)
class Heading:
    """A heading: ``chapter``, ``section``, ``subsection`` or ``bibliography``."""

    kind: str
    n: str | None
    title: str
    line: int
    page: int


@dataclass(slots=True)
class Para:
    """A paragraph: text with markers taken out, and where notes and pages start in it."""

    text: str
    line: int
    page: int
    markers: list[tuple[int, int]] = field(default_factory=list)
    """``(offset, note number)``."""
    page_breaks: list[tuple[int, int]] = field(default_factory=list)
    """``(offset, page index)``."""
    line_starts: list[tuple[int, int]] = field(default_factory=list)
    """``(offset, line number)`` of each source line."""


@dataclass(slots=True)
class Structure:
    """Headings and paragraphs in reading order, and the bibliography's lines."""

    blocks: list[Heading | Para]
    bibliography: list[BodyLine]
    bibliography_heading: Heading | None


def normalise_heading(text: str) -> str:
    """A key to compare a heading with a table-of-contents entry."""
    text = _LEADERS.sub("", text.strip())
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def heading_kind(text: str) -> tuple[str, str | None, str] | None:
    """``(kind, number, title)`` when *text* is a heading by its wording alone."""
    stripped = text.strip()
    if len(stripped) > 140:
        return None
    if _BIBLIOGRAPHY.match(stripped) or _BIBLIOGRAPHY.match(joined_capitals(stripped)):
        return "bibliography", None, stripped.rstrip(":. ")
    match = _CHAPTER.match(stripped)
    if match and not stripped.endswith((",", ";")):
        return "chapter", match[1], stripped
    if _NAMED.match(stripped):
        return "chapter", None, stripped.rstrip(":. ")
    return None


def find_toc(lines: Sequence[str]) -> tuple[set[int], list[str]]:
    """Line numbers of a table of contents and its entries' keys.

    A table of contents is a run of three or more short consecutive lines, most of them
    headings by their wording or ending in a page number, or a run after a "Contents" title.
    """
    skip: set[int] = set()
    entries: list[str] = []
    i = 0
    count = len(lines)
    while i < count:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < count and lines[j].strip() and len(lines[j].strip()) <= 110:
            j += 1
        run = range(i, j)
        titled = i > 0 and any(
            _TOC_TITLE.match(lines[k].strip()) for k in range(max(0, i - 4), i) if lines[k].strip()
        )
        if _TOC_TITLE.match(lines[i].strip()):
            titled, run = True, range(i + 1, j)
        if len(run) >= 3 or (titled and len(run) >= 1):
            tocish = sum(
                1
                for k in run
                if heading_kind(_LEADERS.sub("", lines[k])) or _LEADERS.search(lines[k])
            )
            if titled or tocish >= max(3, 0.6 * len(run)):
                for k in range(i, j):
                    skip.add(k + 1)
                if titled:
                    for k in range(max(0, i - 4), i):
                        if _TOC_TITLE.match(lines[k].strip()):
                            skip.add(k + 1)
                entries.extend(normalise_heading(lines[k]) for k in run)
        i = max(j, i + 1)
    return skip, [e for e in entries if e]


def _marker_free(line: BodyLine) -> str:
    text = line.text
    for marker in reversed(line.markers):
        text = text[: marker.start] + text[marker.end :]
    return text.strip()


class _Builder:
    def __init__(self, layout: Layout, toc: Sequence[str]) -> None:
        self.layout = layout
        self.toc = set(toc)
        self.body = layout.body
        self.big = 2 if layout.double_spaced else 1
        lengths = sorted(len(b.text.strip()) for b in self.body if b.text.strip())
        self.typical = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
        self.vocab: Counter[str] = Counter()
        for line in self.body:
            self.vocab.update(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line.text.casefold()))
        self.blocks: list[Heading | Para] = []
        self.current: Para | None = None
        self.buffer = TextBuffer()
        self.last_text = ""

    def heading_at(self, i: int) -> tuple[str, str | None, str, int] | None:
        """``(kind, n, title, lines used)`` when body line *i* starts a heading."""
        line = self.body[i]
        plain = _marker_free(line)
        found = heading_kind(plain)
        if found:
            return (*found, 1)
        # a references heading of a two-column page, the other column's text beside it
        found = heading_kind(column_head(plain))
        if found and found[0] == "bibliography":
            return (*found, 1)
        if normalise_heading(plain) in self.toc and not line.markers:
            return "section", None, plain, 1
        numbered = _NUMBERED.match(plain)
        if numbered and self._standalone(i, 1) and not _TERMINAL.search(plain):
            depth = numbered[1].count(".") + 1
            kind = ("chapter", "section", "subsection", "subsection")[depth - 1]
            return kind, numbered[1], plain, 1
        for size in (1, 2) if self.layout.double_spaced else (1,):
            if self._unnumbered(i, size):
                title = " ".join(_marker_free(self.body[k]) for k in range(i, i + size))
                return "section", None, title, size
        return None

    def _standalone(self, i: int, size: int) -> bool:
        line = self.body[i]
        before = i == 0 or line.gap >= self.big or line.page_start
        end = i + size
        after = end >= len(self.body) or (
            self.body[end].gap >= self.big and not self.body[end].page_start
        )
        inner = all(self.body[k].gap >= 1 for k in range(i + 1, end)) if self.big == 2 else True
        return (
            before
            and after
            and inner
            and all(not self.body[k].page_start for k in range(i + 1, end))
        )

    def _unnumbered(self, i: int, size: int) -> bool:
        if i + size > len(self.body) or not self._standalone(i, size):
            return False
        lines = self.body[i : i + size]
        if any(line.markers for line in lines):
            return False
        text = " ".join(line.text.strip() for line in lines)
        first = text.lstrip("‘“\"'«")[:1]
        if not first.isupper() or len(text) > 160 or text.endswith((",", ";", "-")):
            return False
        if re.match(r"^[\d\W]+$", text):
            return False
        if self.layout.double_spaced:
            return len(lines[-1].text.strip()) < self.typical
        return not _TERMINAL.search(text) and len(text.split()) <= 15

    def ends_sentence(self, text: str) -> bool:
        return bool(_TERMINAL.search(text))

    def breaks_before(self, i: int) -> bool:
        line = self.body[i]
        prev = self.body[i - 1]
        prev_text = _marker_free(prev)
        cur = line.text.strip()
        starts_low = cur[:1].islower()
        ended = self.ends_sentence(prev_text)
        if line.page_start:
            indented = line.text[:1].isspace() and len(line.text) - len(line.text.lstrip()) >= 2
            short = len(prev_text) < 0.8 * self.typical
            return ended and not starts_low and (short or indented or line.gap >= self.big + 1)
        if not self.layout.double_spaced:
            if line.gap >= 1:
                return not (starts_low and not ended)
            return False
        if line.gap >= self.big:
            return ended or not starts_low
        if not ended or starts_low:
            return False
        if len(prev_text) < 0.8 * self.typical:
            return True
        return line.text[:1].isspace() and line.gap >= 1

    def append_line(self, line: BodyLine) -> None:
        para = self.current
        if para is None:
            para = Para(text="", line=line.no, page=line.page)
            self.current = para
            self.buffer = TextBuffer()
        buffer = self.buffer
        if line.page_start:
            para.page_breaks.append((buffer.size + (1 if buffer.size else 0), line.page))
        text = line.text
        lead = len(text) - len(text.lstrip())
        pieces: list[tuple[str, int | None]] = []
        pos = lead
        for marker in line.markers:
            pieces.append((text[pos : marker.start], None))
            pieces.append(("", marker.n))
            pos = marker.end
        pieces.append((text[pos:].rstrip(), None))
        if pieces and not pieces[0][0].strip() and pieces[0][1] is None and len(pieces) == 1:
            return
        first = True
        for chunk, n in pieces:
            if n is not None:
                buffer.rstrip()
                para.markers.append((buffer.size, n))
                continue
            if first:
                first = False
                self._join(buffer, chunk.lstrip(), para, line.no)
            else:
                buffer.add(chunk)

    def _join(self, left: TextBuffer, right: str, para: Para, line_no: int) -> None:
        """Append the line *right* to the paragraph, rejoining a word hyphenated at the end of
        the previous line; only the paragraph's last characters are looked at (linear time)."""
        if not left.size:
            para.line_starts.append((0, line_no))
            left.add(right)
            return
        match = _HYPHENATED.search(left.tail(_TAIL)) if right[:1].isalpha() else None
        if match is not None:
            head = match[1]
            tail_match = re.match(r"[^\W\d_]+", right)
            tail = tail_match[0] if tail_match else ""
            if right[:1].islower():
                joined_word = (head + tail).casefold()
                hyphened = f"{head}-{tail}".casefold()
                if self.vocab[hyphened] > self.vocab[joined_word]:
                    para.line_starts.append((left.size, line_no))
                    left.add(right)
                    return
                para.line_starts.append((left.size - 1, line_no))
                left.drop_last()
                left.add(right)
                return
            para.line_starts.append((left.size, line_no))
            left.add(right)
            return
        para.line_starts.append((left.size + 1, line_no))
        left.add(" ")
        left.add(right)

    def close(self) -> None:
        if self.current is not None:
            self.current.text = self.buffer.value()
            if self.current.text.strip():
                self.blocks.append(self.current)
        self.current = None

    def run(self) -> Structure:
        body = self.body
        i = 0
        bib_heading: Heading | None = None
        bib_lines: list[BodyLine] = []
        while i < len(body):
            line = body[i]
            found = self.heading_at(i)
            if bib_heading is not None:
                # a references list ends at a chapter or a numbered heading, and before a
                # line with a note marker: running text again
                if (found and (found[0] == "chapter" or found[1])) or line.markers:
                    bib_heading = None
                else:
                    bib_lines.append(line)
                    i += 1
                    continue
            if found:
                kind, n, title, size = found
                self.close()
                heading = Heading(kind, n, title, line.no, line.page)
                self.blocks.append(heading)
                if kind == "bibliography":
                    bib_heading = heading
                i += size
                if i < len(body) and found:
                    body[i].gap = max(body[i].gap, self.big)
                continue
            if self.current is not None and i > 0 and self.breaks_before(i):
                self.close()
            self.append_line(line)
            i += 1
        self.close()
        heading_of_bib = next(
            (b for b in self.blocks if isinstance(b, Heading) and b.kind == "bibliography"), None
        )
        return Structure(self.blocks, bib_lines, heading_of_bib)


def build_structure(layout: Layout, toc: Sequence[str] = ()) -> Structure:
    """Group *layout*'s running lines into headings and paragraphs; *toc* holds
    table-of-contents keys that confirm headings."""
    return _Builder(layout, toc).run()
