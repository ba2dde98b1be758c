"""Citations in footnotes and bibliographies: back-references, short and full references."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from purgehist.formats.text.archival import find_archival
from purgehist.formats.text.author_lists import read_authors
from purgehist.formats.text.person_names import looks_like_names, parse_name
from purgehist.model import parse_locator
from purgehist.names import PARTICLES, PersonName

__all__ = [
    "QUOTES_OPEN",
    "Citation",
    "CitationKind",
    "drop_series",
    "parse_note",
    "parse_reference",
    "read_imprint",
    "split_citations",
    "take_quoted",
]

_QUOTES_OPEN = "‘“„«'\"‚"
_QUOTES_CLOSE = {"‘": "’", "“": "”", "„": "“”", "«": "»", "'": "'", '"': '"', "‚": "‘’"}
_MONTHS = (
    r"jan(?:uari|uary|vier)?|feb(?:ruari|ruary|ruar|rier)?|m(?:aart|arch|ärz|ars)|apr(?:il|ile)?|"
    r"mei|may|mai|jun[ie]?|juin|juli|july|juillet|aug(?:ustus|ust)?|août|sep(?:tember|tembre)?|"
    r"o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?|déc(?:embre)?"
)
_BACKREF = re.compile(
    r"^(?P<word>ibid(?:em)?\.?|ib\.|ebd\.?|ebenda|eod\.(?:\s*loc\.)?|idem|id\.|eadem|ead\.|"
    r"ders\.|dies\.|dezelfde|[-—–]{2,}\.?|_{3,}\.?)"
    r"(?=$|[\s,.;:])[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "art. cit.", "art. cité", "ouvr. cité", "ouv. cit.", "ouvrage cité": the French op. cit.
_CITED = r"(?:art\.|ouvr?\.|ouvrage|article)\s?cit(?:é|\.)"
_OPCIT = re.compile(
    r"^(?P<author>.+?)[,\s]+(?P<word>op\.?\s*cit\.?|a\.\s?w\.?|a\.\s?a\.\s?O\.?|o\.\s?c\.|"
    rf"{_CITED}|"
    r"loc\.?\s*cit\.?|t\.\s?a\.\s?p\.?|l\.\s?c\.)(?P<title>[^,]*?)[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_CUE = (
    r"(?:zie\s+ook|zie|vgl\.?|vergelijk|cf\.?|compare|see\s+also|see|siehe\s+auch|siehe|"
    r"voir\s+aussi|voir|s\.\s*auch|hierover|daarover)"
)
_CUE_MORE = (
    r"(?:\s+(?:auch|dazu|hierzu|ferner|etwa|also|e\.\s?g\.|further|in\s+particular|"
    r"notamment|par\s+exemple|bijvoorbeeld|bijv\.|daarnaast|ook))?"
)
_PREFIX = re.compile(rf"^{_CUE}{_CUE_MORE}\s*:?\s+", re.IGNORECASE)
_MID_CUE = re.compile(
    rf"(?<=[,.:])\s+(?:(?:and|und|et|en)\s+)?(?={_CUE}{_CUE_MORE}\s*:?\s+\S)", re.IGNORECASE
)
# "See, e.g.,", "For a different view see", "The older debate is summarized in", "Abgedruckt
# in:", "den Überblick bei", "Zie voor dit verwijt": words of prose that end in a cue before
# the cited name or title.
_LEAD_OPEN = re.compile(
    r"^(?:see|zie|siehe|voir|vgl\.|cf\.)\s*,?\s*(?:e\.\s?g\.|z\.\s?B\.|bijv\.|"
    r"for\s+example|for\s+instance|par\s+exemple|etwa)\s*,?\s+",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?P<lead>(?:[„“\"'‘«]?[^\W\d_][\w'’-]*[”“\"'’»]?\s+){0,8}?)"
    r"(?P<cue>see|zie|siehe|voir|bei|bij|aan|by|door|chez|nach|in|dans|met|with|of|vgl\.|cf\.)"
    r"(?P<colon>\s*:)?\s+"
    r"(?=[A-ZÀ-ÝА-Я„“\"'‘«])"
)
# "Ders., a.a.O., S. 207", "Idem, op. cit., p. 12": the previous note's authors, their work
# cited last.
_SAME_AUTHOR = re.compile(
    r"^(?:ders\.|dies\.|idem|id\.|eadem|ead\.|dezelfde)[\s,]+"
    r"(?:op\.\s*cit\.?|a\.\s?a\.\s?O\.?|a\.\s?w\.?|t\.\s?a\.\s?p\.?|o\.\s?c\.|"
    rf"{_CITED})[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DIRECTED = re.compile(r"^(?:sous\s+la\s+dir(?:ection|\.)?\s+de|dir\.)\s+(?=[A-ZÀ-Ý])", re.I)
_CAPITAL_HEAD = re.compile(r"^(?:(?:de|d’|d'|le|la|van|von)\s*)?[A-ZÀ-Ý]{2,}[\s-]")
# ", coll. « Folio histoire », no 12": a publisher's series, between publisher and year
_SERIES = re.compile(r",\s*coll\.\s*(?:«[^»]*»|[^,«»]+)(?:,\s*n[o°º]?\.?\s*\d+)?(?=\s*(?:,|$))")
# "Id., Histoire de Lyon, op. cit., p. 5": the same author's work named before op. cit.
_IDEM_TITLE = re.compile(
    rf"^(?P<title>[^,]+(?:,[^,]+)*?),\s*(?:op\.\s*cit\.?|{_CITED})[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_IBID_AFTER_IDEM = re.compile(r"^ib(?:id(?:em)?)?\.?(?=$|[\s,.;:])[\s,.:]*(?P<rest>.*)$", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_ACCESSED = re.compile(
    r"(?:\(|,|\.)?\s*(?:laatst\s+)?(?:geraadpleegd|bezocht|accessed|consulted|last\s+visited|"
    r"abgerufen|zuletzt\s+abgerufen|consulté)\b.*$",
    re.IGNORECASE,
)
_PAGE_PREFIX = r"(?:pp?\.|pag\.|blz\.|bl\.|S\.|Sp\.|col\.|f\.|ff\.|p)"
_ROMAN = r"(?=[ivxlcdm]+\b)m*(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
# "12 f.", "12 ff.", "570 sq.", "12 et suiv.", "12 e.v.", "12 u. ö.": the page and the next
_FOLLOWING = r"(?:f{1,2}\.?|sqq?\.?|seq\.?|et\s+suiv\.?|e\.\s?v\.?|u\.\s?ö\.?)(?!\w)"
_PAGE = rf"(?:\d+[a-z]?|{_ROMAN})(?:\s*[-–—]\s*(?:\d+|{_ROMAN}))?(?:\s*{_FOLLOWING})?"
_PAGES = rf"{_PAGE}(?:\s*(?:,|&|\ben\b|\band\b|\bund\b|\bet\b)\s*{_PAGE})*"
_LOCATOR = re.compile(
    rf"(?:^|(?<=[\s,:.)’”'\"]))(?P<loc>(?:{_PAGE_PREFIX}\s*)?{_PAGES})\s*[.;]?\s*$"
)
# "1017–49, at 1022", "S. 655–674, hier S. 661", "p. 43-295, ici p. 218": the range is the
# article's, the page after the cue is the one cited.
_PINPOINT = re.compile(
    r"[,;]?\s+(?:at|here|esp\.|especially|hier|hier\s+bes\.|bes\.|insbes\.|ici|"
    r"notamment|surtout|vooral|aldaar|i\.\s?h\.\s?b\.)\s+"
    rf"(?P<pin>(?:{_PAGE_PREFIX}\s*)?{_PAGES})\s*[.;]?\s*$"
)
_IMPRINT_PAREN = re.compile(r"\((?P<body>[^()]*?(?P<year>1[4-9]\d\d|20\d\d)[a-z]?[^()]*?)\)")
_IMPRINT_BARE = re.compile(
    r"[,.]\s*(?P<place>[A-ZÀ-Ý][\w’' -]{1,40}?)\s*(?::\s*(?P<pub>[^,:]{2,80}?))?,?\s+"
    r"(?P<year>1[4-9]\d\d|20\d\d)[a-z]?(?=\s*(?:[,.;)]|$))"
)
# "…, Paris, Robert Laffont, 1995": place, publisher and year after commas (French style)
_IMPRINT_FRENCH = re.compile(
    r",\s*(?P<place>[A-ZÀ-Ý][\w’'.-]*(?:\s+(?:(?:am|an|sur|en|upon|on|de|/)\s+)?[A-ZÀ-Ý][\w’'.-]*)"
    r"{0,2}),\s*(?P<pub>[A-ZÀ-Ýa-zß-ÿ][^,;:()]{1,60}?),\s*(?P<year>1[4-9]\d\d|20\d\d)[a-z]?$"
)
_NOT_PUBLISHER = re.compile(r"^(?:vol|t|no|n°|nr|tome|fasc|pp?|S|Bd|Jg)\b\.?|\d", re.IGNORECASE)
# Cities where books are published: a segment that names one is a place, not a publisher.
_PLACES = frozenset(
    {"paris", "londres", "london", "new york", "oxford", "cambridge", "princeton", "new haven",
     "moscou", "moscow", "moskva", "moskau", "berlin", "munich", "münchen", "lyon", "genève",
     "bruxelles", "lausanne", "amsterdam", "leyde", "leiden", "stuttgart", "francfort",
     "frankfurt", "chicago", "boston", "ithaca", "bloomington", "berkeley", "stanford",
     "toulouse", "rennes", "bordeaux", "lille", "grenoble", "marseille", "strasbourg", "nancy",
     "montréal", "québec", "hambourg", "hamburg", "vienne", "wien", "cologne", "köln", "bonn",
     "leipzig", "saint-pétersbourg", "pittsburgh", "washington", "toronto", "rome", "milan",
     "madrid", "varsovie", "warszawa", "bâle", "basel", "zurich", "zürich", "aix-en-provence",
     "nanterre", "rouen", "caen", "dijon", "poitiers", "clermont-ferrand", "montpellier",
     "louvain", "louvain-la-neuve", "tours", "nantes", "besançon", "reims"}
)  # fmt: skip
_CONTAINER_NUMBERS = re.compile(
    r"^(?P<cont>.*?)[,\s]+(?:(?:vol\.?|jg\.?|jrg\.?|Jg\.?|Bd\.?|t\.)\s*)?(?P<vol>\d{1,4})"
    r"(?:[,\s]*(?:no\.?|nr\.?|n°|issue|Heft|H\.)\s*(?P<iss>\d{1,4}))?[,\s]*$",
    re.IGNORECASE,
)
_IN = re.compile(r"^(?:in:?|dans:?)\s+", re.IGNORECASE)


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


@dataclass(slots=True)
class Citation:
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


def _split_outside(text: str, separators: str) -> list[str]:
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
        if char in _QUOTES_OPEN and (i == 0 or not text[i - 1].isalnum()):
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


def _complete(text: str) -> bool:
    """Whether *text* could stand as a citation on its own (it ends in pages or an imprint)."""
    stripped = text.strip().rstrip(".,").strip()
    if _OPCIT.match(stripped + "."):
        return True
    return bool(_LOCATOR.search(stripped) or stripped.endswith(")")) and ("," in stripped)


def split_citations(text: str) -> list[str]:
    """The citations in one footnote: split at ``;``, before a cue word (``, see also``,
    ``vgl. auch``, ``voir``), after a complete citation that a new sentence follows, and,
    between complete citations, at ``&``, ``en``, ``and``, ``und``, ``et``. A sentence of
    comment after a citation (``…, 375–84. The whole exchange…``) is left out."""
    result: list[str] = []
    for part in _split_outside(text, ";"):
        for chunk in _split_cues(part):
            for sentence in _split_sentences(chunk):
                result.extend(_split_conjunctions(sentence))
    pieces = [_LEADING_AND.sub("", r.strip()) if i else r.strip() for i, r in enumerate(result)]
    return [p for p in pieces if p.strip(" .,")]


# "…, 158-176; and Getty, …": the conjunction left over after a split at ";".
_LEADING_AND = re.compile(r"^(?:and|und|en|et|with|met|mit|avec|&)\s+(?=[A-ZÀ-ÝА-Я„“\"'‘«])")


def _split_cues(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _MID_CUE.finditer(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


# A full stop after a page number or a following-pages mark, then more text.
_SENTENCE_END = re.compile(r"(?:\d[a-z]?|\b(?:ff?|sqq?|seq|suiv|e\.v|ö))(?P<dot>\.)\s+(?=\S)")


_YEAR_RANGE_END = re.compile(r"\b(?:1[4-9]|20)\d\d\s*[-–—]\s*(?:(?:1[4-9]|20)\d\d|\d\d)\s*$")
_IMPRINT_START = re.compile(r"^[A-ZÀ-Ý][^.;,()]{0,60},\s*(?:1[4-9]|20)\d\d\b")


def _split_sentences(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        head, tail = text[start : match.start("dot")], text[match.end() :]
        if "," not in head or not _ends_in_pages(head):
            continue
        if _YEAR_RANGE_END.search(head) and _IMPRINT_START.match(tail):
            continue  # "…, 1933-1938. Cambridge UP, 1985": a title's dates, then its imprint
        if _prose(tail):
            pieces.append(head)
            return pieces
        if _PREFIX.match(tail) or _BACKREF.match(tail) or _starts_reference(tail):
            pieces.append(head)
            start = match.end()
    pieces.append(text[start:])
    return pieces


def _ends_in_pages(text: str) -> bool:
    """Whether *text* ends in the pages of a citation: after a page prefix, a comma, a colon
    or a bracket (``…, 375–84``), not after a word (``Schauprozesse 1936, 1937 und 1938``)."""
    match = _LOCATOR.search(text.strip())
    if match is None or _take_locator(text.strip())[1] is None:
        return False
    before = text.strip()[: match.start()].rstrip()
    return bool(re.match(_PAGE_PREFIX, match["loc"])) or before.endswith((",", ":", ")"))


def _prose(text: str) -> bool:
    """Whether *text* is a sentence of comment: mostly lower-case words, no year, no pages."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if len(words) < 4 or re.search(r"\b(?:1[4-9]\d\d|20\d\d)\b", text):
        return False
    if _LOCATOR.search(text.strip().rstrip(".")) and "," in text:
        return False
    return sum(1 for w in words if w[0].islower()) >= 0.6 * len(words)


