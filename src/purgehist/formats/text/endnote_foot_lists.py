"""Numbered lists taken for footnotes in running text whose notes stand at the end of its
chapter or book. Until the notes section is reached, a chapter's markers are answered by no
note, and a numbered list at a page's foot ("4. Update the web site", "5. …") whose numbers
the running text above prints as markers looks like that page's footnotes. A chapter does not
print its notes twice, at the foot and at the end: when a titled notes section is read, the
numbered notes read at the feet of the pages it annotates under the labels it prints again,
labelled as a list's items are ("4." with a stop), were such lists, and are dropped with their
markers. Lettered notes (a box's), notes labelled as footnotes are ("1 The minutes", a book
with footnotes and a translator's notes at its end) and an earlier section's notes are kept."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from purgehist.formats.text.footnotes import RawNote, printed_number
from purgehist.formats.text.pages import BodyLine

__all__ = ["drop_foot_lists"]


def drop_foot_lists(
    notes: list[RawNote],
    body: Sequence[BodyLine],
    body_start: int,
    labels: Collection[int],
    section_page: int,
    listed: Callable[[RawNote], bool],
) -> list[RawNote]:
    """*notes* without the numbered ones read on the pages of ``body[body_start:]`` (the
    running text a titled notes section annotates) before *section_page*, where the section
    starts, whose labels are among the section's *labels* and that are *listed* (labelled as a
    list's items); their markers are taken out of
    those body lines. Notes read on the section's own pages (a front end that marks them as
    notes) are the section's, and kept."""
    if body_start >= len(body) or not labels:
        return notes
    first_page = body[body_start].page
    dropped = {
        id(n)
        for n in notes
        if first_page <= n.page < section_page
        and n.label is None
        and printed_number(n.n) in labels
        and listed(n)
    }
    if not dropped:
        return notes
    keys = {n.n for n in notes if id(n) in dropped}
    for line in body[body_start:]:
        if line.markers:
            line.markers[:] = [m for m in line.markers if m.n not in keys]
    return [n for n in notes if id(n) not in dropped]
