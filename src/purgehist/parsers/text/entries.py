"""The fields of one bibliography entry: authors, title, container, imprint and pages.

Reads the common styles of EN/NL/DE/FR theses: Chicago (``Place: Publisher, Year.``,
``Journal 45, no. 4 (1986): 357–73.``), German (``Name, Vorname: Titel. Ort Jahr.``,
``In: Zeitschrift 43 (2002), H. 1, S. 181–228.``), French (``NOM, Prénom, Titre, Lieu,
Éditeur, année.``, ``Revue, vol. 42, n° 2-4, 2001, p. 557-614.``) and the parenthesised
imprint (``Title (Place Year)``).
"""

from __future__ import annotations

import re

from purgehist.parsers.text.authors import read_authors
from purgehist.parsers.text.citations import (
    QUOTES_OPEN,
    Citation,
    CitationKind,
    read_imprint,
    take_quoted,
)

__all__ = ["read_entry", "read_mla_note"]

_YEAR = r"(?:1[4-9]\d\d|20\d\d)[a-z]?"
_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_NAME_TOKEN = rf"(?:[{_UP}]\.(?:\s?-?[{_UP}]\.)*|[{_UP}][\w'’-]+|van|von|de|der|du|la|le)"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*"
_NAMES = rf"{_NAME}(?:\s+(?:and|und|et|en|&)\s+{_NAME})*"
# "Translated by X", "edited by X and Y", "hrsg. von X", "trad. de l'anglais par X", "éd. par X"
_ROLE = re.compile(
    r"[.,]?\s*(?:(?:[Tt]ranslated|[Ee]dited|[Cc]ompiled|[Ii]ntroduced)(?:\s+and\s+\w+)?\s+by|"
    r"[Tt]rans\.|[Ee]d\.\s+by|[Hh]rsg\.\s+von|[Hh]g\.\s+von|[Hh]erausgegeben\s+von|"
    r"[Üü]bersetzt\s+von|[Üü]bers\.\s+von|[Aa]us\s+dem\s+\w+\s+(?:übersetzt\s+)?von|"
    r"[Tt]rad\.(?:\s+(?:de\s+l['’]\w+\s+)?par)?|[Tt]raduit\s+(?:de\s+l['’]\w+\s+)?par|"
    r"[ÉéEe]d\.\s+par|[Ss]ous\s+la\s+direction\s+de|[Vv]ertaald\s+door|[Bb]ezorgd\s+door|"
    rf"[Ee]d\.(?=\s+{_NAME_TOKEN}))\s+{_NAMES}(?=[.,;:]|$)"
)
_PAGE_RANGE = r"(?:[ivxlcdm]+|\d+)\s*[-–—]\s*(?:[ivxlcdm]+|\d+)"
_PAGES_END = re.compile(
    rf"(?:[,.:]\s*|\s+)(?:(?:pp?\.|S\.|blz\.|bl\.|Sp\.)\s*)?(?P<pages>{_PAGE_RANGE})$"
)
_PAGES_PREFIXED_END = re.compile(
    r"(?:[,.:]\s*|\s+)(?:pp?\.|S\.|blz\.|bl\.|Sp\.)\s*(?P<pages>\d+(?:\s*[-–—]\s*\d+)?)$"
)
_IN = re.compile(r"(?:^|[.,]\s+|\s+)(?:In:|In|in:|in|dans|Dans)\s+(?=\S)")
_PAREN_IMPRINT = re.compile(rf"\s*\((?P<body>[^()]*\b{_YEAR})\)$")
_CHICAGO_IMPRINT = re.compile(
    rf"(?:^|(?<=[.!?”’\"]))\s*(?P<place>[{_UP}][^.:;]*?):\s*(?P<pub>[^:;]+?),\s*(?P<year>{_YEAR})$"
)
# MLA: "Title. Publisher, Year" with no place; the publisher follows a sentence end.
_MLA_IMPRINT = re.compile(
    rf"(?<=[.!?”\"])(?<![\s.][{_UP}]\.)\s+(?P<pub>[{_UP}][^.:;,()]*?),\s*(?P<year>{_YEAR})$"
)
_FRENCH_IMPRINT = re.compile(
    rf",\s*(?P<place>[{_UP}][^,;:()]{{1,40}}?),\s*(?P<pub>[^,;:()]{{2,60}}?),\s*(?P<year>{_YEAR})$"
)
_GERMAN_IMPRINT = re.compile(
    rf"(?:^|(?<=[.!?”“’\"]))\s*(?P<place>[{_UP}][\w’'.-]*"
    rf"(?:(?:\s+(?:am|an|der|im|upon|on|sur|aan|de|/))?\s+[{_UP}][\w’'.-]*){{0,2}})"
    rf"(?:\s*:\s*(?P<pub>[^.:]+?))?,?\s+(?P<year>{_YEAR})$"
)
# German "Titel, Ort Jahr": the place after a comma, no comma before the year.
_GERMAN_COMMA_IMPRINT = re.compile(
    rf",\s*(?P<place>[{_UP}][\w’'.-]*(?:\s+(?:am|an|der|im|/)?\s*[{_UP}][\w’'.-]*){{0,2}})"
    rf"\s+(?P<year>{_YEAR})$"
)
_COMMA_IMPRINT = re.compile(rf",\s*(?P<place>[{_UP}][^,;:()]{{1,40}}?),\s*(?P<year>{_YEAR})$")
_BARE_YEAR = re.compile(rf"(?:^|[,.]\s*|\s+)(?P<year>{_YEAR})$")
_ISSUE = r"(?:no\.?|nr\.?|n°|nº|issue|heft|h\.)"
_JOURNAL_PAREN = re.compile(
    rf"^(?P<cont>.+?)[,\s]+(?:(?:vol\.?|jg\.?|jrg\.?|bd\.?|t\.)\s*)?(?P<vol>\d+[\w/-]*)"
    rf"(?:[,\s]*{_ISSUE}\s*(?P<iss>[\w/–-]+))?[,\s]*\((?P<date>[^()]*?{_YEAR})\)"
    rf"(?:,\s*{_ISSUE}\s*(?P<iss2>[\w/–-]+))?$",
    re.IGNORECASE,
)
_JOURNAL_DATE = re.compile(rf"^(?P<cont>[^()]+?)\s*\((?P<date>[^()]*?{_YEAR})\)$")
_JOURNAL_COMMAS = re.compile(
    rf"^(?P<cont>.+?),\s*(?:(?:vol\.|t\.|jg\.|bd\.)\s*(?P<vol>[\w/-]+),\s*)?"
    rf"(?:{_ISSUE}\s*(?P<iss>[\w/-]+),\s*)?(?P<date>(?:[^\W\d_]+\.?\s+)?{_YEAR})$",
    re.IGNORECASE,
)
_DASHES = re.compile(
    r"^\s*(?:[—–-]{2,}|_{3,}|(?:Ders|Dies|Ead|Id|Idd)\.|(?:Idem|Eadem|Iidem)\b)"
    r"\s*(?P<sep>[.,:]?)\s*"
)


