"""Score a parsed document against its gold: (a) footnotes whose citations all resolve to the
right work and pages, (b) citations that must stay unresolved and do (``Ibid.`` after a lost
note is never guessed), (c) bibliography fields read right, (d) footnote markers found and
placed in the right paragraph, with every miss named by its line."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from attrs import Factory, define, field, fields, frozen

from purgehist.evaluation.compare import (
    TITLE_MATCH,
    fold,
    norm_locator,
    same_archival,
    same_locator,
    same_text,
    source_text,
    surname,
    title_score,
)
from purgehist.evaluation.gold import Gold, GoldCitation, GoldEntry, GoldNote, GoldWork
from purgehist.model import CitationStatus, Evidence, Note, Source
from purgehist.model.dataset import Dataset
from purgehist.model.documents import walk_paragraphs

__all__ = [
    "Miss",
    "Score",
    "Tally",
    "add_figures",
    "score",
    "table",
    "work_fit",
]

_FAR = 10**6


@define
class Tally:
    """Right answers out of a total."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> bool:
        """Count one answer; *ok* again."""
        self.total += 1
        self.right += ok
        return ok

    @property
    def share(self) -> float:
        """The share right (1.0 when there was nothing to judge)."""
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        share = f"{100 * self.right / self.total:5.1f}%" if self.total else "   n/a"
        return f"{self.right:>3}/{self.total:<3} {share}"


@frozen
class Miss:
    """One thing the parser got wrong."""

    measure: str
    """``a`` footnotes, ``b`` unresolved, ``c`` bibliography, ``d`` markers, or ``extra``."""
    where: str
    """``document:line`` and what is there (``note 12``, ``entry getty1985``)."""
    what: str

    def __str__(self) -> str:
        return f"({self.measure}) {self.where}: {self.what}"


@define
class Score:
    """The figures for one document (or several, added up) and every miss."""

    name: str
    footnotes: Tally = Factory(Tally)
    """(a) Footnotes with text whose citations all resolve to the right work and pages."""
    unresolved: Tally = Factory(Tally)
    """(b) Citations that must stay unresolved and do."""
    bibliography: Tally = Factory(Tally)
    """(c) Bibliography fields read right (a value where the gold has none is wrong)."""
    markers: Tally = Factory(Tally)
    """(d) Markers found, in the paragraph that holds them."""
    text: Tally = Factory(Tally)
    """Notes found whose text is there, or lost, as the gold says."""
    false_markers: int = 0
    """Notes the parser found that the document does not have."""
    guesses: int = 0
    """Citations resolved in notes whose text is lost: guesses."""
    extra_entries: int = 0
    """Bibliography entries the parser read that the gold does not have."""
    duplicate_sources: int = 0
    """Sources beyond the first that stand for one work."""
    misses: list[Miss] = field(factory=list)

    def add(self, other: Score) -> None:
        """Add *other*'s figures and misses to these."""
        add_figures(self, other)


def add_figures(mine: Any, theirs: Any) -> None:
    """Add the figures of *theirs* to *mine* (two scores of one class): tallies and counts
    summed, misses joined."""
    for each in fields(type(mine)):
        have, more = getattr(mine, each.name), getattr(theirs, each.name)
        if isinstance(have, Tally):
            have.right += more.right
            have.total += more.total
        elif isinstance(have, list):
            have.extend(more)
        elif isinstance(have, int):
            setattr(mine, each.name, have + more)


@frozen
class _Found:
    """A note of the parsed document, with the line of the paragraph that holds it."""

    note: Note
    paragraph: int | None
    order: int


def score(dataset: Dataset, gold: Gold) -> Score:
    """Score *dataset*, a parse of the document *gold* describes."""
    return _Scorer(dataset, gold).run()


