"""Measure the text parser on four unseen documents against their hand-written gold files.

Usage: ``python scripts/unseen_accuracy.py [DOCUMENT.txt ...]`` (default: every document in
``tests/text/unseen``). Prints, per document and overall: (a) the share of footnotes with text
whose citations all resolve to the right source and pages, (b) the share of citations that must be
flagged unresolved (``Ibid.`` after a lost note) and are, (c) the share of bibliography fields read
right, (d) footnote markers found against those expected and false markers; then every miss.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import purgehist
from purgehist.model import Division, Evidence, Note, Source
from purgehist.model.dataset import Dataset

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "text" / "unseen"
FIELDS = ("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages")
TITLE_THRESHOLD = 75


def documents(folder: Path = UNSEEN) -> list[Path]:
    """The unseen documents: every ``*.txt`` in *folder* that has a ``.gold.json`` beside it."""
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".gold.json").exists())


def load_gold(path: Path) -> dict[str, Any]:
    """The gold annotations of the document at *path*."""
    data: dict[str, Any] = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return data


def fold(text: str | None) -> str:
    """Lower case, no accents, typographic quotes and dashes made plain, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("ß", "ss")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def surname(name: str) -> str:
    """The surname of a creator's name (``Getty, J. Arch`` or ``J. Arch Getty``), folded."""
    name = re.sub(r"\((?:hg|hrsg|ed|eds)\.?\)", "", name, flags=re.IGNORECASE).strip()
    head = name.split(",")[0] if "," in name else name
    words = fold(head).split()
    return words[-1] if words else ""


def _expand(match: re.Match[str]) -> str:
    start, end = match[1], match[2]
    if len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return f"{start}-{end}"


def norm_locator(text: str | None) -> str | None:
    """A locator compared loosely: plain hyphens, ``ll.`` as ``l.``, no trailing full stop,
    abbreviated page ranges completed (``130-32`` is ``130-132``)."""
    if text is None:
        return None
    text = re.sub(r"\s*[–—‒-]\s*", "-", text.strip())
    text = re.sub(r"\bll\.", "l.", text)
    text = re.sub(r"(\d+)-(\d+)", _expand, text)
    return " ".join(text.split()).rstrip(".").strip() or None


def _main_title(title: str) -> str:
    return re.split(r"[:.]\s", title, maxsplit=1)[0]


def title_similarity(found: str | None, wanted: str) -> float:
    """How well a parsed title matches a gold title: a full or short title both count."""
    if not found:
        return 0.0
    f, w = fold(found), fold(wanted)
    scores = [fuzz.ratio(f, w), fuzz.ratio(f, fold(_main_title(wanted)))]
    if len(f) >= 8:
        # a short title ("Road to Terror") is a part of the full one
        scores.append(fuzz.partial_ratio(f, w) * (0.9 if len(f) < len(w) / 3 else 1.0))
    return float(max(scores))


def match_source(source: Source, gold_sources: Mapping[str, Any]) -> str | None:
    """The gold key the parsed *source* stands for (surname must agree, then best title)."""
    names = {surname(c.name) for c in source.creators}
    best: tuple[float, str] | None = None
    for key, want in gold_sources.items():
        if want["author"] is None:
            hay = fold(f"{source.title} {source.short_title or ''}")
            if source.type == "archival" and fold(want["title"]) in hay.split():
                return key
            continue
        if fold(want["author"]) not in names:
            continue
        score = max(
            title_similarity(source.title, want["title"]),
            title_similarity(source.short_title, want["title"]),
        )
        if score >= TITLE_THRESHOLD and (best is None or score > best[0]):
            best = (score, key)
    return best[1] if best else None


def describe(dataset: Dataset, evidence: Evidence) -> str:
    """One evidence item as ``Surname, Title | locator | status`` for the list of misses."""
    source = dataset.get(evidence.source) if evidence.source else None
    if isinstance(source, Source):
        who = source.creators[0].name if source.creators else "?"
        what = f"{who}, {source.title[:50]}"
    else:
        what = "no source"
    locator = evidence.locator.normalised if evidence.locator else None
    return f"[{what} | {locator} | {evidence.status}]"


