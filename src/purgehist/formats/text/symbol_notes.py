"""Notes labelled with symbols (``∗ † ‡ § ¶ ‖``, then doubled), their sequence starting anew
on every page.

LaTeX's ``\\fnsymbol`` labels a page's notes ``∗ † ‡ § ¶ ‖ ∗∗ †† ‡‡``, a typewriter's notes
``*``, ``**``, ``***``; older books, translations (a translator's notes beside the author's
numbered ones), a journal's note on its authors and LaTeX's ``\\thanks`` label their notes so.
Extraction prints the asterisk as ``*``, ``∗`` or ``⁎``; they are read as one symbol, and a
note keeps the label as printed.

A document's symbol notes are read only where the document shows the scheme: on two pages
or more, notes opening with the first label go on with the next, each with its marker glued
in that page's running text. A lone asterisk at a page's foot is as often a table's key, a
starred heading or example, or a list's bullet.

A page's notes are read from the last line of the page that opens with the sequence's first
label (``∗`` or ``*``, alone on its line or set off from its text by a space) to the page's
foot (two blank lines, the page number, a running head or footer); they may run into one
paragraph (``∗ text. † text. ‡ text.``), so the text is split where the label that continues
the sequence stands after a sentence's end or at a line's start, or where the running text
above holds a marker of that label. The notes are taken only where the running text above
them holds the first label's marker, glued to the word or the punctuation before it
(``position.†``, an index entry's ``Mercator 774∗``), not to a number opening its line (a
table cell's ``3.87*``, a heading's ``3.4*``): an asterisk set before a word (a reconstructed
form ``*bʰer-``, an ungrammatical example ``* the cat sleep``) is no marker, nor one in a
table's row (the table's own note), nor does a significance key (``* p < .05``) open notes;
a symbol in the running text is a marker only where the page's notes have its label. Their
lines are blanked before the numbered notes are read, and the notes put back with their
markers afterwards, keyed after
the lettered notes (:data:`.footnotes.LETTERED`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby, pairwise

from purgehist.formats.text.footnotes import LETTERED, Marker, RawNote
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.marker_search import markers_in_order
from purgehist.formats.text.pages import BodyLine, Layout

__all__ = [
    "SymbolNote",
    "add_symbols",
    "find_symbol_markers",
    "next_labels",
    "symbol_notes",
    "symbol_ordinal",
]

FNSYMBOLS = ("∗", "†", "‡", "§", "¶", "‖")
"""LaTeX's ``\\fnsymbol`` order; after ``‖`` each symbol again, doubled."""
_STAR = "∗"
_STARS = str.maketrans({"*": _STAR, "⁎": _STAR, "✱": _STAR})
_LABEL = r"(?:[∗*⁎✱]{1,3}|†{1,2}|‡{1,2}|§{1,2}|¶{1,2}|‖{1,2})"
_OPENING = re.compile(rf"^\s*(?P<label>{_LABEL})(?:\s+(?P<rest>\S.*?))?\s*$")
_PAGE_NUMBER = re.compile(
    r"^\s*[\[(–—-]?\s*(?:\d{1,4}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8})\s*[\])–—-]?\s*$"
)
_ENDED = re.compile(r"(?:[.!?;:)\]”’\"»]|\d)\s+$")
"""Where a run-in note ends before the next one's label: a sentence's end or a closing
bracket or quotation mark (a citation's pages, ``(1962: 12). †``)."""
_SENTENCE_END = re.compile(r"[.!?)\]”’\"»]$")
_NUMBERED = re.compile(r"^\s*\d{1,3}\.?\s+[^\W\d_]")
_ROW = re.compile(r"\S {3,}\S.* {3,}\S")
"""A table's row, as ``pdftotext -layout`` sets it: cells parted by wide gaps."""
_NUMBER = re.compile(r"^\s*\d+(?:[.,]\d+)*$")
"""What stands before a symbol that is no marker: a number alone at its line's start (a table
cell's ``3.87*``, a section heading's ``3.4*``), unlike an index entry's ``Mercator 774∗`` or
a wrapped citation's ``74,†``."""
_KEY = re.compile(r"^p\s*[<≤=>]\s*0?\.\d")
"""A table's key of significance levels, the text of its first asterisk (``* p < .05``)."""
_INDENT = 8
"""How far right of its label a note's text set beside another's may start."""
_FOOT = frozenset({LineKind.RUNNING_HEAD, LineKind.PAGE_NUMBER})
EVIDENT_PAGES = 2
"""On how many pages a document must show notes ``∗ text † text`` with both markers glued in
the running text above before any page's symbol notes are read."""


