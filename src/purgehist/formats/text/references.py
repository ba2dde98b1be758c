"""Full and short references: the authors, title, container, imprint and pages of one
citation, whether a footnote prints it (``J. Arch Getty, Origins of the Great Purges (Cambridge,
1985), 12``) or a bibliography (``Getty, J. Arch, Origins…``), and author-page references
(``Getty 1985, p. 12``)."""

from __future__ import annotations

import re

from purgehist.formats.text.author_lists import read_authors
from purgehist.formats.text.citation_parts import (
    CUE_PREFIX,
    LOCATOR,
    MONTHS,
    PAGE_PREFIX,
    PAGES,
    QUOTES_OPEN,
    CitationKind,
    ParsedCitation,
    drop_series,
    read_imprint,
    split_outside,
    take_quoted,
    take_volume,
)
from purgehist.formats.text.entries import edited_title, read_journal, split_editors
from purgehist.formats.text.person_names import looks_like_names, parse_name
from purgehist.model import parse_locator
from purgehist.names import PARTICLES, PersonName

__all__ = ["INITIALS", "parse_reference", "short_form", "split_names", "take_locator"]

_DIRECTED = re.compile(r"^(?:sous\s+la\s+dir(?:ection|\.)?\s+de|dir\.)\s+(?=[A-ZÀ-Ý])", re.I)
_CAPITAL_HEAD = re.compile(r"^(?:(?:de|d’|d'|le|la|van|von)\s*)?[A-ZÀ-Ý]{2,}[\s-]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_ACCESSED = re.compile(
    r"(?:\(|,|\.)?\s*(?:laatst\s+)?(?:geraadpleegd|bezocht|accessed|consulted|last\s+visited|"
    r"abgerufen|zuletzt\s+abgerufen|consulté)\b.*$",
    re.IGNORECASE,
)
# "1017–49, at 1022", "S. 655–674, hier S. 661", "p. 43-295, ici p. 218": the range is the
# article's, the page after the cue is the one cited.
_PINPOINT = re.compile(
    r"[,;]?\s+(?:at|here|esp\.|especially|hier|hier\s+bes\.|bes\.|insbes\.|ici|"
    r"notamment|surtout|vooral|aldaar|i\.\s?h\.\s?b\.)\s+"
    rf"(?P<pin>(?:{PAGE_PREFIX}\s*)?{PAGES})\s*[.;]?\s*$"
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


def take_locator(text: str) -> tuple[str, str | None]:
    """``(text before, pages cited)`` when *text* ends in the pages cited, else ``(text, None)``:
    not a year (``…, 1985``) nor a journal's volume (``Review 45``)."""
    stripped = text.rstrip()
    match = LOCATOR.search(stripped)
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
    if _MONTH.search(before):
        return text, None  # "interview by the author, August 26, 1988": a date, not pages
    chapter = _CHAPTER_WORD.search(before)
    if chapter is not None and re.fullmatch(r"\d+", loc):
        # "…, 1923), chap. 11": the chapter cited, with its unit
        return before[: chapter.start()].rstrip(" ,:"), f"{chapter['word']} {loc}"
    if re.fullmatch(r"\d+", loc) and volume_like:
        return text, None  # "Review 45" ends a container with its volume, not a page
    return before.rstrip(" ,:"), loc


_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Januar|Februar|März|Juni|Juli|"
    r"Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)\.?$"
)
_CHAPTER_WORD = re.compile(r"(?:^|[,)]\s*)(?P<word>chap\.|ch\.|chapter|Kap\.|Kapitel)$")


def _plain_range(text: str) -> str:
    """``pp. 1017–49`` → ``1017-1049``."""
    return parse_locator(text).normalised


def _french_imprint(citation: ParsedCitation, text: str) -> str | None:
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


def _container(citation: ParsedCitation, text: str) -> None:
    text = re.sub(rf"\s*\d{{1,2}}\s+(?:{MONTHS})\b.*$", "", text, flags=re.IGNORECASE).strip(" ,.")
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
    chunks = split_outside(text, ",")
    if len(chunks) < 2 and ":" not in text:
        return None
    head = chunks[0].strip()
    rest_chunks = chunks[1:]
    colon = re.match(r"^([^:]{2,60}):\s+(.*)$", text)
    if colon and "," not in colon[1] and looks_like_names(colon[1]):
        names = split_names(colon[1], inverted=False)
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
    # (a list has one "and", before its last name: after "Peters and Simonson" a chunk with
    # "and" is a title, "Mass Communication and American Social Thought")
    while (
        len(rest_chunks) > 1
        and not _CONJOINED.search(head)
        and _CONJOINED.search(rest_chunks[0])
        and looks_like_names(rest_chunks[0])
        and not re.fullmatch(rf"\s*(?:{PAGE_PREFIX}\s*)?{PAGES}\s*\.?\s*", rest_chunks[1])
    ):
        head += ", " + rest_chunks.pop(0).strip()
    return split_names(head.replace(",", " and"), inverted=False), ",".join(rest_chunks)


_CONJOINED = re.compile(r"\s(?:and|und|et|en|&)\s")
_ARTICLES = frozenset(
    {"the", "a", "an", "het", "een", "der", "die", "das", "les", "un", "une", "ein", "eine",
     "el", "il", "on", "in", "from", "of", "over", "uber", "über", "sur"}
)  # fmt: skip
INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?){1,3}$")
"""One to three initials: ``J.``, ``JA``, ``J.A.``."""


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
        return all(INITIALS.match(t) or t.lower() in PARTICLES for t in tokens)
    return all(
        INITIALS.match(t) or t.lower() in PARTICLES or re.match(r"^[A-ZÀ-Ý][\w’'\-.]*$", t)
        for t in tokens
    )


