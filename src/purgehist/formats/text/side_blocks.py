"""Side notes in plain ``pdftotext`` output: with no column positions, the margin column
comes out as blocks of short lines between (or after) the paragraphs of running text it stands
beside, each note's label on a line of its own before, inside or after its text. This pass finds
such blocks on a page and moves them, as note lines with each label put back at the start of
its text, after the page's running text, where the page model reads notes anyway.

A page's blocks count only where the markers of most of their notes stand in its running text,
and a block only where its lines are (nearly) all much shorter than the document's running lines
(a narrow column) and it holds a label alone, or carries on such a block's unfinished note; and
only in a document where many pages have such blocks, so a short footnote under full-width
ones is left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby

from purgehist.formats.text.detached_labels import side_notes
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.markers import find_markers
from purgehist.formats.text.note_areas import finished, read_label

__all__ = ["split_side_blocks"]

_NARROW = 0.7
"""How long a line of the column may be at most, as a share of a running line."""
_MOSTLY = 0.75
"""The share of a block's lines that must be narrow (the extraction joins a few lines)."""
_HALF = 0.5
"""The share of narrow lines that will do in a block holding a label alone."""
_LINE = 20
"""Lines shorter than this (characters) are left out of the running lines' usual length."""
_PAGES = 0.25
"""The share of the document's pages (and at least :data:`_MIN_PAGES`) that must have blocks:
a book set with side notes has them on most pages, while a table or a short footnote here and
there may look like one."""
_BUCKET = 4
"""The lengths of running lines are counted in steps of this many characters."""
_MIN_PAGES = 3


def split_side_blocks(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """*lines* with the blocks of side notes of each page moved after its running text as
    note lines; unchanged where the document shows no such column."""
    pages = [list(group) for _, group in groupby(lines, key=lambda line: line.page)]
    long = Counter(
        len(line.text.strip()) // _BUCKET for line in lines if len(line.text.strip()) >= _LINE
    )
    if len(pages) < _MIN_PAGES or not long:
        return list(lines)
    # justified running lines are nearly all of one length: the most common one
    width = _NARROW * (long.most_common(1)[0][0] + 0.5) * _BUCKET
    moved = [_moved(page, _side_lines(page, width)) for page in pages]
    if sum(1 for page in moved if page is not None) < max(_MIN_PAGES, _PAGES * len(pages)):
        return list(lines)
    return [line for page, new in zip(pages, moved, strict=True) for line in new or page]


def _blocks(page: list[SourceLine]) -> list[list[int]]:
    blocks: list[list[int]] = []
    for filled, run in groupby(range(len(page)), key=lambda k: bool(page[k].text.strip())):
        if filled:
            blocks.append(list(run))
    return blocks


def _side_lines(page: list[SourceLine], width: float) -> list[int]:
    """The positions on *page* of its side-note blocks (none when a kind is known): narrow
    prose with a label alone, the notes it carries on, and labels alone set apart next to
    narrow prose (one-line notes), all below the page's first running text."""
    if any(line.kind != LineKind.UNKNOWN for line in page):
        return []
    blocks = _blocks(page)
    kinds: list[str] = []
    for block in blocks:
        texts = [page[k].text.strip() for k in block]
        alone = {
            k
            for k, t in enumerate(texts)
            if (label := read_label(t)) is not None and not label.rest
        }
        prose = [t for k, t in enumerate(texts) if k not in alone]
        share = sum(len(t) <= width for t in prose) / len(prose) if prose else 0.0
        if not prose:
            kinds.append("label")
        elif alone and share >= _HALF:
            kinds.append("noted")
        else:
            kinds.append("prose" if share >= _MOSTLY else "")
    side = [False] * len(blocks)
    # what stands above the first running text is the page's head and number
    top = kinds.index("") if "" in kinds else len(kinds)
    for b, kind in enumerate(kinds):
        if b <= top:
            continue
        before = kinds[b - 1] if b else ""
        after = kinds[b + 1] if b + 1 < len(kinds) else ""
        if kind == "noted":
            side[b] = True
        elif kind == "prose":
            carried = side[b - 1] and before != "label" and not _ends(page, blocks[b - 1])
            side[b] = carried or "label" in (before, after)
        elif kind == "label":
            side[b] = "prose" in (before, after) or "noted" in (before, after)
    lines = [k for b, block in enumerate(blocks) if side[b] for k in block]
    return lines if any(kinds[b] == "noted" for b in range(len(blocks)) if side[b]) else []


def _ends(page: list[SourceLine], block: list[int]) -> bool:
    """Whether the last prose line of *block* ends a note."""
    texts = [page[k].text.strip() for k in block]
    prose = [t for t in texts if (label := read_label(t)) is None or label.rest]
    return not prose or finished(prose[-1])


def _moved(page: list[SourceLine], side: list[int]) -> list[SourceLine] | None:
    """*page* with its side notes moved after its running text, or ``None`` when it has none
    whose markers most stand in its running text."""
    notes = side_notes([(k, page[k].text.strip()) for k in side]) if side else []
    chosen = set(side)
    running = [line for k, line in enumerate(page) if k not in chosen]
    hits = find_markers([line.text for line in running], [note.n for note in notes])
    if not notes or sum(hit is not None for hit in hits) * 2 < len(notes):
        return None
    moved: list[SourceLine] = []
    for note in notes:
        head, *rest = note.lines or [note.first]
        first = page[head]
        moved.append(SourceLine(f"{note.n} {first.text.strip()}", first.page, first.line,
                                LineKind.NOTE))  # fmt: skip
        moved.extend(
            SourceLine(page[k].text.strip(), page[k].page, page[k].line, LineKind.NOTE)
            for k in rest
        )
    return running + moved
