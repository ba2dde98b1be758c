"""Short titles that a note defines for the work it has just cited (``Hereafter CC.``,
``(hereafter cited as OMV)``, ``subsequent citations to the book are rendered as OMV``, ``im
Folgenden: WuG``, ``désormais HF``), and the later citations by them (``CC, 9.``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from purgehist.formats.text.abbreviations import Abbreviations
from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation

__all__ = ["NoteAbbreviations", "defined_short_titles"]

# the words that announce the short title, then the short title: one to three capitalised
# words or an acronym, perhaps quoted, before a full stop, a bracket or a comma
_DEFINED = re.compile(
    r"(?:\b(?:[Hh]ereafter|[Hh]enceforth|[Hh]ereinafter|[Tt]hereafter)"
    r"(?:\s+(?:cited|referred\s+to|abbreviated|given|quoted)(?:\s+in\s+the\s+text)?\s+as)?"
    r"|\b(?:citations?|references?)\b[^.;()]{0,60}?\b(?:rendered|cited|given|abbreviated)\s+as"
    r"|\b(?:[Ii]m\s+[Ff]olgenden|[Kk]ünftig|[Ff]ortan)(?:\s+(?:zitiert\s+)?als)?\s*:?"
    r"|\b(?:[Dd]ésormais|[Cc]i-après)(?:\s+(?:cité|abrégé)\s+)?)"
    r"\s*[“\"‘«]?\s*(?P<key>[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý\d][\w’'-]*){0,2})\s*[”\"’»]?"
    r"(?=\s*(?:[.,;:)]|$))"
)

# what a short title may stand for: a work named, not a back-reference to one
_WORKS = frozenset({CitationKind.FULL, CitationKind.SHORT})


def defined_short_titles(text: str) -> list[tuple[int, str]]:
    """``(where, short title)`` of each short title *text* (a note) defines."""
    return [(m.start(), m["key"]) for m in _DEFINED.finditer(text)]


class NoteAbbreviations:
    """The short titles the notes have defined so far, each with the citation it stands
    for; read before (and then alongside) a list of abbreviations."""

    def __init__(self, listed: Callable[[str], ParsedCitation | None] | None = None) -> None:
        self.listed = listed
        self.works: dict[str, ParsedCitation] = {}
        self._lookup = Abbreviations({})

    def lookup(self, text: str) -> ParsedCitation | None:
        """The work a citation by a short title (``CC, 9``) names, with its pages."""
        found = self._lookup.lookup(text) if self.works else None
        if found is None and self.listed is not None:
            return self.listed(text)
        return found

    def define(self, text: str, cited: Sequence[ParsedCitation]) -> None:
        """Learn the short titles note *text* defines, each for the last of its *cited*
        (citations that were resolved, in order) printed before the definition."""
        added = False
        text = " ".join(text.split())  # as the citations were read
        for where, key in defined_short_titles(text):
            before = [c for c in cited if c.kind in _WORKS and 0 <= text.find(c.printed) < where]
            if before and key not in self.works:
                self.works[key] = before[-1]
                added = True
        if added:
            self._lookup = Abbreviations(self.works)
