"""The title of a notes section that its pages' running heads repeat: books head every page of
their notes with the word for notes ("Notes", "Примечания"), and the section's first page opens
with that word as its title. Told by its shape alone, that title is one more running head, and
the section would open nowhere; so the first page of a run of pages headed by the word for
notes keeps its head as the section's title, and only the pages after it have a running head."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.endnotes import endnotes_title
from purgehist.formats.text.lines import LineKind, SourceLine

__all__ = ["opening_titles"]


def opening_titles(
    lines: Sequence[SourceLine], tops: Sequence[Sequence[int]], kinds: dict[int, LineKind]
) -> set[int]:
    """The lines of *tops* (the top lines of each page, in page order) that *kinds* takes for
    running heads but that open a notes section: a notes title heading a page whose page
    before was not headed so."""
    found: set[int] = set()
    before = False
    for top in tops:
        heads = [
            k
            for k in top
            if kinds.get(k) == LineKind.RUNNING_HEAD and endnotes_title(lines[k].text)
        ]
        if heads and not before:
            found.add(heads[0])
        before = bool(heads)
    return found
