"""A reference whose authors are named initials first, the list closed by a full stop before
the title (``P. Basu and J. Redi. Effect of overhearing …. In Proceedings …, pages 196–204,
2004.``, as BibTeX's ``plain``, ``abbrv`` and ``abbrvnat`` styles print it; a quoted title
after a comma, IEEE's and Chicago's, is read by :mod:`.references`). Such a reference is read
the same way in a note and in the bibliography, so that the one finds the other by its
authors, title and year."""

from __future__ import annotations

import re

from purgehist.formats.text.citation_parts import (
    PARTICLE_BEFORE,
    UPPER,
    YEAR,
    CitationKind,
    ParsedCitation,
)
from purgehist.formats.text.person_names import parse_name
from purgehist.formats.text.references import take_locator
from purgehist.names import PersonName

__all__ = ["read_initials_first"]

_UP = UPPER
_INITIALS = rf"[{_UP}]\.(?:\s?-?[{_UP}]\.)*"
_SURNAME = rf"(?:{PARTICLE_BEFORE})*[{_UP}][\w'’]+(?:-[\w'’]+)*"
_PERSON = rf"{_INITIALS}(?:\s+[{_UP}][a-zß-ÿа-яё]+)?\s+{_SURNAME}"
_ACRONYM = rf"[{_UP}][A-Z0-9]+(?:-[A-Z0-9]+)*"
# a title has a word in small letters, an archive's shelfmark need not
_TITLE_WORD = re.compile(r"[a-zß-ÿа-яё]{3}")
# a body as author: "IEEE", "ITU-R", "R Core Team", "National Instruments"
_BODY = (
    rf"{_ACRONYM}(?![\w-])|(?:[{_UP}][\w-]*\s+){{1,3}}"
    r"(?:Team|Consortium|Foundation|Institute|Instruments|Committee|Association|Society|"
    r"Group|Project|Council|Organi[sz]ation|Agency|Office|Corporation|Inc\.?)(?![\w-])"
)
_NAME = rf"(?:{_PERSON}|{_BODY})"
_LIST = re.compile(
    rf"^(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)(?P<et_al>,?\s+et\s+al\.?)?"
    r"\.\s+(?=[\w“\"‘'„])"
)
# the end of the title: a full stop (not an initial's) before the next part
_TITLE_END = re.compile(rf"(?<![\s.][{_UP}])(?<=\S)[.?!]\s+(?=[{_UP}(“\"‘'„])")
# the work's numbers after its imprint: they are not the pages cited
_NUMBERS = re.compile(r"(?:^|[.,]\s*)(?:ISSN|ISBN|doi:?|DOI:?|URL)\b", re.IGNORECASE)
_YEAR = re.compile(rf"(?<![\d/:.\-])(?P<year>{YEAR})(?P<label>[a-z])?(?![\d/])")
_PAGES = re.compile(
    r"\b(?:pages?|pp?\.)\s*(?P<a>\d+)(?:\s*[-–—]+\s*(?P<b>\d+))?|\d\)?:\s*(?P<c>\d+)\s*[-–—]+\s*(?P<d>\d+)"
)
_DATED_TITLE = re.compile(rf",\s*{YEAR}[a-z]?$")
_PINPOINT_END = re.compile(r",\s*(?:pp?\.)\s*(?P<pin>\d+(?:\s*[-–—]\s*\d+)?)\s*\.?$")
# "… Grover [2015]", "… Li et al. [2012], Khan et al. [2013]": the author–year form of the
# reference printed after it (tufte-latex's side notes), which names no other work
_ECHO = re.compile(
    rf"(?:,?\s*[{_UP}][^\[\]\d]{{0,60}}\[\d{{4}}[a-z]?(?:,\s*\d{{4}}[a-z]?)*\])+\s*\.?\s*$"
)


def read_initials_first(text: str, *, note: bool = False) -> ParsedCitation | None:
    """*text* read as a reference naming its authors initials first, else ``None``; in a
    *note*, the pages cited at its end in any form (``S. 45``, ``: 212``, ``, 23``) are its
    locator, not the work's pages."""
    body = " ".join(text.split())
    listed = _LIST.match(body)
    if listed is None:
        return None
    citation = ParsedCitation(
        kind=CitationKind.FULL,
        printed=text.strip(),
        authors=[_name(n) for n in re.split(r",?\s+and\s+|,\s+", listed["names"]) if n.strip()],
        et_al=bool(listed["et_al"]),
    )
    rest = _ECHO.sub("", body[listed.end() :]).strip()
    end = _TITLE_END.search(rest)
    if end is None:  # "OpenFWWF - Open FirmWare for WiFi networks, 2015."
        rest = rest.rstrip(" .") + ". "
        end = _TITLE_END.search(rest) or re.search(r"\.\s+$", rest)
        if end is None:
            return None
    title, rest = (
        rest[: end.start() + (1 if rest[end.start()] in "?!" else 0)],
        rest[end.end() :],
    )
    numbers = _NUMBERS.search(rest)
    if numbers is not None:
        url = re.search(r"\bURL\s+(\S+(?:\s+\S+/\S*)?)", rest[numbers.start() :])
        if url is not None:
            citation.url = re.sub(r"\s+", "", url[1]).rstrip(".")
        rest = rest[: numbers.start()]
    pin = _PINPOINT_END.search(rest)
    if note:
        before, cited = take_locator(rest.rstrip(" ."))
        dated = re.match(rf"({YEAR}[a-z]?),\s*(.+)", cited or "")
        if dated is not None:  # "Macmillan, 1961, 23": the year, then the page
            before, cited = f"{before}, {dated[1]}", dated[2]
        if cited is not None and re.search(rf"(?:^|,\s*){YEAR}[a-z]?$", cited):
            cited = None  # "pages 196–204, 2004": the work's pages, then its year
        else:
            rest = before
        citation.locator = cited.replace("–", "-").replace("—", "-") if cited else None
    elif pin is not None:
        citation.locator = re.sub(r"\s+", "", pin["pin"]).replace("–", "-").replace("—", "-")
        rest = rest[: pin.start()]
    years = list(_YEAR.finditer(rest))
    dated = _DATED_TITLE.search(title)
    if not years and dated is not None:  # "simmer: Discrete-Event Simulation for R, 2018. URL …"
        title, rest = title[: dated.start()], title[dated.start() :]
        years = list(_YEAR.finditer(rest))
    if not years:
        return None
    citation.year = years[-1]["year"]
    # the year with its letter ("2012a"), as an author–year citation of the work prints it
    citation.year_label = years[-1]["year"] + (years[-1]["label"] or "")
    pages = _PAGES.search(rest)
    if pages is not None:
        first, last = pages["a"] or pages["c"], pages["b"] or pages["d"]
        citation.pages = f"{first}-{last}" if last else first
    container = re.sub(r"^In\s+", "", rest).split(",")[0].strip(" .")
    citation.in_book = rest.startswith("In ")
    citation.container = container if container and not _YEAR.fullmatch(container) else None
    citation.title = title.strip(' ,.“”"‘’') or None
    if citation.title and all(re.fullmatch(_ACRONYM, a.surname) for a in citation.authors):
        # "GARF. F. 5446, op. 1 …", "TNA. FO 371/24846 …": an archive and its shelfmark
        return citation if _TITLE_WORD.search(citation.title) else None
    return citation if citation.title else None


def _name(text: str) -> PersonName:
    """A person's name read initials first, or a body's name whole (``R Core Team``)."""
    if re.fullmatch(_BODY, text):
        return PersonName(surname=text)
    return parse_name(text)
