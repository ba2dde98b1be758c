"""Back-references in a note: ``Ibid.``, ``Idem`` and ``Ders.`` (the previous note's work or
authors), and ``op. cit.``, ``loc. cit.``, ``a.a.O.`` after an author's name (a work cited
before)."""

from __future__ import annotations

import re

from purgehist.formats.text.citation_parts import (
    PAGE_PREFIX,
    PAGES,
    QUOTES_OPEN,
    CitationKind,
    ParsedCitation,
    split_outside,
)
from purgehist.formats.text.person_names import looks_like_names
from purgehist.formats.text.references import INITIALS, parse_reference, split_names

__all__ = ["BACKREF", "OPCIT", "read_back_reference"]

BACKREF = re.compile(
    r"^(?P<word>ibid(?:em)?\.?|ib\.|ebd\.?|ebenda|eod\.(?:\s*loc\.)?|idem|id\.|eadem|ead\.|"
    r"ders\.|dies\.|dezelfde|[-—–]{2,}\.?|_{3,}\.?)"
    r"(?=$|[\s,.;:])[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "art. cit.", "art. cité", "ouvr. cité", "ouv. cit.", "ouvrage cité": the French op. cit.
_CITED = r"(?:art\.|ouvr?\.|ouvrage|article)\s?cit(?:é|\.)"
OPCIT = re.compile(
    r"^(?P<author>.+?)[,\s]+(?P<word>op\.?\s*cit\.?|a\.\s?w\.?|a\.\s?a\.\s?O\.?|o\.\s?c\.|"
    rf"{_CITED}|"
    r"loc\.?\s*cit\.?|t\.\s?a\.\s?p\.?|l\.\s?c\.)(?P<title>[^,]*?)[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Ruesch and Bateson (op. cit., p. 39) have suggested …": the names in the prose, the
# back-reference and its pages in brackets
_OPCIT_BRACKETED = re.compile(
    r"^(?P<author>[^()]{2,80}?)\s*\((?P<word>op\.?\s*cit\.?|loc\.?\s*cit\.?|a\.\s?a\.\s?O\.?|"
    rf"{_CITED})(?P<title>)[\s,.:]*+(?P<rest>[^()]*+)\)"
)
# "Ders., a.a.O., S. 207", "Idem, op. cit., p. 12": the previous note's authors, their work
# cited last.
_SAME_AUTHOR = re.compile(
    r"^(?:ders\.|dies\.|idem|id\.|eadem|ead\.|dezelfde)[\s,]+"
    r"(?:op\.\s*cit\.?|a\.\s?a\.\s?O\.?|a\.\s?w\.?|t\.\s?a\.\s?p\.?|o\.\s?c\.|"
    rf"{_CITED})[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Id., Histoire de Lyon, op. cit., p. 5": the same author's work named before op. cit.
_IDEM_TITLE = re.compile(
    rf"^(?P<title>[^,]+(?:,[^,]+)*?),\s*(?:op\.\s*cit\.?|{_CITED})[\s,.:]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_AT_PAGES = re.compile(rf"at\s+(?P<pages>(?:{PAGE_PREFIX}\s*)?{PAGES}|[\[(]?\d[^()]*)")
_IBID_AFTER_IDEM = re.compile(r"^ib(?:id(?:em)?)?\.?(?=$|[\s,.;:])[\s,.:]*(?P<rest>.*)$", re.I)


def read_back_reference(core: str, printed: str) -> ParsedCitation | None:
    """*core*, one citation of a note printed as *printed*, read as a back-reference
    (``None`` when it is none)."""
    same = _SAME_AUTHOR.match(core)
    if same:
        return ParsedCitation(
            kind=CitationKind.OPCIT,
            printed=printed,
            locator=same["rest"].strip().rstrip(" .,") or None,
            same_author=True,
        )
    back = BACKREF.match(core)
    if back:
        word = back["word"].lower().rstrip(".")
        rest = back["rest"].strip().rstrip(".")
        # "Ders.: Titel", "---. Title": the previous note's authors, another work
        is_idem = word in {"idem", "id", "eadem", "ead", "ders", "dies", "dezelfde"} or (
            word[:1] in "-—–_"
        )
        citation = ParsedCitation(kind=CitationKind.IBID, printed=printed)
        again = _IBID_AFTER_IDEM.match(rest) if is_idem else None
        if again is not None:  # "Id., ibid., p. 12": the same work again
            rest = again["rest"]
            is_idem = False
        legal = _AT_PAGES.fullmatch(rest) if word == "id" else None
        if legal is not None:  # "Id. at 262": the legal ibid., the same work
            rest = legal["pages"]
            is_idem = False
        titled = _IDEM_TITLE.match(rest) if is_idem else None
        if titled is not None:
            return ParsedCitation(
                kind=CitationKind.OPCIT,
                printed=printed,
                title=titled["title"].strip(" ,." + QUOTES_OPEN + "’”»"),
                locator=titled["rest"].strip().rstrip(" .,") or None,
                same_author=True,
            )
        if is_idem and rest and not re.fullmatch(rf"(?:{PAGE_PREFIX}\s*)?{PAGES}", rest):
            sub = parse_reference("Idem, " + rest)
            at = rest.find(sub.title) if sub.title else -1
            if at > 0 and re.fullmatch(r"[^\W\d_][\w'’-]*\s*:\s*", rest[:at]):
                sub.title = rest[: at + len(sub.title or "")]  # "Stalin: A Biography"
            citation = sub
            citation.kind = CitationKind.IDEM
            citation.printed = printed
            citation.authors = []
            if sub.title is None and sub.locator is None:
                citation.title = rest
        else:
            citation.locator = rest or None
        return citation
    opcit = OPCIT.match(core) or _OPCIT_BRACKETED.match(core)
    names, short = _opcit_names(opcit["author"]) if opcit else ("", None)
    if opcit and looks_like_names(names):
        word = opcit["word"].lower().replace(" ", "")
        kind = CitationKind.LOCCIT if word.startswith(("loc", "t.a", "l.c")) else CitationKind.OPCIT
        rest = opcit["rest"].strip().rstrip(" .,")
        return ParsedCitation(
            kind=kind,
            printed=printed,
            authors=split_names(names, inverted=False),
            title=short,
            locator=rest or None,
        )
    return None


def _opcit_names(text: str) -> tuple[str, str | None]:
    """``Getty, Origins`` before ``op. cit.``: the author, and the short title naming one of
    the author's works (``Getty, J. A.`` is an author alone)."""
    chunks = [c.strip() for c in split_outside(text.strip(" ,"), ",")]
    if len(chunks) > 1 and not all(INITIALS.match(w) for w in " ".join(chunks[1:]).split()):
        title = ", ".join(chunks[1:]).strip(" ,." + QUOTES_OPEN + "’”»")
        return chunks[0], title or None
    return text.strip(" ,"), None
