"""Footnote labels that restart on every page (``footmisc``'s ``perpage`` option): a label
depends on where the page breaks, which the sources do not say, so the notes are first
located in the PDF and then labelled by their order on their page (``extract.page_labels``)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from corpus_build.notes import Extracted

__all__ = ["FNSYMBOLS", "in_order", "page_label", "relabel_per_page"]

FNSYMBOLS = ("∗", "†", "‡", "§", "¶", "‖", "∗∗", "††", "‡‡")
"""LaTeX's ``\\fnsymbol`` as a PDF prints it: ``\\ast`` is U+2217, not the ASCII asterisk."""


def page_label(n: int, style: str) -> str:
    """The label of the *n*-th note (1-based) of a page in *style*: ``fnsymbol`` (``footmisc``'s
    ``symbol*``, arabic numbers past the ninth note) or ``arabic``."""
    if style == "fnsymbol":
        return FNSYMBOLS[n - 1] if n <= len(FNSYMBOLS) else str(n)
    if style == "arabic":
        return str(n)
    raise ValueError(f"extract.page_labels: no label style {style!r} (fnsymbol or arabic)")


def in_order(pages: list[int | None]) -> list[int | None]:
    """*pages* with the pages that break the reading order taken for not located: the
    longest run of notes whose pages never go back is kept, the others (a short note like
    another, "The Perseus edition has se.", found where the other stands) are dropped."""
    located: list[tuple[int, int]] = [(k, p) for k, p in enumerate(pages) if p is not None]
    # longest non-decreasing subsequence: tails[n] ends the best run of length n + 1
    tails: list[int] = []
    ends: list[int] = []
    prev: dict[int, int | None] = {}
    for i, (_, page) in enumerate(located):
        n = bisect_right(tails, page)
        prev[i] = ends[n - 1] if n else None
        if n == len(tails):
            tails.append(page)
            ends.append(i)
        else:
            tails[n], ends[n] = page, i
    keep: set[int] = set()
    at = ends[-1] if ends else None
    while at is not None:
        keep.add(located[at][0])
        at = prev[at]
    return [p if k in keep else None for k, p in enumerate(pages)]


def relabel_per_page(found: Extracted, pages: list[int | None], style: str) -> Extracted:
    """*found* (its notes counted through the document: ``numbering: continuous``) with each
    note labelled by its order among the notes on its page (*pages*, one per note, as located
    in the PDF; a note not located, or located out of the reading order, is taken to stand on
    the page of the note before it) and scoped to that page; the labels are then the printed
    ones. A note whose label the source gives (``\\footnote[1]``) keeps it and is not
    counted. The label the PDF seems to print before a note is not taken: where the notes run
    into one paragraph, the text before a note's first words is the end of the line of raised
    labels above it, another note's label."""
    if len(pages) != len(found.notes):
        raise ValueError(f"{len(pages)} pages for {len(found.notes)} notes")
    pages = in_order(pages)
    notes = []
    last: int | None = None
    count = 0
    for note, located_on in zip(found.notes, pages, strict=True):
        page = last if located_on is None else located_on
        scope = "document" if page is None else f"page-{page}"
        if note.numbered:
            notes.append(replace(note, scope=scope))
            continue
        count = count + 1 if page == last else 1
        last = page
        notes.append(replace(note, label=page_label(count, style), scope=scope))
    return replace(found, notes=notes, labels_printed=True)
