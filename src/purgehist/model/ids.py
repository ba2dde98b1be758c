"""Identifiers: XML NCName checks, slugs made from names, and ids kept unique."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

__all__ = [
    "IdPool",
    "is_ncname",
    "ncname_validator",
    "optional_ncname_validator",
    "slug",
    "unique_id",
]

# XML 1.0 (5th edition) NameStartChar and NameChar, without ':' (an NCName). Python's \w is
# close but not equal (it admits '²', for instance), and lxml refuses such an xml:id.
_START = (
    "A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff"
    "\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff"
)
_NCNAME = re.compile(f"^[{_START}][{_START}\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]*$")
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d",
    }
)  # fmt: skip


def is_ncname(value: str) -> bool:
    """Tell whether *value* can serve as an ``xml:id`` (an XML NCName without ':')."""
    return bool(_NCNAME.match(value))


def ncname_validator(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """attrs validator: *value* must be an XML NCName."""
    if not isinstance(value, str) or not _NCNAME.match(value):
        msg = f"'{attribute.name}' must be an XML NCName (got {value!r})"
        raise ValueError(msg)


def optional_ncname_validator(
    instance: Any, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    """attrs validator: *value* is ``None`` or an XML NCName."""
    if value is not None:
        ncname_validator(instance, attribute, value)


def slug(text: str, prefix: str = "", *, max_length: int = 60) -> str:
    """Make an ASCII NCName id from *text* (Latin or Cyrillic), e.g. ``slug("J. Arch Getty")``
    → ``'j_arch_getty'``; *prefix* is prepended (``slug("Бухарин", "pers_")`` →
    ``'pers_bukharin'``). An id that would start with a digit gets a leading ``_``."""
    lowered = text.lower().translate(_TRANSLIT)
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    body = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")[:max_length].rstrip("_")
    result = f"{prefix}{body}" if body else f"{prefix}x"
    if not _NCNAME.match(result):
        result = f"_{result}"
    return result


def unique_id(base: str, taken: set[str]) -> str:
    """*base*, or the first of ``base_2``, ``base_3``… not in *taken*; the id returned is added
    to *taken*, so that successive calls never hand out one id twice.

    >>> taken = {"pers_getty"}
    >>> unique_id("pers_getty", taken), unique_id("pers_getty", taken)
    ('pers_getty_2', 'pers_getty_3')

    :param base: the id wanted, already an NCName (see :func:`slug`)
    :param taken: the ids in use; updated in place
    """
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    taken.add(candidate)
    return candidate


class IdPool:
    """Hand out ids as :func:`unique_id` does (*base*, else the first of ``base_2``… not
    taken), remembering per base where the free ones start: the thousandth copy of a base (a
    citation key used again and again, names that all slug to ``pers_x``) costs no more than
    the second, where :func:`unique_id` would try every suffix before it.

    >>> pool = IdPool({"k_2"})
    >>> [pool.claim("k") for _ in range(3)]
    ['k', 'k_3', 'k_4']
    >>> pool.release("k_3")
    >>> pool.claim("k")
    'k_3'

    :param taken: the ids in use, shared and updated in place; ids may be added to it from
        outside, but only :meth:`release` may take one away
    """

    __slots__ = ("_first_free", "taken")

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = taken if taken is not None else set()
        # base → n such that base, base_2 … base_{n-1} are all taken.
        self._first_free: dict[str, int] = {}

    def claim(self, base: str) -> str:
        """The first of *base*, ``base_2``… not taken; it is taken from now on."""
        n = self._first_free.get(base, 1)
        candidate = base if n == 1 else f"{base}_{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{base}_{n}"
        self._first_free[base] = n
        self.taken.add(candidate)
        return candidate

    def release(self, taken_id: str) -> None:
        """Give *taken_id* back: it is handed out again first for each base it belongs to."""
        self.taken.discard(taken_id)
        self._lower(taken_id, 1)
        # "k_2" is also the second id of base "k".
        base, _, tail = taken_id.rpartition("_")
        if base and tail.isascii() and tail.isdigit() and tail[0] != "0" and tail != "1":
            self._lower(base, int(tail))

    def _lower(self, base: str, n: int) -> None:
        if self._first_free.get(base, 1) > n:
            self._first_free[base] = n
