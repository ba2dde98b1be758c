"""Words broken at a line end, joined again on the line where they start.

Whether the hyphen stays is decided from the document itself: it stays before a capital
(``Marx-`` / ``Engels``) and where the document prints the hyphenated form inside a line more
often than the closed one (``self-image``); otherwise it was the typesetter's and goes.

>>> lines = ["the com-", "pound word, Marx-", "Engels and self-", "image; a self-image."]
>>> join_hyphenated(lines, Vocabulary.of(lines))
>>> lines
['the compound', 'word, Marx-Engels', 'and self-image;', 'a self-image.']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, MutableSequence

from attrs import frozen

__all__ = ["Vocabulary", "join_hyphenated"]

_BROKEN = re.compile(r"(\w+)[-\u2010\u00ad]$")
_HEAD = re.compile(r"^([^\W\d_][\w’'⁰¹²³⁴⁵⁶⁷⁸⁹]*[^\s]*)\s*")
_WORD = re.compile(r"\w+(?:-\w+)*")


@frozen
class Vocabulary:
    """How often each word and each hyphenated compound occurs inside lines (case-folded)."""

    words: Counter[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> Vocabulary:
        """Count the words of *texts*, leaving out a hyphenated word at a line end."""
        words: Counter[str] = Counter()
        for text in texts:
            found = _WORD.findall(text.casefold())
            if found and text.endswith(("-", "\u2010", "\u00ad")):
                found.pop()
            words.update(found)
        return cls(words)

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether ``head-`` at a line end and ``tail`` on the next line are one hyphenated word."""
        if tail[:1].isupper() or tail[:1].isdigit():
            return True
        hyphened = f"{head}-{tail}".casefold()
        closed = f"{head}{tail}".casefold()
        return self.words[hyphened] > self.words[closed]


def join_hyphenated(lines: MutableSequence[str], vocabulary: Vocabulary) -> None:
    """Join, in place, each word broken at the end of ``lines[i]`` with its rest on ``lines[i+1]``.

    The rest of the word (with the punctuation and note markers that follow it) moves up; a line
    left empty stays as an empty string for the caller to drop.
    """
    for i in range(len(lines) - 1):
        broken = _BROKEN.search(lines[i])
        if broken is None:
            continue
        rest = _HEAD.match(lines[i + 1])
        if rest is None:
            continue
        head = broken[1]
        tail = rest[1]
        word_tail = re.match(r"\w+", tail)
        if word_tail is None:
            continue
        keep = vocabulary.keeps_hyphen(head.split("-")[-1], word_tail[0])
        stem = lines[i][: broken.end(1)]
        lines[i] = f"{stem}-{tail}" if keep else f"{stem}{tail}"
        lines[i + 1] = lines[i + 1][rest.end() :]
