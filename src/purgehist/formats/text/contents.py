"""Pages of contents, lists of figures and tables, and indexes: told by what their lines are
(titles with dot leaders or page numbers, numbers on lines of their own as plain
``pdftotext`` sets them, index entries ending in page lists), whatever their length, so that
they are kept out of the running text and give no note markers or headings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.page_roles import page_groups

__all__ = ["apparatus_lines"]

_TITLE = re.compile(
    r"^\s*(?:Contents|Table\s+of\s+contents|Inhalt|Inhaltsverzeichnis|Table\s+des\s+matières|"
    r"Sommaire|Inhoud(?:sopgave)?|Содержание|Оглавление|List\s+of\s+(?:figures|tables|"
    r"abbreviations)|Abbildungsverzeichnis|Tabellenverzeichnis|Liste\s+des\s+(?:figures|"
    r"tableaux))\s*$",
    re.IGNORECASE,
)
_INDEX_TITLE = re.compile(
    r"^\s*(?:(?:(?:Name|Subject|Language|Author|Place|Person)\s+)?index|Register|Sachregister|"
    r"Personenregister|Index\s+des\s+\w+|Указатель)\s*$",
    re.IGNORECASE,
)
_LEADER = re.compile(r"(?:\.\s?){3,}\s*\d{0,4}\s*$|\S\s{3,}\d{1,4}\s*$")
_NUMBER = re.compile(r"^\s*(?:\d{1,4}|[ivxlc]{1,6}|\d{1,2}(?:\.\d{1,2}){1,4})\s*$", re.IGNORECASE)
_INDEX_ENTRY = re.compile(
    r"[^\W\d_)\]]\)?,?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:,\s*\d{1,4}[a-z]?(?:\s*[-–]\s*\d{1,4})?)*\s*$"
)
_SHARE = 0.5
_ALONE = 0.75
_INDEX_SHARE = 0.4


def apparatus_lines(lines: Sequence[SourceLine]) -> set[int]:
    """The (1-based) positions in *lines* of pages of contents, lists and indexes."""
    skip: set[int] = set()
    previous = in_index = False
    for group in page_groups(lines):
        texts = [lines[k].text for k in group if lines[k].text.strip()]
        if not texts:
            continue
        leaders = sum(1 for t in texts if _LEADER.search(t)) / len(texts)
        numbers = sum(1 for t in texts if _NUMBER.match(t)) / len(texts)
        titled = any(_TITLE.match(t) for t in texts[:4])
        contents = (titled or previous) and leaders + numbers >= _SHARE
        contents = contents or (len(texts) >= 8 and leaders >= _ALONE)
        indexed = sum(1 for t in texts if _INDEX_ENTRY.search(t)) / len(texts)
        index_titled = any(_INDEX_TITLE.match(t) for t in texts[:4])
        index = (index_titled or in_index) and indexed >= _INDEX_SHARE
        if contents or index:
            skip.update(k + 1 for k in group)
        previous = contents
        in_index = index
    return skip
