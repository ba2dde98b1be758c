"""What each line of a document is: body, footnote, running head or page number.

Measured per document, never per file type: the body size is the size most text is set in and
the line pitch the most common distance between body lines; running heads and page numbers are
the first and last lines of a page that sit where such lines sit on other pages, set apart from
the text or repeated; the footnote area is the block of smaller lines at the foot of a page (or
of a column), found below a short rule or from its first note label, and its size, once known
from such pages, finds the areas that only continue a note from the page before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.pdf.markers import running_markers
from purgehist.formats.pdf.note_extent import carries_on, mark_notes, wordless
from purgehist.formats.text.lines import LineKind
from purgehist.formats.text.structure import heading_kind

__all__ = ["Layout", "classify_pages", "measure"]

_PAGE_NUMBER = re.compile(r"^[\[(–—-]?\s*(?:\d{1,4}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8})\s*[\])–—-]?$")
_NUMBERED = re.compile(r"^\(\s*[\w.,:–-]{1,10}\s*\)$")
"""A display formula's number, ``(5.9)``, ``(12a)``."""
_SMALLER = 0.95
"""Note lines are set smaller than this share of the body size."""
_CLOSED = re.compile(r"[.!?…][\s\"'”’»)\]⁰¹²³⁴⁵⁶⁷⁸⁹]*$")


@dataclass(slots=True)
class Layout:
    """The figures of one document's page layout."""

    body_size: float
    pitch: float
    head_positions: list[float] = field(default_factory=list)
    foot_positions: list[float] = field(default_factory=list)
    note_size: float | None = None
    ruled_notes: bool = False
    """Whether the document sets its notes under a short rule: most of the notes areas found
    by their labels stand under one."""


def measure(pages: Sequence[PageBoxes]) -> Layout:
    """Body size, line pitch and running head and foot positions of a document."""
    sizes: Counter[float] = Counter()
    pitches: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    for page in pages:
        for above, below in zip(page.lines, page.lines[1:], strict=False):
            if _is_size(above, body) and _is_size(below, body) and above.column == below.column:
                distance = above.baseline - below.baseline
                if 0.8 * body < distance < 2.5 * body:
                    pitches[round(distance * 2) / 2] += 1
    pitch = pitches.most_common(1)[0][0] if pitches else 1.2 * body
    layout = Layout(body_size=body, pitch=pitch)
    layout.head_positions = _margin_positions([_top_row(p) for p in pages])
    layout.foot_positions = _margin_positions([_bottom_row(p) for p in pages])
    return layout


def _is_size(line: LineBox, size: float) -> bool:
    return abs(line.size - size) <= 0.05 * size


def _top_row(page: PageBoxes) -> list[LineBox]:
    if len(page.lines) < 2:
        return []
    top = max(line.baseline for line in page.lines)
    return [line for line in page.lines if line.baseline > top - 1]


def _bottom_row(page: PageBoxes) -> list[LineBox]:
    if len(page.lines) < 2:
        return []
    bottom = min(line.baseline for line in page.lines)
    return [line for line in page.lines if line.baseline < bottom + 1]


def _key(row: list[LineBox]) -> str:
    return re.sub(r"[\d\W_]+", "", " ".join(line.text for line in row)).casefold()


def _numbered(row: list[LineBox]) -> bool:
    return any(_PAGE_NUMBER.match(line.text) for line in row)


