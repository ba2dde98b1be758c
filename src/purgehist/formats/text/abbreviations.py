"""A list of abbreviations before the text: short titles standing for whole works."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation
from purgehist.formats.text.references import parse_reference

__all__ = ["Abbreviations", "find_abbreviations"]

_TITLE = re.compile(
    r"^\s*(?:list\s+of\s+|lijst\s+van\s+|liste\s+des\s+)?(?:abbreviations|afkortingen|"
    r"abkürzungen|abkürzungsverzeichnis|abréviations|sigles(?:\s+et\s+abréviations)?)"
    r"(?:\s+(?:used|gebruikt))?\s*:?\s*$",
    re.IGNORECASE,
)
# "RGASPI          Rossiiskii …", "Lubianka 1937–1938 = Lubianka. Stalin i …", "AHR – American …"
_ENTRY = re.compile(r"^(?P<key>\S(?:.{0,38}?\S)?)(?:\s{2,}|\t+|\s+=\s+|\s+[–—]\s+)(?P<exp>\S.*)$")
_LOCATOR_ONLY = re.compile(
    r"(?:(?:pp?|S|blz|bl|vol|Bd|t|Nr|no)\.\s*)?(?:\d|[ivxlc]+\b)[\w.\s–—,-]{0,39}", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:1[4-9]|20)\d\d\b")
_ARCHIVE = re.compile(
    r"\b(?:arkhiv|archives?|archiv|archief|archivio|archivo|bibliothe[kq]u?e?|library|"
    r"bibliotheek|fond|collection)\b",
    re.IGNORECASE,
)
_EDITORS = re.compile(
    r"^(?P<names>[^()]+?),?\s+\(?(?:eds?\.|hg\.|hrsg\.|red\.|éds?\.|dir\.)\)?\s*[,:]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


class Abbreviations:
    """Short titles of works read from a list of abbreviations, and the work each stands for.

    Archives, journals and terms (``RGASPI``, ``AHR``, ``f.``) are left alone: only
    expansions with a year of publication are works.
    """

    def __init__(self, works: dict[str, ParsedCitation]) -> None:
        self.works = works
        keys = sorted(works, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"^(?P<key>"
                + "|".join(re.escape(k) for k in keys)
                + r")(?=$|[\s,.:;])[\s,.:;]*(?P<rest>.*)$"
            )
            if keys
            else None
        )

    def __len__(self) -> int:
        return len(self.works)

    def lookup(self, text: str) -> ParsedCitation | None:
        """The work cited by *text* when it opens with a short title (``Lubianka
        1937–1938, 607–11``), with the pages that follow; otherwise ``None``."""
        if self._pattern is None:
            return None
        match = self._pattern.match(text.strip())
        if match is None:
            return None
        rest = match["rest"].strip().rstrip(".").strip()
        if rest and not _LOCATOR_ONLY.fullmatch(rest):
            return None  # more words follow: not the short title alone
        work = self.works[match["key"]]
        return replace(work, printed=text.strip(), locator=rest or None)


def _work(expansion: str) -> ParsedCitation | None:
    if not _YEAR.search(expansion) or _ARCHIVE.search(expansion.split("(")[0]):
        return None
    editors = _EDITORS.match(expansion)
    if editors:
        # an edition: the editors are not its authors, the title comes first
        rest = editors["rest"]
        citation = parse_reference(rest)
        citation.authors = []
        citation.title = re.split(r"\s+\(", rest, maxsplit=1)[0].strip(" ,.")
    else:
        citation = parse_reference(expansion)
    if not citation.title:
        return None
    citation.kind = CitationKind.FULL
    citation.locator = None
    return citation


def find_abbreviations(lines: Sequence[str]) -> tuple[set[int], Abbreviations]:
    """The line numbers (from 1) of a list of abbreviations under its title, and the works
    its short titles stand for."""
    skip: set[int] = set()
    entries: list[list[str]] = []
    for i, line in enumerate(lines[:400]):
        if _TITLE.match(line):
            start = i
            break
    else:
        return skip, Abbreviations({})
    skip.add(start + 1)
    blanks = 0
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if not line.strip():
            blanks += 1
            if blanks >= 3 and entries:
                break
            continue
        entry = _ENTRY.match(line)
        if line[:1].isspace() and entries and blanks == 0:
            entries[-1].append(line.strip())
        elif entry is not None and not line[:1].isspace():
            entries.append([entry["key"], entry["exp"].strip()])
        else:
            break
        blanks = 0
        skip.add(i + 1)
    works: dict[str, ParsedCitation] = {}
    for key, *parts in entries:
        work = _work(" ".join(parts))
        if work is not None:
            works[key] = work
    return skip, Abbreviations(works)
