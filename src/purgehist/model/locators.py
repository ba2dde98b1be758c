"""Locators: where in a source a citation points (pages, folios, archival references)."""

from __future__ import annotations

import re
from enum import StrEnum

from attrs import field, frozen

from purgehist.model.common import non_empty, optional_text, tuple_of

__all__ = ["ArchivalReference", "Locator", "LocatorUnit", "PageRange", "parse_locator"]


class LocatorUnit(StrEnum):
    """What a locator counts."""

    PAGE = "page"
    FOLIO = "folio"
    COLUMN = "column"
    SECTION = "section"
    CHAPTER = "chapter"
    VOLUME = "volume"
    NOTE = "note"
    ARCHIVAL = "archival"
    """An archival reference: fond / opis' / delo / list."""
    OTHER = "other"


@frozen(kw_only=True)
class PageRange:
    """One page (``start``) or a range (``start``–``end``), as strings: pages may be roman."""

    start: str = field(validator=non_empty)
    end: str | None = optional_text()
    following: bool = False
    """``12 ff.``: the page and those that follow."""

    def __str__(self) -> str:
        text = f"{self.start}-{self.end}" if self.end else self.start
        return f"{text} ff." if self.following else text


@frozen(kw_only=True)
class ArchivalReference:
    """A Soviet-style archival address: archive, fond, opis' (inventory), delo (file),
    list (folio)."""

    archive: str | None = optional_text()
    fond: str | None = optional_text()
    opis: str | None = optional_text()
    delo: str | None = optional_text()
    folios: str | None = optional_text()
    """The ``l.``/``ll.`` part: ``2``, ``10-12``, ``5ob.``."""

    def __str__(self) -> str:
        parts = [
            f"{label} {value}"
            for label, value in (
                ("f.", self.fond),
                ("op.", self.opis),
                ("d.", self.delo),
                ("ll." if self.folios and re.search(r"[-,]", self.folios) else "l.", self.folios),
            )
            if value
        ]
        text = ", ".join(parts)
        return f"{self.archive} {text}" if self.archive else text


@frozen(kw_only=True)
class Locator:
    """A place in a source, kept as printed and in normalised form."""

    printed: str
    """As printed: ``pp. 47–48``, ``S. 12``, ``f. 17, op. 3, d. 1170, l. 2``."""
    unit: LocatorUnit = field(default=LocatorUnit.PAGE, converter=LocatorUnit)
    ranges: tuple[PageRange, ...] = field(default=(), converter=tuple_of)
    archival: ArchivalReference | None = None

    @property
    def normalised(self) -> str:
        """``47-48``, ``72, 79``, ``f. 17, op. 3, d. 1170, l. 2``; the printed text otherwise."""
        if self.archival is not None:
            return str(self.archival)
        if self.ranges:
            return ", ".join(str(r) for r in self.ranges)
        return self.printed.strip()


