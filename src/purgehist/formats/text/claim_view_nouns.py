"""English nouns for a scholar's work and views, and the possessive that names their owner
(``Smith’s study``, ``Jones' reading``): one list for every reader of a possessive view."""

from __future__ import annotations

import re

__all__ = [
    "CONTENT_NOUNS",
    "POSSESSIVE_END",
    "READING_NOUNS",
    "WORK_NOUNS",
    "WORK_PATTERN",
    "possessor",
]

WORK_NOUNS = frozenset(
    {"article", "book", "study", "studies", "work", "paper", "essay", "analysis", "account",
     "reading", "interpretation", "research", "findings", "results", "data", "review",
     "monograph", "thesis", "dissertation", "model", "theory", "argument"}
)  # fmt: skip
"""A scholar's work or its outcome: its owner holds what it shows (``Smith’s study shows``)."""
WORK_PATTERN = "|".join(sorted(WORK_NOUNS))
CONTENT_NOUNS = (
    "insight|view|claim|argument|contention|assumption|observation|belief|conclusion|thesis|"
    "idea|notion|suggestion|point|position|hypothesis"
)
"""Views whose content a *that*-clause gives (``Smith’s insight that``)."""
READING_NOUNS = "reading|interpretation|account|characterization|characterisation|portrayal"
"""Views that are their owner's reading of something, their content the rest of the sentence."""
POSSESSIVE_END = r"(?:’s|'s|(?<=s)[’'])"
"""The ending of an English possessive: *’s*, or the apostrophe alone after *s* (``Jones'``)."""
_POSSESSOR = re.compile(rf"(?P<name>[A-ZÀ-Ý][\w’'-]*?){POSSESSIVE_END}")


def possessor(word: str) -> str | None:
    """The capitalised name *word* is the possessive of (``Smith’s`` → ``Smith``), else
    ``None``."""
    match = _POSSESSOR.fullmatch(word)
    return match["name"] if match and len(match["name"]) >= 2 else None