def _split_conjunctions(part: str) -> list[str]:
    result: list[str] = []
    pieces = re.split(r"(\s*(?:&|\b(?:en|and|und|et|with|met|mit|avec)\b)\s+)", part)
    current = pieces[0]
    for k in range(1, len(pieces), 2):
        rest = "".join(pieces[k + 1 :])
        if _complete(current) and _starts_reference(rest):
            result.append(current)
            current = pieces[k + 1] if k + 1 < len(pieces) else ""
        else:
            current += pieces[k] + (pieces[k + 1] if k + 1 < len(pieces) else "")
    result.append(current)
    return result


def _starts_reference(text: str) -> bool:
    text = text.strip()
    if _BACKREF.match(text):
        return True
    head = _split_outside(text, ",")[0]
    return looks_like_names(head) and "," in text


def _take_locator(text: str) -> tuple[str, str | None]:
    stripped = text.rstrip()
    match = _LOCATOR.search(stripped)
    if match is None:
        return text, None
    loc = match["loc"].strip()
    before = stripped[: match.start()].rstrip()
    bare = re.fullmatch(r"\d{4}", loc)
    if bare and 1400 <= int(loc) <= 2099 and not before.endswith(")"):
        return text, None
    if not before:
        return "", loc
    volume_like = before[-1:].isalpha() and not before.endswith(("p", "S", ")"))
    if re.fullmatch(r"\d+", loc) and volume_like:
        return text, None  # "Review 45" ends a container with its volume, not a page
    return before.rstrip(" ,:"), loc