def _want_text(gold: Mapping[str, Any], want: Mapping[str, Any]) -> str:
    if want.get("unresolved"):
        return f"[unresolved | {want.get('locator')}]"
    source = gold["sources"][want["source"]]
    return f"[{source['author'] or source['title']}, {source['title'][:50]} | {want['locator']}]"


def _locator_ok(evidence: Evidence, want: Any) -> bool:
    alternatives = want if isinstance(want, list) else [want]
    got = norm_locator(evidence.locator.normalised) if evidence.locator else None
    return any(got == norm_locator(a) for a in alternatives)


def _archival_ok(
    dataset: Dataset, evidence: Evidence, want: Mapping[str, Any], archive: str
) -> bool:
    if evidence.source is None or evidence.locator is None:
        return False
    got = norm_locator(evidence.locator.normalised)
    wanted = norm_locator(want["locator"])
    if got == wanted:
        return True
    source = dataset.get(evidence.source)
    bare = (wanted or "").removeprefix(archive).strip()
    return (
        isinstance(source, Source)
        and fold(archive) in fold(f"{source.title} {source.short_title or ''}").split()
        and got == bare
    )


def _archival_split(
    dataset: Dataset, evidence: Evidence, want: Mapping[str, Any], gold: Mapping[str, Any]
) -> bool:
    """Whether the parser kept an archival reference as file (source) plus folios (pages)."""
    if want.get("unresolved") or gold["sources"][want["source"]]["type"] != "archival":
        return False
    source = dataset.get(evidence.source) if evidence.source else None
    if not isinstance(source, Source) or evidence.locator is None:
        return False
    file, _, folios = (norm_locator(want["locator"]) or "").rpartition(", l. ")
    same_file = fuzz.partial_ratio(fold(source.title), fold(file)) >= 80
    return same_file and norm_locator(evidence.locator.normalised) == folios


def citation_ok(
    dataset: Dataset, evidence: Evidence, want: Mapping[str, Any], gold: Mapping[str, Any]
) -> bool:
    """Whether one parsed citation is the expected one (source and locator, or unresolved)."""
    if want.get("unresolved"):
        if evidence.source is not None or evidence.status != "unresolved":
            return False
        return (
            want.get("locator") is None
            or evidence.locator is None
            or _locator_ok(evidence, want["locator"])
        )
    if evidence.status != "resolved" or evidence.source is None:
        return False
    expected = gold["sources"][want["source"]]
    if expected["type"] == "archival":
        return _archival_ok(dataset, evidence, want, expected["title"])
    source = dataset.get(evidence.source)
    if not isinstance(source, Source) or match_source(source, gold["sources"]) != want["source"]:
        return False
    if want["locator"] is None:
        return evidence.locator is None or not evidence.locator.normalised
    return _locator_ok(evidence, want["locator"])


def _field(source: Source, name: str) -> Any:
    if name == "authors":
        return [surname(c.name) for c in source.creators]
    if name == "year":
        return source.date[:4] if source.date else None
    value = getattr(source, name)
    return value if value else None


def _field_equal(name: str, got: Any, want: Any) -> bool:
    if name == "authors":
        return bool(got == [fold(w) for w in want])
    if name == "pages":
        return norm_locator(got) == norm_locator(want)
    return fold(str(got)) == fold(str(want))


def walk_notes(divisions: Sequence[Division]) -> Iterator[Note]:
    """Every note of the document, in reading order."""
    for division in divisions:
        for paragraph in division.paragraphs:
            yield from paragraph.notes
        yield from walk_notes(division.divisions)


