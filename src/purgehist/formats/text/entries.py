"""The fields of one bibliography entry: authors, title, container, imprint and pages.

Reads the common styles of EN/NL/DE/FR theses: Chicago (``Place: Publisher, Year.``,
``Journal 45, no. 4 (1986): 357–73.``), German (``Name, Vorname: Titel. Ort Jahr.``,
``In: Zeitschrift 43 (2002), H. 1, S. 181–228.``), French (``NOM, Prénom, Titre, Lieu,
Éditeur, année.``, ``Revue, vol. 42, n° 2-4, 2001, p. 557-614.``) and the parenthesised
imprint (``Title (Place Year)``).
"""

from __future__ import annotations

import re

from purgehist.formats.text.author_lists import read_authors
from purgehist.formats.text.citation_parts import (
    QUOTES_OPEN,
    CitationKind,
    ParsedCitation,
    drop_series,
    read_imprint,
    take_quoted,
    take_volume,
)
from purgehist.formats.text.person_names import looks_like_names, parse_name
from purgehist.names import PersonName

__all__ = [
    "edited_title",
    "read_entry",
    "read_journal",
    "read_mla_note",
    "read_titled_entry",
    "split_editors",
]

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


def _drop_roles(text: str) -> str:
    """*text* without translators and editors; a role that follows a full stop leaves the
    full stop (``Title. Translated by X, Yale UP`` → ``Title. Yale UP``)."""

    def keep(match: re.Match[str]) -> str:
        return ". " if match[0][:1] == "." and text[match.end() : match.end() + 1] == "," else ""

    return re.sub(r"\.\s+,\s*", ". ", _ROLE.sub(keep, text))


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


def _take_pages(citation: ParsedCitation, text: str) -> str:
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


