"""Latin → Cyrillic: the Cyrillic names a spelling can stand for, and the key they share.

A Latin spelling does not say which system wrote it, and each system's letters are ambiguous
backwards (``e`` is е, э or ё; ``sch`` is ш or ж in German; ``ch`` is х, ч or ш). So every
system's table (:mod:`purgehist.names.systems`) is read backwards over the spelling, and the
candidates are compared through a *key* that drops what systems disagree on (е ё э, и й ы,
the soft and hard signs, the glide of iotated е, doubled letters): Ежов, Ežov, Ezhov, Yezhov,
Jeschow, Jezjov and Iejov all read ``ežov``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from attrs import frozen

from purgehist.names.conventions import CONVENTIONAL
from purgehist.names.persons import name_key
from purgehist.names.systems import HUSHING, SYSTEMS, is_cyrillic

__all__ = ["AS_WRITTEN", "CONVENTION", "CYRILLIC", "Reading", "coarse_key", "readings"]

CYRILLIC = "cyrillic"
"""The "system" of a name given in Cyrillic: it is its own reading."""
CONVENTION = "convention"
"""The "system" of a conventional form (Joseph for Иосиф, Blücher for Блюхер)."""
AS_WRITTEN = "as written"
"""The "system" of a spelling compared letter for letter (names from no Cyrillic original)."""

_COARSE = dict(zip("абвгдеёжзийклмнопрстуфхцчшыэ", "abvgdeežziiklmnoprstufxcčšie", strict=True))
_COARSE.update({"щ": "šč", "ъ": "'", "ь": "'", "ю": "iu", "я": "ia", "-": "-"})
_LIGATURES = str.maketrans("", "", "\u0361\ufe20\ufe21\u00b7")
_APOSTROPHES = str.maketrans(dict.fromkeys("ʹʼ’′`´‘", "'") | dict.fromkeys("ʺˮ”″“", '"'))

# Spellings no system's table produces, read everywhere: signs without a letter of their own,
# x for кс, and (traditional German, French and English) tz for ц and c, ck for к.
_EXTRA: dict[str, tuple[tuple[str, str], ...]] = {
    "'": (("ь", "after_consonant"), ("ъ", "after_consonant")),
    '"': (("ъ", "after_consonant"),),
    "-": (("-", ""),),
    "x": (("кс", ""),),
    "tz": (("ц", ""),),
    "c": (("к", ""),),
    "ck": (("к", ""),),
    "é": (("е", ""),),
    "è": (("е", ""),),
    "ê": (("е", ""),),
}
_ALL = (1 << len(SYSTEMS)) - 1


@frozen
class Reading:
    """One Cyrillic name a spelling can stand for."""

    cyrillic: str
    """A Cyrillic spelling (lower case) of the name, one of those that share :attr:`key`."""
    key: str
    """What the spellings of one name share (:func:`coarse_key`)."""
    systems: tuple[str, ...]
    """The systems under whose rules the spelling stands for this name (``cyrillic`` for a
    Cyrillic spelling, ``convention`` for a conventional form)."""


def coarse_key(cyrillic: str) -> str:
    """The key of a Cyrillic name: е ё э → ``e``; и й ы → ``i``; ь ъ a glide ``i`` before a
    vowel (ья as я) and nothing elsewhere; the glide of iotated е and doubled letters dropped
    (``Аллилуева`` → ``alilueva``, ``Зиновьев`` → ``zinovev``)."""
    return _finish(_unfinished(cyrillic.lower()))


def _unfinished(cyrillic: str) -> str:
    key = ""
    for char in cyrillic:
        key = _join(key, _COARSE.get(char, char))
    return key


def _join(key: str, more: str) -> str:
    """*key* followed by *more* (the key of a Cyrillic letter or group, itself normalised),
    normalised as they join: a sign (``'``) becomes ``i`` before a vowel, runs of one letter
    shrink to one, ``i`` before ``e`` goes."""
    if not more:
        return key
    last, first = key[-1:], more[0]
    if last != "'" and last != first and not (last == "i" and first == "e") and first != "'":
        return key + more
    for char in more:
        if key.endswith("'"):
            key = key[:-1] + ("i" if char in _VOWEL_KEYS else "")
        if char == "e" and key.endswith("i"):
            key = key[:-1]
        if not key.endswith(char):
            key += char
    return key


def _finish(key: str) -> str:
    return key.rstrip("'")


def _fold(text: str) -> str:
    """Lower case, NFC, without ligature ties or middle dots, every apostrophe as ``'``."""
    return unicodedata.normalize("NFC", text).lower().translate(_LIGATURES).translate(_APOSTROPHES)


_Option = tuple[str, str, str, int]  # Cyrillic, its key, condition, systems mask


def _reverse_table() -> dict[str, tuple[_Option, ...]]:
    merged: dict[str, dict[tuple[str, str], int]] = {}
    for bit, system in enumerate(SYSTEMS.values()):
        for cyrillic, latin, condition in system.rules():
            if latin := _fold(latin):
                options = merged.setdefault(latin, {})
                options[cyrillic, condition] = options.get((cyrillic, condition), 0) | 1 << bit
    for latin, extras in _EXTRA.items():
        for cyrillic, condition in extras:
            options = merged.setdefault(latin, {})
            options[cyrillic, condition] = options.get((cyrillic, condition), 0) | _ALL
    return {
        latin: tuple((cyr, _unfinished(cyr), cond, mask) for (cyr, cond), mask in options.items())
        for latin, options in merged.items()
    }


_TABLE = _reverse_table()
_LONGEST = max(map(len, _TABLE))
_BEAM = 96
_CODES = tuple(SYSTEMS)
_VOWEL_KEYS = frozenset("aeiou")
_HUSHING_KEYS = frozenset(_COARSE[c][-1] for c in HUSHING)
_LATIN_VOWELS = frozenset("aeiouyäëïöüéèêâîôûė")


def _allowed(condition: str, last: str, following: str) -> bool:
    """Whether a rule's condition holds after the key *last* and before the letter
    *following* (``""`` at the end of the word)."""
    if condition == "final":
        return not following
    after_consonant = bool(last) and last not in _VOWEL_KEYS and last != "-"
    if condition == "after_consonant":
        return after_consonant
    if condition == "soft":
        return after_consonant and following in _LATIN_VOWELS
    if condition == "after_hushing":
        return last in _HUSHING_KEYS
    return True


def _read_latin(word: str) -> dict[str, tuple[int, str, int]]:
    """Every key *word* reads as under some system: key → (systems mask, a Cyrillic name,
    the fewest pieces the word was read in), fewest pieces first.

    Left to right, each place keeps the readings of the word so far, one per key, with the
    systems that allow it; when there are too many, those made of the fewest pieces (the
    longest letter groups: ``sch`` as ш rather than с + х) are kept."""
    size = len(word)
    states: list[dict[str, tuple[int, str, int]]] = [{} for _ in range(size + 1)]
    states[0][""] = (_ALL, "", 0)
    for start in range(size):
        here = states[start]
        if len(here) > _BEAM:
            here = dict(sorted(here.items(), key=lambda item: item[1][2])[:_BEAM])
        for length in range(min(_LONGEST, size - start), 0, -1):
            options = _TABLE.get(word[start : start + length])
            if not options:
                continue
            end = start + length
            there = states[end]
            following = word[end : end + 1]
            for raw, (mask, cyrillic, pieces) in here.items():
                last = raw[-1:]
                for cyr, key, condition, systems in options:
                    both = mask & systems
                    if not both or (condition and not _allowed(condition, last, following)):
                        continue
                    grown = _join(raw, key)
                    old = there.get(grown)
                    if old is None:
                        there[grown] = (both, cyrillic + cyr, pieces + 1)
                    else:
                        there[grown] = (old[0] | both, old[1], min(old[2], pieces + 1))
    keys: dict[str, tuple[int, str, int]] = {}
    for raw, (mask, cyrillic, pieces) in sorted(states[size].items(), key=lambda i: i[1][2]):
        key = _finish(raw)
        known = keys.get(key)
        keys[key] = (known[0] | mask, known[1], known[2]) if known else (mask, cyrillic, pieces)
    return keys


def _systems(mask: int) -> tuple[str, ...]:
    return tuple(code for bit, code in enumerate(_CODES) if mask >> bit & 1)


@lru_cache(maxsize=1 << 16)
def readings(word: str) -> tuple[Reading, ...]:
    """The Cyrillic names *word* (one name, e.g. a surname) can stand for.

    A Cyrillic word is its own reading. A Latin word is read backwards under every system
    (the readings made of the fewest letter groups first) and under the conventional forms;
    it is also kept as written (``=`` and its :func:`~purgehist.names.persons.name_key`), so
    that names with no Cyrillic original match their own spelling.

    >>> sorted({r.key for r in readings("Jeschow")} & {r.key for r in readings("Iejov")})
    ['ežov']
    >>> [r.systems for r in readings("Jeschow") if r.key == "ežov"]
    [('de',)]
    """
    text = _fold(word).strip(".")
    if is_cyrillic(text):
        return (Reading(text, coarse_key(text), (CYRILLIC,)),)
    found = [
        Reading(cyrillic, key, _systems(mask))
        for key, (mask, cyrillic, _pieces) in _read_latin(text).items()
        if key
    ]
    for cyrillic in CONVENTIONAL.get(name_key(text), ()):
        found.append(Reading(cyrillic, coarse_key(cyrillic), (CONVENTION,)))
    if literal := name_key(text):
        found.append(Reading(text, "=" + literal, (AS_WRITTEN,)))
    return tuple(found)