def _plain_range(text: str) -> str:
    """``pp. 1017–49`` → ``1017-1049``."""
    return parse_locator(text).normalised


def _take_quoted(text: str) -> tuple[str | None, str]:
    text = text.lstrip()
    if not text or text[0] not in _QUOTES_OPEN:
        return None, text
    opener = text[0]
    closers = _QUOTES_CLOSE.get(opener, opener)
    for i in range(1, len(text)):
        if text[i] in closers and (i + 1 >= len(text) or not text[i + 1].isalpha()):
            return text[1:i].strip().rstrip(",."), text[i + 1 :].lstrip(" ,.")
    return text[1:].strip(), ""


def _imprint(citation: Citation, body: str) -> None:
    year_match = re.search(r"(1[4-9]\d\d|20\d\d)", body)
    if year_match is None:
        return
    citation.year = year_match[1]
    before = body[: year_match.start()].strip(" ,:")
    if re.search(rf"\b(?:{_MONTHS})\b|^\d{{1,2}}\b", before, re.IGNORECASE):
        citation.date_text = body.strip()
        return
    place, _, publisher = before.partition(":")
    if not publisher and "," in place:
        place, _, publisher = place.partition(",")
    citation.place = place.strip(" ,.") or None
    citation.publisher = publisher.strip(" ,.") or None