def _take_imprint(citation: ParsedCitation, text: str) -> str:
    """Read the imprint at the end of *text*; what comes before it."""
    paren = _PAREN_IMPRINT.search(text)
    if paren:
        read_imprint(citation, paren["body"])
        return text[: paren.start()]
    for pattern in (
        _MLA_IMPRINT,
        _FRENCH_IMPRINT,
        _CHICAGO_IMPRINT,
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


def read_journal(citation: ParsedCitation, text: str) -> bool:
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


def _book_container(citation: ParsedCitation, text: str) -> None:
    """A chapter's book: ``Courtois, Stéphane u. a.: Das Schwarzbuch…. München 1998``."""
    text = _drop_roles(text).strip(" ,.")
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


def read_entry(text: str, authors_text: str | None = None) -> tuple[ParsedCitation, str] | None:
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
    citation = ParsedCitation(kind=CitationKind.FULL, printed=text.strip(), authors=part.names)
    body = drop_series(_drop_roles(part.rest.strip()).strip().rstrip(" .;,"))
    title, tail, quoted = _split_title(body)
    citation.quoted_title = quoted
    tail = tail.strip(" ,.")
    if tail:
        in_marker = _IN.match(tail)
        inner = tail[in_marker.end() :] if in_marker else tail
        inner_pages = _take_pages(citation, inner.rstrip(" ."))
        if not read_journal(citation, inner_pages.strip(" ,.")):
            citation.pages = None
            citation.in_book = True
            _book_container(citation, inner)
    else:
        title = take_volume(citation, _take_imprint(citation, title.strip(" ,.")).strip(" ,."))
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


def read_mla_note(text: str) -> ParsedCitation | None:
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


# Editors after the title of an edition or collection: "…, hg. v. X und Y, Moskva 2004",
# "… / Сост. X, Y. М.: МФД, 2003", "…, ed. Lynne Viola (New Haven, 2005)", "…, sous la dir.
# de X, Paris, 2004", "…. Edited by X. Place: Publisher, Year".
_EDITED_BY = re.compile(
    r"(?:[,.;]|\s/)\s*(?:[Hh]g\.\s*v(?:on|\.)|[Hh]rsg\.\s*v(?:on|\.)|[Hh](?:g|rsg)\.|"
    r"[Hh]erausgegeben\s+von|[Ee]ds?\.(?:\s+by)?|[Ee]dited\s+by|[Cc]ompiled\s+by|"
    r"[Rr]ed\.|[Oo]nder\s+redactie\s+van|[Bb]ezorgd\s+door|[Ss]ous\s+la\s+dir(?:ection|\.)?\s+de|"
    r"[ÉéEe]d\.\s+par|[Сс]ост\.|[Пп]од\s+ред\.|[Рр]ед\.)\s+"
)
# "…, V.N. Khaustov en N.S. Plotnikova (red.)": the editors' names, then the role.
_EDITORS_AFTER = re.compile(
    r",\s*(?P<names>[^,()]+(?:,\s*[^,()]+){0,5}?)\s*\((?:red|eds?|Hg|Hrsg|hg|hrsg|dir|éds?|сост)\.?\)"
)
_NAME_LIST_SPLIT = re.compile(r",\s*|\s+(?:and|und|en|et|&|i|и)\s+")
_ET_AL = re.compile(r"\s*(?:et\s+al\.?|u\.\s?a\.?|e\.\s?a\.?|a\.\s?o\.?|и\s+др\.?)\s*$")
# Editors' names in natural order, each of two words at least ("V. N. Chaustov", not "Paris").
_FULL_NAME = rf"{_NAME_TOKEN}(?:\s*{_NAME_TOKEN})+"
_LEADING_NAMES = re.compile(
    rf"^(?P<names>{_FULL_NAME}(?:(?:,\s*|\s+(?:and|und|en|et|&|i|и)\s+){_FULL_NAME})*"
    r"(?:\s*(?:et\s+al\.?|u\.\s?a\.|e\.\s?a\.|и\s+др\.))?)"
)


def _editor_names(text: str) -> list[PersonName]:
    text = _ET_AL.sub("", text.strip(" ,.;"))
    parts = [p.strip(" .,") for p in _NAME_LIST_SPLIT.split(text) if p.strip(" .,")]
    if not parts or not all(looks_like_names(p) for p in parts):
        return []
    return [parse_name(p) for p in parts]


def split_editors(title: str) -> tuple[str, list[PersonName]]:
    """A title read with its editors (``The War Against the Peasantry, ed. Lynne Viola``,
    ``Perepiska, hg. v. O. V. Chlevnjuk u. a.``, ``Perepiska, O.V. Khlevniuk e.a. (red.)``):
    the title alone and the editors; the title unchanged and no one when none are named."""
    role = _EDITED_BY.search(title)
    if role is not None and role.start() > 0:
        names = _LEADING_NAMES.match(title[role.end() :])
        editors = _editor_names(names["names"]) if names is not None else []
        if editors:
            return title[: role.start()].strip(" ,.;:"), editors
    after = _EDITORS_AFTER.search(title)
    if after is not None and after.start() > 0:
        editors = _editor_names(after["names"])
        if editors:
            return title[: after.start()].strip(" ,.;:"), editors
    return title, []


def edited_title(text: str) -> tuple[list[PersonName], str] | None:
    """``The Peasant Question, ed. Mary Brown (London, 2004)``: a title without a comma and
    the editors after it; the editors and the text without them, else ``None`` (``Lynne
    Viola, ed., The War…`` names its editor first)."""
    role = _EDITED_BY.search(text)
    if role is None or role.start() == 0 or "," in text[: role.start()]:
        return None
    names = _LEADING_NAMES.match(text[role.end() :])
    editors = _editor_names(names["names"]) if names is not None else []
    if names is None or not editors:
        return None
    return editors, text[: role.start()] + text[role.end() + names.end() :]


def read_titled_entry(text: str) -> ParsedCitation | None:
    """Read an entry without an author that opens with its title: an edition of documents
    or a collection (``Lubianka. Stalin i … Dokumenty, hg. v. V. N. Chaustov u. a., Moskva
    2004.``, ``Tragediia sovetskoi derevni, vol. 5 (Moscow, 1999).``); the editors named
    after the title stand as its creators. ``None`` when *text* is no such entry."""
    body = text.strip().rstrip(" .;")
    if not body or not (body[0].isupper() or body[0] in QUOTES_OPEN):
        return None
    citation = ParsedCitation(kind=CitationKind.FULL, printed=text.strip())
    role = _EDITED_BY.search(body)
    after = _EDITORS_AFTER.search(body)
    if role is not None and role.start() > 0:
        title, rest = body[: role.start()], body[role.end() :]
        names = _LEADING_NAMES.match(rest)
        if names is not None:
            citation.authors = _editor_names(names["names"])
            rest = rest[names.end() :]
    elif after is not None and after.start() > 0 and _editor_names(after["names"]):
        title, rest = body[: after.start()], body[after.end() :]
        citation.authors = _editor_names(after["names"])
    else:
        title, rest = body, ""
    citation.editors = bool(citation.authors)
    if rest.strip(" ,.;"):
        rest = _take_pages(citation, rest.strip(" ,.;")).strip(" ,.;")
        if _take_imprint(citation, rest).strip(" ,.;"):
            rest = _take_imprint(citation, ", " + rest)  # "Paris, Robert Laffont, 1997"
        else:
            rest = ""
        if not citation.year:
            read_journal(citation, rest)
    else:
        title = _take_imprint(citation, title.strip(" ,.;"))
    title = take_volume(citation, title.strip(" ,.:;"))
    citation.title = title.strip(" ,.:;") or None
    return citation if citation.title else None
