"""The bibliography section: its entries (bulleted, hanging or in blocks) and their fields."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from purgehist.formats.text.archival import find_archival
from purgehist.formats.text.author_year import read_author_year_entry
from purgehist.formats.text.citation_parts import PARTICLE_BEFORE, CitationKind, ParsedCitation
from purgehist.formats.text.entries import read_entry, read_titled_entry
from purgehist.formats.text.initials_first import read_initials_first
from purgehist.formats.text.numbered import entry_number, numbered_list, read_numbered_entry
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.references import parse_reference
from purgehist.formats.text.text_buffer import TextBuffer

__all__ = [
    "BibEntry",
    "author_year_list",
    "is_subheading",
    "parse_bibliography",
    "read_listed_entry",
    "split_entries",
]

_BULLET = re.compile(r"^\s*(?:[•●▪◦·\-–—*]|\[\d+\]|\d{1,3}\.)\s+")
# "Getty, J.", "de Vergara, Francisco", "ten Kate, Lambert", "[Blackwell, Thomas]", "———."
_ENTRY_START = re.compile(
    rf"^(?:(?:{PARTICLE_BEFORE})*\[?"
    r"[A-ZÀ-ÝĀ-ŽА-Я][\w'’\-]+(?:\s+[\w'’\-]+){0,2},\s*(?:[A-ZÀ-ÝĀ-ŽА-Я]|[a-zа-я]{1,3}\.)|"
    r"(?:[—–-]{2,}|_{3,}|(?:Ders|Dies|Ead|Id)\.|(?:Idem|Eadem)\b)\s*[.,:]?)"
)
# An author–year entry's opening: names and the year, each closed by a full stop ("Anon. 1613.
# Grammatica…", "Gedike, Friedrich. 1782. Ueber…"; not an imprint, "Cambridge UP, 1985.",
# "Cambridge: Cambridge University Press. 1985.").
_DATED_START = re.compile(
    rf"^(?:{PARTICLE_BEFORE})*\[?[A-ZÀ-ÝĀ-ŽА-Я]"
    r"[^\d():]{0,60}?\.\s+(?:1[4-9]|20)\d\d[a-z]?\.(?:\s|$)"
)
# A running head or subheading on a line of its own, in a few capitalised words without a full
# stop ("Primary sources", "Secondary literature"): it opens a group, which is then left out.
_RUNNING_HEAD = re.compile(r"^[A-ZÀ-Ý][^\W\d_]*(?:\s+[^\W\d_]+){0,3}$")
# The end of an entry: a year or pages closing an imprint ("Moskva 2004.", "(Moskou 2001).",
# "S. 97–129.").
_IMPRINT_END = re.compile(r"(?:\b(?:1[4-9]|20)\d\d[a-z]?\)?|\d+\s*[-–]\s*\d+)\s*\.\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_PAGES_END = re.compile(r"\d+\s*[-–]\s*\d+\s*\.\s*$")
_PLACE_OPENS = re.compile(r"^[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.&-]+){0,3}:\s")
# An entry does not end on an initial or an abbreviation that needs more text
# ("hg. v. V. N." / "ed. by" / "S.").
_OPEN_END = re.compile(
    r"(?:\b[A-ZÀ-ÝА-ЯЁ]\.|\b(?:v|u|hg|hrsg|ed|eds|vol|Bd|S|p|pp|trans|in|In|Hg|Hrsg|ders|dies)\.)"
    r"\s*$"
)
# …but a number before "pp." or "S." is the book's extent, which closes an entry ("Tübingen:
# Narr. 312 pp.", "Berlin 1999. 480 S.")
_EXTENT_END = re.compile(r"\b\d+\s*(?:pp|S|p)\.\s*$")
# An author–year entry's names and year alone ("Di Giambattista, Lorella, Viviana Di Felice
# & Letizia Formosa. 2015."): the title follows, on the next line; full stops in the names
# only after initials.
_NAMES_AND_YEAR = re.compile(
    r"^\[?[A-ZÀ-ÝĀ-ŽА-Я](?:[^.\d()]|(?<=\b[A-ZÀ-ÝĀ-ŽА-Я])\.)*"
    r"(?:\s\((?:eds?|Hrsg|Hg|dir|réd|red)\.\))?\.\s+(?:1[4-9]|20)\d\d[a-z]?\.$"
)
# An entry's end on an initial or an abbreviation in capitals ("ex officina Plantiniana
# Raphelengi F.", "diffusion P.U.L.") or on a comma ("Tarragona: Intercultural Studies
# Group,"): in an author–year list, the entry is complete when the next line opens another
# with names and year ("Nuti, Erika. 2013. …"), as lists without hanging indents print them.
_LEFT_OPEN = re.compile(r"(?:\b[A-ZÀ-ÝА-ЯЁ]\.|,)\s*$")


@dataclass(slots=True)
class BibEntry:
    """One entry: its text as printed (lines joined), its first line and what was read."""

    text: str
    line: int
    citation: ParsedCitation
    author_year: bool = False
    """Read as an entry of an author–year references list (``Names. Year. Title.``)."""
    number: int | None = None
    """The entry's number in a numbered references list (``[48] …``), which citations give."""


