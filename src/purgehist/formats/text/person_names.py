"""Personal names as citations print them: telling them from other words, and reading them in
either order (``J. Arch Getty``, ``Getty, J. Arch``)."""

from __future__ import annotations

import re

from purgehist.formats.text.citation_parts import UPPER
from purgehist.names import PARTICLES, PersonName

__all__ = ["looks_like_names", "parse_name"]

_UP = UPPER  # Latin Extended-A holds Čulo's Č and Łukasz's Ł
_NAME_TOKEN = re.compile(rf"^(?:[{_UP}]\.?|[{_UP}][\w'’\-]*\.?|(?:[A-Z]\.){{1,3}}[A-Za-z]*)$")


def _tokens(text: str) -> list[str]:
    text = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", text)  # J.Arch → J. Arch
    return [t for t in re.split(r"\s+", text.strip()) if t]


def looks_like_names(text: str, *, max_tokens: int = 6) -> bool:
    """Whether *text* is made of name words: capitalised words, initials, particles."""
    parts = re.split(r"\s*(?:&|\band\b|\ben\b|\bund\b|\bet\b|/)\s*", text.strip())
    if not parts or not all(parts):
        return False
    for part in parts:
        tokens = _tokens(part.replace(",", " "))
        if not 1 <= len(tokens) <= max_tokens:
            return False
        if not any(len(t.strip(".")) >= 2 and t[:1].isupper() for t in tokens):
            return False
        for token in tokens:
            if token.lower() in PARTICLES:
                continue
            if not _NAME_TOKEN.match(token):
                return False
    return True


def parse_name(text: str, *, inverted: bool = False) -> PersonName:
    """Read ``J. Arch Getty`` (natural order) or ``Getty, J. Arch`` (*inverted*)."""
    text = text.strip().strip(",;")
    if inverted or "," in text:
        surname, _, given = text.partition(",")
        given = " ".join(_tokens(given.replace(",", " ")))
        words = given.split()
        tail: list[str] = []
        while words and words[-1].lower() in PARTICLES:
            tail.insert(0, words.pop())
        if tail:
            return PersonName(surname=" ".join([*tail, surname.strip()]), given=" ".join(words))
        return PersonName(surname=surname.strip(), given=given)
    tokens = _tokens(text)
    if not tokens:
        return PersonName(surname=text)
    last = [tokens.pop()]
    while tokens and tokens[-1].lower() in PARTICLES:
        last.insert(0, tokens.pop())
    return PersonName(surname=" ".join(last), given=" ".join(tokens))
