"""Archival references in footnotes (``GARF, f. 9401, op. 1, d. 4157, ll. 201-205``).

An archival citation names an archive, a fond (collection), an opis' (inventory), a delo (file)
and the folios (``l.``/``ll.``) read. The file is the unit an archive catalogues and a reader
orders, so one archival :class:`~purgehist.model.Source` stands for one file; the folios are the
evidence's locator. When a note describes the document before the reference (``Ezhov to
Stalin, 3 July 1937, RGASPI …``), that document is a source of its own, held in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from purgehist.model import ArchivalReference, parse_locator, slug

__all__ = ["ArchivalCitation", "file_key", "file_of", "find_archival", "with_folios"]

_VALUE = r"[\wА-яЁё-]+"
# A fond label followed by a value and the label of an opis' or a delo: "f. 17, op. 3",
# "Ф. 17. Оп. 3", "fond 17, delo 4". A lone "f." (a folio, "S. 5 f.") does not qualify.
_START = re.compile(
    rf"(?:(?<=^)|(?<=[\s,.;:(]))(?:f\.|fonds?|ф\.)\s*{_VALUE}[.,]?\s*"
    r"(?:op\.|opis['’]?|оп\.|d\.|delo|д\.)\s*[\wА-я]",
    re.IGNORECASE,
)
_ARCHIVE_WORD = re.compile(r"^(?:[A-ZА-ЯЁ][\w'’-]*|of|de|der|des|du|van|für|po|i|и)$")
_FOLIOS_ONLY = re.compile(r"^(?:ll?\.|лл?\.|listy?)\s*\S", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArchivalCitation:
    """An archival reference found in a citation: the description before it, if any, and the
    reference itself as a locator text (``RGASPI f. 17, op. 3, d. 1170, l. 2``)."""

    description: str | None
    archive: str | None
    reference: str


def _archive_and_description(before: str) -> tuple[str | None, str | None]:
    """Split ``Ezhov to Stalin, 3 July 1937, RGASPI`` into the description and the archive:
    the archive is the last chunk when it is a short name (``GARF``, ``Archiv Memorial``)."""
    text = before.strip(" ,.;:")
    if not text:
        return None, None
    head, _, last = (
        text.rpartition(", ")
        if ", " in text
        else text.rpartition(". ")
        if ". " in text
        else ("", "", text)
    )
    words = last.split()
    named = 1 <= len(words) <= 4 and all(_ARCHIVE_WORD.match(w) for w in words)
    acronym = any(sum(1 for c in w if c.isupper()) >= 2 for w in words)
    if named and (acronym or len(words) >= 2):
        return head.strip(" ,.;:") or None, last
    return text, None


def find_archival(text: str, archive: str | None = None) -> ArchivalCitation | None:
    """The archival reference in one citation, or ``None``; *archive* is the archive named by
    an earlier reference of the same note (``GARF f. 1, …; f. 2, …``)."""
    match = _START.search(text)
    if match is None:
        return None
    description, named = _archive_and_description(text[: match.start()])
    named = named or (archive if description is None else None) or None
    reference = text[match.start() :].strip().rstrip(";")
    locator = parse_locator(f"{named} {reference}" if named else reference)
    if locator.archival is None:
        return None
    return ArchivalCitation(description=description, archive=named, reference=str(locator.archival))


def file_of(reference: ArchivalReference) -> ArchivalReference:
    """The file a reference points into: the reference without its folios."""
    return ArchivalReference(
        archive=reference.archive, fond=reference.fond, opis=reference.opis, delo=reference.delo
    )


def file_key(reference: ArchivalReference, description: str | None) -> str:
    """A key shared by every citation of one file (and one described document in it)."""
    parts = [reference.archive or "", reference.fond, reference.opis, reference.delo]
    key = slug(" ".join(p for p in parts if p))
    return f"{key}|{' '.join((description or '').casefold().split())}"


def with_folios(previous: str, locator: str) -> str | None:
    """``Ibid., l. 5`` after an archival reference: the same file at other folios."""
    if not _FOLIOS_ONLY.match(locator.strip()):
        return None
    earlier = parse_locator(previous).archival
    if earlier is None:
        return None
    return f"{file_of(earlier)}, {locator.strip()}"


def archival_id(reference: ArchivalReference) -> str:
    """A readable id base for an archival file: ``garf_9401_1_4157``."""
    parts = [reference.archive or "archive", reference.fond, reference.opis, reference.delo]
    return slug(" ".join(re.sub(r"\W+", " ", p) for p in parts if p))