def _french_imprint(citation: Citation, text: str) -> str | None:
    """Read ``…, Paris, Robert Laffont, 1995`` at the end of *text*; what comes before it, or
    ``None`` when *text* does not end so (``…, Subtitle, Paris, 1995`` names no publisher)."""
    match = _IMPRINT_FRENCH.search(text)
    if match is None:
        return None
    place, publisher = match["place"].strip(), match["pub"].strip()
    if _NOT_PUBLISHER.match(publisher) or publisher.casefold() in _PLACES:
        return None
    citation.place, citation.publisher, citation.year = place, publisher, match["year"]
    return text[: match.start()]


def _container(citation: Citation, text: str) -> None:
    text = re.sub(rf"\s*\d{{1,2}}\s+(?:{_MONTHS})\b.*$", "", text, flags=re.IGNORECASE).strip(" ,.")
    if _IN.match(text):
        citation.editors = True
        text = _IN.sub("", text)
        editors = read_authors(text, natural=True)
        if editors is not None and (editors.editors or editors.others) and editors.rest:
            text = editors.rest.strip(" ,.:")  # "in Stéphane Courtois et al., Le Livre noir…"
    match = _CONTAINER_NUMBERS.match(text)
    if match and match["cont"].strip():
        citation.container = match["cont"].strip(" ,.")
        citation.volume = match["vol"]
        citation.issue = match["iss"]
    else:
        citation.container = text or None


_FULL_IMPRINT = re.compile(
    r"\([^()]*\b(?:1[4-9]|20)\d\d\)|,\s*[A-ZÀ-ÝА-Я][\w.]*\s+(?:1[4-9]|20)\d\d\b"
)


def _title_before_colon(names: list[PersonName], rest: str) -> bool:
    """Whether one bare word before a colon opens the title of a full reference
    (``Reabilitatsiia: Kak eto bylo … (Moscow: MFD, 2000)``): a short reference names its
    author so (``Schlögel: Terror und Traum, S. 605``), a full one gives the given name too."""
    return len(names) == 1 and not names[0].given and bool(_FULL_IMPRINT.search(rest))


def _authors_and_rest(text: str, *, inverted: bool) -> tuple[list[PersonName], str] | None:
    """Split off the author part: ``J. Arch Getty, …`` or ``Getty, J. Arch, …``."""
    chunks = _split_outside(text, ",")
    if len(chunks) < 2 and ":" not in text:
        return None
    head = chunks[0].strip()
    rest_chunks = chunks[1:]
    colon = re.match(r"^([^:]{2,60}):\s+(.*)$", text)
    if colon and "," not in colon[1] and looks_like_names(colon[1]):
        names = _names(colon[1], inverted=False)
        if not _title_before_colon(names, colon[2]):
            return names, colon[2]
    if not looks_like_names(head):
        return None
    if inverted:
        given: list[str] = []
        while rest_chunks:
            chunk = rest_chunks[0].strip()
            whole = _given_like(chunk, first=not given)
            split_at = _given_split(chunk) if not given and not whole else None
            if split_at is not None:
                given.append(chunk[: split_at[0]])
                rest_chunks[0] = chunk[split_at[1] :]
                break
            if _given_like(chunk, first=not given):
                given.append(chunk)
                rest_chunks.pop(0)
                continue
            break
        names_text = head + (", " + " ".join(given) if given else "")
        return _inverted_names(names_text), ",".join(rest_chunks)
    # "Getty, Rittersporn and Zemskov, ‘Victims’": further names joined by "and"
    # ("Thurston, Life and Terror, 12": a title comes after the names, not just the pages)
    while (
        len(rest_chunks) > 1
        and _CONJOINED.search(rest_chunks[0])
        and looks_like_names(rest_chunks[0])
        and not re.fullmatch(rf"\s*(?:{_PAGE_PREFIX}\s*)?{_PAGES}\s*\.?\s*", rest_chunks[1])
    ):
        head += ", " + rest_chunks.pop(0).strip()
    return _names(head.replace(",", " and"), inverted=False), ",".join(rest_chunks)


