"""How purgehist says how many: ``1 problem``, ``3 problems``, ``1 claim``; never ``(s)``.

>>> count(1, "problem"), count(3, "problem"), count(0, "warning")
('1 problem', '3 problems', '0 warnings')
>>> counts_text({"actors": 2, "events": 0, "claims": 1})
'2 actors, 1 claim'
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["count", "counts_text", "singular"]

_SAME = frozenset({"evidence"})
"""Mass nouns: ``1 evidence``, ``115 evidence``."""


def singular(plural: str) -> str:
    """``claims`` → ``claim``, ``entries`` → ``entry``; mass nouns stay as they are."""
    if plural in _SAME or not plural.endswith("s"):
        return plural
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-1]


def count(n: int, noun: str, plural: str | None = None) -> str:
    """*n* and *noun*, in the plural unless *n* is 1 (``plural`` for irregular nouns)."""
    if n == 1 or noun in _SAME:
        return f"{n} {noun}"
    if plural is None:
        plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun
        plural = plural if plural.endswith("ies") else noun + "s"
    return f"{n} {plural}"


def counts_text(counts: Mapping[str, int], *, empty: str = "empty") -> str:
    """A dataset's non-zero counts, keyed by plural collection names, as a phrase."""
    parts = [count(n, singular(name)) for name, n in counts.items() if n]
    return ", ".join(parts) or empty