@dataclass
class Result:
    """The figures for one document and every miss, each naming its line."""

    name: str
    notes_with_text: int = 0
    notes_right: int = 0
    unresolved_expected: int = 0
    unresolved_right: int = 0
    spurious_unresolved: int = 0
    fields_total: int = 0
    fields_right: int = 0
    markers_expected: int = 0
    markers_found: int = 0
    false_markers: int = 0
    extra_bibliography: int = 0
    duplicate_sources: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def footnotes(self) -> float:
        """(a) share of footnotes with text that are right."""
        return self.notes_right / self.notes_with_text if self.notes_with_text else 1.0

    @property
    def unresolved(self) -> float:
        """(b) share of must-be-unresolved citations flagged so (1.0 when there are none)."""
        if not self.unresolved_expected:
            return 1.0
        return self.unresolved_right / self.unresolved_expected

    @property
    def bibliography(self) -> float:
        """(c) share of bibliography fields right (spurious values count as wrong)."""
        return self.fields_right / self.fields_total if self.fields_total else 1.0


def _footnotes(result: Result, dataset: Dataset, gold: Mapping[str, Any]) -> None:
    by_note: dict[str, list[Evidence]] = {}
    for evidence in dataset.evidence:
        if evidence.provenance and evidence.provenance.footnote:
            by_note.setdefault(evidence.provenance.footnote, []).append(evidence)
    for n, entry in gold["footnotes"].items():
        found = by_note.get(n, [])
        where = f"{result.name}:{entry['line']} fn {n}"
        if not entry["present"]:
            guessed = [e for e in found if e.source is not None]
            if guessed:
                result.misses.append(
                    f"{where}: text lost, expected no resolved citation; got "
                    + " ".join(describe(dataset, e) for e in guessed)
                )
            continue
        result.notes_with_text += 1
        expected = entry["citations"]
        ok = len(found) == len(expected)
        for evidence, want in zip(found, expected, strict=False):
            ok = citation_ok(dataset, evidence, want, gold) and ok
        for index, want in enumerate(expected):
            if want.get("unresolved"):
                result.unresolved_expected += 1
                if (
                    index < len(found)
                    and found[index].status == "unresolved"
                    and (found[index].source is None)
                ):
                    result.unresolved_right += 1
                else:
                    got = describe(dataset, found[index]) if index < len(found) else "nothing"
                    result.misses.append(
                        f"{where}: (b) citation {index + 1} must be unresolved; got {got}"
                    )
            elif index < len(found) and found[index].status == "unresolved":
                result.spurious_unresolved += 1
        if ok:
            result.notes_right += 1
            continue
        wanted = " ".join(_want_text(gold, w) for w in expected) or "[comment: no citation]"
        got = " ".join(describe(dataset, e) for e in found) or "nothing"
        hint = ""
        if any(_archival_split(dataset, e, w, gold) for e, w in zip(found, expected, strict=False)):
            hint = " (archival reference read as a source with the folios as its pages)"
        result.misses.append(f"{where}: (a) expected {wanted}; got {got}{hint}")


def _bibliography(result: Result, dataset: Dataset, gold: Mapping[str, Any]) -> None:
    listed = dataset.documents[0].bibliography if dataset.documents else ()
    parsed: dict[str, Source] = {}
    for source_id in listed:
        source = dataset.get(source_id)
        if not isinstance(source, Source):
            continue
        key = match_source(source, gold["sources"])
        if key is None or key in parsed:
            result.extra_bibliography += 1
            result.misses.append(
                f"{result.name}: (c) bibliography entry matches no gold entry: "
                f"{[c.name for c in source.creators]} {source.title!r}"
            )
            continue
        parsed[key] = source
    for entry in gold["bibliography"]:
        source = parsed.get(entry["key"])
        where = f"{result.name}:{entry['line']} bib {entry['key']}"
        if source is None:
            count = sum(1 for f in FIELDS if entry[f] is not None)
            result.fields_total += count
            result.misses.append(f"{where}: (c) entry not found ({count} fields lost)")
            continue
        for name in FIELDS:
            want, got = entry[name], _field(source, name)
            if want is None and got is None:
                continue
            result.fields_total += 1
            if want is not None and got is not None and _field_equal(name, got, want):
                result.fields_right += 1
            else:
                result.misses.append(f"{where}: (c) {name} expected {want!r}; got {got!r}")


