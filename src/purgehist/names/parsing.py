"""A printed personal name split into surname and given names, in any order.

Handles the forms catalogues and texts print: ``Nikolai Ivanovich Yezhov``, ``Yezhov, N. I.``,
``Ежов Н. И.`` and ``Ежов Николай Иванович`` (Russian order without a comma, recognised by
the trailing initials or patronymic), Library of Congress headings with dates and a
parenthesis that spells out the initials (``Ezhov, N. I. (Nikolaĭ Ivanovich), 1895-1940``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from attrs import frozen

from purgehist.names.persons import PARTICLES, name_key

__all__ = ["NameParts", "is_initial", "parse_name"]

_DATES = re.compile(r"\b(?:b\.|d\.|ca\.|fl\.)?\s*\d{3,4}\??(?:\s*[-–]\s*(?:\d{2,4}\??)?)?")
_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_TOKEN = re.compile(r"[^.\s]+\.?")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
_PATRONYMIC = re.compile(
    r"(?:vi?t?s?c?h|vitsj|vic|witsch|ich|itch|itsch|itsj|ic|vna|wna|i?t?s?ch?na|itsjna|icna"
    r"|вич|вна|ич|ична|чна)$"
)


def is_initial(token: str) -> bool:
    """Whether *token* is an initial or a short abbreviation (``N.``, ``Zh.``, ``Sch.``, ``S``)."""
    letters = name_key(token)
    return len(letters) == 1 or (token.endswith(".") and len(letters) <= 4)


def _is_patronymic(token: str) -> bool:
    return not is_initial(token) and bool(_PATRONYMIC.search(name_key(token)))


@frozen
class NameParts:
    """A personal name: the surname and the given names (first name, patronymic or middle
    names, initials), in their order."""

    text: str
    """The name as printed."""
    surname: str
    """The family name with its particles (``van Goudoever``, ``Ежов``)."""
    given: tuple[str, ...] = ()
    """Given names and initials in order: ``("Nikolai", "I.")``."""

    @property
    def family(self) -> str:
        """The surname without particles: the word spellings of one person share."""
        words = [w for w in self.surname.split() if w.lower() not in PARTICLES]
        return "-".join(words) if words else self.surname


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if name_key(t) and name_key(t) not in _SUFFIXES]


def _natural(tokens: list[str]) -> tuple[str, list[str]]:
    """Surname last, with the particles before it (``A. P. van Goudoever``)."""
    end = len(tokens) - 1
    start = end
    while start > 1 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(tokens[start:]), tokens[:start]


def _split(tokens: list[str]) -> tuple[str, list[str]]:
    """Surname and given names of a name printed without a comma."""
    if len(tokens) < 2:
        return (tokens[0] if tokens else ""), []
    first, rest = tokens[0], tokens[1:]
    surname_first = (not is_initial(first) and all(is_initial(t) for t in rest)) or (
        len(tokens) == 3
        and not any(is_initial(t) for t in tokens)
        and _is_patronymic(tokens[2])
        and not _is_patronymic(tokens[1])
    )
    return (first, rest) if surname_first else _natural(tokens)


@lru_cache(maxsize=1 << 14)
def parse_name(text: str) -> NameParts:
    """Split a printed personal name.

    >>> parse_name("Ezhov, N. I. (Nikolaĭ Ivanovich), 1895-1940").given
    ('Nikolaĭ', 'Ivanovich')
    >>> parse_name("Ежов Н. И."), parse_name("Сталин Иосиф Виссарионович").surname
    (NameParts(text='Ежов Н. И.', surname='Ежов', given=('Н.', 'И.')), 'Сталин')
    """
    spelled = [p for p in _PARENTHESIS.findall(text) if re.search(r"[^\W\d_]", p)]
    clean = _DATES.sub(" ", _PARENTHESIS.sub(" ", text))
    if "," in clean:
        parts = [p.strip() for p in clean.split(",")]
        surname = parts[0]
        given = _tokens(next((p for p in parts[1:] if name_key(p)), ""))
    else:
        surname, given = _split(_tokens(clean))
    if spelled and all(is_initial(t) for t in given):
        given = _tokens(spelled[0]) or given
    return NameParts(text=text, surname=surname.strip(" .;"), given=tuple(given))
