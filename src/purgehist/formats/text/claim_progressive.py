"""The progressive of a reporting verb: English *be* with the verb's *-ing* form (``Getty is
arguing that``, ``was now suggesting``) and the Dutch and German periphrases with the
infinitive (``is aan het betogen``, ``is bezig te betogen``, ``ist dabei, zu argumentieren``).
The subject stands before the frame, and the verb attributes as its simple form does."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

__all__ = ["PROGRESSIVE_FRAMES", "english_base", "english_ing", "progressive_start"]

_BE: dict[str, tuple[str, ...]] = {
    "en": ("is", "was", "are", "were", "been", "be"),
    "nl": ("is", "was", "zijn", "waren"),
    "de": ("ist", "war", "sind", "waren"),
}

_INNER = frozenset(
    {"now", "still", "also", "already", "again", "nu", "nog", "ook", "nun", "gerade"}
)
"""Adverbs between the frame and its verb (``is now arguing``, ``is nu aan het``)."""

PROGRESSIVE_FRAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": tuple((be,) for be in _BE["en"]),
    "nl": tuple(
        (be, *rest)
        for be in _BE["nl"]
        for rest in (("aan", "het"), ("bezig", "te"), ("bezig", "om", "te"))
    ),
    "de": tuple(
        (be, *rest) for be in _BE["de"] for rest in (("dabei", "zu"), ("dabei", ",", "zu"))
    ),
}
"""The words before a verb that make it progressive, by language; the English frame takes the
verb's *-ing* form, the others its infinitive."""


def english_ing(lemma: str) -> str:
    """The *-ing* form of an English *lemma* (``overstate``: ``overstating``, ``play``:
    ``playing``); a final consonant doubled only where the caller's lemma says so."""
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return f"{lemma[:-1]}ing"
    return f"{lemma}ing"


def english_base(word: str, verbs: Collection[str]) -> str | None:
    """The form among *verbs* whose *-ing* form *word* is (``arguing``: ``argue``,
    ``admitting``: ``admit``, ``denying``: ``deny``), or ``None``."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    third = (f"{stem}s", f"{doubled}s", f"{stem}es", f"{stem[:-1]}ies")
    for candidate in (*third, stem, f"{stem}e", doubled):  # "points" has more particles
        if candidate in verbs:
            return candidate
    return None


def progressive_start(
    low: Sequence[str], i: int, langs: Sequence[str], skippable: Callable[[int], bool]
) -> int:
    """The first word of the progressive frame before the verb at *i* (over adverbs, which
    *skippable* tells), or *i* when the verb stands in none."""
    j = i - 1
    while j >= 0 and (skippable(j) or low[j] in _INNER):
        j -= 1
    for code in langs:
        if code == "en" and not low[i].endswith("ing"):
            continue
        for frame in PROGRESSIVE_FRAMES.get(code, ()):
            for end in {i - 1, j}:  # "zu" may itself be a word skipped before a verb
                start = end - len(frame) + 1
                if start >= 1 and tuple(low[start : end + 1]) == frame:
                    return start
    return i