_CONJOINED = re.compile(r"\s(?:and|und|et|en|&)\s")


_ARTICLES = frozenset(
    {"the", "a", "an", "het", "een", "der", "die", "das", "les", "un", "une", "ein", "eine",
     "el", "il", "on", "in", "from", "of", "over", "uber", "über", "sur"}
)  # fmt: skip
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?){1,3}$")


def _given_split(chunk: str) -> tuple[int, int] | None:
    """Where given names end and a title starts in ``J. Arch. Origins of…`` (Chicago style)
    or ``Hans: Der Terror`` (German style): the longest name-like part before ``.`` or ``:``."""
    best: tuple[int, int] | None = None
    for match in re.finditer(r"(?::|\.)\s+(?=[A-ZÀ-Ý‘“\"'])", chunk):
        left = chunk[: match.start()]
        if _given_like(left, first=True) and not re.match(
            r"^[A-ZÀ-Ý]\.?(?:\s|$)", chunk[match.end() :]
        ):
            best = (
                match.start()
                + (1 if chunk[match.start()] == "." and len(left.split()[-1]) == 1 else 0),
                match.end(),
            )
    return best


def _given_like(chunk: str, *, first: bool) -> bool:
    """Whether a comma-separated chunk after a surname is (part of) the given names."""
    chunk = re.split(r"\s*(?:&|\band\b|\ben\b|\bund\b|\bet\b)\s+", chunk.strip())[0]
    tokens = [
        t for t in re.split(r"[\s]+", re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", chunk)) if t
    ]
    if not 1 <= len(tokens) <= 4 or _title_like(chunk):
        return False
    if len(tokens[0].strip(".")) > 1 and tokens[0].lower() in _ARTICLES:
        return False
    if any(t.lower().strip(".") in _ARTICLES for t in tokens[1:]):
        return False
    if not first:
        return all(_INITIALS.match(t) or t.lower() in PARTICLES for t in tokens)
    return all(
        _INITIALS.match(t) or t.lower() in PARTICLES or re.match(r"^[A-ZÀ-Ý][\w’'\-.]*$", t)
        for t in tokens
    )


def _title_like(chunk: str) -> bool:
    words = chunk.split()
    if len(words) > 4 or re.search(r"[:(\d]", chunk):
        return True
    return chunk[:1] in _QUOTES_OPEN


def _names(text: str, *, inverted: bool) -> list[PersonName]:
    parts = re.split(r"\s*(?:&|\band\b|\ben\b|\bund\b|\bet\b|/)\s*", text)
    return [parse_name(p, inverted=inverted) for p in parts if p.strip()]


def _inverted_names(text: str) -> list[PersonName]:
    parts = re.split(r"\s*(?:&|\band\b|\ben\b|\bund\b|\bet\b)\s*", text)
    first = parts[0]
    surname, _, given = first.partition(",")
    names = [parse_name(f"{surname},{given}", inverted=True)]
    for other in parts[1:]:
        names.append(parse_name(other, inverted="," in other))
    return names


def strip_lead_in(text: str) -> str:
    """*text* without a cue word and a lead-in of prose before the cited work (``See, e.g.,``,
    ``For a different view see``, ``The older debate is summarized in``, ``Abgedruckt in:``,
    ``Zie voor dit verwijt``): a few words, mostly in lower case, with no figure or
    punctuation, that end in a cue word or follow one."""
    opened = _LEAD_OPEN.match(text) or _PREFIX.match(text)
    if opened is not None:
        text = text[opened.end() :]
    match = _LEAD_IN.match(text)
    if match is not None and _lead_ok(match):
        return _drop_relative(text[match.end() :])
    if opened is not None:
        words = _AFTER_CUE.match(text)
        if words is not None and words[0].split()[0].lower() not in PARTICLES:
            return _drop_relative(text[words.end() :])
    return _drop_relative(text)


# "Kotkin, who places more weight on …: Stephen Kotkin, Stalin …", "Getty, der betont, …":
# a relative clause after the name cited; the reference follows a colon or the clause.
_RELATIVE = re.compile(
    r"^(?P<name>[A-ZÀ-ÝА-Я][\w'’-]+(?:\s+(?:and|und|en|et|&)\s+[A-ZÀ-ÝА-Я][\w'’-]+)?),\s+"
    r"(?:who|whose|which|der|die|dessen|deren|qui|dont|lequel|laquelle|die|dat|wiens|wier)\s+"
    r"[^:;]*?(?P<end>:\s+(?=\S)|,\s+(?=[^\W\d_]{0,4}\.?\s*\d)|$)"
)


def _drop_relative(text: str) -> str:
    match = _RELATIVE.match(text)
    if match is None:
        return text
    if match["end"].startswith(":"):
        return text[match.end() :]
    return f"{match['name']}, {text[match.end() :]}".rstrip(" ,")


_AFTER_CUE = re.compile(r"^(?:[a-zß-ÿ][\w'’-]*\s+){1,5}(?=[A-ZÀ-ÝА-Я„“\"'‘«])")


def _lead_ok(match: re.Match[str]) -> bool:
    words = match["lead"].split()
    cue = match["cue"].lower()
    if match["colon"]:
        return len(words) <= 3  # "Abgedruckt in:", "Zitiert nach:"
    if not words:
        return False
    if cue in {"in", "dans", "with", "met", "of", "aan"} and (
        len(words) < 2 or not words[-1][:1].islower()
    ):
        return False  # "Stalin in Power" is a title; "is summarized in" a lead-in
    if cue in {"vgl.", "cf.", "siehe", "see", "zie", "voir"}:
        return True  # "Zu dieser Formulierung vgl.": German nouns are capitalised
    return sum(1 for w in words if w[:1].islower()) >= 0.5 * len(words)


def parse_reference(text: str, *, inverted: bool = False) -> Citation:
    """Read a full or short reference (a bibliography entry when *inverted*)."""
    printed = text.strip()
    citation = Citation(kind=CitationKind.SHORT, printed=printed)
    body = _PREFIX.sub("", printed)
    url = _URL.search(body)
    if url:
        citation.url = url[0].rstrip(".,)")
        body = body[: url.start()] + " " + _ACCESSED.sub("", body[url.end() :])
    body = drop_series(_ACCESSED.sub("", body).strip().rstrip(" .;,"))
    pin = None if inverted else _PINPOINT.search(body)
    if pin is not None:
        body = body[: pin.start()]
    body, citation.locator = _take_locator(body) if not inverted else (body, None)
    if pin is not None:
        if citation.locator:
            citation.pages = _plain_range(citation.locator)
        citation.locator = pin["pin"].strip()
    directed = _DIRECTED.match(body)
    if directed is not None:  # "Sous la direction de Nicolas Werth, Histoire du Goulag"
        body = body[directed.end() :]
        citation.editors = True
    german = None if inverted else read_authors(body)
    edited = None if inverted else _edited_title(body)
    natural = None if inverted or german is not None else read_authors(body, natural=True)
    if edited is not None:
        citation.authors, body = edited
        citation.editors = True
    elif (
        german is not None
        and body[len(german.text) :].lstrip().startswith(":")
        and not _title_before_colon(german.names, german.rest)
    ):
        # "Junge, Marc / Bordjugov, Gennadij / Binner, Rolf: Titel…" (German style)
        citation.authors, body = german.names, german.rest
    elif german is not None and german.rest and _CAPITAL_HEAD.match(body):
        # "COURTOIS Stéphane et al., Le Livre noir…": the surname in capitals (French style)
        citation.authors, body = german.names, german.rest
        citation.editors = citation.editors or german.editors
    elif natural is not None and natural.editors and natural.rest:
        # "Nicolas Werth (dir.), Histoire du Goulag"
        citation.authors, body, citation.editors = natural.names, natural.rest, True
    elif (split := _authors_and_rest(body, inverted=inverted)) is not None:
        citation.authors, body = split
    body = body.strip(" ,.")
    title, after = _take_quoted(body)
    imprint = None
    for match in _IMPRINT_PAREN.finditer(after if title is not None else body):
        imprint = match
    if title is not None:
        citation.title, citation.quoted_title = title, True
        tail = after
        if imprint is not None:
            _imprint(citation, imprint["body"])
            pages = tail[imprint.end() :].strip(" ,.:")
            tail = tail[: imprint.start()]
            if inverted and re.fullmatch(_PAGES, pages or "-"):
                citation.pages = re.sub(r"\s+", "", pages).replace("–", "-").replace("—", "-")
            elif pages and not citation.locator and not inverted:
                citation.locator = pages
        elif not _IN.match(tail.strip(" ,.")) and _read_journal(citation, tail):
            tail = ""  # "Revue, vol. 54, no 7, 2002"
        elif (before := _french_imprint(citation, tail.rstrip(" ,."))) is not None:
            tail = before
        else:
            bare = _IMPRINT_BARE.search(tail)
            if bare:
                citation.year = bare["year"]
                tail = tail[: bare.start()]
        if tail.strip(" ,."):
            _container(citation, tail.strip(" ,."))
    else:
        if imprint is not None:
            _imprint(citation, imprint["body"])
            tail = body[imprint.end() :].strip(" ,.:")
            body = body[: imprint.start()]
            if inverted and tail and re.fullmatch(_PAGES, tail):
                citation.pages = re.sub(r"\s+", "", tail).replace("–", "-").replace("—", "-")
        elif (before := _french_imprint(citation, body)) is not None:
            body = before
        else:
            bare = _IMPRINT_BARE.search(body)
            if bare and bare.start() > 0:
                citation.year = bare["year"]
                citation.place = bare["place"].strip() or None
                citation.publisher = (bare["pub"] or "").strip() or None
                body = body[: bare.start()]
        body = body.strip(" ,.:")
        chapter = re.search(r"(?:[,.]\s+(?:in|In|dans)|\s(?:in|In|dans):)\s+", body)
        if chapter:
            _container(citation, body[chapter.start() :].strip(" ,."))
            body = body[: chapter.start()]
        title = body.strip(" ,.:")
        if not citation.authors and not inverted:
            title, citation.authors = _split_editors(title)
            citation.editors = bool(citation.authors)
        citation.title = take_volume(citation, title) or None
    if citation.year or citation.container:
        citation.kind = CitationKind.FULL
    if inverted and citation.title:
        citation.kind = CitationKind.FULL
    return citation


_VOLUME_TAIL = re.compile(
    r"[,.]\s*(?:vol\.|Vol\.|Bd\.|t\.|T\.|deel|dl\.|tome|Band)\s*(?P<vol>\d+(?:/\d+)?)\b(?:[,:].*)?$"
)


def drop_series(text: str) -> str:
    """*text* without a publisher's series (``Paris, Gallimard, coll. « Folio », 1975``)."""
    return _SERIES.sub("", text)


def take_volume(citation: Citation, title: str) -> str:
    """*title* without a trailing volume (``…, vol. 1, Mart 1953–fevral' 1956``,
    ``…, Bd. 5/1: 1937–1939``), which goes to *citation*."""
    match = _VOLUME_TAIL.search(title)
    if match is None or match.start() == 0:
        return title
    citation.volume = citation.volume or match["vol"]
    return title[: match.start()].strip(" ,.:")


def _opcit_names(text: str) -> tuple[str, str | None]:
    """``Getty, Origins`` before ``op. cit.``: the author, and the short title naming one of
    the author's works (``Getty, J. A.`` is an author alone)."""
    chunks = [c.strip() for c in _split_outside(text.strip(" ,"), ",")]
    if len(chunks) > 1 and not all(_INITIALS.match(w) for w in " ".join(chunks[1:]).split()):
        title = ", ".join(chunks[1:]).strip(" ,." + _QUOTES_OPEN + "’”»")
        return chunks[0], title or None
    return text.strip(" ,"), None


QUOTES_OPEN = _QUOTES_OPEN
"""Characters that open a quoted title."""


def take_quoted(text: str) -> tuple[str | None, str]:
    """``(quoted title, rest)`` when *text* opens with a quotation mark, else ``(None, text)``."""
    return _take_quoted(text)


def read_imprint(citation: Citation, body: str) -> None:
    """Set place, publisher and year (or a full date) from an imprint ``Place: Publisher,
    Year`` or ``Place Year`` or ``14 May 2008``."""
    _imprint(citation, body)


def parse_note(
    text: str, short_titles: Callable[[str], Citation | None] | None = None
) -> list[Citation]:
    """The citations of one footnote, in order; a note without any is one comment.

    *short_titles* reads a citation by a short title from a list of abbreviations."""
    citations: list[Citation] = []
    archive: str | None = None
    for piece in split_citations(text):
        core = strip_lead_in(piece.strip())
        listed = short_titles(core) if short_titles is not None else None
        if listed is not None:
            citations.append(listed)
            continue
        found = find_archival(core, archive)
        if found is not None:
            archive = found.archive or archive
            citations.append(
                Citation(
                    kind=CitationKind.ARCHIVAL,
                    printed=piece.strip(),
                    title=found.description,
                    locator=found.reference,
                )
            )
            continue
        same = _SAME_AUTHOR.match(core)
        if same:
            citations.append(
                Citation(
                    kind=CitationKind.OPCIT,
                    printed=piece.strip(),
                    locator=same["rest"].strip().rstrip(" .,") or None,
                    same_author=True,
                )
            )
            continue
        back = _BACKREF.match(core)
        if back:
            word = back["word"].lower().rstrip(".")
            rest = back["rest"].strip().rstrip(".")
            # "Ders.: Titel", "---. Title": the previous note's authors, another work
            is_idem = word in {"idem", "id", "eadem", "ead", "ders", "dies", "dezelfde"} or (
                word[:1] in "-—–_"
            )
            citation = Citation(kind=CitationKind.IBID, printed=piece.strip())
            again = _IBID_AFTER_IDEM.match(rest) if is_idem else None
            if again is not None:  # "Id., ibid., p. 12": the same work again
                rest = again["rest"]
                is_idem = False
            titled = _IDEM_TITLE.match(rest) if is_idem else None
            if titled is not None:
                citations.append(
                    Citation(
                        kind=CitationKind.OPCIT,
                        printed=piece.strip(),
                        title=titled["title"].strip(" ,." + _QUOTES_OPEN + "’”»"),
                        locator=titled["rest"].strip().rstrip(" .,") or None,
                        same_author=True,
                    )
                )
                continue
            if is_idem and rest and not re.fullmatch(rf"(?:{_PAGE_PREFIX}\s*)?{_PAGES}", rest):
                sub = parse_reference("Idem, " + rest)
                at = rest.find(sub.title) if sub.title else -1
                if at > 0 and re.fullmatch(r"[^\W\d_][\w'’-]*\s*:\s*", rest[:at]):
                    sub.title = rest[: at + len(sub.title or "")]  # "Stalin: A Biography"
                citation = sub
                citation.kind = CitationKind.IDEM
                citation.printed = piece.strip()
                citation.authors = []
                if sub.title is None and sub.locator is None:
                    citation.title = rest
            else:
                citation.locator = rest or None
            citations.append(citation)
            continue
        opcit = _OPCIT.match(core)
        names, short = _opcit_names(opcit["author"]) if opcit else ("", None)
        if opcit and looks_like_names(names):
            word = opcit["word"].lower().replace(" ", "")
            kind = (
                CitationKind.LOCCIT
                if word.startswith(("loc", "t.a", "l.c"))
                else CitationKind.OPCIT
            )
            rest = opcit["rest"].strip().rstrip(" .,")
            citations.append(
                Citation(
                    kind=kind,
                    printed=piece.strip(),
                    authors=_names(names, inverted=False),
                    title=short,
                    locator=rest or None,
                )
            )
            continue
        citation = _mla_note(core) or parse_reference(core)
        if not citation.authors and not (citation.kind == CitationKind.FULL and citation.title):
            citation = short_form(piece) or short_form(core) or citation
        if citation.authors or (citation.kind == CitationKind.FULL and citation.title):
            citation.printed = piece.strip()
            citations.append(citation)
    if not citations and text.strip():
        return [Citation(kind=CitationKind.COMMENT, printed=text.strip())]
    return citations


_SURNAME_WORD = (
    r"(?:(?:[vV]an|[vV]on|[dD]e|der|den|ten|ter|du|le|la)\s+)*[A-ZÀ-ÝА-Я][a-zß-ÿа-я’'-]+"
)
_SHORT_FORM = re.compile(
    rf"^(?:(?:.*?\s)?(?:by|of|from|to|see|in|cf\.|compare|bei|bij|zie|vgl\.|voir|chez|also|auch|ook)\s+)?"
    rf"(?P<names>{_SURNAME_WORD}(?:(?:,\s+|\s+(?:and|und|en|et|&)\s+){_SURNAME_WORD})*"
    rf"(?:\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.))?)(?![\w’'-])"
    rf"(?:\s+\(?(?P<year>(?:1[4-9]|20)\d\d)[a-z]?\)?)?\s*[,:]?\s*"
    rf"(?P<loc>(?:{_PAGE_PREFIX}\s*)?{_PAGES})\s*\.?$"
)
_NOT_AUTHORS = frozenset(
    {"chapter", "chapters", "kapitel", "hoofdstuk", "chapitre", "vol", "volume", "band", "deel",
     "no", "nr", "order", "table", "figure", "page", "pages", "part", "teil", "note", "notes",
     "anm", "see", "cf", "compare", "ibid", "ibidem", "idem", "ebd", "ebenda", "prikaz",
     "fond", "opis", "delo", "article", "artikel", "paragraph", "section", "appendix", "bijlage",
     "anhang", "tome", "livre", "book", "vgl", "zie", "voir"}
)  # fmt: skip


def short_form(text: str) -> Citation | None:
    """An author-page or author-date reference (``Harris 149-150``, ``Shearer, p. 299``,
    ``Getty and Naumov 1999, p. 12``, ``Khlevniuk 2009: 45``), possibly after a lead-in
    (``see``, ``vgl.``, ``zie``): the authors, the year and the pages, without a title."""
    match = _SHORT_FORM.match(text.strip())
    if match is None:
        return None
    loc = match["loc"].strip()
    if match["year"] is None and re.fullmatch(r"(?:1[4-9]|20)\d\d", loc):
        return None  # "in Moscow 1937": a year, not a page
    if not re.search(r"\d", loc) and not re.match(_PAGE_PREFIX, loc):
        return None  # a bare roman numeral may be the end of a word
    names = re.split(r",\s+|\s+(?:and|und|en|et|&)\s+", match["names"])
    names = [re.sub(r"\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.)$", "", n) for n in names]
    if any(n.split()[-1].casefold().strip(".") in _NOT_AUTHORS for n in names):
        return None
    return Citation(
        kind=CitationKind.FULL,
        printed=text.strip(),
        authors=[PersonName(surname=n) for n in names],
        year=match["year"],
        locator=loc,
    )


def _split_editors(title: str) -> tuple[str, list[PersonName]]:
    from purgehist.formats.text.entries import split_editors  # entries builds on this module

    return split_editors(title)


def _edited_title(text: str) -> tuple[list[PersonName], str] | None:
    from purgehist.formats.text.entries import edited_title  # entries builds on this module

    return edited_title(text)


def _read_journal(citation: Citation, text: str) -> bool:
    from purgehist.formats.text.entries import read_journal  # entries builds on this module

    return read_journal(citation, text)


def _mla_note(text: str) -> Citation | None:
    from purgehist.formats.text.entries import read_mla_note  # entries builds on this module

    return read_mla_note(text)
