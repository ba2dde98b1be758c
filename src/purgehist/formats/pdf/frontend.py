"""The PDF front end: a PDF file to the page model's :class:`~.text.lines.SourceLine` list.

Stages: characters with size and position (:mod:`.glyphs`), printed lines in reading order
(:mod:`.rows`, :mod:`.boxes`), the document's layout and each line's kind (:mod:`.roles`), then
note labels written plainly and words broken at line ends joined (:mod:`.hyphenation`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Literal

from purgehist.diagnostics import Diagnostics
from purgehist.formats.pdf.boxes import LineBox, PageBoxes
from purgehist.formats.pdf.glyphs import PageGlyphs, open_pdf, read_pages
from purgehist.formats.pdf.gutter_pages import GutterPages
from purgehist.formats.pdf.hyphenation import Vocabulary, join_hyphenated
from purgehist.formats.pdf.markers import body_markers
from purgehist.formats.pdf.roles import classify_pages, measure
from purgehist.formats.text.lines import LineKind, SourceLine

__all__ = ["read_boxes", "read_pdf_lines", "source_lines"]

_SCANNED_GLYPHS = 20
"""A page with an image and fewer characters than this is taken for a scan."""
_RAISED_LABELS = 3
"""How many notes areas opening with a raised label show that a document prints its labels
raised…"""
_RAISED_SHARE = 0.9
"""…when at least this share of the areas that open with a label open with a raised one."""
_NUMBER = re.compile(r"\d", re.ASCII)
_WORD = re.compile(r"[^\W\d_]{3}")
_NOTES_PAGE_LABELS = 2
"""A page whose running text has at least this many lines opening with raised numbers in
ascending order is a page of notes (see :func:`_labelled_body_lines`)."""
_INDENT_SLACK = 2.0
"""Points by which a line may start right of the leftmost note line and still stand where
labels stand; a note's later lines that start further right hang."""
_RAISED_SLACK = 0.5
"""Ems by which a number on the baseline may stand off a raised label's place and still be
printed as the area prints its labels (a label of two digits starts left of one of one)."""
_Label = Literal["raised", "plain", "apart"] | None
"""How a note line's opening number is printed: a raised label, a label on the baseline, or a
number on the baseline standing apart from where its area's raised labels stand (no label)."""


def read_pdf_lines(data: bytes, name: str, found: Diagnostics | None = None) -> list[SourceLine]:
    """The lines of the PDF *data*, each with its page and kind.

    :param name: the file name, for messages
    :param found: where warnings go (pages that cannot be read or have no text layer)
    :raises DataError: not a PDF, encrypted, damaged, or without a text layer
    """
    found = found if found is not None else Diagnostics(name)
    pages = read_boxes(data, name, found)
    return source_lines(pages)


def read_boxes(data: bytes, name: str, found: Diagnostics) -> list[PageBoxes]:
    """Every readable page of the PDF *data* as line boxes, checked for a text layer."""
    pdf = open_pdf(data, name)
    try:
        pages = _boxes(read_pages(pdf, name, found))
    finally:
        pdf.close()
    _check_text_layer(pages, name, found)
    return pages


def _boxes(pages: Iterable[PageGlyphs]) -> list[PageBoxes]:
    """Each page's line boxes, the characters of a page dropped once it is read (see
    :mod:`.gutter_pages` for the few pages that wait for the document's gutter)."""
    reader = GutterPages()
    for page in pages:
        reader.add(page)
    reader.finish()
    return reader.pages


