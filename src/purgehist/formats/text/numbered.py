"""Numbered citations (IEEE, Vancouver, ACM): a references list whose entries are numbered
(``[48] H. Wickham. A layered grammar of graphics. Journal …, 19(1):3–28, 2010.``,
``48. Wickham H. A layered grammar …``) and the bracketed numbers that cite them (``[48]``,
``[3, 7]``, ``[12–14]``, ``[5, p. 33]``).

Superscript numbers are not read as citations: in running text they are note markers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from purgehist.formats.text.citation_parts import (
    PARTICLE_BEFORE,
    UPPER,
    CitationKind,
    ParsedCitation,
)
from purgehist.formats.text.text_buffer import TextBuffer
from purgehist.names import PARTICLES, PersonName

__all__ = [
    "entry_number",
    "numbered_citations",
    "numbered_list",
    "numbered_spans",
    "read_numbered_entry",
]

_NUMBER = re.compile(r"^\s*(?:\[(?P<bracketed>\d{1,4})\]|(?P<dotted>\d{1,4})\.)\s+(?=\S)")
_LIST_SHARE = 0.8
_MIN_ENTRIES = 3


def entry_number(text: str) -> int | None:
    """The number that opens a references list's entry (``[48] …``, ``48. …``), if any."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    return int(match["bracketed"] or match["dotted"])


def numbered_list(numbers: Sequence[int | None]) -> bool:
    """Whether entries opening with *numbers* (``None``: no number) make a numbered list:
    nearly all numbered, and nearly every number one more than the one before."""
    given = [n for n in numbers if n is not None]
    if len(given) < _MIN_ENTRIES or len(given) < _LIST_SHARE * len(numbers):
        return False
    steps = sum(1 for a, b in itertools.pairwise(given) if b == a + 1)
    return steps >= _LIST_SHARE * (len(given) - 1)


# --- the entries ---------------------------------------------------------------------------

_UP = UPPER
_YEAR = r"(?:1[5-9]|20)\d\d"
# hyperref's back-references close an entry with the pages that cite it ("… 2010. 1, 3, 8")
_BACKREFS = re.compile(r"(?<=[.\d/])\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")
_DOI = re.compile(r"[.,]?\s*\bdoi:\s*\S.*$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+")
# IEEE's quoted title opens after the names and a comma ("A. B. Smith, “Title,” Journal, …")
_QUOTE_OPENS = re.compile(r",\s*[\"“]")
_INITIAL = re.compile(rf"^[{_UP}](?:\.?-?[{_UP}a-z])?$|^[{_UP}]\.-[{_UP}a-z]$")
_SENTENCE = re.compile(r"(?<=\S)\.\s+")
_YEAR_ALONE = re.compile(rf"^(?P<year>{_YEAR})[a-z]?\.\s+")
_YEAR_IN = re.compile(rf"(?<![\d.])(?P<year>{_YEAR})[a-z]?(?![\d]|\.\d)")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_ET_AL = re.compile(r",?\s+et\s+al\.?$")
_VANCOUVER = re.compile(rf"^(?P<surname>.+?)\s+(?P<given>[{_UP}]{{1,3}})$")
_VANCOUVER_OPENS = re.compile(rf"^[{_UP}][\w'’-]+(?:\s[\w'’-]+)*?\s[{_UP}]{{1,3}}[,.]\s")
_INVERTED = re.compile(rf"^(?:{PARTICLE_BEFORE})*[{_UP}][\w'’-]+,\s")
_IN = re.compile(r"^In:?\s+")
_PAGES = re.compile(r"(?::|\bpp?\.\s*)(?P<pages>[\d:]*\d+\s*[-–—]\s*[\d:]*\d+)")
_JOURNAL = re.compile(
    r"^(?P<container>[^,;]+?)[,;]\s*(?:vol\.\s*)?(?P<volume>\d+)\s*\((?P<issue>[^()]+)\)"
)
_CONTAINER_END = re.compile(r"[,.;]\s+")


def _authors_end(text: str) -> int:
    """Where the author part ends: at the first full stop after a word that is no initial
    (Vancouver's initials, after the surname, take no full stops: the first one ends it)."""
    if _VANCOUVER_OPENS.match(text):
        stop = _SENTENCE.search(text)
        return stop.start() if stop else -1
    for stop in _SENTENCE.finditer(text):
        end = stop.start()
        start = max(text.rfind(" ", 0, end), text.rfind(",", 0, end)) + 1
        if not _INITIAL.match(text[start:end]):
            return end
    return -1


