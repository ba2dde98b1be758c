"""Law cases cited in notes, as legal citation styles print them: the parties' names, the year
and the law report, then the page or paragraph cited (OSCOLA ``Donoghue v Stevenson [1932] AC
562 (HL) 580``, ``R (Miller) v Secretary of State [2017] UKSC 5, [2018] AC 61 [23]``; Bluebook
``Brown v. Board of Education, 347 U.S. 483, 495 (1954)``). A case is a work cited by its name,
without authors."""

from __future__ import annotations

import re

from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation

__all__ = ["read_case"]

# a party: capitalised words, with the small words of company and official names
_PARTY = (
    r"[A-ZÀ-Ý][\w’'.&-]*(?:\s+(?:[A-ZÀ-Ý(][\w’'.&()-]*|"
    r"of|and|for|the|de|la|du|von|van|plc|ltd|ex|parte|in|on))*"
)
_NAME = rf"(?P<name>(?:Re\s+|R\s+\([^()]{{1,60}}\)\s+v\s+)?{_PARTY}(?:\s+v\.?\s+{_PARTY})?)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# "[1932] AC 562 (HL) 580", "(1998) 114 LQR 12, 14", "[2017] UKSC 5, [2018] AC 61 [23]"
_REPORT = (
    rf"[\[(](?P<year>{_YEAR})[\])]\s*(?:\d{{1,4}}\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,4}}\s+"
    r"(?P<first>\d{1,5})"
)
# the court in brackets, then the page or paragraph cited
_PIN = (
    r"(?:\s*\([A-Z][\w ]{0,20}\))?(?:,?\s+(?:at\s+)?"
    r"(?P<pin>\[\d{1,4}\](?:\s*[-–]\s*\[\d+\])?|\d+(?:\s*[-–]\s*\d+)?))?"
)
_OSCOLA = re.compile(
    rf"^{_NAME},?\s+(?:{_REPORT}{_PIN},\s*)*{_REPORT}{_PIN}\s*[.;]?$".replace("(?P<year>", "(?:")
    .replace("(?P<first>", "(?:")
    .replace("(?P<pin>", "(?:")
)
_OSCOLA_LAST = re.compile(rf"{_REPORT}{_PIN}\s*[.;]?$")
# "347 U.S. 483, 495 (1954)": volume, reporter, first page, pinpoint, then the year
_US = re.compile(
    rf"^{_NAME},\s+\d{{1,4}}\s+[A-Z][\w.]*(?:\s?[A-Z0-9][\w.]*){{0,3}}\s+(?P<first>\d{{1,5}})"
    rf"(?:,\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?))?\s*\((?:[^()]*\s)?(?P<year>{_YEAR})\)\s*[.;]?$"
)


def read_case(text: str) -> ParsedCitation | None:
    """The case *text* cites, with the page or paragraph cited, else ``None``: the parties
    must be named (``X v Y``, ``Re X``, ``R (X) v Y``)."""
    text = text.strip()
    us = _US.match(text)
    if us is not None and " v" in us["name"]:
        return _case(text, us["name"], us["year"], us["first"], us["pin"])
    whole = _OSCOLA.match(text)
    if whole is None:
        return None
    name = whole["name"]
    if not (" v " in name or " v. " in name or name.startswith("Re ")):
        return None
    # the first report's year is the decision's; the last report's page or paragraph is cited
    first = re.search(_REPORT, text[len(name) :])
    last = _OSCOLA_LAST.search(text)
    # the whole matched, so its reports do
    assert first is not None
    assert last is not None
    return _case(text, name, first["year"], last["first"], last["pin"])


def _case(text: str, name: str, year: str, first: str, pin: str | None) -> ParsedCitation:
    return ParsedCitation(
        kind=CitationKind.FULL,
        printed=text,
        title=name.strip(" ,"),
        year=year,
        pages=first,
        locator=pin,
    )