class _Scorer:
    def __init__(self, dataset: Dataset, gold: Gold) -> None:
        self.gold = gold
        self.score = Score(gold.name)
        self.sources = {s.id: s for s in dataset.sources}
        self.evidence = {e.id: e for e in dataset.evidence}
        self.all_evidence = dataset.evidence
        document = dataset.documents[0] if dataset.documents else None
        paragraphs = list(walk_paragraphs(document.divisions)) if document else []
        self.paragraph_lines = sorted(p.line for p in paragraphs if p.line is not None)
        self.found = [
            _Found(note, paragraph.line, k)
            for k, (paragraph, note) in enumerate((p, n) for p in paragraphs for n in p.notes)
        ]
        self.listed = [self.sources[i] for i in document.bibliography] if document else []

    def miss(self, measure: str, line: int | None, place: str, what: str) -> None:
        where = f"{self.gold.name}:{line if line is not None else '?'} {place}"
        self.score.misses.append(Miss(measure, where, what))

    def run(self) -> Score:
        matched = self._match_notes()
        for note in self.gold.notes:
            found = matched.get(id(note))
            self._markers(note, found)
            self._footnote(note, found)
        if self.gold.complete:
            taken = {f.order for f in matched.values()}
            for found in self.found:
                if found.order not in taken:
                    self.score.false_markers += 1
                    text = (found.note.text or "")[:50]
                    self.miss(
                        "d", found.paragraph, f"note {found.note.n}", f"false marker {text!r}"
                    )
        self._bibliography()
        self._duplicates()
        return self.score

    # notes ---------------------------------------------------------------------------------

    def _match_notes(self) -> dict[int, _Found]:
        """Each gold note's note in the parse: the same number, nearest where the gold puts it."""
        matched: dict[int, _Found] = {}
        taken: set[int] = set()
        for note in self.gold.notes:
            candidates = [f for f in self.found if f.note.n == note.label and f.order not in taken]
            if candidates:
                best = min(candidates, key=lambda f: self._distance(note, f))
                matched[id(note)] = best
                taken.add(best.order)
        return matched

    @staticmethod
    def _distance(note: GoldNote, found: _Found) -> tuple[int, int]:
        if note.line is not None and found.note.line is not None:
            return abs(note.line - found.note.line), found.order
        if note.marker_line is not None and found.paragraph is not None:
            before = note.marker_line - found.paragraph
            return (before if before >= 0 else _FAR - before), found.order
        return 0, found.order

    def _paragraph_of(self, line: int) -> int | None:
        k = bisect.bisect_right(self.paragraph_lines, line) - 1
        return self.paragraph_lines[k] if k >= 0 else None

    def _markers(self, note: GoldNote, found: _Found | None) -> None:
        if found is not None:
            present = found.note.text is not None
            if not self.score.text.add(present == note.text):
                lost = "found" if present else "lost"
                self.miss(
                    "d", found.note.line or found.paragraph, f"note {note.name}", f"text {lost}"
                )
        if not self.gold.complete or note.marker_line is None:
            return
        where = f"note {note.name}"
        if found is None:
            self.score.markers.add(False)
            self.miss("d", note.marker_line, where, "marker not found")
            return
        expected = self._paragraph_of(note.marker_line)
        if not self.score.markers.add(found.paragraph == expected):
            self.miss(
                "d",
                note.marker_line,
                where,
                f"marker in the paragraph of line {found.paragraph}, not of line {expected}",
            )

    def _note_evidence(self, note: GoldNote, found: _Found | None) -> list[Evidence]:
        if found is not None:
            return [self.evidence[i] for i in found.note.evidence if i in self.evidence]
        if note.line is None:
            return []
        return [
            e
            for e in self.all_evidence
            if e.provenance is not None
            and e.provenance.footnote == note.label
            and e.provenance.line is not None
            and 0 <= e.provenance.line - note.line <= 6
        ]

    def _footnote(self, note: GoldNote, found: _Found | None) -> None:
        got = self._note_evidence(note, found)
        where = f"note {note.name}"
        if not note.text:
            guessed = [e for e in got if e.source is not None]
            self.score.guesses += len(guessed)
            if guessed:
                self.miss("b", note.marker_line, where, f"text lost, yet {self._show(guessed)}")
            return
        for k, cited in enumerate(note.citations):
            if cited.unresolved:
                ok = k < len(got) and got[k].status == CitationStatus.UNRESOLVED
                if not self.score.unresolved.add(ok and got[k].source is None):
                    have = self._show(got[k : k + 1]) or "nothing"
                    self.miss(
                        "b", note.line, where, f"citation {k + 1} must stay unresolved; got {have}"
                    )
        right = len(got) == len(note.citations) and all(
            self._citation_right(e, c) for e, c in zip(got, note.citations, strict=True)
        )
        if not self.score.footnotes.add(right):
            wanted = " ".join(self._want(c) for c in note.citations) or "[no citation]"
            self.miss("a", note.line, where, f"want {wanted}; got {self._show(got) or 'nothing'}")

    # citations and works -------------------------------------------------------------------

    def _citation_right(self, evidence: Evidence, cited: GoldCitation) -> bool:
        locator = evidence.locator.normalised if evidence.locator else None
        if cited.unresolved:
            return (
                evidence.status == CitationStatus.UNRESOLVED
                and evidence.source is None
                and (not cited.locators or not locator or same_locator(locator, cited.locators))
            )
        if evidence.status != CitationStatus.RESOLVED or evidence.source is None:
            return False
        source = self.sources.get(evidence.source)
        if cited.archival is not None:
            return same_archival(locator, cited.archival, source)
        work = self.gold.works.get(cited.work or "")
        if source is None or work is None or not self._is_work(source, work):
            return False
        if cited.listed is not None and source.listed != cited.listed:
            return False
        return same_locator(locator, cited.locators)

    def _fit(self, source: Source, work: GoldWork) -> float:
        return work_fit(source, work)

    def _rank(self, source: Source, work: GoldWork) -> tuple[float, float]:
        """The fit, then how well the full title alone fits: two works may both fit a short
        title (``The Great Terror``) as well."""
        fit = self._fit(source, work)
        return fit, title_score(source, work.all_titles, short=False) if fit else 0.0

    def _is_work(self, source: Source, work: GoldWork) -> bool:
        """Whether *source* is *work*: it fits, and no other work of the gold fits it better."""
        rank = self._rank(source, work)
        return rank[0] >= TITLE_MATCH and all(
            self._rank(source, other) <= rank for other in self.gold.works.values()
        )

    def _best_work(self, source: Source) -> str | None:
        ranks = [(self._rank(source, w), k) for k, w in self.gold.works.items()]
        best = max(ranks, default=((0.0, 0.0), ""))
        return best[1] if best[0][0] >= TITLE_MATCH else None

    def _duplicates(self) -> None:
        by_work: dict[str, list[str]] = {}
        for source in self.sources.values():
            key = self._best_work(source)
            if key is not None and self.gold.works[key].type != "archival":
                by_work.setdefault(key, []).append(source.id)
        for key, ids in sorted(by_work.items()):
            if len(ids) > 1:
                self.score.duplicate_sources += len(ids) - 1
                self.miss("extra", None, f"work {key}", f"read as {len(ids)} sources: {ids}")

    def _want(self, cited: GoldCitation) -> str:
        pages = "|".join(cited.locators) or "-"
        if cited.unresolved:
            return f"[unresolved @ {pages}]"
        if cited.archival is not None:
            return f"[archival {cited.archival}]"
        work = self.gold.works.get(cited.work or "")
        author = work.authors[0] if work and work.authors else "-"
        return f"[{author}: {work.title[:40] if work else cited.work} @ {pages}]"

    def _show(self, evidence: Sequence[Evidence]) -> str:
        shown = []
        for e in evidence:
            pages = e.locator.normalised if e.locator else "-"
            source = self.sources.get(e.source or "")
            if source is None:
                shown.append(f"[{e.status} @ {pages}]")
            else:
                author = source.creators[0].name if source.creators else "-"
                shown.append(f"[{author}: {source.title[:40]} @ {pages}]")
        return " ".join(shown)

    # bibliography --------------------------------------------------------------------------

    def _bibliography(self) -> None:
        used: set[str] = set()
        for entry in self.gold.bibliography:
            work = self.gold.works[entry.work]
            source = self._entry_source(entry, work, used)
            where = f"entry {entry.work}"
            if source is None:
                judged = sum(1 for v in entry.fields.values() if v)
                for _ in range(judged):
                    self.score.bibliography.add(False)
                self.miss("c", entry.line, where, f"not read ({judged} fields lost)")
                continue
            used.add(source.id)
            for name, wanted in entry.fields.items():
                wanted = wanted or None  # an empty list of authors: none
                got = _field(source, name)
                if wanted is None and got is None:
                    continue
                if not self.score.bibliography.add(_field_right(name, got, wanted, source)):
                    self.miss("c", entry.line, where, f"{name} {got!r}, want {wanted!r}")
        for source in self.listed:
            if source.id not in used:
                self.score.extra_entries += 1
                names = [c.name for c in source.creators]
                self.miss(
                    "extra",
                    None,
                    f"entry {source.id}",
                    f"not in the gold: {names} {source.title!r}",
                )

    def _entry_source(self, entry: GoldEntry, work: GoldWork, used: set[str]) -> Source | None:
        archival = entry.fields.get("archival")
        best: tuple[float, Source] | None = None
        for source in self.listed:
            if source.id in used:
                continue
            if archival and same_archival(_signature(source), archival, source):
                return source
            fit = self._fit(source, work)
            if fit >= TITLE_MATCH and (best is None or fit > best[0]):
                best = (fit, source)
        return best[1] if best else None