def _margin_positions(rows: list[list[LineBox]]) -> list[float]:
    """Baselines where page numbers or repeated lines stand on several pages."""
    keys = Counter(_key(row) for row in rows if row)
    positions: list[float] = []
    for row in rows:
        if row and (_numbered(row) or (_key(row) and keys[_key(row)] > 1)):
            positions.append(row[0].baseline)
    counted = Counter(round(p) for p in positions)
    least = max(2, len(rows) // 20)
    return sorted(float(p) for p in counted if sum(counted[q] for q in (p - 1, p, p + 1)) >= least)


def classify_pages(pages: Sequence[PageBoxes], layout: Layout) -> list[list[LineKind]]:
    """The kind of each line of each page, in the pages' order."""
    heads = Counter(_key(_top_row(p)) for p in pages)
    feet = Counter(_key(_bottom_row(p)) for p in pages)
    kinds = []
    titled = ""  # the bibliography's title at the previous page's top, if it had one
    for page in pages:
        page_kinds = [LineKind.BODY] * len(page.lines)
        top = _top_row(page)
        title = _key(top) if top and _bibliography_title(top) else ""
        # the title opening a list is its heading; the same title atop the list's next pages
        # is their running head
        heading = bool(title) and title != titled
        titled = title
        _mark_margin(page, page_kinds, layout, top=True, repeated=heads, heading=heading)
        _mark_margin(page, page_kinds, layout, top=False, repeated=feet)
        kinds.append(page_kinds)
    sizes: Counter[float] = Counter()
    ruled: Counter[bool] = Counter()
    seen: set[str] = set()
    overleaf: set[str] = set()
    read: list[int] = []
    for page, page_kinds in zip(pages, kinds, strict=True):
        markers = running_markers(page, page_kinds)
        seen |= markers
        marked = _Marked(markers, seen, overleaf, read)
        for start in _note_starts(page, page_kinds, layout, marked, sure_only=True):
            sizes[page.lines[start].size] += 1
            ruled[_under_rule(page, start)] += 1
            _read_labels(page, start, markers, read)
        overleaf = markers
    layout.note_size = sizes.most_common(1)[0][0] if sizes else None
    layout.ruled_notes = ruled[True] > ruled[False]
    continuing = False
    seen.clear()
    overleaf = set()
    read.clear()
    for page, page_kinds in zip(pages, kinds, strict=True):
        markers = running_markers(page, page_kinds)
        seen |= markers
        marked = _Marked(markers, seen, overleaf, read)
        overleaf = markers
        carried, continuing = continuing, False
        for column in _columns(page):
            flow = _column_flow(page, page_kinds, column)
            opening = _flow_note_start(page, flow, layout, marked, sure_only=not carried)
            if opening is None:
                continue
            last = mark_notes(page, page_kinds, opening)
            _read_labels(page, opening, markers, read)
            # a note left unfinished at the foot of a column goes on at the foot of the next
            # (a word processor's or LaTeX's two columns): no label opens its rest there; the
            # last column with notes says whether the next page's foot carries one on
            carried = continuing = _runs_on(page.lines[last])
    return kinds


def _runs_on(line: LineBox) -> bool:
    """Whether the last line of a column's notes leaves its note unfinished, to go on at the
    foot of the next column or page: it ends without a sentence's closing punctuation."""
    return not _CLOSED.search(line.text)


def _mark_margin(
    page: PageBoxes,
    kinds: list[LineKind],
    layout: Layout,
    *,
    top: bool,
    repeated: Counter[str],
    heading: bool = False,
) -> None:
    row = _top_row(page) if top else _bottom_row(page)
    positions = layout.head_positions if top else layout.foot_positions
    if not row or not any(abs(row[0].baseline - p) <= 1.5 for p in positions):
        return
    others = [line.baseline for line in page.lines if line not in row]
    if not others:
        return
    gap = row[0].baseline - max(others) if top else min(others) - row[0].baseline
    if not (gap >= 1.4 * layout.pitch or _numbered(row) or repeated[_key(row)] > 1):
        return
    if not top and _closes_notes(page, row, kinds, gap):
        return
    if top and heading:
        return  # the bibliography's heading at the top of its first page (as text input reads it)
    for index, line in enumerate(page.lines):
        if any(line is member for member in row):
            number = _PAGE_NUMBER.match(line.text)
            kinds[index] = LineKind.PAGE_NUMBER if number else LineKind.RUNNING_HEAD


def _bibliography_title(row: list[LineBox]) -> bool:
    """Whether *row*, a page's top line, is a bibliography's title alone (``References``; a
    running head of its pages holds their number too: ``references 123``)."""
    text = " ".join(line.text for line in row)
    found = heading_kind(text) if not re.search(r"\d", text) else None
    return found is not None and found[0] == "bibliography"


def _closes_notes(page: PageBoxes, row: list[LineBox], kinds: list[LineKind], gap: float) -> bool:
    """Whether the bottom *row* of *page* is the last note of its notes area rather than a
    running foot: a single line that opens with a label a marker of the page's running text
    has, set as close under the line above it as lines of its size are set (1.6 times the
    size covers any leading a typesetter gives lines; more is the white space that sets a
    running foot apart), or under a rule (the notes' separator). A short note ("1. My
    translation.") repeats from page to page as a running foot does, but a running foot
    answers no marker."""
    if len(row) != 1 or row[0].label is None or _numbered(row):
        return False
    line = row[0]
    if line.label not in running_markers(page, kinds):
        return False
    above = line.baseline + gap
    ruled = any(
        line.baseline < rule.y < above and abs(rule.x0 - line.x0) <= 2 * line.size
        for rule in page.rules
    )
    return ruled or gap <= 1.6 * line.size


@dataclass(slots=True, frozen=True)
class _Marked:
    """The note markers a page's notes may answer."""

    markers: set[str]
    """Those of the page's running text."""
    seen: set[str]
    """Those of the document's running text up to this page."""
    overleaf: set[str]
    """Those of the running text of the page before."""
    last: list[int]
    """The number of the last note label read on the pages before (empty: none yet)."""


def _follows(label: str, last: list[int]) -> bool:
    """Whether a note label *label* carries on the numbering of the notes read so far (a few
    missed allowed) or starts it again; a symbol or a letter always may."""
    if not label.isdigit():
        return True
    number = int(label)
    return number == 1 or not last or carries_on(number, last[0])


def _read_labels(page: PageBoxes, start: int, markers: set[str], last: list[int]) -> None:
    """Update *last* with the labels of the notes area of *page* opening at *start*: raised
    numbers, or numbers a marker of the running text has."""
    column = page.lines[start].column
    for line in page.lines[start:]:
        label = line.label or ""
        if line.column == column and label.isdigit() and (line.label_raised or label in markers):
            last[:] = [int(label)]


def _note_starts(
    page: PageBoxes, kinds: list[LineKind], layout: Layout, marked: _Marked, *, sure_only: bool
) -> list[int]:
    """Where the footnote area of each column of *page* begins (an index into its lines)."""
    starts = []
    for column in _columns(page):
        flow = _column_flow(page, kinds, column)
        start = _flow_note_start(page, flow, layout, marked, sure_only=sure_only)
        if start is not None:
            starts.append(start)
    return starts


def _columns(page: PageBoxes) -> list[int]:
    """The columns of *page*, left to right (0: lines across the page)."""
    return sorted({line.column for line in page.lines})


def _column_flow(page: PageBoxes, kinds: Sequence[LineKind], column: int) -> list[int]:
    """The lines of *column* not yet given a kind other than body, top to bottom."""
    return [
        i
        for i, line in enumerate(page.lines)
        if line.column == column and kinds[i] == LineKind.BODY
    ]


def _margin_mark(line: LineBox) -> bool:
    """Whether *line* may be a mark set beside or under notes in the text's size: a page's
    or a formula's number (``(5.9)``), or a line without a word in a column of its own (a
    figure's symbols in a margin); a formula or a row of figures across the page is the
    running text's."""
    if not wordless(line):
        return False
    return line.column != 0 or bool(_PAGE_NUMBER.match(line.text) or _NUMBERED.match(line.text))


def _flow_note_start(
    page: PageBoxes, flow: list[int], layout: Layout, marked: _Marked, *, sure_only: bool
) -> int | None:
    lines = page.lines
    markers, seen = marked.markers, marked.seen
    small = len(flow)
    # a formula's number or a figure's symbols in the margin, in the text's size or larger,
    # stand between side notes: such lines do not end the small lines at the foot, which
    # open with a small line all the same
    while small > 0 and (
        _small(lines[flow[small - 1]], layout) or _margin_mark(lines[flow[small - 1]])
    ):
        small -= 1
    while small < len(flow) and not _small(lines[flow[small]], layout):
        small += 1
    if small == len(flow):
        return _ruled_raised_start(page, flow, markers | marked.overleaf)
    tail = flow[small:]
    labelled = [i for i in tail if _is_label(lines[i], markers, seen)]
    ruled = _below_rule(page, flow, small)
    if ruled is not None:
        under = tail[tail.index(ruled) :]
        if any(i in labelled for i in under) or _note_sized(lines[ruled], layout, sure_only):
            return ruled
    if labelled:
        first = tail.index(labelled[0])
        # lines of the same size just above the first label continue a note from the page before
        while first > 0 and _continues(lines[tail[first - 1]], lines[tail[first]]):
            first -= 1
        # small lines numbered on the baseline under no rule whose number does not carry the
        # document's notes on are a list's, a table's or a reference list's (a citation's
        # raised marker has the number); raised labels are a note's whatever their number
        # (notes missed before, or a chapter printed apart numbered from where it stood)
        label = lines[labelled[0]].label or ""
        if (
            not lines[labelled[0]].label_raised
            and not _follows(label, marked.last)
            and not _rule_above(page, flow, small + first)
        ):
            return None
        return tail[first]
    if not small or not _note_sized(lines[tail[0]], layout, sure_only):
        return None
    if layout.ruled_notes:
        # where the document rules its notes, the rest of a note carried over stands under a
        # rule too, of any length (a word processor's continuation separator spans the
        # column): small lines at the foot under none are a caption, a table's rows or a footer
        return tail[0] if _rule_above(page, flow, small) else None
    above = lines[flow[small - 1]].baseline - lines[tail[0]].baseline
    return tail[0] if above >= 1.3 * layout.pitch else None


def _small(line: LineBox, layout: Layout) -> bool:
    return line.size < _SMALLER * layout.body_size


def _under_rule(page: PageBoxes, start: int) -> bool:
    """Whether the line at *start* stands right under a short rule at its column's left (the
    separator over a notes area)."""
    line = page.lines[start]
    column = [x for x in page.lines if x.column == line.column]
    left = min(x.x0 for x in column)
    width = max(x.x1 for x in column) - left
    ceiling = min((x.baseline for x in column if x.baseline > line.baseline), default=page.height)
    return any(
        line.baseline < rule.y < ceiling
        and rule.x1 - rule.x0 <= 0.7 * width
        and abs(rule.x0 - left) <= 2 * line.size
        for rule in page.rules
    )


def _rule_above(page: PageBoxes, flow: list[int], small: int) -> bool:
    """Whether a rule of any length, at the left of the column *flow*, stands between its
    line ``flow[small]`` and the line above it."""
    if small == 0:
        return False
    lines = page.lines
    left = min(lines[i].x0 for i in flow)
    line, ceiling = lines[flow[small]], lines[flow[small - 1]].baseline
    return any(
        line.baseline < rule.y < ceiling and abs(rule.x0 - left) <= 2 * line.size
        for rule in page.rules
    )


def _ruled_raised_start(page: PageBoxes, flow: list[int], markers: set[str]) -> int | None:
    """Where the notes of a page whose notes are set in the body's size begin (a word
    processor's footnote style left at the text's size): the first line under the short rule
    that separates footnotes from the text, when a line under it opens with a raised number
    that a marker of *markers* has (the page's running text's, or the page before's: a word
    processor moves a note whose marker ends a full page to the foot of the next). Size
    tells such notes from the text no more; the separator and a raised label that answers a
    marker still do."""
    for position in range(len(flow) - 1, 0, -1):
        start = flow[position]
        if _below_rule(page, flow, position) != start:
            continue
        under = (page.lines[i] for i in flow[position:])
        return start if any(x.label_raised and x.label in markers for x in under) else None
    return None


def _note_sized(line: LineBox, layout: Layout, sure_only: bool) -> bool:
    """Whether *line* is set in the document's note size: the size of the note areas found in
    the first pass, and only on a page after one with notes (a note without a label continues
    one from the page before)."""
    return (
        not sure_only and layout.note_size is not None and abs(line.size - layout.note_size) <= 0.2
    )


def _continues(upper: LineBox, lower: LineBox) -> bool:
    return abs(upper.size - lower.size) <= 0.2 and upper.baseline - lower.baseline <= 1.6 * (
        lower.size
    )


def _is_label(line: LineBox, markers: set[str], seen: set[str]) -> bool:
    """Whether *line* opens with a note's label: a number a marker of the page's running text
    has, or a raised number a marker before it had (an endnote list at a chapter's end), or a
    raised symbol (``*``, ``†``: their markers are no numbers), or a raised letter that a
    marker of the running text has (see :func:`_running_markers`). A raised number no marker
    has is an exponent, a line number or a list's numbering; a raised letter whose marker
    stands only in a table's cell opens a table's note, which the page model cannot number
    and would read as the text of the note before it."""
    if line.label is None:
        return False
    if line.label in markers:
        return True
    if line.label.isdigit():
        return line.label_raised and line.label in seen
    return line.label_raised and not line.label.isalpha()


def _below_rule(page: PageBoxes, flow: list[int], small: int) -> int | None:
    """The first small line under a short rule that has only small lines below it."""
    if not page.rules or small == len(flow):
        return None
    lines = page.lines
    left = min(lines[i].x0 for i in flow)
    right = max(lines[i].x1 for i in flow)
    for position in range(small, len(flow)):
        line = lines[flow[position]]
        ceiling = lines[flow[position - 1]].baseline if position else page.height
        for rule in page.rules:
            short = rule.x1 - rule.x0 <= 0.7 * (right - left)
            if short and abs(rule.x0 - left) <= 2 * line.size and line.baseline < rule.y < ceiling:
                return flow[position]
    return None