def _join(parts: Sequence[str]) -> str:
    out = TextBuffer()
    for raw in parts:
        piece = raw.strip()
        if not piece:
            continue
        end = out.tail(2)
        if not out.size:
            out.add(piece)
        elif re.search(r"[^\W\d_]-$", end) and piece[:1].islower():
            out.drop_last()
            out.add(piece)
        elif end.endswith(("-", "–", "/")):
            out.add(piece)
        else:
            out.add(" ")
            out.add(piece)
    return out.value()


def split_entries(lines: Sequence[BodyLine]) -> list[tuple[int, str]]:
    """``(first line, text)`` of each entry, telling entries apart by bullets, by hanging
    indent, by blank lines, or by lines that open with ``Surname,``."""
    text_lines: list[BodyLine] = []
    for line in lines:
        if not line.text.strip():
            continue
        after_break = bool(text_lines) and text_lines[-1].text.rstrip().endswith(("-", "–", ","))
        if _PAGE_NUMBER.match(line.text) and not after_break:
            continue  # a page number the page splitter did not recognise
        text_lines.append(line)
    if not text_lines:
        return []
    indents = [len(line.text) - len(line.text.lstrip()) for line in text_lines]
    flush = min(indents)
    # a bullet opens a line at the margin; a number opening an indented line ends the line
    # above it ("vol. 12,\n  174. A Neufchastel")
    bulleted = sum(
        1
        for line, indent in zip(text_lines, indents, strict=True)
        if indent == flush and _BULLET.match(line.text)
    )
    hanging = sum(1 for i in indents if i > flush) >= 1 and bulleted == 0
    # a numbered list's entries open with their numbers, whatever the indents (those of two
    # columns' lines differ)
    numbers = [entry_number(line.text) for line in text_lines]
    in_order = _in_sequence(numbers)
    given = sum(1 for n in numbers if n is not None)
    numbered = sum(in_order) >= max(_MIN_NUMBERED, 0.5 * given)
    width = max(len(line.text.rstrip()) for line in text_lines)
    groups: list[tuple[int, list[str]]] = []
    previous = ""
    heading = False  # whether the last group, as far as it goes, is a subheading
    for k, (line, indent) in enumerate(zip(text_lines, indents, strict=True)):
        text = line.text
        if numbered:
            starts = in_order[k]
        elif bulleted >= max(2, len(text_lines) // 4):
            starts = bool(_BULLET.match(text))
            text = _BULLET.sub("", text)
        elif hanging:
            starts = indent == flush
        else:
            stripped = text.strip()
            starts = line.gap >= 1 or bool(
                _ENTRY_START.match(stripped) or _DATED_START.match(stripped)
            )
            # a line after a subheading (or a running head read into the list: "Primary
            # sources") opens an entry
            if (
                groups
                and not line.gap
                and not _complete(groups[-1][1][-1])
                and not heading
                and not (starts and _opens_dated(stripped, groups[-1][1]))
            ):
                starts = False
            elif groups and not starts:
                # names and year fill a line or two: only the group's opening is looked at
                opening = _NAMES_AND_YEAR.match(_join(groups[-1][1][:2]))
                starts = not opening and (
                    _broken_early(previous, text, width)
                    or _running_head(stripped, text_lines[k + 1 : k + 2])
                )
        if starts or not groups:
            groups.append((line.no, [text]))
            heading = is_subheading(text)
        else:
            groups[-1][1].append(text)
            # a group that is no subheading stays none as it grows
            heading = heading and is_subheading(" ".join(groups[-1][1]))
        previous = text
    return [(no, _join(parts)) for no, parts in groups]


def _running_head(text: str, following: Sequence[BodyLine]) -> bool:
    """Whether *text*, a line after a complete entry with no gap before it, is a running head
    or subheading read into the list: a few capitalised words before a gap or a line that
    opens an entry (not a subtitle carried over: ``A Reassessment`` before ``Cambridge: …``)."""
    if not _RUNNING_HEAD.match(text):
        return False
    if not following:
        return False
    after = following[0].text.strip()
    return following[0].gap >= 1 or bool(_ENTRY_START.match(after) or _DATED_START.match(after))


def _broken_early(previous: str, text: str, width: int) -> bool:
    """Whether a line that ends a complete entry was broken by hand: the first word of the
    next line would have fitted on it, so the next line opens an entry of its own (an
    edition or collection listed by title: ``Stalin i Kaganovič. Perepiska…``)."""
    first = text.strip().split(" ", 1)[0]
    opens = first[:1].isupper() or first[:1] in "„“\"'‘«"
    ends = bool(_IMPRINT_END.search(previous))
    if _PAGES_END.search(previous) and _PLACE_OPENS.match(text.strip()):
        return False  # a chapter's pages, then the book's imprint ("…, 197–224.\nLeiden: Brill.")
    return opens and ends and len(previous.rstrip()) + 1 + len(first) <= width


def _opens_dated(text: str, group: Sequence[str]) -> bool:
    """Whether *text* opens an author–year entry (``Surname, Forename. 2013.``) after one
    opened alike, in the *group* of lines above, whose last line ends on an initial or a
    comma and would otherwise leave it open."""
    return bool(
        _LEFT_OPEN.search(group[-1])
        and _DATED_START.match(group[0].strip())
        and _ENTRY_START.match(text)
        and _DATED_START.match(text)
    )


def _complete(text: str) -> bool:
    text = text.strip()
    return bool(re.search(r"(?:\)|\d|\.)\s*$", text)) and (
        not _OPEN_END.search(text) or bool(_EXTENT_END.search(text))
    )


def is_subheading(text: str) -> bool:
    """Whether an entry is a heading inside the bibliography (``Primary sources``,
    ``Quellen und Darstellungen``, ``Ouvrages et articles cités``): short, without the
    comma, colon or year every entry has."""
    stripped = text.strip().rstrip(":.")
    return bool(stripped) and len(stripped.split()) <= 8 and not re.search(r"[,:;(]|\d", stripped)


# "Archival sources", "Archives", "Archivalien", "Archiefbronnen", "Sources d'archives",
# "Архивные источники": a part of the bibliography that lists archival holdings.
_ARCHIVE_HEADING = re.compile(r"archiv|archief|archives|архив", re.IGNORECASE)
_DESCRIPTION = re.compile(r"^(?P<ref>.*?)\s*\((?P<desc>[^()]+)\)\s*\.?$")


def archival_entry(text: str, *, in_archive_part: bool) -> ParsedCitation | None:
    """An archival holding listed in the bibliography (``RGASPI, f. 17, op. 162 (Sondermappe
    des Politbüros)``); under an archives heading any entry is one, with its text as title.
    ``None`` when *text* is no archival entry."""
    printed = text.strip().rstrip(" .;")
    described = _DESCRIPTION.match(printed)
    reference = described["ref"] if described else printed
    found = find_archival(reference)
    if found is not None and found.description is None:
        title = described["desc"].strip() if described else None
        return ParsedCitation(
            kind=CitationKind.ARCHIVAL, printed=text.strip(), title=title, locator=found.reference
        )
    if in_archive_part:
        return ParsedCitation(kind=CitationKind.ARCHIVAL, printed=text.strip(), title=printed)
    return None


def author_year_list(dated: int, entries: int) -> bool:
    """Whether a bibliography with *dated* author–year entries among *entries* is an
    author–year references list: half of them, or many (running text read into it aside)."""
    return dated >= _MANY_DATED or (dated > 0 and dated >= 0.5 * entries)


_MANY_DATED = 10
_NUMBER_REACH = 4
"""How far past the next a numbered list's entry may be numbered (entries lost between)."""
_MIN_NUMBERED = 3


def _in_sequence(numbers: Sequence[int | None]) -> list[bool]:
    """Which of *numbers* (those lines open with) number a list's entries in order, from 1
    on: each a little past the one before (a year opening a line carried on is none)."""
    flags = []
    expected = 1
    for n in numbers:
        flag = n is not None and expected <= n < expected + _NUMBER_REACH
        flags.append(flag)
        if flag and n is not None:
            expected = n + 1
    return flags


def parse_bibliography(lines: Sequence[BodyLine]) -> list[BibEntry]:
    """Every entry of the bibliography section, in printed order; ``———.`` repeats the
    previous entry's authors; archival holdings become archival citations."""
    entries = []
    authors = ""
    in_archive_part = False
    split = split_entries(lines)
    first_lines = {line.no: line.text for line in lines}
    numbers = {no: entry_number(first_lines.get(no, "")) for no, _ in split}
    numbered = numbered_list([numbers[no] for no, text in split if not is_subheading(text)])
    dated = {no: read_author_year_entry(text) for no, text in split}
    author_year = author_year_list(sum(1 for c in dated.values() if c is not None), len(split))
    for no, text in split:
        if len(text) < 8 or is_subheading(text):
            in_archive_part = bool(_ARCHIVE_HEADING.search(text))
            continue
        listed = read_numbered_entry(text) if numbered else None
        if listed is not None:
            entries.append(BibEntry(text=text, line=no, citation=listed))
            continue
        in_list = dated.get(no) if author_year else None
        if in_list is not None:
            entries.append(BibEntry(text=text, line=no, citation=in_list, author_year=True))
            continue
        archival = archival_entry(text, in_archive_part=in_archive_part)
        if archival is not None:
            entries.append(BibEntry(text=text, line=no, citation=archival))
            continue
        citation, authors = read_listed_entry(text, authors)
        entries.append(BibEntry(text=text, line=no, citation=citation))
    if numbered:
        for entry in entries:
            entry.number = numbers.get(entry.line)
    return entries


def read_listed_entry(text: str, authors_text: str = "") -> tuple[ParsedCitation, str]:
    """One entry of a bibliography as a citation, and the author part as printed (to stand
    for a following ``———.``; *authors_text* when the entry names none).

    >>> entry = "Feuerbach, Ludwig, Das Wesen des Christentums, Leipzig 1841."
    >>> citation, _ = read_listed_entry(entry)
    >>> citation.title, citation.place, citation.year
    ('Das Wesen des Christentums', 'Leipzig', '1841')
    """
    initials_first = read_initials_first(text)
    if initials_first is not None:
        return initials_first, authors_text
    read = read_entry(text, authors_text)
    if read is not None:
        return read
    citation = parse_reference(text, inverted=True)
    if not citation.authors:
        citation = read_titled_entry(text) or citation
    return citation, authors_text
