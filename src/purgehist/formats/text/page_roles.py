"""Running heads and page numbers, told from the document itself: what stands at the top or
the foot of many pages in the same form (numbers aside) is a running head, a number alone
there a page number. A line repeated elsewhere on the pages (an archive's name inside notes)
is no running head: only the first and last lines of a page are looked at."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from purgehist.formats.text.endnote_heads import opening_titles
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.structure import heading_kind

__all__ = ["PAGE_NUMBER", "flow_pages", "mark_page_roles", "numbers_below_folios", "page_groups"]

PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?\s*$", re.IGNORECASE)
_REPEATED = 3
"""On how many pages a line must stand at the top to be a running head (a chapter's head
repeats on its pages, a whole book's on most)."""
_HEAD_LINES = 2
"""How many lines at the top of a page may be running heads."""
_CHAPTER = re.compile(
    r"^(?:chapter|kapitel|chapitre|hoofdstuk|part|teil|partie|deel|глава)\s+\S+\s*$", re.I
)


def page_groups(lines: Sequence[SourceLine]) -> list[range]:
    """The index ranges of *lines* that share a page, in order."""
    groups: list[range] = []
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or lines[k].page != lines[start].page:
            groups.append(range(start, k))
            start = k
    return groups


def _shape(text: str) -> str:
    return " ".join(re.sub(r"\d+|\b[ivxlcdm]+\b", "#", text.casefold()).split())


def _ends(lines: Sequence[SourceLine], group: range) -> tuple[list[int], list[int]]:
    filled = [k for k in group if lines[k].text.strip() and lines[k].kind == LineKind.UNKNOWN]
    return filled[:_HEAD_LINES], filled[-1:]


def mark_page_roles(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """*lines* with the running heads and page numbers of their pages marked (lines whose kind
    is known are left as they are)."""
    groups = page_groups(lines)
    if len(groups) < 3:
        return _numbers_at_foot(lines, groups)
    kinds = _kinds(lines, groups)
    return [
        SourceLine(line.text, line.page, line.line, kinds[k]) if k in kinds else line
        for k, line in enumerate(lines)
    ]


def numbers_below_folios(lines: Sequence[SourceLine]) -> set[int]:
    """The indices of the numbers alone that :func:`mark_page_roles` takes for page numbers
    on pages whose head holds their number: a page is numbered once, so such a number may be
    a note's label that plain ``pdftotext`` set last (or first below the head)."""
    groups = page_groups(lines)
    if len(groups) < 3:
        return set()
    kinds = _kinds(lines, groups)
    found = set()
    for group in _folios_at_top(lines, groups, kinds):
        tops, bottoms = _ends(lines, group)
        for k in (*tops[1:], *bottoms):
            if kinds.get(k) == LineKind.PAGE_NUMBER and k != tops[0]:
                found.add(k)
    return found


def _kinds(lines: Sequence[SourceLine], groups: Sequence[range]) -> dict[int, LineKind]:
    shapes: Counter[str] = Counter()
    for group in groups:
        tops, bottoms = _ends(lines, group)
        seen = {_shape(lines[k].text) for k in (*tops, *bottoms)}
        shapes.update(seen)
    repeated = _REPEATED
    folios = _folio_heads(lines, groups)
    kinds: dict[int, LineKind] = {}
    for group in groups:
        tops, bottoms = _ends(lines, group)
        for k in (*tops, *bottoms):
            text = lines[k].text.strip()
            if k in tops[1:] and tops[0] not in kinds and k not in bottoms:
                continue  # the second line is a head only below a head or a page number
            if PAGE_NUMBER.match(text):
                kinds[k] = LineKind.PAGE_NUMBER
            elif k in folios or (
                k in tops
                and shapes[_shape(text)] >= repeated
                and len(text) <= 120
                and not _CHAPTER.match(text)
                and heading_kind(text) is None
            ):
                kinds[k] = LineKind.RUNNING_HEAD
    for k in opening_titles(lines, [_ends(lines, group)[0] for group in groups], kinds):
        del kinds[k]  # the notes' title on their first page, not the head of the pages after
    return kinds


def _folio_heads(lines: Sequence[SourceLine], groups: Sequence[range]) -> set[int]:
    """The first lines of pages that are running heads holding the page's number (``Chapter
    One | 21``), even where they read as a chapter's heading, and the last lines that are
    running feet so (``21   The Harbour Board``, as a word processor's footer prints them):
    the same words on several pages, their number rising with the pages (the page's place in
    the file, less a fixed offset). A chapter's heading (``Chapter 3``) keeps its number over
    many pages; a note's last line (``Ibid., 14.``) has no number that rises so, nor is its
    label set off from its words by a wide space."""
    found: dict[tuple[str, int, bool], list[int]] = {}
    for place, group in enumerate(groups):
        tops, bottoms = _ends(lines, group)
        for ends, foot in ((tops[:1], False), (bottoms, True)):
            if not ends:
                continue
            text = lines[ends[0]].text.strip()
            numbers = _NUMBER.findall(text)
            if foot and not (_WORDS.search(text) and _SET_OFF_FOLIO.search(text)):
                continue
            if len(numbers) == 1 and len(text) <= 120:
                # a foot's number stands left on a left page and right on a right one
                shape = " ".join(_WORDS.findall(text.casefold())) if foot else _shape(text)
                key = (shape, int(numbers[0]) - place, foot)
                found.setdefault(key, []).append(ends[0])
    return {k for heads in found.values() if len(heads) >= _REPEATED for k in heads}


_WORDS = re.compile(r"[^\W\d_]{2,}")
_SET_OFF_FOLIO = re.compile(r"^\d{1,4}\s{2,}\S|\S\s{2,}\d{1,4}$")
"""A foot's number set off from its words by a wide space (a note's label is not)."""


_NUMBER = re.compile(r"(?<![\d.,])\d{1,4}(?![\d.,])")


def _folios_at_top(
    lines: Sequence[SourceLine], groups: Sequence[range], kinds: dict[int, LineKind]
) -> list[range]:
    """The pages whose head holds their number: a head's number is the page's number when it
    goes up from page to page with the pages (a chapter's number in a head stays the
    same)."""
    tops: list[int | None] = []
    for group in groups:
        head, _ = _ends(lines, group)
        text = lines[head[0]].text if head and head[0] in kinds else ""
        numbers = _NUMBER.findall(text)
        alone = PAGE_NUMBER.match(text)
        if alone and not alone[1].isdigit():
            tops.append(_roman(alone[1]))
        else:
            tops.append(int(numbers[0]) if len(numbers) == 1 else None)
    found = []
    for g, number in enumerate(tops):
        if number is None:
            continue
        near = (h for h in range(max(0, g - 2), min(len(tops), g + 3)) if h != g)
        if any((top := tops[h]) is not None and top - number == h - g for h in near):
            found.append(groups[g])
    return found


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral.lower()]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _numbers_at_foot(lines: Sequence[SourceLine], groups: list[range]) -> list[SourceLine]:
    """*lines* with the number alone at the foot of each page marked as its page number (too
    few pages to tell running heads)."""
    marked = list(lines)
    for group in groups:
        _, bottoms = _ends(lines, group)
        for k in bottoms:
            if PAGE_NUMBER.match(lines[k].text) and group.stop - group.start > 1:
                marked[k] = SourceLine(lines[k].text, lines[k].page, lines[k].line,
                                       LineKind.PAGE_NUMBER)  # fmt: skip
    return marked


_SET_OFF_NUMBER = re.compile(r"^\s{12,}\d{1,4}\s*$")


def flow_pages(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """Pages in a text without page breaks: a new page after a page number set off to the
    middle or the right below a notes area, and after a notes area that running text follows
    (a labelled note, a blank line, then a line that opens no note)."""
    out: list[SourceLine] = []
    page = lines[0].page if lines else 1
    in_notes = False
    pending = False
    for line in lines:
        text = line.text
        if not text.strip():
            pending = in_notes
            out.append(SourceLine(text, page, line.line, line.kind))
            continue
        label = _LABELLED.match(text)
        number = _SET_OFF_NUMBER.match(text) is not None
        if pending and label is None and not number:
            page += 1
        out.append(SourceLine(text, page, line.line, line.kind))
        if number and (in_notes or pending):
            page += 1
            in_notes = pending = False
            continue
        pending = False
        in_notes = label is not None or (in_notes and text[:1].isspace())
    return out


_LABELLED = re.compile(r"^\s{0,3}(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\S")
