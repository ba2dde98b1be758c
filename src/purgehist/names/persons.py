"""Printed personal names: the family name, its particles and a comparison key.

These are the helpers the text parser and :mod:`purgehist.formats.author_index` use for
authors; names across transliterations build on them in :mod:`purgehist.names`.
"""

from __future__ import annotations

import re
import unicodedata

from attrs import frozen

__all__ = ["PARTICLES", "PersonName", "name_key", "surname"]

PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "du", "la", "le", "ten", "ter", "di", "da", "del", "dos",
     "zu", "vom", "het", "'t", "d'", "des", "af", "al"}
)  # fmt: skip
"""Name particles that are not the family name itself (``van`` Goudoever, ``von`` Hagen)."""


def name_key(name: str) -> str:
    """A comparison key: lower case, no diacritics, letters only (``'Brzeziński'`` →
    ``'brzezinski'``)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if c.isalpha() and not unicodedata.combining(c))


@frozen
class PersonName:
    """A person's name split into surname (with its particles) and given names.

    >>> name = PersonName(surname="van Goudoever", given="A. P.")
    >>> name.natural, name.inverted, name.key, name.initial
    ('A. P. van Goudoever', 'van Goudoever, A. P.', 'goudoever', 'a')
    """

    surname: str
    given: str = ""

    @property
    def key(self) -> str:
        """The family name without particles, folded by :func:`name_key`: what spellings of one
        person share."""
        words = [w for w in self.surname.split() if w.lower() not in PARTICLES]
        return name_key(words[-1] if words else self.surname)

    @property
    def initial(self) -> str:
        """The first given initial, folded (``''`` when unknown)."""
        return name_key(self.given)[:1]

    @property
    def natural(self) -> str:
        """``J. Arch Getty``."""
        return f"{self.given} {self.surname}".strip()

    @property
    def inverted(self) -> str:
        """``Getty, J. Arch``."""
        return f"{self.surname}, {self.given}" if self.given else self.surname


def surname(name: str) -> str:
    """The family name of a printed personal name: ``'Getty, J. Arch'`` and ``'J. Arch Getty'``
    both give ``'Getty'``; ``'A. P. van Goudoever'`` gives ``'Goudoever'``."""
    if "," in name:
        return name.split(",", 1)[0].strip()
    tokens = [t for t in re.split(r"[\s.]+", name.strip()) if t]
    while len(tokens) > 1 and tokens[-1].lower() in {"jr", "sr", "ii", "iii"}:
        tokens.pop()
    for token in reversed(tokens):
        if token.lower() not in PARTICLES:
            return token
    return tokens[-1] if tokens else name