def work_fit(source: Source, work: GoldWork) -> float:
    """How well *source* fits *work*, 0 to 100: 0 when an author named differs, else by
    title."""
    if work.type == "archival":
        named = f" {fold(work.title)} " in f" {fold(source_text(source))} "
        return 100.0 if named else title_score(source, [work.title])
    if work.authors and not work.edited:
        wanted = surname(work.authors[0])
        names = [c.name for c in source.creators]
        if not any(wanted == surname(n) or wanted in fold(n).split() for n in names):
            return 0.0
    return title_score(source, work.all_titles)


def _signature(source: Source) -> str:
    return next((i.value for i in source.identifiers), source.title)


def _field(source: Source, name: str) -> Any:
    if name == "authors":
        return [c.name for c in source.creators] or None
    if name == "year":
        return source.date[:4] if source.date else None
    if name == "archival":
        return source_text(source)
    value = getattr(source, name)
    return value if value else None


def _field_right(name: str, got: Any, wanted: Any, source: Source) -> bool:
    if got is None or wanted is None:
        return False
    if name == "authors":
        return bool([surname(n) for n in got] == [surname(w) for w in wanted])
    if name == "pages":
        return norm_locator(got) == norm_locator(wanted)
    if name == "archival":
        return same_archival(_signature(source), wanted, source)
    if name == "title":
        # a translation in brackets after a title is the reader's help, not the title
        return same_text(_untranslated(got), _untranslated(wanted)) or (
            fold(wanted) in fold(source_text(source)) and source.type == "archival"
        )
    return same_text(str(got), str(wanted))


def _untranslated(title: str) -> str:
    return re.sub(r"\s*\[[^\]]*\]", "", title)


def table(scores: Sequence[Score], total: Score | None = None) -> str:
    """The figures of *scores* (and their *total*) as a plain-text table."""
    head = (
        f"{'document':<34} {'(a) footnotes':>14} {'(b) unresolved':>15} {'(c) bib fields':>15} "
        f"{'(d) markers':>14} {'false':>5} {'text ok':>14} {'extra':>5} {'dup':>4}"
    )
    rows = [head, "-" * len(head)]
    for s in [*scores, *([total] if total else [])]:
        rows.append(
            f"{s.name:<34} {s.footnotes!s:>14} {s.unresolved!s:>15} {s.bibliography!s:>15} "
            f"{s.markers!s:>14} {s.false_markers:>5} {s.text!s:>14} {s.extra_entries:>5} "
            f"{s.duplicate_sources:>4}"
        )
    return "\n".join(rows)
