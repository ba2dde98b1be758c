"""Sources that are one work: the same identifier, or the same title, first creator's family
name and year, found through blocks (family name and year; title word and year) so that each
source is compared with a few others, never with all."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Set

from attrs import define, field, frozen
from rapidfuzz import fuzz

from purgehist.corpus.reconcile.keys import family_key, identifier_keys, title_keys, year_of
from purgehist.corpus.reconcile.policy import (
    CREATOR_SIMILARITY,
    MAIN_TITLE_LENGTH,
    NEAR_TITLE,
    NEAR_YEAR_TITLE,
    PREFIX_WORDS,
    SAME_TITLE,
)
from purgehist.model import Source

__all__ = ["SourceIndex", "SourceProfile", "Verdict", "profile"]

# Articles and prepositions titles start with, in the corpus's languages.
_STOP = frozenset(
    {"the", "a", "an", "and", "of", "on", "in", "to", "for", "from", "with", "der", "die", "das",
     "ein", "eine", "und", "zur", "zum", "von", "des", "la", "le", "les", "un", "une", "et",
     "du", "de", "l"}
)  # fmt: skip


@frozen
class SourceProfile:
    """What a source is compared by."""

    identifiers: tuple[str, ...]
    full: str
    main: str
    families: tuple[str, ...]
    year: int | None
    volume: str | None = None
    container: str = ""
    """The folded title of the book or journal holding it (a chapter's, an article's)."""

    @property
    def signature(self) -> str:
        """The first significant word of the title: a block for sources whose creators are
        spelt too differently to share a family-name block."""
        words = [w for w in self.full.split() if w not in _STOP and len(w) > 2]
        return words[0] if words else self.full


def profile(source: Source) -> SourceProfile:
    """The comparison keys of *source*."""
    full, main = title_keys(source.title)
    container = title_keys(source.container)[0] if source.container else ""
    if fuzz.ratio(container, full) >= SAME_TITLE:
        container = ""  # a book given as its own container
    return SourceProfile(
        identifiers=tuple(identifier_keys(source.identifiers)),
        full=full,
        main=main,
        families=tuple(k for c in source.creators if (k := family_key(c.name))),
        year=year_of(source.date),
        volume=source.volume,
        container=container,
    )


@define
class _Entry:
    id: str
    titles: set[tuple[str, str]] = field(factory=set)
    families: set[str] = field(factory=set)
    years: set[int | None] = field(factory=set)
    volumes: set[str] = field(factory=set)
    containers: set[str] = field(factory=set)


@frozen
class Verdict:
    """The best match of a source in the index: merge it, or report a near miss."""

    target: str
    key: str
    score: float
    merge: bool
    reason: str = ""


def _prefix(short: str, long: str) -> bool:
    """Whether the title *short* (of some words) is *long* cut short, spelling aside."""
    if len(short) > len(long) or len(short.split()) < PREFIX_WORDS:
        return False
    return fuzz.ratio(short, long[: len(short)]) >= NEAR_YEAR_TITLE


def _title_score(p: SourceProfile, titles: Iterable[tuple[str, str]]) -> float:
    best = 0.0
    for full, main in titles:
        score = fuzz.token_sort_ratio(p.full, full)
        if score < SAME_TITLE and (_prefix(p.full, full) or _prefix(full, p.full)):
            score = SAME_TITLE + 2
        if p.full == p.main and full != main and len(p.full) >= MAIN_TITLE_LENGTH:
            score = max(score, fuzz.ratio(p.full, main))
        elif full == main and p.full != p.main and len(full) >= MAIN_TITLE_LENGTH:
            score = max(score, fuzz.ratio(p.main, full))
        best = max(best, score)
    return best


def _creators_agree(p: SourceProfile, entry: _Entry) -> bool:
    if not p.families or not entry.families:
        return not p.families and not entry.families
    first = p.families[0]
    return first in entry.families or any(
        fuzz.ratio(first, other) >= CREATOR_SIMILARITY for other in entry.families
    )


class SourceIndex:
    """The sources of a corpus, by identifier and in blocks, for :meth:`match`."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._identifiers: dict[str, str] = {}
        self._blocks: dict[tuple[str, int | None], list[_Entry]] = defaultdict(list)

    def add(self, id: str, p: SourceProfile) -> None:
        """Index the corpus source *id* (or another spelling of it) under *p*'s keys."""
        entry = self._entries.get(id)
        if entry is None:
            entry = self._entries[id] = _Entry(id)
        for key in p.identifiers:
            self._identifiers.setdefault(key, id)
        entry.titles.add((p.full, p.main))
        entry.years.add(p.year)
        entry.families.update(p.families)
        if p.volume:
            entry.volumes.add(p.volume)
        if p.container:
            entry.containers.add(p.container)
        blocks = {(f"t:{p.signature}", p.year)}
        if p.families:
            blocks.add((f"c:{p.families[0]}", p.year))
        for block in blocks:
            if entry not in self._blocks[block]:
                self._blocks[block].append(entry)

    def _candidates(self, p: SourceProfile) -> list[tuple[_Entry, int]]:
        """Entries sharing a block with *p*, in the same year or one apart (the distance)."""
        found: dict[str, tuple[_Entry, int]] = {}
        years = [(p.year, 0)] if p.year is None else [(p.year + d, abs(d)) for d in (0, -1, 1)]
        names = [f"t:{p.signature}"] + ([f"c:{p.families[0]}"] if p.families else [])
        for year, distance in years:
            for name in names:
                for entry in self._blocks.get((name, year), ()):
                    if entry.id not in found or found[entry.id][1] > distance:
                        found[entry.id] = (entry, distance)
        return list(found.values())

    def match(
        self, p: SourceProfile, *, taken: set[str] | frozenset[str] = frozenset()
    ) -> Verdict | None:
        """The corpus source *p* is, or may be; ``None`` when none is near.

        :param taken: corpus sources already matched by another source of the same document
            (a bibliography does not list one work twice): at most near misses.
        """
        for key in p.identifiers:
            target = self._identifiers.get(key)
            if target is not None and target not in taken:
                return Verdict(target, key, 100.0, merge=True)
        best: Verdict | None = None
        for entry, distance in self._candidates(p):
            score = _title_score(p, entry.titles)
            if score < NEAR_TITLE:
                continue
            verdict = _verdict(p, entry, distance, score, taken)
            if verdict is not None and (
                best is None or (verdict.merge, verdict.score) > (best.merge, best.score)
            ):
                best = verdict
        return best


