"""Note labels that plain ``pdftotext`` printed below their notes' texts, put back above them.

A word processor sets each note's number in a frame of its own beside the note's text. Plain
``pdftotext`` reads such a page's notes in an order of its own: the label of a one-line note
comes first, on a line between blank lines, and that line below it; the label of a longer note
comes right under the note's last line, followed by a blank line (the number sits beside the
middle of the text's block). Read in order, each label would take the next note's text. So on
a page whose labels alone follow one another, a label right under a line of text and above a
blank line is put back above the text it closes: the lines up to the blank line or label above,
or, for the page's first note, which runs on from the running text with no blank line between,
from the line nearest the label that opens like a note after a sentence's end, else from where
the lines turn as wide as a note's (:func:`.trailing_labels.trailing_note`). A label before a
one-line text of its own (a blank line between) opens that text and stays. Other typesetters
set a label alone before a long note's text, a blank line between: the labels are put back
only in a document where labels closing a note's text of several lines outnumber such ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby, pairwise

from purgehist.formats.text.apart_labels import lone_label
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.note_openings import closes_bracket, opens_note
from purgehist.formats.text.trailing_labels import line_width, trailing_note

__all__ = ["closing_labels", "reordered"]

_OPENS = re.compile(r"^\s*[A-ZÀ-ÝА-Я“‘\"'„«]")
_ENDS = re.compile(r"[.!?][)\]”’\"'»]*\s*$")
_RUNS_ON = re.compile(r"(?:[,;:(–—-]|\b[A-ZÀ-Ý][\w’'\-]*)\s*$")
"""A line ending so runs on into the next (a list of citations, a name broken over two
lines): a note's first citation does not start below it."""
_CITED = re.compile(r"\d{4}\)|\bpp?\.\s?\d")
"""A citation's year or pages: a line holding them is a note's, not the running text above it."""
_PROOF = 3
"""How many labels alone must close a note's text, in a document, before any is put back."""
_REACH = 12
"""How many lines a page's first note may take."""


def closing_labels(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """*lines* with every label printed below its note's text put back above it, page by
    page (plain ``pdftotext`` text only, whose lines are not indented; lines whose kind a
    front end knew are left alone)."""
    width = line_width([line.text for line in lines])
    out = list(lines)
    if width <= 0:
        return out
    groups = [list(g) for _, g in groupby(range(len(lines)), key=lambda k: lines[k].page)]
    pages = [
        (indices, [lines[k].text for k in indices])
        for indices in groups
        if all(lines[k].kind == LineKind.UNKNOWN for k in indices)
    ]
    closed = opened = 0
    for _, texts in pages:
        found = _evidence(texts)
        closed, opened = closed + found[0], opened + found[1]
    if closed < _PROOF or closed <= 2 * opened:
        return out
    for indices, texts in pages:
        order = reordered(texts, width)
        if order is None:
            continue
        for k, p in zip(indices, order, strict=True):
            line = lines[k]
            out[k] = SourceLine(texts[p], line.page, line.line, line.kind, line.label_known)
    return out


def reordered(texts: Sequence[str], width: float) -> list[int] | None:
    """The order of a page's lines *texts* with its closing labels above their notes'
    texts, or ``None`` when it has none; *width*: the running text's usual line width."""
    labels = [(p, n) for p, text in enumerate(texts) if (n := lone_label(text)) is not None]
    if not labels or any(b != a + 1 for (_, a), (_, b) in pairwise(labels)):
        return None
    closing = [p for p, _ in labels if _closes(texts, p)]
    if not closing:
        return None
    first = labels[0][0]
    # the labels are notes' when most of their markers stand in the running text above (a
    # note may be printed a page after its marker)
    hits = find_markers(texts[:first], [n for _, n in labels])
    if 2 * sum(h is not None and h.sure for h in hits) < len(labels):
        return None
    moves: dict[int, int] = {}
    for p in closing:
        start = _first_note_start(texts, p, width) if p == first else _block_start(texts, p)
        if start is None:
            return None
        moves[start] = p
    order: list[int] = []
    moved = set(moves.values())
    for p in range(len(texts)):
        if p in moves:
            order.append(moves[p])
        if p not in moved:
            order.append(p)
    return order


def _evidence(texts: Sequence[str]) -> tuple[int, int]:
    """How many labels alone on a page close a note's text of two lines or more (right
    under it, a blank line or label above it and a blank line below the label), and how many
    open one (a blank line between, the text not closed by a label of its own)."""
    closed = opened = 0
    for p, text in enumerate(texts):
        if lone_label(text) is None:
            continue
        after = p + 1 == len(texts) or not texts[p + 1].strip()
        start = _block_start(texts, p)
        if after and 0 < start <= p - 2:
            closed += 1
            continue
        q = p + 1
        while q < len(texts) and not texts[q].strip():
            q += 1
        end = q
        while end < len(texts) and texts[end].strip() and lone_label(texts[end]) is None:
            end += 1
        if q > p + 1 and end - q >= 2 and (end == len(texts) or not texts[end].strip()):
            opened += 1
    return closed, opened


def _block_start(texts: Sequence[str], p: int) -> int:
    """The first line of the text right above *p*: below the blank line or label above."""
    start = p
    while start > 0 and texts[start - 1].strip() and lone_label(texts[start - 1]) is None:
        start -= 1
    return start


def _closes(texts: Sequence[str], p: int) -> bool:
    """Whether the label at *p* closes the text above it: right under a line of text, with
    a blank line (or the page's end) below, and no one-line text of its own after that."""
    if p == 0 or not texts[p - 1].strip() or lone_label(texts[p - 1]) is not None:
        return False
    if p + 1 < len(texts) and texts[p + 1].strip():
        return False
    q = p + 1
    while q < len(texts) and not texts[q].strip():
        q += 1
    if q == len(texts) or lone_label(texts[q]) is not None:
        return True
    one_line = q + 1 == len(texts) or not texts[q + 1].strip()
    return not one_line


def _first_note_start(texts: Sequence[str], p: int, width: float) -> int | None:
    """Where the page's first note starts, its label at *p* under it: for a note closing a
    bracket, at the line that opens it; else at the line nearest the label that opens as a
    note does (:func:`.note_openings.opens_note`, or a capital or a quotation mark after a
    line that ends a sentence) unless the line above runs on into it or cites (a note's
    second citation follows a ``;`` or its first's year, a name's last part its first);
    else where the lines turn as wide as a note's (:func:`.trailing_labels.trailing_note`).
    ``None`` when none tells."""
    if closes_bracket(texts[p - 1]):
        # an editor's note may run long: its bracket is sought further up
        for q in range(p - 1, max(0, p - 2 * _REACH), -1):
            if texts[q].lstrip().startswith("["):
                return q
    for q in range(p - 1, max(0, p - _REACH), -1):
        line, above = texts[q], texts[q - 1]
        if _ENDS.search(above):
            if _OPENS.match(line):
                return q
        elif opens_note(line) and not _RUNS_ON.search(above) and not _CITED.search(above):
            return q
    filled = [k for k in range(p + 1) if texts[k].strip()]
    found = trailing_note([texts[k] for k in filled], width)
    if found is None or found.split is not None:
        return None
    return filled[found.start]