def repeated_author(text: str) -> str | None:
    """The rest of an entry that opens with ``———.``, ``Ders.:``, ``Dies.``, ``Idem`` (the
    previous entry's authors), else ``None``."""
    match = _DASHES.match(text)
    return text[match.end() :] if match else None


def _repeat_separator(text: str) -> str:
    match = _DASHES.match(text)
    return ":" if match and match["sep"] == ":" else "."


def _plain_pages(text: str) -> str:
    start, _, end = re.sub(r"\s*[-–—]\s*", "-", text).partition("-")
    if end and start.isdigit() and end.isdigit() and len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return f"{start}-{end}" if end else start


def _take_pages(citation: Citation, text: str) -> str:
    """Take a page range off the end of *text*: after a page prefix, a comma, a colon or a
    closing bracket (``(1987) 418-423``), not a run of years ending a title."""
    match = _PAGES_END.search(text) or _PAGES_PREFIXED_END.search(text)
    if match is None:
        return text
    lead = match[0].lstrip()
    prefixed = lead[:1].isalpha()
    separated = lead[:1] in ",:" or text[: match.start()].endswith(")")
    numbers = re.findall(r"\d+", match["pages"])
    if not (prefixed or separated):
        return text
    if not prefixed and len(numbers) == 2 and all(1400 <= int(n) <= 2099 for n in numbers):
        return text  # "Russia, 1917–1991" ends a title, not a page range
    citation.pages = _plain_pages(match["pages"])
    return text[: match.start()]


def _take_imprint(citation: Citation, text: str) -> str:
    """Read the imprint at the end of *text*; what comes before it."""
    paren = _PAREN_IMPRINT.search(text)
    if paren:
        read_imprint(citation, paren["body"])
        return text[: paren.start()]
    for pattern in (
        _MLA_IMPRINT,
        _CHICAGO_IMPRINT,
        _FRENCH_IMPRINT,
        _GERMAN_IMPRINT,
        _GERMAN_COMMA_IMPRINT,
        _COMMA_IMPRINT,
    ):
        match = pattern.search(text)
        if match:
            place = match.groupdict().get("place")
            citation.place = place.strip(" ,") or None if place else None
            publisher = match.groupdict().get("pub")
            citation.publisher = publisher.strip(" ,") if publisher else None
            citation.year = match["year"][:4]
            return text[: match.start()]
    bare = _BARE_YEAR.search(text)
    if bare and bare.start() > 0:
        citation.year = bare["year"][:4]
        return text[: bare.start()]
    return text


