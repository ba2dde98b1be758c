"""The markers of a notes section's notes, found together: an endnotes section answers the
markers of a whole chapter or book, where a footnote's marker stands on its own page. Looked
for one after the other (:func:`.markers.find_markers`), the first place further on where a
label is printed as a marker would be taken, and over a chapter that is often a figure far
ahead ("MP3", "в 3:"); every later marker would then be looked for after it and be lost. Here
every place where each label is printed as a marker is a candidate, and the markers are the
candidates that keep the notes' order and make the best whole: the most markers, a sure form
(raised, bracketed, glued to punctuation) counting more than a number glued to a word,
and that more than an unsure form. A numbering that starts again in
every chapter is so resolved chapter by chapter: the second "1" must follow the first chapter's
last marker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from purgehist.formats.text.markers import (
    SUPERSCRIPTS,
    MarkerHit,
    first_marker,
    sure_pattern,
    unsure_pattern,
)

__all__ = ["section_markers"]

_RAISED = str.maketrans("0123456789", SUPERSCRIPTS)
_SURE_WEIGHT = 3
"""What a marker in a sure form counts for, against one for an unsure form."""
_WORD_WEIGHT = 2
"""What a number glued to a letter counts for: sure, but also how a name carries its version
or model ("GPLv2", "MP3")."""


def _candidates(lines: Sequence[str], digits: str) -> list[MarkerHit]:
    """Every place in *lines* where *digits* is printed as a marker, sure forms first: all of
    them, however many, since a later chapter's marker may stand past hundreds of versions
    ("GPLv2") printed before it."""
    # only lines holding the digits, plain or raised, can hold their marker: the others are
    # searched as empty
    raised = digits.translate(_RAISED)
    holding = [text if digits in text or raised in text else "" for text in lines]
    found: list[MarkerHit] = []
    for pattern, sure in ((sure_pattern(digits), True), (unsure_pattern(digits), False)):
        line, column = 0, 0
        while True:
            hit = first_marker(holding, pattern, line, column, sure=sure)
            if hit is None:
                break
            found.append(hit)
            line, column = hit.line, hit.end
    return found + _raised_after_figures(holding, raised, found)


def _raised_after_figures(
    lines: Sequence[str], raised: str, found: Sequence[MarkerHit]
) -> list[MarkerHit]:
    """The raised markers that :func:`.markers.first_marker` takes for a figure's digits
    after a number and its stop (``PDP-10.²⁵``, read as ``10.25``): printed raised, they are
    no figure's."""
    taken = {(hit.line, hit.start) for hit in found}
    pattern = re.compile(rf"(?<=\d[.,]){raised}(?![{SUPERSCRIPTS}])")
    return [
        MarkerHit(k, match.start(), match.end(), True)
        for k, text in enumerate(lines)
        if raised in text
        for match in pattern.finditer(text)
        if (k, match.start()) not in taken
    ]


class _PrefixBest:
    """A Fenwick tree of the best chain ending at or before each rank."""

    def __init__(self, size: int) -> None:
        self.tree: list[tuple[int, int]] = [(0, -1)] * (size + 1)

    def update(self, rank: int, value: tuple[int, int]) -> None:
        i = rank + 1
        while i < len(self.tree):
            if value > self.tree[i]:
                self.tree[i] = value
            i += i & -i

    def best(self, rank: int) -> tuple[int, int]:
        """The best chain ending strictly before *rank*."""
        out, i = (0, -1), rank
        while i > 0:
            out = max(out, self.tree[i])
            i -= i & -i
        return out


def _weight(lines: Sequence[str], hit: MarkerHit) -> int:
    if not hit.sure:
        return 1
    before = lines[hit.line][hit.start - 1 : hit.start]
    return _WORD_WEIGHT if before.isalpha() else _SURE_WEIGHT


def section_markers(lines: Sequence[str], labels: Sequence[int]) -> list[MarkerHit | None]:
    """The marker of each of *labels* (a notes section's, in order) in *lines*, the running
    text the section annotates: the candidates that keep the labels' order with the most
    weight (see the module's doc); ``None`` for a label left without one."""
    cache: dict[int, list[MarkerHit]] = {}
    per_label = [cache.setdefault(n, _candidates(lines, str(n))) for n in labels]
    places = sorted({(h.line, h.start) for hits in per_label for h in hits})
    rank = {place: r for r, place in enumerate(places)}
    tree = _PrefixBest(len(places))
    nodes: list[tuple[int, MarkerHit, int]] = []  # (label index, hit, node before)
    for i, hits in enumerate(per_label):
        scored = []
        for hit in hits:
            r = rank[(hit.line, hit.start)]
            score, before = tree.best(r)
            scored.append((r, score + _weight(lines, hit), hit, before))
        for r, score, hit, before in scored:
            nodes.append((i, hit, before))
            tree.update(r, (score, len(nodes) - 1))
    out: list[MarkerHit | None] = [None] * len(labels)
    _, node = tree.best(len(places))
    while node >= 0:
        i, hit, node = nodes[node]
        out[i] = hit
    return out