def _markers(result: Result, dataset: Dataset, gold: Mapping[str, Any]) -> None:
    expected = {n for n, e in gold["footnotes"].items() if e["marker"]}
    known = set(gold["footnotes"])
    result.markers_expected = len(expected)
    notes = list(walk_notes(dataset.documents[0].divisions)) if dataset.documents else []
    seen: set[str] = set()
    for note in notes:
        if note.n not in known or note.n in seen:
            result.false_markers += 1
            result.misses.append(
                f"{result.name}:{note.line} (d) false footnote marker {note.n!r}"
                f" (note text: {(note.text or '')[:40]!r})"
            )
        seen.add(note.n)
    result.markers_found = len(expected & seen)
    for n in sorted(expected - seen, key=int):
        line = gold["footnotes"][n].get("marker_line")
        result.misses.append(f"{result.name}:{line} (d) marker {n} not found")


def _duplicates(result: Result, dataset: Dataset, gold: Mapping[str, Any]) -> None:
    keys: dict[str, int] = {}
    for source in dataset.sources:
        key = match_source(source, gold["sources"])
        if key is not None and gold["sources"][key]["type"] != "archival":
            keys[key] = keys.get(key, 0) + 1
    for key, count in sorted(keys.items()):
        if count > 1:
            result.duplicate_sources += count - 1
            result.misses.append(f"{result.name}: source {key} parsed as {count} separate sources")


def measure(path: Path) -> Result:
    """Parse *path* with the text parser and compare it with its gold file."""
    gold = load_gold(path)
    dataset = purgehist.parse_file(path, "text").dataset
    result = Result(name=path.name)
    _footnotes(result, dataset, gold)
    _bibliography(result, dataset, gold)
    _markers(result, dataset, gold)
    _duplicates(result, dataset, gold)
    return result


def total(results: Sequence[Result]) -> Result:
    """The figures of several documents added up."""
    overall = Result(name="overall")
    for r in results:
        for name in (
            "notes_with_text",
            "notes_right",
            "unresolved_expected",
            "unresolved_right",
            "spurious_unresolved",
            "fields_total",
            "fields_right",
            "markers_expected",
            "markers_found",
            "false_markers",
            "extra_bibliography",
            "duplicate_sources",
        ):
            setattr(overall, name, getattr(overall, name) + getattr(r, name))
    return overall


def table(results: Sequence[Result]) -> str:
    """The figures as a plain-text table, one row per document and a total."""
    head = (
        f"{'document':34} {'(a) footnotes':>15} {'(b) unresolved':>15} {'(c) bib fields':>16}"
        f" {'(d) markers':>12} {'false':>6} {'extra bib':>9} {'dup src':>8}"
    )
    rows = [head, "-" * len(head)]
    for r in [*results, total(results)]:
        rows.append(
            f"{r.name:34} {r.footnotes:6.1%} {r.notes_right:>3}/{r.notes_with_text:<3}"
            f" {r.unresolved:6.1%} {r.unresolved_right:>3}/{r.unresolved_expected:<3}"
            f" {r.bibliography:6.1%} {r.fields_right:>4}/{r.fields_total:<4}"
            f" {r.markers_found:>5}/{r.markers_expected:<5} {r.false_markers:>6}"
            f" {r.extra_bibliography:>9} {r.duplicate_sources:>8}"
        )
    return "\n".join(rows)


def main(argv: Sequence[str]) -> int:
    """Print the table and the misses; the exit status is 0."""
    paths = [Path(a) for a in argv] or documents()
    results = [measure(p) for p in paths]
    print(table(results))
    for r in results:
        if r.spurious_unresolved:
            print(f"\n{r.name}: {r.spurious_unresolved} citation(s) flagged unresolved needlessly")
    print("\nMisses:")
    for r in results:
        for miss in r.misses:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
