"""The joint work the text cites last, which a plural pronoun or *the authors* goes on with.

A review cites a work of two or more authors as one (``Gutzmann & Castroviejo Miró (2011)``,
``Carl et al. (2011)``, ``Zifonun u. a. (1997)``) and then reports it with *they*, *sie*,
*ils*, *ze* or *the (two) authors*, *die (beiden) Autoren*, *les auteurs*, *de auteurs*,
in the sentences after it in the paragraph, until a group is named (:mod:`.claimants`): these
stand for the work's authors, one claimant (its first author, as :mod:`.claim_coauthors` gives
the co-authors one claim), not for a group."""

from __future__ import annotations

import re

__all__ = ["authors_label", "joint_citations"]

_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?"
_LAST_NAME = re.compile(rf"{_NAME}$")
_YEAR = re.compile(r"\s*\(\s*\d{4}")
_ET_AL = re.compile(r"\s+(?:et\s+al\.|u\.\s?a\.|e\.\s?a\.)\s*(?:\(\s*)?(?:\d{4}|ibid)")
_AND = re.compile(r"(?:\s*,)?\s+(?:and|und|et|en)\s+$|\s*&\s*$")
_COMMA = re.compile(r"\s*,\s*$")
_MOST = 10
"""The most authors a joint work's citation is read back over."""
_WINDOW = 400
"""How far back from its year a joint work's author names may start."""
_CITED = re.compile(rf"{_NAME}\s*\(\s*\d{{4}}|\(\s*(?:vgl\.|cf\.|see)?\s*{_NAME}\s+\d{{4}}")

_AUTHORS = frozenset({"authors", "autoren", "auteurs", "verfasser", "onderzoekers"})
_POINTING = frozenset(
    {"the", "both", "two", "die", "den", "der", "beiden", "zwei", "les", "deux", "ces",
     "de", "beide", "twee", "these", "diese", "dieser"}
)  # fmt: skip


def _first_author(sentence: str, anchor: int, *, et_al: bool) -> int | None:
    """The offset of the first of the names joined before *anchor* (the year or *et al.*), when
    they are a joint work's: two or more names the last of which an *and* or *&* joins, or
    one before *et al.* Read backwards from the anchor, so that a long run of names costs
    no more than its length."""
    floor = max(0, anchor - _WINDOW)
    name = _LAST_NAME.search(sentence, floor, anchor)
    if name is None:
        return None
    if et_al:
        return name.start()
    link = _AND.search(sentence, floor, name.start())
    if link is None:
        return None
    first = None
    for _ in range(_MOST):
        name = _LAST_NAME.search(sentence, floor, link.start())
        if name is None:
            break
        first = name.start()
        link = _COMMA.search(sentence, floor, name.start())
        if link is None:
            break
    return first


def joint_citations(sentence: str) -> tuple[int, bool] | None:
    """The offset of the first author of the last joint work *sentence* cites, and ``True``;
    ``(-1, False)`` when its last citation is of one author (the joint work is left behind);
    ``None`` when it cites nothing."""
    joints = [
        (anchor.end(), first)
        for pattern, et_al in ((_YEAR, False), (_ET_AL, True))
        for anchor in pattern.finditer(sentence)
        if (first := _first_author(sentence, anchor.start(), et_al=et_al)) is not None
    ]
    single = [m.start() for m in _CITED.finditer(sentence)]
    last_joint = max(joints, default=None)
    if last_joint is not None and not any(s > last_joint[0] for s in single):
        return last_joint[1], True
    return (-1, False) if single else None


def authors_label(label: str) -> bool:
    """Whether a group's *label* only points to the authors just cited (``the authors``,
    ``den beiden Autoren``, ``les auteurs``), rather than naming a kind of people."""
    words = label.casefold().split()
    return bool(words) and words[-1] in _AUTHORS and all(w in _POINTING for w in words[:-1])
