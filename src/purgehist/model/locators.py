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
                ("l.", self.folios),
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
    unit: LocatorUnit = LocatorUnit.PAGE
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
_NUMBER = r"(?:\d+[a-z]?|[ivxlcdm]+)"
_RANGE = re.compile(
    rf"^(?P<start>{_NUMBER})(?:\s*[-–—]\s*(?P<end>{_NUMBER}))?(?P<ff>\s*ff?\.?)?$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\ben\b|\band\b|\bund\b|\bet\b)\s*")
_ARCHIVAL = re.compile(
    r"^(?P<archive>[^\d,;]*?)[\s,]*"
    r"(?:f\.|fond|ф\.)\s*(?P<fond>[\wА-я-]+)[.,]?\s*"
    r"(?:(?:op\.|opis'?|оп\.)\s*(?P<opis>[\wА-я-]+)[.,]?\s*)?"
    r"(?:(?:d\.|delo|д\.)\s*(?P<delo>[\wА-я-]+)[.,]?\s*)?"
    r"(?:(?:ll?\.|list|лл?\.)\s*(?P<folios>[\w./-]+?(?:\s*[-–]\s*\w+)?)[.,]?\s*)?$",
    re.IGNORECASE,
)


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
            folios=archival["folios"],
        )
        return Locator(printed=printed, unit=LocatorUnit.ARCHIVAL, archival=ref)
    unit = LocatorUnit.PAGE
    prefix = _PREFIX.match(body)
    if prefix:
        unit = LocatorUnit(next(k for k, v in prefix.groupdict().items() if v))
        body = body[prefix.end() :]
    ranges: list[PageRange] = []
    for part in _SPLIT.split(body):
        if not part:
            continue
        match = _RANGE.match(part.strip().rstrip("."))
        if match is None:
            return Locator(printed=printed, unit=unit if prefix else LocatorUnit.OTHER)
        start, end = match["start"], match["end"]
        ranges.append(
            PageRange(
                start=start,
                end=_expand_end(start, end) if end else None,
                following=bool(match["ff"]),
            )
        )
    return Locator(printed=printed, unit=unit, ranges=tuple(ranges))
