"""The pages of a numbered references list: from a references heading whose entries open
1, 2, 3 to the last page whose entries go on with the list. Its lines are running text, and
its numbered entries no notes (see :mod:`.reference_lists`)."""

from __future__ import annotations

from collections.abc import Sequence

from purgehist.formats.text.numbered import entry_number, numbered_list
from purgehist.formats.text.reference_lists import column_head, joined_capitals, list_follows
from purgehist.formats.text.structure import heading_kind

__all__ = ["references_list"]


def references_list(
    texts: Sequence[str], kept: list[int], following: int | None
) -> tuple[list[int], list[int], int | None]:
    """*kept*, the indices of a page's lines *texts*, parted into the lines above a numbered
    references list and the list's, and the number of the list's next entry (``None`` when
    none is being read): from a references heading whose entries open 1, 2, 3, or the whole
    page when its entries go on with the list being read, whose next entry is *following*."""
    if following is not None:
        numbers = [n for n in map(entry_number, texts) if n is not None]
        if numbers and numbers[0] >= following and numbered_list(numbers):
            return [], kept, max(numbers) + 1
        return kept, [], None
    for position, text in enumerate(texts):
        found = heading_kind(joined_capitals(column_head(text)))
        if found is None or found[0] != "bibliography":
            continue
        last = list_follows([t for t in texts[position + 1 :] if t.strip()])
        if last is not None:
            return kept[:position], kept[position:], last + 1
    return kept, [], None
