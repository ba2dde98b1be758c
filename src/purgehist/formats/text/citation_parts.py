"""A citation read into its parts (:class:`ParsedCitation`), and the readers of the parts that
footnotes and bibliography entries share: quoted titles, imprints, volumes, publishers' series,
page numbers and the cue words that open a reference (``see``, ``vgl.``, ``zie``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from purgehist.names import PersonName

__all__ = [
    "CUE",
    "CUE_MORE",
    "CUE_PREFIX",
    "LOCATOR",
    "MONTHS",
    "NAME_JOINER",
    "NAME_PARTICLE",
    "PAGES",
    "PAGE_PREFIX",
    "PARTICLE_BEFORE",
    "QUOTES_OPEN",
    "ROMAN_NUMERAL",
    "UPPER",
    "YEAR",
    "CitationKind",
    "ParsedCitation",
    "drop_series",
    "read_imprint",
    "split_outside",
    "take_quoted",
    "take_volume",
]

QUOTES_OPEN = "‘“„«'\"‚"
"""Characters that open a quoted title."""
_QUOTES_CLOSE = {"‘": "’", "“": "”", "„": "“”", "«": "»", "'": "'", '"': '"', "‚": "‘’"}
MONTHS = (
    r"jan(?:uari|uary|vier)?|feb(?:ruari|ruary|ruar|rier)?|m(?:aart|arch|ärz|ars)|apr(?:il|ile)?|"
    r"mei|may|mai|jun[ie]?|juin|juli|july|juillet|aug(?:ustus|ust)?|août|sep(?:tember|tembre)?|"
    r"o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?|déc(?:embre)?"
)
# "see", "zie", "vgl.", "voir aussi": a word that opens a reference, then perhaps "also", "e.g."
CUE = (
    r"(?:zie\s+ook|zie|vgl\.?|vergelijk|cf\.?|compare|see\s+also|see|siehe\s+auch|siehe|"
    r"voir\s+aussi|voir|s\.\s*auch|sowie(?:\s+auch)?|hierover|daarover)"
)
CUE_MORE = (
    r"(?:\s+(?:auch|dazu|hierzu|ferner|etwa|also|e\.\s?g\.|further|in\s+particular|"
    r"notamment|par\s+exemple|bijvoorbeeld|bijv\.|daarnaast|ook))?"
)
CUE_PREFIX = re.compile(rf"^{CUE}{CUE_MORE}\s*:?\s+", re.IGNORECASE)
NAME_PARTICLE = r"(?:van|von|de|der|den|des|du|da|di|del|della|dos|la|le|ten|ter|zu|d[’'])"
"""A particle printed in lower case before a surname (``van`` Dijk, ``de`` Vergara, ``d’``)."""
PARTICLE_BEFORE = rf"{NAME_PARTICLE}(?:\s+|(?<=[’']))"
"""A particle and the space between it and the surname (none after ``d’``)."""
NAME_JOINER = r"(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b)"
"""What joins the names of several authors: a comma, ``&``, *and*, *und*, *et*, *y*, *i*."""
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
"""Capital letters (Latin with its accents, Latin Extended-A, Cyrillic), for a character class."""
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
"""A year a work is printed in."""
PAGE_PREFIX = r"(?:pp?\.|pag\.|blz\.|bl\.|S\.|Sp\.|col\.|f\.|ff\.|p)"
ROMAN_NUMERAL = r"m*(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,4})"
"""A well-formed roman numeral in lower case (``xiv``, or ``xxiiii`` as early printers wrote
24; not ``mild`` or ``civil``). It also matches nothing at all: bound it where it is used."""
_ROMAN = rf"(?=[ivxlcdm]+\b){ROMAN_NUMERAL}"
# "12 f.", "12 ff.", "570 sq.", "12 et suiv.", "12 e.v.", "12 u. ö.": the page and the next
_FOLLOWING = r"(?:f{1,2}\.?|sqq?\.?|seq\.?|et\s+suiv\.?|e\.\s?v\.?|u\.\s?ö\.?)(?!\w)"
# "305n11", "306–7n12": a page and a note on it
_PAGE = (
    rf"(?:\d+(?:nn?\.?\d+|[a-z])?|{_ROMAN})(?:\s*[-–—]\s*(?:\d+(?:nn?\.?\d+)?|{_ROMAN}))?"
    rf"(?:\s*{_FOLLOWING})?"
)
PAGES = rf"{_PAGE}(?:\s*(?:,|&|\ben\b|\band\b|\bund\b|\bet\b)\s*{_PAGE})*"
LOCATOR = re.compile(rf"(?:^|(?<=[\s,:.)’”'\"]))(?P<loc>(?:{PAGE_PREFIX}\s*)?{PAGES})\s*[.;]?\s*$")
# ", coll. « Folio histoire », no 12": a publisher's series, between publisher and year
_SERIES = re.compile(r",\s*coll\.\s*(?:«[^»]*»|[^,«»]+)(?:,\s*n[o°º]?\.?\s*\d+)?(?=\s*(?:,|$))")
_VOLUME_TAIL = re.compile(
    r"[,.]\s*(?:vol\.|Vol\.|Bd\.|t\.|T\.|deel|dl\.|tome|Band)\s*(?P<vol>\d+(?:/\d+)?)\b(?:[,:].*)?$"
)


class CitationKind:
    """What sort of citation: a full or short reference, a back-reference or a comment."""

    FULL = "full"
    SHORT = "short"
    IBID = "ibid"
    IDEM = "idem"
    OPCIT = "op_cit"
    LOCCIT = "loc_cit"
    COMMENT = "comment"
    ARCHIVAL = "archival"
    NOTE = "note"
    """A cross-reference to another note (``see note 5 above``, ``s. Anm. 12``): the
    locator is the note's number."""
    NUMBERED = "numbered"
    """A number that cites an entry of a numbered references list (``[48]``)."""


