"""Score a parse against a gold that names no lines (the corpus of real documents): notes are
matched by their printed label and their text, markers by the running text before them,
citations by the work and pages they name.

The measures: footnote recall (gold notes found with their text) and precision (notes the
parser reports with a text that are gold notes), marker placement (the marker stands after the
running text the gold names), citations resolved to the right work and pages, and resolutions
that are wrong (a work the note does not cite), ``Ibid.`` among them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import Factory, define, field, frozen
from rapidfuzz import fuzz

from purgehist.evaluation.compare import fold, same_locator
from purgehist.evaluation.gold import Gold, GoldCitation, GoldNote
from purgehist.evaluation.scoring import Miss, Tally, add_figures, work_fit
from purgehist.model import Evidence, Locator, LocatorUnit, Note, Paragraph, Source
from purgehist.model.dataset import Dataset
from purgehist.model.documents import walk_paragraphs

__all__ = ["NOTE_MATCH", "NoteScore", "note_similarity", "score_anchored", "table_anchored"]

NOTE_MATCH = 80.0
"""The lowest :func:`note_similarity` at which a parsed note is the gold note of its label."""

_ANCHOR_WORDS = 5
_CONTEXT_WORDS = 9
_PLACEHOLDER = re.compile(r"<[^<>]{0,20}>|=\d+\s*$")
_IBID = re.compile(r"^\W*(?:ibid|ibidem|ebd|ebenda|idem|id\.)", re.IGNORECASE)


@define
class NoteScore:
    """The figures of one document (or several, added up) and every miss."""

    name: str
    recall: Tally = Factory(Tally)
    """Gold notes found, with their text."""
    precision: Tally = Factory(Tally)
    """Notes reported with a text that are gold notes."""
    markers: Tally = Factory(Tally)
    """Gold notes whose marker stands after the running text the gold names."""
    citations: Tally = Factory(Tally)
    """Gold citations resolved to the right work and pages."""
    works: Tally = Factory(Tally)
    """Gold citations resolved to the right work, whatever the pages."""
    wrong: int = 0
    """Citations resolved to a work the note does not cite."""
    ibid_guessed: int = 0
    """Of those, ``Ibid.`` (or ``Idem``) resolved to a work the note does not cite."""
    misses: list[Miss] = field(factory=list)

    def add(self, other: NoteScore) -> None:
        """Add *other*'s figures and misses to these."""
        add_figures(self, other)


_OUT_OF_ORDER = 6
"""How many parsed notes beyond its aligned neighbours a note read out of line order may
stand (the notes of one column that ``-layout`` sets above the other's last)."""


def _neighbourhood(aligned: Sequence[tuple[int, int]], i: int, cols: int) -> tuple[int, int]:
    """The parsed notes (first and last index) where gold note *i*, left out of the monotone
    alignment *aligned* (gold index, parsed index), may be found out of line order: between
    the parsed notes of the nearest aligned gold notes before and after it, widened by
    :data:`_OUT_OF_ORDER`."""
    at = bisect_left(aligned, (i, -1))
    low = aligned[at - 1][1] if at > 0 else 0
    high = aligned[at][1] if at < len(aligned) else cols - 1
    return low - _OUT_OF_ORDER, high + _OUT_OF_ORDER


@frozen
class _Found:
    note: Note
    paragraph: Paragraph


def note_similarity(parsed: str | None, printed: Sequence[str]) -> float:
    """How well a parsed note's text fits the best of the gold's renderings, 0 to 100."""
    got = fold(parsed)
    if not got:
        return 0.0
    best = 0.0
    for text in printed:
        want = fold(text)
        if not want:
            continue
        best = max(best, fuzz.ratio(got, want))
        shorter, longer = sorted((len(got), len(want)))
        if shorter >= 0.85 * longer:
            best = max(best, fuzz.partial_ratio(got, want))
    return best


# units that count something other than pages: compared with their unit, as the gold prints
# them ("chap. 2" is not page 2)
_UNITS = frozenset({LocatorUnit.CHAPTER, LocatorUnit.SECTION})


def _pages(locator: Locator | None) -> str | None:
    """What a parsed locator is compared by: its pages, or, in chapters or sections, its
    printed form with the unit."""
    if locator is None:
        return None
    return locator.printed if locator.unit in _UNITS else locator.normalised


def _anchor_words(anchor: str) -> str:
    words = fold(_PLACEHOLDER.sub(" ", anchor)).split()
    return " ".join(words[-_ANCHOR_WORDS:])