def fold(label: str) -> str:
    """*label* with every form of the asterisk read as ``∗``."""
    return label.translate(_STARS)


def symbol_ordinal(label: str) -> int | None:
    """The place of a symbol label in its sequence (``∗``: 1, ``‡``: 3, ``∗∗``: 7 under
    ``\\fnsymbol``; ``**``: 2 when typed), else ``None``."""
    if not label or len(set(label)) != 1 or re.fullmatch(_LABEL, label) is None:
        return None
    if set(label) <= {"*"}:
        return len(label)
    symbol = fold(label[0])
    return FNSYMBOLS.index(symbol) + 1 + len(FNSYMBOLS) * (len(label) - 1)


def next_labels(label: str) -> tuple[str, ...]:
    """The labels (folded) that may follow *label* on its page: the next under ``\\fnsymbol``
    and, after asterisks, one asterisk more (a typewriter's ``*``, ``**``)."""
    folded = fold(label)
    symbol, times = folded[0], len(folded)
    at = FNSYMBOLS.index(symbol)
    after = FNSYMBOLS[at + 1] * times if at + 1 < len(FNSYMBOLS) else _STAR * (times + 1)
    more = _STAR * (times + 1)
    return (after, more) if symbol == _STAR and after != more else (after,)


def _marker(label: str) -> re.Pattern[str]:
    """*label* (folded) as a marker: glued to the word or punctuation before it, followed by a
    space, punctuation or the line's end, and no longer run of its symbol."""
    symbol = re.escape(label[0])
    if label[0] == _STAR:
        symbol = "[∗*⁎✱]"
    body = f"{symbol}{{{len(label)}}}"
    return re.compile(rf"(?<=[^\W_]|[.,;:!?)\]”’\"'»]){body}(?![∗*⁎✱†‡§¶‖])(?=[\s.,;:)\]”’\"'»]|$)")


def find_symbol_markers(
    texts: Sequence[str], labels: Sequence[str]
) -> list[tuple[int, int, int] | None]:
    """The marker of each of *labels* in *texts*, as ``(line, start, end)``: the first after
    the previous one found, else the first from the top; never one already taken."""
    return markers_in_order(
        texts,
        [_marker(fold(label)) for label in labels],
        lambda text, at: _NUMBER.match(text[:at]) is not None,
    )


@dataclass(slots=True)
class SymbolNote:
    """A note labelled with a symbol: its label as printed, the index (into the source lines)
    of the line its label stands on, and its text's parts."""

    label: str
    first: int
    parts: list[str] = field(default_factory=list)


def _opening(line: SourceLine) -> tuple[str, str] | None:
    """``(label, rest)`` when *line* opens with the first label of a page's sequence."""
    match = _OPENING.match(line.text)
    if match is None or fold(match["label"]) != _STAR:
        return None
    return match["label"], match["rest"] or ""


def _area(lines: Sequence[SourceLine], indices: Sequence[int], at: int) -> list[int]:
    """The lines of a page's notes from *indices[at]* to the page's foot: two blank lines, the
    page number, a running head or footer end them, unless a line further down opens with a
    label (plain ``pdftotext`` sets a note's label apart, after the page number)."""
    taken: list[int] = []
    blanks = 0
    rest = list(indices[at:])
    for place, k in enumerate(rest):
        line = lines[k]
        foot = line.kind in _FOOT or (taken and _PAGE_NUMBER.match(line.text))
        if foot or (not line.text.strip() and blanks >= 1):
            if not any(_labelled(lines[j]) for j in rest[place + 1 :]):
                break
            blanks = 0
            continue
        if not line.text.strip():
            blanks += 1
            continue
        if blanks and _NUMBERED.match(line.text):
            break  # the page's numbered notes, set off below the symbol notes
        blanks = 0
        taken.append(k)
    return taken


def _labelled(line: SourceLine) -> bool:
    """Whether *line* is body text opening with a symbol label."""
    return line.kind not in _FOOT and _OPENING.match(line.text) is not None