def _name(chunk: str) -> PersonName | None:
    chunk = chunk.strip(" ,.")
    if not chunk or not re.match(rf"[{_UP}]", chunk):
        return None
    vancouver = _VANCOUVER.match(chunk)
    if vancouver and not re.search(r"\.", chunk):
        return PersonName(surname=vancouver["surname"], given=vancouver["given"])
    tokens = chunk.split()
    if len(tokens) == 1:
        return PersonName(surname=tokens[0])
    start = len(tokens) - 1
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower() in PARTICLES:
            start = k
            break
    return PersonName(surname=" ".join(tokens[start:]), given=" ".join(tokens[:start]))


def _names(text: str) -> tuple[list[PersonName], bool]:
    et_al = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", text)
    names = [_name(chunk) for chunk in _NAME_SPLIT.split(text)]
    return [n for n in names if n is not None], et_al


def _container(citation: ParsedCitation, rest: str) -> None:
    if not rest:
        return
    in_book = _IN.match(rest)
    if in_book is not None:
        rest = rest[in_book.end() :]
        citation.in_book = True
    journal = _JOURNAL.match(rest)
    if journal is not None:
        citation.container = journal["container"].strip()
        citation.volume, citation.issue = journal["volume"], journal["issue"].strip()
        citation.quoted_title = True  # the title is an article's, within its journal
    elif in_book is not None:
        citation.container = _CONTAINER_END.split(rest, maxsplit=1)[0].strip()
    pages = _PAGES.search(rest)
    if pages is not None:
        citation.pages = pages["pages"].replace(" ", "")


def _quoted(body: str) -> tuple[str, str, str] | None:
    """(authors, title, rest) of an entry whose title is quoted after the names and a comma.

    The title runs to the next closing quote; looked for with ``find`` rather than a lazy
    pattern, which would rescan the rest of the entry from every opening quote."""
    for opening in _QUOTE_OPENS.finditer(body):
        start = opening.end()
        ends = [at for at in (body.find('"', start), body.find("”", start)) if at >= 0]
        if not ends:
            return None  # no closing quote after this opening, nor after any later one
        end = min(ends)
        if end > start:
            rest = body[end + 1 :].removeprefix(",").lstrip()
            return body[: opening.start()], body[start:end], rest
    return None


def read_numbered_entry(text: str) -> ParsedCitation | None:
    """An entry of a numbered references list, its number left out: ``H. Wickham. Title.
    Journal, 19(1):3–28, 2010.`` (IEEE as LaTeX sets it, ACM with the year after the names),
    ``A. Author, "Title," Journal, vol. 3, …`` (IEEE) or ``Wickham H. Title. Journal. 2010;…``
    (Vancouver); ``None`` when no authors and title can be told apart."""
    # runs of spaces (a layout's column padding) mean nothing, and would make the patterns
    # backtrack through them
    text = " ".join(text.split())
    numberless = _NUMBER.sub("", text, count=1)
    if _INVERTED.match(numberless):
        return None  # "Getty, J. Arch. Origins …": a bibliography's entry, numbered or not
    body = _BACKREFS.sub("", numberless)
    body = _DOI.sub("", body)
    url = _URL.search(body)
    body = _URL.sub("", body).strip()
    quoted = _quoted(body)
    dated: re.Match[str] | None = None
    if quoted is not None:
        authors_text, title, rest = quoted
    else:
        end = _authors_end(body)
        if end <= 0:
            return None
        authors_text, rest = body[:end], body[end + 1 :].lstrip()
        dated = _YEAR_ALONE.match(rest)
        if dated is not None:
            rest = rest[dated.end() :]
        stop = _SENTENCE.search(rest)
        title, rest = (rest[: stop.start()], rest[stop.end() :]) if stop else (rest, "")
    authors, et_al = _names(authors_text)
    title = title.strip(" ,.")
    if not authors or not title:
        return None
    citation = ParsedCitation(
        kind=CitationKind.FULL, printed=text.strip(), authors=authors, title=title, et_al=et_al
    )
    _container(citation, rest.strip(" ,."))
    years = list(_YEAR_IN.finditer(rest))
    citation.year = dated["year"] if dated else years[-1]["year"] if years else None
    citation.url = url.group(0).rstrip(".,") if url else None
    return citation