def _journal(citation: Citation, text: str) -> bool:
    """Read ``Journal 45, no. 4 (1986)``, ``Revue, vol. 42, n° 2-4, 2001``,
    ``Zeitschrift 43 (2002), H. 1``; ``False`` when *text* is no journal."""
    text = text.strip(" ,.:")
    match = _JOURNAL_PAREN.match(text)
    if match:
        citation.container = match["cont"].strip(" ,.")
        citation.volume = match["vol"]
        citation.issue = match["iss"] or match["iss2"]
        read_imprint(citation, match["date"])
        return True
    commas = _JOURNAL_COMMAS.match(text)
    if commas and (commas["vol"] or commas["iss"]):
        citation.container = commas["cont"].strip(" ,.")
        citation.volume = commas["vol"]
        citation.issue = commas["iss"]
        read_imprint(citation, commas["date"])
        return True
    dated = _JOURNAL_DATE.match(text)
    if dated and not re.search(r"[:]", dated["date"]):
        citation.container = dated["cont"].strip(" ,.")
        read_imprint(citation, dated["date"])
        return True
    return False


def _book_container(citation: Citation, text: str) -> None:
    """A chapter's book: ``Courtois, Stéphane u. a.: Das Schwarzbuch…. München 1998``."""
    text = _ROLE.sub("", text).strip(" ,.")
    text = _take_pages(citation, text).strip(" ,.")
    text = _take_imprint(citation, text).strip(" ,.")
    text = _take_pages(citation, text).strip(" ,.")
    editors = read_authors(text, natural=True)
    if editors is not None and (editors.editors or editors.others):
        text = editors.rest
    citation.container = text.strip(" ,.:") or None


def _split_title(body: str) -> tuple[str, str, bool]:
    """``(title, rest, quoted)``: a quoted title, or the text before ``In:`` / the imprint."""
    if body[:1] in QUOTES_OPEN:
        title, after = take_quoted(body)
        if title is not None:
            marker = next(
                (m for m in _IN.finditer(after) if ":" in m[0] or after[m.start()] in ".,"), None
            )
            if marker is None or marker.start() == 0 or not re.match(rf"^[.]?\s*[{_UP}]", after):
                return title, after, True
            # „Zitat“. Die Zielgruppen … In: …: the quotation opens a longer title
            cut = len(body) - len(after) + marker.start()
            return body[:cut].strip(), after[marker.start() :], False
    for marker in _IN.finditer(body):
        if marker.start() > 0 and (":" in marker[0] or body[marker.start()] in ".,"):
            return body[: marker.start()], body[marker.start() :], False
    return body, "", False


def read_entry(text: str, authors_text: str | None = None) -> tuple[Citation, str] | None:
    """Read one bibliography entry; *authors_text* stands in for a leading ``———.``. Returns
    the citation and the author part as printed, or ``None`` when the entry does not open
    with a name this reader knows."""
    rest = repeated_author(text)
    source = (
        f"{authors_text}{_repeat_separator(text)} {rest}"
        if rest is not None and authors_text
        else text
    )
    part = read_authors(source.strip())
    if part is None:
        return None
    citation = Citation(kind=CitationKind.FULL, printed=text.strip(), authors=part.names)
    body = _ROLE.sub("", part.rest.strip()).strip().rstrip(" .;,")
    title, tail, quoted = _split_title(body)
    citation.quoted_title = quoted
    tail = tail.strip(" ,.")
    if tail:
        in_marker = _IN.match(tail)
        inner = tail[in_marker.end() :] if in_marker else tail
        inner_pages = _take_pages(citation, inner.rstrip(" ."))
        if not _journal(citation, inner_pages.strip(" ,.")):
            citation.pages = None
            citation.in_book = True
            _book_container(citation, inner)
    else:
        title = _take_imprint(citation, title.strip(" ,."))
    citation.editors = part.editors
    citation.title = title.strip(" ,.:") or None
    return citation, part.text


# "Conquest, Robert. The Great Terror…", "Khlevniuk, Oleg V. “The…", "Jansen, Marc, and Nikita
# Petrov. Stalin's…": an inverted name, a full stop and the title (MLA, Harvard).
_MLA_NOTE = re.compile(
    rf"^[{_UP}][\w'’-]+(?:[ -][{_UP}][\w'’-]+)?,\s+"
    rf"[{_UP}][\w'’-]*\.?(?:\s+[{_UP}][\w'’-]*\.?){{0,2}}"
    rf"(?:,?\s+(?:and|und|en|et)\s+[{_UP}][^.]{{1,40}}?)?\.\s+(?=[{_UP}“\"‘'„])"
)


def read_mla_note(text: str) -> Citation | None:
    """Read a footnote written like an MLA or Harvard bibliography entry, with the pages cited
    at the end (``…. Oxford UP, 1990, pp. 250-56.``); ``None`` when it is not one."""
    match = _MLA_NOTE.match(text)
    if match is None or re.match(r"^\S+:", text[match.end() :]):
        return None  # "Getty, J. Arch: Title" is German style, the name runs on after "J."
    body = text.strip().rstrip(" .;")
    locator = _PAGES_PREFIXED_END.search(body) or _PAGES_END.search(body)
    if locator is not None:
        body = body[: locator.start()]
    read = read_entry(body)
    if read is None or not read[0].title:
        return None
    citation = read[0]
    citation.printed = text.strip()
    citation.locator = locator["pages"] if locator is not None else None
    if citation.year or citation.container or citation.publisher:
        citation.kind = CitationKind.FULL
    return citation
