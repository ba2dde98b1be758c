"""A sentence split into the words the attribution rules read."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Tokens", "tokens"]

_TOKEN = re.compile(r"[^\W\d_](?:[\w\-]|[’'](?=\w))*|[:,;()]|\d+")
"""Words (an apostrophe only inside one: ``Stalin’s``, not a closing quote), punctuation
that bounds a name, numbers."""


@dataclass(slots=True)
class Tokens:
    """A sentence's words, casefolded, and their spans in it."""

    text: list[str]
    low: list[str]
    spans: list[tuple[int, int]]


_SUSPENDED = frozenset({"und", "oder", "bzw", "sowie", "and", "or", "nor", "en", "of", "et", "ou"})
"""Words after which a hyphen ends a word on purpose (``Satz- und Wortebene``)."""


def tokens(sentence: str) -> Tokens:
    """The words of *sentence*, a word hyphenated at a line break (``lei- tet``) made whole."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(sentence):
        if (
            words
            and words[-1].endswith("-")
            and len(words[-1]) > 2
            and m[0][:1].islower()
            and m[0].casefold() not in _SUSPENDED
            and sentence[spans[-1][1] : m.start()].isspace()
        ):
            words[-1] = words[-1][:-1] + m[0]
            spans[-1] = (spans[-1][0], m.end())
            continue
        words.append(m[0])
        spans.append(m.span())
    return Tokens(words, [w.casefold() for w in words], spans)