def _split(
    lines: Sequence[SourceLine], area: list[int], label: str, marked: set[str]
) -> list[SymbolNote]:
    """The notes of *area*, split where the label that continues the sequence stands."""
    opening = _OPENING.match(lines[area[0]].text)
    assert opening is not None
    notes, used = _side_by_side(lines, area)
    if not notes:
        notes, used = _stacked(lines, area)
    if not notes:
        notes = [SymbolNote(label, area[0])]
    texts = [(area[0], opening["rest"] or "")] if used == 1 else []
    texts += [(k, lines[k].text.strip()) for k in area[used:]]
    for k, line in texts:
        text = line
        while text:
            cut = _cut(text, next_labels(notes[-1].label), marked)
            if cut is None:
                notes[-1].parts.append(text)
                break
            start, end = cut
            if text[:start].strip():
                notes[-1].parts.append(text[:start].strip())
            notes.append(SymbolNote(text[start:end], k))
            text = text[end:].strip()
    return notes


def _side_by_side(lines: Sequence[SourceLine], area: list[int]) -> tuple[list[SymbolNote], int]:
    """Notes set side by side under a line of their labels alone (``∗        †``, as
    ``pdftotext -layout`` sets short notes run into one paragraph): their texts cut from the
    lines below at the gap before each label's column, as long as the lines show those gaps;
    with how many lines of *area* they take."""
    heads = list(re.finditer(_LABEL, lines[area[0]].text))
    labels = [fold(head.group()) for head in heads]
    if len(heads) < 2 or re.sub(_LABEL, "", lines[area[0]].text).strip():
        return [], 1
    if any(b not in next_labels(a) for a, b in pairwise(labels)):
        return [], 1
    notes = [SymbolNote(head.group(), area[0]) for head in heads]
    used = 1
    for k in area[1:]:
        text = lines[k].text
        cuts = [_gap_before(text, head.start()) for head in heads[1:]]
        if any(cut is None for cut in cuts):
            break
        bounds = [0, *(cut for cut in cuts if cut is not None), len(text)]
        for note, (start, end) in zip(notes, pairwise(bounds), strict=True):
            if text[start:end].strip():
                note.parts.append(text[start:end].strip())
        used += 1
    return notes, used


def _stacked(lines: Sequence[SourceLine], area: list[int]) -> tuple[list[SymbolNote], int]:
    """Notes whose labels stand alone one under the other above their texts (``∗``, ``†``,
    then each text, as plain ``pdftotext`` sets short notes run into one paragraph): a text
    ends at a line that ends a sentence while labels are left; with how many lines of *area*
    they take (all)."""
    labels: list[str] = []
    for k in area:
        match = _OPENING.match(lines[k].text)
        if (
            match is None
            or match["rest"]
            or (labels and fold(match["label"]) not in next_labels(labels[-1]))
        ):
            break
        labels.append(match["label"])
    if len(labels) < 2 or len(area) <= len(labels):
        return [], 1
    notes = [SymbolNote(label, area[n]) for n, label in enumerate(labels)]
    at = 0
    for k in area[len(labels) :]:
        text = lines[k].text.strip()
        notes[at].parts.append(text)
        if at + 1 < len(notes) and _SENTENCE_END.search(text):
            at += 1
    return notes, len(area)


def _gap_before(text: str, column: int) -> int | None:
    """Where the gap of two spaces or more before *column* of *text* ends (a note's text set
    right of its label), else ``None``."""
    for gap in re.finditer(r"\s{2,}", text):
        if column - 2 <= gap.end() <= column + _INDENT:
            return gap.end()
    return None


def _cut(text: str, after: tuple[str, ...], marked: set[str]) -> tuple[int, int] | None:
    """Where in *text* (a line of a page's notes) the next note's label stands."""
    for match in re.finditer(rf"(?:^|(?<=\s)){_LABEL}(?=\s|$)", text):
        label = fold(match.group())
        if label not in after:
            continue
        before = text[: match.start()]
        if not before.strip() or _ENDED.search(before) or label in marked:
            return match.start(), match.end()
    return None