def _part_of(p: SourceProfile, entry: _Entry) -> bool:
    """Whether one is a chapter or article of the other (its container is the other's
    title), or another volume of it."""
    if p.volume and entry.volumes and p.volume not in entry.volumes:
        return True
    titles = {full for full, _ in entry.titles}
    inside = p.container and any(fuzz.ratio(p.container, t) >= SAME_TITLE for t in titles)
    holds = any(fuzz.ratio(p.full, c) >= SAME_TITLE for c in entry.containers)
    return bool(inside or holds)


def _verdict(
    p: SourceProfile, entry: _Entry, distance: int, score: float, taken: Set[str]
) -> Verdict | None:
    """Merge, near miss or nothing, for *p* and a candidate *entry* of the corpus."""
    agree = _creators_agree(p, entry)
    exact = score >= NEAR_YEAR_TITLE
    merge = agree and score >= SAME_TITLE and (distance == 0 or exact)
    reason = ""
    if merge and entry.id in taken and not (exact and distance == 0):
        merge, reason = False, "another source of the same document is this work"
    elif merge and _part_of(p, entry):
        merge, reason = False, "a part (chapter, volume) of the other, or the whole of it"
    elif not merge:
        if score < SAME_TITLE and (not agree or distance):
            return None
        if not agree:
            reason = "the titles agree, the creators differ"
        elif distance:
            reason = "the years differ by one (an edition, a reprint?)"
        else:
            reason = "the titles are alike but not enough"
    return Verdict(entry.id, "title+creator+year", round(score, 1), merge, reason)
