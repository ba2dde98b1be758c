"""BibTeX name lists: ``and``-joined names in ``von Last, Jr, First`` or ``First von Last``."""

from __future__ import annotations

import functools
import re

import attrs

from purgehist.formats.bibtex.latex import latex_to_unicode

__all__ = ["BibName", "split_names"]


@attrs.frozen
class BibName:
    """One name from an ``author`` or ``editor`` field, in BibTeX's four parts."""

    first: str = ""
    von: str = ""
    last: str = ""
    jr: str = ""
    literal: bool = False
    """True for a name wholly in braces (``{Institute of Marxism-Leninism}``): a body."""

    @property
    def sort_form(self) -> str:
        """``von Last, First[, Jr]``: the form a :class:`~purgehist.model.Creator` keeps."""
        family = " ".join(p for p in (self.von, self.last) if p)
        if self.literal or (not self.first and not self.jr):
            return family
        return ", ".join(p for p in (family, self.first, self.jr) if p)

    @property
    def display(self) -> str:
        """``First von Last[, Jr]``: the form an :class:`~purgehist.model.Actor` is named by."""
        shown = " ".join(p for p in (self.first, self.von, self.last) if p)
        return f"{shown}, {self.jr}" if self.jr else shown


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_WHITESPACE = re.compile(r"\s+")
# A brace, or a separator: separators hold no braces, so one found inside braces skips none.
_BRACE_OR = {sep: re.compile(r"([{}])|" + sep.pattern, sep.flags) for sep in (_AND, _COMMA)}
_BRACE_OR[_WHITESPACE] = re.compile(r"([{}])|\s+")


def _split_depth0(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split *text* where *separator* matches outside braces."""
    if "{" not in text:
        return separator.split(text)
    parts: list[str] = []
    depth, start = 0, 0
    for match in _BRACE_OR[separator].finditer(text):
        brace = match.group(1)
        if brace == "{":
            depth += 1
        elif brace == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def _is_lower(word: str) -> bool:
    """BibTeX's test for a 'von' word: its first letter outside braces is lower case; a
    word that opens with a special character (``{\\"u}ber``) is judged by that letter."""
    if word.startswith("{\\"):
        converted = latex_to_unicode(word)
        return converted[:1].islower()
    depth = 0
    for char in word:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char.isalpha():
            return char.islower()
    return False


def split_names(value: str) -> tuple[list[BibName], bool]:
    """Split an ``author``/``editor`` value into names; the flag tells whether it ended in
    ``and others``.

    Both ``Last, First`` (with ``von`` and ``Jr`` parts) and ``First von Last`` are read; a
    name wholly in braces is kept whole, as a body's name.

    >>> names, others = split_names("van Goudoever, A. P. and {Memorial} and others")
    >>> [n.sort_form for n in names], others
    (['van Goudoever, A. P.', 'Memorial'], True)

    :param value: the raw field value (LaTeX still in it)
    """
    names: list[BibName] = []
    others = False
    for raw in _split_depth0(value.strip(), _AND):
        raw = raw.strip()
        if not raw:
            continue
        if raw.lower() == "others":
            others = True
            continue
        if raw.startswith("{") and raw.endswith("}") and _balanced_outer(raw):
            names.append(BibName(last=latex_to_unicode(raw[1:-1]), literal=True))
            continue
        names.append(_one_name(raw))
    return names, others


def _balanced_outer(text: str) -> bool:
    """Whether the brace opening *text* is the one that closes it at its end."""
    depth = 0
    for match in re.finditer("[{}]", text):
        depth += 1 if match.group() == "{" else -1
        if depth == 0 and match.start() < len(text) - 1:
            return False
    return depth == 0


def _words(text: str) -> list[str]:
    return [w for w in _split_depth0(text, _WHITESPACE) if w]


def _one_name(raw: str) -> BibName:
    # Authors recur through a bibliography: a name is parsed once while it is recent. Only
    # short ones are kept, so that the cache holds little after the file is read.
    return _recent_name(raw) if len(raw) <= 200 else _parse_name(raw)


def _parse_name(raw: str) -> BibName:
    parts = [p.strip() for p in _split_depth0(raw, _COMMA)]
    if len(parts) >= 2:
        words = _words(parts[0])
        von_end = 0
        for index, word in enumerate(words[:-1]):
            if _is_lower(word):
                von_end = index + 1
        return BibName(
            first=latex_to_unicode(parts[-1]),
            von=latex_to_unicode(" ".join(words[:von_end])),
            last=latex_to_unicode(" ".join(words[von_end:])),
            jr=latex_to_unicode(", ".join(parts[1:-1])),
        )
    words = _words(raw)
    if len(words) == 1:
        return BibName(last=latex_to_unicode(words[0]))
    lower = [i for i, w in enumerate(words[:-1]) if _is_lower(w)]
    if lower:
        von_start, von_end = lower[0], lower[-1] + 1
    else:
        von_start = von_end = len(words) - 1
    return BibName(
        first=latex_to_unicode(" ".join(words[:von_start])),
        von=latex_to_unicode(" ".join(words[von_start:von_end])),
        last=latex_to_unicode(" ".join(words[von_end:])),
    )


_recent_name = functools.lru_cache(maxsize=4096)(_parse_name)