def source_lines(pages: Sequence[PageBoxes]) -> list[SourceLine]:
    """The page model's lines for *pages*: kinds, plain note labels, joined hyphenation."""
    layout = measure(pages)
    kinds = classify_pages(pages, layout)
    placed: list[tuple[int, int, LineKind]] = []
    texts: list[str] = []
    labels: list[_Label] = []
    opening: Counter[_Label] = Counter()
    """How the labels that open the notes areas are printed."""
    last: list[int] = []
    """The number of the last note label read, for labels that run into their text."""
    lefts = [_note_lefts(page, page_kinds) for page, page_kinds in zip(pages, kinds, strict=True)]
    hanging = _notes_hang(pages, kinds, lefts)
    labelled = _labelled_body_lines(pages, kinds)
    for page, page_kinds, page_lefts, page_labelled in zip(
        pages, kinds, lefts, labelled, strict=True
    ):
        markers = body_markers(page, page_kinds)
        # a number run into its text is a label only where the notes hang: set flush left, a
        # note's later line opening "2D Graphik" stands just where labels stand
        glued = page_lefts if hanging else None
        raised_at = _raised_lefts(page, page_kinds)
        areas: set[int] = set()
        for number, (line, kind) in enumerate(zip(page.lines, page_kinds, strict=True), 1):
            placed.append((page.number, number, kind))
            label = _label(line, markers, glued, last, raised_at) if kind == LineKind.NOTE else None
            labels.append(label)
            opens = label in ("raised", "plain") or number - 1 in page_labelled
            texts.append(f"{line.label} {line.rest}".rstrip() if opens else line.text)
            if kind == LineKind.NOTE and line.column not in areas:
                areas.add(line.column)
                opening[label] += 1
    raised, plain = opening["raised"], opening["plain"]
    vocabulary = Vocabulary.of(texts)
    for kind in (LineKind.BODY, LineKind.NOTE):
        indices = [i for i, (_, _, k) in enumerate(placed) if k == kind]
        stream = [texts[i] for i in indices]
        join_hyphenated(stream, vocabulary)
        for i, text in zip(indices, stream, strict=True):
            texts[i] = text
    # where the notes areas open with raised labels, a note line opening with a number on the
    # baseline carries the note above it on ("3 (1982): 45.", "1936 the trials …"); the lines
    # inside an area are not counted, as such a number may well be one a marker has
    sure = raised >= _RAISED_LABELS and raised >= _RAISED_SHARE * (raised + plain)
    return [
        SourceLine(
            text=text,
            page=page,
            line=number,
            kind=kind,
            label_known=_label_known(kind, label, sure, text),
        )
        for (page, number, kind), text, label in zip(placed, texts, labels, strict=True)
        if text
    ]


def _labelled_body_lines(
    pages: Sequence[PageBoxes], kinds: Sequence[Sequence[LineKind]]
) -> list[set[int]]:
    """For each page, the indices of its running-text lines that open with a note's raised
    label: on a page of notes set at body size or whose layout did not tell them, every line
    reads as running text. Such a page sets at least two lines opening with a raised number,
    in ascending order or starting again at 1, or follows a notes page, and not all of the
    numbers label its footnotes; on any other page a raised number opening a line is a
    marker that a word processor wrapped to the line's start (``… wie der Bericht sagt`` /
    ``¹ Dabei …``) and stays one. The label is written plainly, as plain text prints it
    (``6 A contract``, not ``⁶A contract``, whose label the notes' reader could not tell from
    the text)."""
    found: list[set[int]] = []
    before = False
    """Whether the page before was a notes page."""
    for page, page_kinds in zip(pages, kinds, strict=True):
        numbered = {
            index: int(line.label or "0")
            for index, (line, kind) in enumerate(zip(page.lines, page_kinds, strict=True))
            if _raised_number(line, kind)
        }
        numbers = list(numbered.values())
        # each chapter's notes start again at 1
        ordered = all(b > a or b == 1 for a, b in pairwise(numbers))
        footnotes = {
            line.label
            for line, kind in zip(page.lines, page_kinds, strict=True)
            if kind == LineKind.NOTE
        }
        # markers wrapped to a line's start have their notes in the page's footnotes
        wrapped = all(str(number) in footnotes for number in numbers)
        notes_page = (
            bool(numbers)
            and ordered
            and not wrapped
            and (len(numbers) >= _NOTES_PAGE_LABELS or before)
        )
        found.append(set(numbered) if notes_page else set())
        before = notes_page
    return found


def _raised_number(line: LineBox, kind: LineKind) -> bool:
    """Whether *line*, running text, opens with a raised number before words (no formula's
    raised number, ``¹ ∑``)."""
    return (
        kind == LineKind.BODY
        and line.label_raised
        and (line.label or "").isdigit()
        and _WORD.search(line.rest) is not None
    )


def _label_known(kind: LineKind, label: _Label, sure: bool, text: str) -> bool | None:
    """What the glyphs tell of the number a line opens with (see
    :attr:`.text.lines.SourceLine.label_known`); *sure*: the document prints its labels
    raised, so a number on the baseline is none."""
    if kind != LineKind.NOTE:
        return None
    if label == "apart":
        return False
    if label == "raised" or (label == "plain" and not sure):
        return True
    return False if sure and _NUMBER.match(text) else None