def _title_like(chunk: str) -> bool:
    words = chunk.split()
    if len(words) > 4 or re.search(r"[:(\d]", chunk):
        return True
    return chunk[:1] in QUOTES_OPEN


def split_names(text: str, *, inverted: bool) -> list[PersonName]:
    """The names of ``Getty and Naumov``, ``Junge / Binner``, ``X & Y``, each read in the order
    given (see :func:`~purgehist.formats.text.person_names.parse_name`)."""
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


def parse_reference(text: str, *, inverted: bool = False) -> ParsedCitation:
    """Read a full or short reference (a bibliography entry when *inverted*)."""
    printed = text.strip()
    citation = ParsedCitation(kind=CitationKind.SHORT, printed=printed)
    body = CUE_PREFIX.sub("", printed)
    url = _URL.search(body)
    if url:
        citation.url = url[0].rstrip(".,)")
        body = body[: url.start()] + " " + _ACCESSED.sub("", body[url.end() :])
    body = drop_series(_ACCESSED.sub("", body).strip().rstrip(" .;,"))
    pin = None if inverted else _PINPOINT.search(body)
    if pin is not None:
        body = body[: pin.start()]
    body, citation.locator = take_locator(body) if not inverted else (body, None)
    if pin is not None:
        if citation.locator:
            citation.pages = _plain_range(citation.locator)
        citation.locator = pin["pin"].strip()
    directed = _DIRECTED.match(body)
    if directed is not None:  # "Sous la direction de Nicolas Werth, Histoire du Goulag"
        body = body[directed.end() :]
        citation.editors = True
    german = None if inverted else read_authors(body)
    edited = None if inverted else edited_title(body)
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
    title, after = take_quoted(body)
    imprint = None
    for match in _IMPRINT_PAREN.finditer(after if title is not None else body):
        imprint = match
    if title is not None:
        citation.title, citation.quoted_title = title, True
        tail = after
        if imprint is not None:
            read_imprint(citation, imprint["body"])
            pages = tail[imprint.end() :].strip(" ,.:")
            tail = tail[: imprint.start()]
            if inverted and re.fullmatch(PAGES, pages or "-"):
                citation.pages = re.sub(r"\s+", "", pages).replace("–", "-").replace("—", "-")
            elif pages and not citation.locator and not inverted:
                citation.locator = pages
        elif not _IN.match(tail.strip(" ,.")) and read_journal(citation, tail):
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
            read_imprint(citation, imprint["body"])
            tail = body[imprint.end() :].strip(" ,.:")
            body = body[: imprint.start()]
            if inverted and tail and re.fullmatch(PAGES, tail):
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
            title, citation.authors = split_editors(title)
            citation.editors = bool(citation.authors)
        citation.title = take_volume(citation, title) or None
    if citation.year or citation.container:
        citation.kind = CitationKind.FULL
    if inverted and citation.title:
        citation.kind = CitationKind.FULL
    return citation


_SURNAME_WORD = (
    r"(?:(?:[vV]an|[vV]on|[dD]e|der|den|ten|ter|du|le|la)\s+)*[A-ZÀ-ÝА-Я][a-zß-ÿа-я’'-]+"
)
_SHORT_FORM = re.compile(
    rf"^(?:(?:.*?\s)?(?:by|of|from|to|see|in|cf\.|compare|bei|bij|zie|vgl\.|voir|chez|also|auch|ook)\s+)?"
    rf"(?P<names>{_SURNAME_WORD}(?:(?:,\s+|\s+(?:and|und|en|et|&)\s+){_SURNAME_WORD})*"
    rf"(?:\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.))?)(?![\w’'-])"
    rf"(?:\s+\(?(?P<year>(?:1[4-9]|20)\d\d)[a-z]?\)?)?\s*[,:]?\s*"
    rf"(?P<loc>(?:{PAGE_PREFIX}\s*)?{PAGES})\s*\.?$"
)
_NOT_AUTHORS = frozenset(
    {"chapter", "chapters", "kapitel", "hoofdstuk", "chapitre", "vol", "volume", "band", "deel",
     "no", "nr", "order", "table", "figure", "page", "pages", "part", "teil", "note", "notes",
     "anm", "see", "cf", "compare", "ibid", "ibidem", "idem", "ebd", "ebenda", "prikaz",
     "fond", "opis", "delo", "article", "artikel", "paragraph", "section", "appendix", "bijlage",
     "anhang", "tome", "livre", "book", "vgl", "zie", "voir"}
)  # fmt: skip


def short_form(text: str) -> ParsedCitation | None:
    """An author-page or author-date reference (``Harris 149-150``, ``Shearer, p. 299``,
    ``Getty and Naumov 1999, p. 12``, ``Khlevniuk 2009: 45``), possibly after a lead-in
    (``see``, ``vgl.``, ``zie``): the authors, the year and the pages, without a title."""
    match = _SHORT_FORM.match(text.strip())
    if match is None:
        return None
    loc = match["loc"].strip()
    if match["year"] is None and re.fullmatch(r"(?:1[4-9]|20)\d\d", loc):
        return None  # "in Moscow 1937": a year, not a page
    if not re.search(r"\d", loc) and not re.match(PAGE_PREFIX, loc):
        return None  # a bare roman numeral may be the end of a word
    names = re.split(r",\s+|\s+(?:and|und|en|et|&)\s+", match["names"])
    names = [re.sub(r"\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.)$", "", n) for n in names]
    if any(n.split()[-1].casefold().strip(".") in _NOT_AUTHORS for n in names):
        return None
    return ParsedCitation(
        kind=CitationKind.FULL,
        printed=text.strip(),
        authors=[PersonName(surname=n) for n in names],
        year=match["year"],
        locator=loc,
    )
