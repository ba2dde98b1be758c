"""The joint work the text cites last, which a plural pronoun or *the authors* goes on with.

A review cites a work of two or more authors as one (``Gutzmann & Castroviejo Miró (2011)``,
``Carl et al. (2011)``, ``Zifonun u. a. (1997)``) and then reports it with *they*, *sie*,
*ils*, *ze* or *the (two) authors*, *die (beiden) Autoren*, *les auteurs*, *de auteurs*,
across the paragraphs of a section: these stand for the work's authors, one claimant (its first
author, as :mod:`.claim_coauthors` gives the co-authors one claim), not for a group."""

from __future__ import annotations

import re

__all__ = ["authors_label", "joint_citations"]

_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?"
_JOINT = re.compile(
    rf"(?P<first>{_NAME})(?:\s*,\s*{_NAME})*\s+(?:&|and|und|et|en)\s+{_NAME}\s*\(\s*\d{{4}}"
    rf"|(?P<other>{_NAME})\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.)\s*(?:\(\s*)?(?:\d{{4}}|ibid)"
)
_CITED = re.compile(rf"{_NAME}\s*\(\s*\d{{4}}|\(\s*(?:vgl\.|cf\.|see)?\s*{_NAME}\s+\d{{4}}")

_AUTHORS = frozenset({"authors", "autoren", "auteurs", "verfasser", "onderzoekers"})
_POINTING = frozenset(
    {"the", "both", "two", "die", "den", "der", "beiden", "zwei", "les", "deux", "ces",
     "de", "beide", "twee", "these", "diese", "dieser"}
)  # fmt: skip


def joint_citations(sentence: str) -> tuple[int, bool] | None:
    """The offset of the first author of the last joint work *sentence* cites, and ``True``;
    ``(-1, False)`` when its last citation is of one author (the joint work is left behind);
    ``None`` when it cites nothing."""
    joint = list(_JOINT.finditer(sentence))
    single = [m.start() for m in _CITED.finditer(sentence)]
    last_joint = joint[-1] if joint else None
    if last_joint is not None and not any(s > last_joint.end() for s in single):
        return last_joint.start("first" if last_joint["first"] else "other"), True
    return (-1, False) if single else None


def authors_label(label: str) -> bool:
    """Whether a group's *label* only points to the authors just cited (``the authors``,
    ``den beiden Autoren``, ``les auteurs``), rather than naming a kind of people."""
    words = label.casefold().split()
    return bool(words) and words[-1] in _AUTHORS and all(w in _POINTING for w in words[:-1])