def _label(
    line: LineBox,
    markers: set[str],
    lefts: dict[int, float] | None,
    last: list[int],
    raised_at: dict[int, list[float]],
) -> _Label:
    """How a footnote line's label is printed, if it opens with one: raised, or on the
    baseline with a number that a marker in the page's running text has. A number that runs
    into its text must also stand where the area's labels stand (left of the hanging indent,
    where a note's later lines begin; *lefts* None: the notes do not hang, so no such number
    is taken) and follow the last label read (or restart at 1): ``2D Graphik`` opening a
    note's second line is no label; and where the area's labels are raised, a number on the
    baseline must stand where they stand (*raised_at*, see :func:`_where_raised`), else it is
    ``"apart"``. *last* is updated."""
    if line.label is None:
        return None
    if line.label_raised:
        found: _Label = "raised"
    elif line.label in markers and (
        not line.label_glued or (lefts is not None and _glued_label(line, lefts, last))
    ):
        found = "plain"
    else:
        return None
    if found == "plain" and not _where_raised(line, raised_at):
        return "apart"
    if line.label.isdigit():
        last[:] = [int(line.label)]
    return found


def _glued_label(line: LineBox, lefts: dict[int, float], last: list[int]) -> bool:
    """Whether a number that runs into its text stands where labels stand and follows the last
    label read."""
    at_left = line.x0 <= lefts.get(line.column, line.x0) + _INDENT_SLACK
    label = line.label or ""
    # one note missed before it must not lose all the labels after it
    return at_left and label.isdigit() and (not last or int(label) in (1, last[0] + 1, last[0] + 2))


def _raised_lefts(page: PageBoxes, kinds: Sequence[LineKind]) -> dict[int, list[float]]:
    """Where the raised labels of each column's notes on *page* stand."""
    found: dict[int, list[float]] = {}
    for line, kind in zip(page.lines, kinds, strict=True):
        if kind == LineKind.NOTE and line.label_raised:
            found.setdefault(line.column, []).append(line.x0)
    return found


def _where_raised(line: LineBox, raised_at: dict[int, list[float]]) -> bool:
    """Whether a number on the baseline opening *line* may be a label as its notes area prints
    them: the area has no raised labels, or it stands where one does. Where an area raises
    its labels and sets them in from the left (LaTeX), a number opening a line flush left
    begins a note's later line (``2 of the judges dissented.``)."""
    lefts = raised_at.get(line.column)
    return not lefts or any(abs(line.x0 - x) <= _RAISED_SLACK * line.size for x in lefts)


def _note_lefts(page: PageBoxes, kinds: Sequence[LineKind]) -> dict[int, float]:
    """Where the note lines of each column of *page* begin, the leftmost of them."""
    lefts: dict[int, float] = {}
    for line, kind in zip(page.lines, kinds, strict=True):
        if kind == LineKind.NOTE:
            lefts[line.column] = min(lefts.get(line.column, line.x0), line.x0)
    return lefts


def _notes_hang(
    pages: Sequence[PageBoxes], kinds: Sequence[Sequence[LineKind]], lefts: list[dict[int, float]]
) -> bool:
    """Whether the document's notes hang: most of the note lines that open with no label
    start right of where their column's note lines begin (a note's later lines at the
    indent), rather than flush with the labels."""
    hanging = flush = 0
    for page, page_kinds, page_lefts in zip(pages, kinds, lefts, strict=True):
        for line, kind in zip(page.lines, page_kinds, strict=True):
            if kind == LineKind.NOTE and line.label is None:
                if line.x0 > page_lefts[line.column] + _INDENT_SLACK:
                    hanging += 1
                else:
                    flush += 1
    return hanging > flush


def _check_text_layer(pages: Sequence[PageBoxes], name: str, found: Diagnostics) -> None:
    scanned = [p.number for p in pages if p.images and p.glyphs < _SCANNED_GLYPHS]
    if not any(p.glyphs for p in pages if p.number not in scanned):
        if scanned:
            found.error(
                "no-text-layer",
                "the PDF has no text layer: its pages are images (a scan?); purgehist does "
                "no OCR, so run OCR first (e.g. ocrmypdf) and read the result",
                name,
            )
        else:
            found.error("empty-input", "the PDF holds no text", name)
        found.raise_errors()
    if scanned:
        listed = ", ".join(str(n) for n in scanned[:10]) + (", …" if len(scanned) > 10 else "")
        found.warning(
            "no-text-layer",
            f"{len(scanned)} page(s) have no text layer (scanned?) and are left out: {listed}",
            name,
        )
