"""Web citations without an author: ``Stadtchronik, in: Wikipedia, 05.09.2018. Online:
<https://…>``, ``Digitale Sammlung, <https://…>, Stand: 06.08.2020``, ``“Port records”,
https://…, accessed 2 May 2019``. The title is what precedes the address, the site follows
``in:``, the date is the date of the page or of access."""

from __future__ import annotations

import re

from purgehist.formats.text.citation_parts import QUOTES_OPEN, CitationKind, ParsedCitation

__all__ = ["read_web"]

_URL = re.compile(r"<?(?P<url>(?:https?://|www\.)[^\s<>]+?)>?(?=[\s,;.]*(?:\s|$))")
_LEAD = re.compile(
    r"[\s,.:;]*(?:Online|URL|Internet|Abrufbar\s+unter|abgerufen\s+unter|unter|available\s+at|"
    r"at|en\s+ligne|consulté\s+sur)?\s*:?\s*$",
    re.IGNORECASE,
)
_AUTHORED = re.compile(r"^[A-ZÀ-Ý][\w'’-]+,\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)?\s*[:(]")
_IN = re.compile(r",?\s*\b[Ii]n:\s*(?P<site>[^,.]+)")
_DATE = re.compile(r"\b(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\s+\w+\s+)?(?P<year>(?:19|20)\d\d)\b")


def read_web(text: str) -> ParsedCitation | None:
    """A web page cited without an author, else ``None`` (no address, or an author first:
    the other readers take those)."""
    found = _URL.search(text)
    if found is None:
        return None
    head = _LEAD.sub("", text[: found.start()]).strip(" ,.;:")
    if not head or _AUTHORED.match(head):
        return None
    site = _IN.search(head)
    title_part = head[: site.start()] if site else head
    title = re.split(r",\s+|\.\s+(?=[A-ZÀ-Ý])", title_part, maxsplit=1)[0]
    title = title.strip(" ,.;:" + QUOTES_OPEN + "’”»")
    if not title or len(title.split()) > 20:
        return None
    date = _DATE.search(text)
    return ParsedCitation(
        kind=CitationKind.FULL,
        printed=text.strip(),
        title=title,
        container=site["site"].strip() if site else None,
        url=found["url"],
        year=date["year"] if date else None,
        date_text=date[0] if date else None,
    )