# --- the citations -------------------------------------------------------------------------

_BRACKET = re.compile(r"\[(?P<body>\d[^\[\]]{0,80})\]")
_ITEM = re.compile(r"^(?P<first>\d{1,4})(?:\s*[-–—]\s*(?P<last>\d{1,4}))?$")
_LOCATOR = re.compile(
    r"^(?:pp?\.|p|pages?|ch\.|chap\.|chapter|sec\.|section|§|fig\.|table|col\.)\s*\S.*$",
    re.IGNORECASE,
)
_PAGE_PREFIX = re.compile(r"^(?:pp?\.|pages?)\s*", re.IGNORECASE)
_MAX_RANGE = 30


def _bracket(body: str, known: Callable[[int], bool]) -> list[tuple[int, str | None]] | None:
    """The numbers and locators of one bracket, or ``None`` when it is not a citation (a
    number of no entry, or text that is neither a number nor a locator)."""
    cited: list[tuple[int, str | None]] = []
    for item in re.split(r"\s*[,;]\s*", body.strip()):
        number = _ITEM.match(item)
        if number is not None:
            first = int(number["first"])
            last = int(number["last"] or first)
            if not first <= last <= first + _MAX_RANGE:
                return None
            cited.extend((n, None) for n in range(first, last + 1))
        elif cited and _LOCATOR.match(item) and cited[-1][1] is None:
            cited[-1] = (cited[-1][0], _PAGE_PREFIX.sub("", item))
        else:
            return None
    if not cited or not all(known(n) for n, _ in cited):
        return None
    return cited


def numbered_spans(
    text: str, known: Callable[[int], bool]
) -> list[tuple[int, int, list[ParsedCitation]]]:
    """Where *text* has bracketed numbers that cite entries of the numbered references list
    (start, end), *known* telling which numbers it has, and the citations of each, with the
    pages given (``[5, p. 33]``)."""
    spans: list[tuple[int, int, list[ParsedCitation]]] = []
    for match in _BRACKET.finditer(text):
        cited = [
            ParsedCitation(
                kind=CitationKind.NUMBERED, printed=match.group(0), locator=locator, number=number
            )
            for number, locator in _bracket(match["body"], known) or ()
        ]
        if cited:
            spans.append((match.start(), match.end(), cited))
    return spans


def numbered_citations(text: str, known: Callable[[int], bool]) -> list[ParsedCitation]:
    """The citations of the bracketed numbers of *text* (see :func:`numbered_spans`)."""
    return [c for _, _, cited in numbered_spans(text, known) for c in cited]


def with_numbered(
    text: str,
    spans: list[tuple[int, int, list[ParsedCitation]]],
    read_rest: Callable[[str], list[ParsedCitation]],
) -> list[ParsedCitation]:
    """The citations of a note with bracketed numbers (*spans*, from :func:`numbered_spans`):
    theirs, and those *read_rest* finds in the rest of the note read with the brackets left out
    (``Getty, Origins (1985), 12; see also [6].``), in the order the note gives them."""
    rest = TextBuffer()
    at: list[tuple[int, list[ParsedCitation]]] = []
    last = 0
    for start, end, cited in spans:
        before = text[last:start]
        if before.endswith(" ") and (end == len(text) or text[end] in " ,.;:)"):
            before = before[:-1]  # "Wickham [48], for" reads "Wickham, for"
        rest.add(before)
        at.append((rest.size, cited))
        last = end
    rest.add(text[last:])
    masked = rest.value()
    others = [c for c in read_rest(masked) if c.kind != CitationKind.COMMENT]
    placed: list[tuple[int, int, ParsedCitation]] = []
    cursor = 0  # the others come in the note's order: the same text twice is two places
    for citation in others:
        where = masked.find(citation.printed, cursor) if citation.printed else -1
        if where >= 0:
            cursor = where + len(citation.printed)
        placed.append((where, 1, citation))
    placed += [(offset, 0, c) for offset, cited in at for c in cited]
    placed.sort(key=lambda item: (len(masked) if item[0] < 0 else item[0], item[1]))
    return [c for _, _, c in placed]