@dataclass(slots=True)
class ParsedCitation:
    """One citation as read: who, what, where and at which pages."""

    kind: str
    printed: str
    authors: list[PersonName] = field(default_factory=list)
    title: str | None = None
    quoted_title: bool = False
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: str | None = None
    year_label: str | None = None
    """The year as an author–year citation prints it, with the letter that tells apart one
    author's works of a year (``2016d``)."""
    date_text: str | None = None
    pages: str | None = None
    """Page range of an article within its container."""
    locator: str | None = None
    """The pages cited, as printed."""
    url: str | None = None
    editors: bool = False
    in_book: bool = False
    """A chapter: the container is a book (``In: …``)."""
    same_author: bool = False
    """``Ders., a.a.O.``: the authors are those of the previous citation."""
    et_al: bool = False
    """The authors printed end in ``et al.``: the work has more authors than are named."""
    pinpoint: str | None = None
    """Of a cross-reference to another note (``Endicott (n 3) 220``): the pages cited in the
    work that note cites (the locator is the note's number)."""
    number: int | None = None
    """Of a numbered citation (``[48]``): the entry's number in the references list."""


def split_outside(text: str, separators: str) -> list[str]:
    """Split at *separators* outside quotes and brackets."""
    parts: list[str] = []
    depth = 0
    quote: str | None = None
    start = 0
    for i, char in enumerate(text):
        if quote is not None:
            closes = i + 1 >= len(text) or not text[i + 1].isalpha()
            if char in _QUOTES_CLOSE.get(quote, quote) and closes:
                quote = None
            continue
        if char in QUOTES_OPEN and (i == 0 or not text[i - 1].isalnum()):
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def take_quoted(text: str) -> tuple[str | None, str]:
    """``(quoted title, rest)`` when *text* opens with a quotation mark, else ``(None, text)``."""
    text = text.lstrip()
    if not text or text[0] not in QUOTES_OPEN:
        return None, text
    opener = text[0]
    closers = _QUOTES_CLOSE.get(opener, opener)
    for i in range(1, len(text)):
        if text[i] in closers and (i + 1 >= len(text) or not text[i + 1].isalpha()):
            return text[1:i].strip().rstrip(",."), text[i + 1 :].lstrip(" ,.")
    return text[1:].strip(), ""


def read_imprint(citation: ParsedCitation, body: str) -> None:
    """Set place, publisher and year (or a full date) from an imprint ``Place: Publisher,
    Year`` or ``Place Year`` or ``14 May 2008``."""
    year_match = re.search(r"(1[4-9]\d\d|20\d\d)", body)
    if year_match is None:
        return
    citation.year = year_match[1]
    before = body[: year_match.start()].strip(" ,:")
    if re.search(rf"\b(?:{MONTHS})\b|^\d{{1,2}}\b", before, re.IGNORECASE):
        citation.date_text = body.strip()
        return
    place, _, publisher = before.partition(":")
    if not publisher and "," in place:
        place, _, publisher = place.partition(",")
    citation.place = place.strip(" ,.") or None
    citation.publisher = publisher.strip(" ,.") or None


def drop_series(text: str) -> str:
    """*text* without a publisher's series (``Paris, Gallimard, coll. « Folio », 1975``)."""
    return _SERIES.sub("", text)


def take_volume(citation: ParsedCitation, title: str) -> str:
    """*title* without a trailing volume (``…, vol. 1, Mart 1953–fevral' 1956``,
    ``…, Bd. 5/1: 1937–1939``), which goes to *citation*."""
    match = _VOLUME_TAIL.search(title)
    if match is None or match.start() == 0:
        return title
    citation.volume = citation.volume or match["vol"]
    return title[: match.start()].strip(" ,.:")