def _page(lines: Sequence[SourceLine], indices: list[int]) -> tuple[list[SymbolNote], set[str]]:
    """The symbol notes of one page (see the module's description), and the labels glued as
    markers in the running text above them."""
    for at in range(len(indices) - 1, -1, -1):
        line = lines[indices[at]]
        found = _opening(line)
        if found is None:
            continue
        # a table's cells hold their own notes' markers (``Citations*``), not the page's
        above = [lines[k].text if not _ROW.search(lines[k].text) else "" for k in indices[:at]]
        if line.label_known is not True and find_symbol_markers(above, [found[0]])[0] is None:
            continue
        if _KEY.match(found[1]):
            return [], set()  # a table's significance key (``* p < .05, ** p < .01``)
        earlier = [lines[k].text for k in indices[:at] if lines[k].text.strip()]
        before = _OPENING.match(earlier[-1]) if earlier else None
        if before is not None and fold(before["label"]) == _STAR:
            return [], set()  # a list's items (``* item``): a page's notes have one first label
        area = _area(lines, indices, at)
        marked = {
            fold(m.group())
            for text in above
            for m in re.finditer(
                rf"(?<=[^\W_]|[.,;:!?)\]”’\"'»]){_LABEL}(?=[\s.,;:)\]”’\"'»]|$)", text
            )
            if not _NUMBER.match(text[: m.start()])
        }
        notes = _split(lines, area, found[0], marked)
        notes[0].parts = [p for p in notes[0].parts if p]
        if notes[0].parts or len(area) > 1:
            return [n for n in notes if any(p.strip() for p in n.parts)], marked
    return [], set()


def _evident(notes: Sequence[SymbolNote], marked: set[str]) -> bool:
    """Whether a page shows the scheme itself: its notes open with the first label and go on
    with the next, each with its marker glued in the page's running text."""
    if len(notes) < 2 or fold(notes[1].label) not in next_labels(notes[0].label):
        return False
    return {fold(notes[0].label), fold(notes[1].label)} <= marked


def symbol_notes(lines: Sequence[SourceLine]) -> tuple[list[SourceLine], list[SymbolNote]]:
    """*lines* with the lines of their symbol notes blanked, and those notes: none unless the
    document shows the scheme on :data:`EVIDENT_PAGES` pages or more (:func:`_evident`), for a
    lone asterisk is as often a table's key, a starred heading or a list's bullet."""
    pages: list[tuple[list[int], list[SymbolNote]]] = []
    evident = 0
    for _, group in groupby(range(len(lines)), key=lambda k: lines[k].page):
        indices = list(group)
        found, marked = _page(lines, indices)
        if found:
            pages.append((indices, found))
            evident += _evident(found, marked)
    if evident < EVIDENT_PAGES:
        return list(lines), []
    notes: list[SymbolNote] = []
    blanked: set[int] = set()
    for indices, found in pages:
        notes.extend(found)
        blanked.update(_area(lines, indices, indices.index(found[0].first)))
    kept = [
        SourceLine("", line.page, line.line, line.kind, None) if k in blanked else line
        for k, line in enumerate(lines)
    ]
    return kept, notes


def add_symbols(layout: Layout, lines: Sequence[SourceLine], notes: Sequence[SymbolNote]) -> Layout:
    """*layout* with *notes* (read from *lines* by :func:`symbol_notes`) added, keyed after
    every note already there from :data:`.footnotes.LETTERED` on, and their markers put in
    the running lines of their page above them."""
    by_line = {line.line: k for k, line in enumerate(lines)}
    body_at: dict[int, list[BodyLine]] = {}
    for body in layout.body:
        k = by_line.get(body.no)
        if k is not None:
            body_at.setdefault(lines[k].page, []).append(body)
    page_index = {page: bodies[0].page for page, bodies in body_at.items()}
    key = LETTERED + sum(1 for note in layout.notes if note.n >= LETTERED)
    for page, group in groupby(notes, key=lambda note: lines[note.first].page):
        run = list(group)
        first = lines[run[0].first].line
        above = [b for b in body_at.get(page, []) if b.no < first]
        hits = find_symbol_markers([b.text for b in above], [n.label for n in run])
        for note, hit in zip(run, hits, strict=True):
            where = page_index.get(page, max(0, len(layout.pages) - 1))
            layout.notes.append(
                RawNote(n=key, line=lines[note.first].line, page=where, parts=note.parts,
                        label=note.label)
            )  # fmt: skip
            if hit is not None:
                _place(above[hit[0]], Marker(hit[1], hit[2], key))
            key += 1
    return layout


def _place(body: BodyLine, marker: Marker) -> None:
    """Put *marker* into *body*'s markers unless it overlaps one there."""
    if any(m.start < marker.end and marker.start < m.end for m in body.markers):
        return
    body.markers.append(marker)
    body.markers.sort(key=lambda m: m.start)