_PREFIX = re.compile(
    r"^(?:(?P<page>pp?\.|pag\.|pages?|blz\.|bl\.|S\.|s\.|Seiten?|с\.|стр\.)"
    r"|(?P<folio>ff?ol\.|fols?\.|ff\.|f\.)"
    r"|(?P<column>col\.|cols\.|kol\.|Sp\.)"
    r"|(?P<chapter>ch\.|chap\.|hfdst\.|Kap\.)"
    r"|(?P<section>§|sect?\.))\s*",
    re.IGNORECASE,
)
# a page's letter is not the "ff." glued to it ("217ff.")
_NUMBER = r"(?:\d+(?:(?!ff)[a-z])?|[ivxlcdm]+)"
_RANGE = re.compile(
    rf"^(?P<start>{_NUMBER})(?:\s*[-–—]\s*(?P<end>{_NUMBER}))?"
    r"(?:\s*(?P<f>f\.?)|(?P<ff>\s*ff\.?))?$",
    re.IGNORECASE,
)
# Other ways of writing "and the following pages": "sq.", "sqq.", "seq.", "et suiv.", "e.v.",
# "u. ö." (German, "and elsewhere", kept with them as an open end).
_FOLLOWING = re.compile(r"\s*(?:\bet\s+suiv\.?|\bsqq?\.?|\bseq\.?|\be\.\s?v\.?|\bu\.\s?ö\.?)", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|\ben\b|\band\b|\bund\b|\bet\b)\s*")
_ARCHIVAL_VALUE = r"[\wА-яЁё-]+"
_FOLIOS = r"[\wА-я./]+(?:\s*[-–—]\s*[\wА-я./]+)?"
_ARCHIVAL = re.compile(
    r"^(?P<archive>[^\d,;]*?)[\s,.]*"
    rf"(?:f\.|fonds?|ф\.)\s*(?P<fond>{_ARCHIVAL_VALUE})[.,]?\s*"
    rf"(?:(?:op\.|opis['’]?|оп\.)\s*(?P<opis>{_ARCHIVAL_VALUE})[.,]?\s*)?"
    rf"(?:(?:d\.|delo|д\.)\s*(?P<delo>{_ARCHIVAL_VALUE})[.,]?\s*)?"
    rf"(?:(?:ll?\.|listy?|лл?\.)\s*(?P<folios>{_FOLIOS}(?:\s*,\s*{_FOLIOS})*(?:\s*(?:ob|об)\.?)?)[.,]?\s*)?$",
    re.IGNORECASE,
)


def _folios(folios: str, body: str) -> str:
    """Folios with plain hyphens; a verso mark keeps its full stop (``5 ob.``)."""
    text = re.sub(r"\s*[-–—]\s*", "-", folios)
    return text + "." if re.search(r"(?:ob|об)$", text) and body.endswith(text[-2:]) else text


def _expand_end(start: str, end: str) -> str:
    """``130-32`` means 130-132: complete an abbreviated end page from the start page."""
    if start.isdigit() and end.isdigit() and len(end) < len(start) and int(end) > 0:
        candidate = start[: len(start) - len(end)] + end
        if int(candidate) >= int(start):
            return candidate
    return end


def parse_locator(text: str) -> Locator:
    """Read a printed locator. What cannot be read is kept as printed with no ranges.

    >>> parse_locator("pp. 47–48").normalised
    '47-48'
    >>> parse_locator("72, 79").normalised
    '72, 79'
    >>> parse_locator("RGASPI f. 17, op. 3, d. 1170, l. 2").archival.delo
    '1170'
    """
    printed = text
    body = text.strip().rstrip(".").strip()
    archival = _ARCHIVAL.match(body)
    if archival and (archival["opis"] or archival["delo"]):
        ref = ArchivalReference(
            archive=archival["archive"].strip(" ,.") or None,
            fond=archival["fond"],
            opis=archival["opis"],
            delo=archival["delo"],
            folios=_folios(archival["folios"], body) if archival["folios"] else None,
        )
        return Locator(printed=printed, unit=LocatorUnit.ARCHIVAL, archival=ref)
    unit = LocatorUnit.PAGE
    prefix = _PREFIX.match(body)
    if prefix:
        unit = LocatorUnit(next(k for k, v in prefix.groupdict().items() if v))
        body = body[prefix.end() :]
    body = _FOLLOWING.sub(" ff.", body)
    ranges: list[PageRange] = []
    for part in _SPLIT.split(body):
        if not part:
            continue
        match = _RANGE.match(part.strip().rstrip("."))
        if match is None:
            return Locator(printed=printed, unit=unit if prefix else LocatorUnit.OTHER)
        start, end = match["start"], match["end"]
        if match["f"] and not end and start.isdigit():
            # "45 f." is the page and the one after it (German, Dutch, French usage)
            ranges.append(PageRange(start=start, end=str(int(start) + 1)))
            continue
        ranges.append(
            PageRange(
                start=start,
                end=_expand_end(start, end) if end else None,
                following=bool(match["ff"] or match["f"]),
            )
        )
    return Locator(printed=printed, unit=unit, ranges=tuple(ranges))