def marker_placed(paragraph: str, offset: int, anchor: str) -> bool:
    """Whether a marker at *offset* of *paragraph* stands right after *anchor*'s last words."""
    wanted = _anchor_words(anchor)
    if not wanted:
        return True
    before = fold(paragraph[max(0, offset - 200) : offset]).split()
    context = " ".join(before[-_CONTEXT_WORDS:])
    return bool(context) and fuzz.partial_ratio(wanted, context) >= 85


def score_anchored(dataset: Dataset, gold: Gold) -> NoteScore:
    """Score *dataset*, a parse of the document *gold* describes."""
    return _Scorer(dataset, gold).run()


class _Scorer:
    def __init__(self, dataset: Dataset, gold: Gold) -> None:
        self.gold = gold
        self.score = NoteScore(gold.name)
        self.sources = {s.id: s for s in dataset.sources}
        self.evidence = {e.id: e for e in dataset.evidence}
        document = dataset.documents[0] if dataset.documents else None
        paragraphs = list(walk_paragraphs(document.divisions)) if document else []
        found = [_Found(n, p) for p in paragraphs for n in p.notes]
        # in the order the notes' texts are printed (a note without a marker sits at the end
        # of its paragraph, after notes printed below it)
        self.found = sorted(found, key=lambda f: f.note.line or f.paragraph.line or 0)

    def miss(self, measure: str, note: GoldNote, what: str) -> None:
        where = f"{self.gold.name}:p{note.page if note.page is not None else '?'} note {note.name}"
        self.score.misses.append(Miss(measure, where, what))

    def run(self) -> NoteScore:
        pairs = self._align()
        for k, note in enumerate(self.gold.notes):
            found = pairs.get(k)
            with_text = found is not None and found[1]
            if note.text and not self.score.recall.add(with_text):
                self.miss("recall", note, "not found" if found is None else "text not matched")
            self._marker(note, found[0] if found else None)
            self._citations(note, found[0] if with_text and found else None)
        matched = {id(f.note) for f, ok in pairs.values() if ok}
        for each in self.found:
            if each.note.text is None:
                continue
            if not self.score.precision.add(id(each.note) in matched):
                text = each.note.text[:60]
                self.score.misses.append(
                    Miss("precision", f"{self.gold.name}: note {each.note.n}", f"extra {text!r}")
                )
        return self.score

    def _align(self) -> dict[int, tuple[_Found, bool]]:
        """Gold note index → its parsed note and whether the texts match: the monotone
        alignment of the two sequences that matches the most notes (a note with its text
        counts 2, a marker of the same label without text 1), then any gold note left with
        a note left of its label and text."""
        gold, found = self.gold.notes, self.found
        rows, cols = len(gold), len(found)
        by_label: dict[str, list[int]] = {}
        for j, each in enumerate(found):
            by_label.setdefault(each.note.n, []).append(j)
        gain: dict[tuple[int, int], int] = {}
        for i, note in enumerate(gold):
            for j in by_label.get(note.label, ()):
                text = found[j].note.text
                if text is None:
                    gain[i, j] = 1
                elif note_similarity(text, note.printed) >= NOTE_MATCH:
                    gain[i, j] = 2
        best = [[0] * (cols + 1) for _ in range(rows + 1)]
        for i in range(1, rows + 1):
            above, row = best[i - 1], best[i]
            for j in range(1, cols + 1):
                value = max(above[j], row[j - 1])
                g = gain.get((i - 1, j - 1))
                if g is not None:
                    value = max(value, above[j - 1] + g)
                row[j] = value
        pairs: dict[int, tuple[_Found, bool]] = {}
        i, j = rows, cols
        while i > 0 and j > 0:
            g = gain.get((i - 1, j - 1))
            if g is not None and best[i][j] == best[i - 1][j - 1] + g:
                pairs[i - 1] = (found[j - 1], g == 2)
                i, j = i - 1, j - 1
            elif best[i][j] == best[i - 1][j]:
                i -= 1
            else:
                j -= 1
        # a note read out of line order still matches by its label and text: on a page of
        # two columns side by side the right column's notes stand on lines above the left
        # column's last notes; only near its place, so a note repeated elsewhere (``Ibid.``
        # under a numbering that restarts) is not taken for it
        place = {id(f): j for j, f in enumerate(found)}
        aligned = sorted((i, place[id(f)]) for i, (f, _) in pairs.items())
        taken = {id(f) for f, _ in pairs.values()}
        for i in range(rows):
            if i in pairs:
                continue
            low, high = _neighbourhood(aligned, i, cols)
            for j in by_label.get(gold[i].label, ()):
                if low <= j <= high and gain.get((i, j)) == 2 and id(found[j]) not in taken:
                    pairs[i] = (found[j], True)
                    taken.add(id(found[j]))
                    break
        return pairs

    def _marker(self, note: GoldNote, found: _Found | None) -> None:
        if note.anchor is None:
            return
        if found is None:
            self.score.markers.add(False)
            self.miss("marker", note, "marker not found")
            return
        paragraph = found.paragraph
        if not self.score.markers.add(
            marker_placed(paragraph.text, found.note.offset, note.anchor)
        ):
            before = paragraph.text[max(0, found.note.offset - 40) : found.note.offset]
            self.miss("marker", note, f"after {before!r}, want after {note.anchor[-40:]!r}")

    def _citations(self, note: GoldNote, found: _Found | None) -> None:
        got = [self.evidence[i] for i in found.note.evidence if i in self.evidence] if found else []
        left = [e for e in got if e.source is not None]
        for cited in note.citations:
            work = self._match(cited, left)
            if not self.score.works.add(work is not None):
                self.miss("citation", note, f"want {self._want(cited)}; got {self._show(got)}")
                self.score.citations.add(False)
                continue
            assert work is not None
            ok = same_locator(_pages(work.locator), cited.locators)
            left.remove(work)
            if not self.score.citations.add(ok):
                pages = work.locator.normalised if work.locator else "-"
                self.miss("pages", note, f"want {self._want(cited)}; got pages {pages}")
        for wrong in left:
            if self._fits_any(wrong, note.citations):
                continue
            self.score.wrong += 1
            if _IBID.match(wrong.cited_as or ""):
                self.score.ibid_guessed += 1
            self.miss("wrong", note, f"resolved {self._show([wrong])}")

    def _source_fits(self, source: Source | None, key: str | None) -> bool:
        work = self.gold.works.get(key or "")
        if source is None or work is None:
            return False
        if work.year and source.date and source.date[:4] != work.year:
            return False
        return work_fit(source, work) >= 75.0

    def _match(self, cited: GoldCitation, evidence: Sequence[Evidence]) -> Evidence | None:
        fitting = [
            e for e in evidence if self._source_fits(self.sources.get(e.source or ""), cited.work)
        ]
        for e in fitting:
            if same_locator(_pages(e.locator), cited.locators):
                return e
        return fitting[0] if fitting else None

    def _fits_any(self, evidence: Evidence, cited: Sequence[GoldCitation]) -> bool:
        source = self.sources.get(evidence.source or "")
        return any(self._source_fits(source, c.work) for c in cited)

    def _want(self, cited: GoldCitation) -> str:
        work = self.gold.works.get(cited.work or "")
        author = work.authors[0] if work and work.authors else "-"
        year = work.year if work else "?"
        return f"[{author} {year} @ {'|'.join(cited.locators) or '-'}]"

    def _show(self, evidence: Sequence[Evidence]) -> str:
        shown = []
        for e in evidence:
            pages = e.locator.normalised if e.locator else "-"
            source = self.sources.get(e.source or "")
            if source is None:
                shown.append(f"[{e.status} {(e.cited_as or '')[:40]!r}]")
            else:
                author = source.creators[0].name if source.creators else "-"
                shown.append(f"[{author} {source.date}: {source.title[:30]} @ {pages}]")
        return " ".join(shown) or "nothing"


def table_anchored(scores: Sequence[NoteScore], total: NoteScore | None = None) -> str:
    """The figures of *scores* (and their *total*) as a plain-text table."""
    head = (
        f"{'document':<38} {'recall':>16} {'precision':>16} {'markers':>16} "
        f"{'citations':>14} {'works':>14} {'wrong':>5} {'ibid':>4}"
    )
    rows = [head, "-" * len(head)]
    for s in [*scores, *([total] if total else [])]:
        rows.append(
            f"{s.name:<38} {s.recall!s:>16} {s.precision!s:>16} {s.markers!s:>16} "
            f"{s.citations!s:>14} {s.works!s:>14} {s.wrong:>5} {s.ibid_guessed:>4}"
        )
    return "\n".join(rows)
