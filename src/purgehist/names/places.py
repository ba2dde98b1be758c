"""Place names across transliterations: Yekaterinburg = Jekaterinburg = Ekaterinburg =
Екатеринбург, Nizhny Novgorod = Nischni Nowgorod = Нижний Новгород.

Each word of a place name is compared as a given name is (:func:`~.compare.token_agreement`,
through the readings of :mod:`purgehist.names.readings`), word by word; case, diacritics and
hyphens do not count. A name in another language (Ukrainian *Kharkiv* for Russian *Kharkov*,
German *Moskau*) is a name variant of the place, not a spelling, and is found only when the
place records it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from purgehist.model import Place
from purgehist.names.compare import NameAgreement, token_agreement
from purgehist.names.persons import name_key
from purgehist.names.readings import readings
from purgehist.names.systems import is_cyrillic

__all__ = ["PlaceMatcher", "same_place_name"]

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")
_PUNCTUATION = ".,;:()[]\"'«»„“”"
_UKRAINIAN = str.maketrans({"і": "и", "ї": "йи", "є": "е", "ґ": "г"})
"""Ukrainian letters as the Russian letters their Latin spellings read as (*Kyiv* ~ Київ)."""


def _words(name: str) -> tuple[str, ...]:
    """The words of a place name, without punctuation; Cyrillic ones in Russian letters."""
    words = (w.strip(_PUNCTUATION) for w in _SEPARATORS.split(name.strip()))
    return tuple(_russian(w) for w in words if w)


def _russian(word: str) -> str:
    return word.lower().translate(_UKRAINIAN) if is_cyrillic(word) else word


def _literal(word: str) -> str:
    """A word folded letter for letter (digits kept: *Lagpunkt 5*)."""
    return name_key(word) or word.casefold()


def _same_word(x: str, y: str) -> bool:
    if _literal(x) == _literal(y):
        return True
    return token_agreement(x, y) is NameAgreement.AGREE


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


def _spelled_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return [_literal(x) for x in a] == [_literal(y) for y in b]


def same_place_name(a: str, b: str) -> bool:
    """Whether two printed place names can be one name: word by word, each pair read as one
    Cyrillic word in some system.

    >>> same_place_name("Nischni Nowgorod", "Нижний Новгород")
    True
    >>> same_place_name("Omsk", "Tomsk")
    False
    """
    words_a, words_b = _words(a), _words(b)
    return bool(words_a) and _same_words(words_a, words_b)


def _keys(word: str) -> set[str]:
    """The index keys of a name's first word: its readings' keys and its literal form."""
    return {r.key for r in readings(word)} | {"=" + _literal(word)}


class PlaceMatcher:
    """Find the place a printed name refers to, among places indexed under all their names
    (the preferred name and every variant, whatever its date: *Sverdlovsk* and
    *Jekaterinburg* both find the city).

    Names are indexed under the keys of their first word, so that a query compares only the
    names found there.
    """

    def __init__(self, places: Iterable[Place] = ()) -> None:
        self._by_key: dict[tuple[int, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        self._order: dict[str, int] = {}
        for place in places:
            self.add(place)

    def add(self, place: Place) -> None:
        """Index *place* under all its names."""
        self._order.setdefault(place.id, len(self._order))
        for name in place.all_names():
            words = _words(name)
            if not words:
                continue
            for key in _keys(words[0]):
                self._by_key[len(words), key].append((place.id, words))

    def candidates(self, name: str) -> tuple[str, ...]:
        """The ids of the places *name* can be, in the order they were indexed. Places with a
        name spelled as asked (case and diacritics aside) outrank those whose name is another
        transliteration, and come alone.

        >>> from purgehist import NameVariant, Place
        >>> matcher = PlaceMatcher([
        ...     Place(id="ekb", name="Yekaterinburg", variants=[
        ...         NameVariant(name="Sverdlovsk", date="1924/1991")]),
        ...     Place(id="tomsk", name="Томск"),
        ... ])
        >>> [matcher.candidates(name) for name in ("Swerdlowsk", "Tomsk", "Omsk")]
        [('ekb',), ('tomsk',), ()]
        """
        words = _words(name)
        if not words:
            return ()
        seen: set[tuple[str, tuple[str, ...]]] = set()
        found: dict[str, bool] = {}
        for key in _keys(words[0]):
            for entry in self._by_key.get((len(words), key), ()):
                if entry in seen:
                    continue
                seen.add(entry)
                place_id, indexed = entry
                if _same_words(words, indexed):
                    found[place_id] = found.get(place_id, False) or _spelled_alike(words, indexed)
        exact = [p for p, literal in found.items() if literal]
        return tuple(sorted(exact or found, key=self._order.__getitem__))

    def match(self, name: str) -> str | None:
        """The id of the one place *name* refers to, or ``None`` when none or several fit."""
        found = self.candidates(name)
        return found[0] if len(found) == 1 else None
