"""Measure the text parser on the third, blind evaluation set against its hand-written gold files.

Usage: ``python scripts/blind_accuracy.py [DOCUMENT.txt ...]`` (default: every document in
``tests/text/blind`` with a ``.gold.json`` beside it). Prints, per document and overall:
(a) footnotes with text whose citations all resolve to the right source and pages,
(b) ``Ibid.`` after a lost note flagged unresolved, (c) bibliography fields read right,
(d) footnote markers found against those expected, false markers, and whether each found note's
text is present or lost as it should be; then every miss.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

import purgehist
from purgehist.model import Division, Evidence, Note, Source

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "text" / "blind"
FIELDS = ("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages")
SIMILARITY = 90
# Cyrillic archive names and look-alike letters, so that "ГАРФ ... Р-9401" and "GARF ... R-9401"
# compare equal: a parser may keep or transliterate them.
_CYRILLIC = str.maketrans({"р": "r", "а": "a", "с": "s", "о": "o", "е": "e", "х": "h"})
_ARCHIVES = {"гарф": "garf", "ргаспи": "rgaspi", "ргва": "rgva", "цга": "tsga"}


def documents(folder: Path = BLIND) -> list[Path]:
    """Every ``*.txt`` in *folder* that has a ``.gold.json`` beside it."""
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".gold.json").exists())


def load_gold(path: Path) -> dict[str, Any]:
    """The gold annotations of the document at *path*."""
    data: dict[str, Any] = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return data


def fold(text: str | None) -> str:
    """Lower case, no accents, punctuation as spaces, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def surname(name: str) -> str:
    """The folded surname of ``Getty, J. Arch``, ``J. Arch Getty`` or ``GETTY J. Arch``."""
    name = re.sub(r"\((?:red|hg|hrsg|ed|eds|dir)\.?\)", "", name, flags=re.IGNORECASE).strip()
    if "," in name:
        head = name.split(",")[0]
    else:
        capitals = [w for w in name.split() if len(w) > 1 and w.isupper() and w.isalpha()]
        head = capitals[0] if capitals else name
    words = fold(head).split()
    return words[-1] if words else ""


def locator_key(text: str | None) -> str:
    """A page locator in comparable form: ``xiv–xvii`` → ``xiv-xvii``, ``12 ff`` → ``12ff``."""
    text = (text or "").casefold().replace("–", "-").replace("—", "-")
    text = re.sub(r"\bpp?\.\s*", "", text)
    return re.sub(r"[\s.]", "", text)


def archival_key(text: str | None) -> str:
    """An archival reference in comparable form (labels, punctuation and script folded)."""
    text = (text or "").casefold().replace("–", "-").replace("—", "-")
    for cyrillic, latin in _ARCHIVES.items():
        text = text.replace(cyrillic, latin)
    text = text.translate(_CYRILLIC)
    text = re.sub(r"\bф\.", "f.", text)
    text = re.sub(r"\bоп\.", "op.", text)
    text = re.sub(r"\bд\.", "d.", text)
    text = re.sub(r"\bлл\.", "ll.", text)
    text = re.sub(r"\bл\.", "l.", text)
    return re.sub(r"[^\w-]", "", text)


def similar(a: str | None, b: str | None) -> bool:
    """Folded texts at least :data:`SIMILARITY` alike."""
    return fuzz.ratio(fold(a), fold(b)) >= SIMILARITY


def source_matches(source: Source | None, gold: dict[str, Any]) -> bool:
    """The parsed *source* is the gold source: first author's surname and the title."""
    if source is None:
        return False
    if gold["authors"]:
        names = {surname(c.name) for c in source.creators}
        if fold(gold["authors"][0]) not in names:
            return False
    return similar(source.title, gold["title"])


def walk(divisions: Sequence[Division]) -> Iterator[Note]:
    """Every note of *divisions* and their subdivisions, in order."""
    for division in divisions:
        for paragraph in division.paragraphs:
            yield from paragraph.notes
        yield from walk(division.divisions)


def _year(source: Source) -> str | None:
    return source.date[:4] if source.date else None


def field_value(source: Source, name: str) -> Any:
    """The value of bibliography field *name* of *source*, comparable with the gold."""
    if name == "authors":
        return [surname(c.name) for c in source.creators]
    if name == "year":
        return _year(source)
    value: str | None = getattr(source, name)
    return value


def field_right(name: str, value: Any, expected: Any) -> bool:
    """Whether a parsed bibliography field is right."""
    if name == "authors":
        return bool(value == [fold(a) for a in expected])
    if name in ("title", "container", "publisher"):
        return similar(value, expected)
    if name == "pages":
        return locator_key(value) == locator_key(expected)
    return fold(value) == fold(expected)


@dataclass
class Score:
    """A count of right answers out of a total."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one answer."""
        self.total += 1
        self.right += ok

    def __str__(self) -> str:
        share = f"{100 * self.right / self.total:5.1f}%" if self.total else "   n/a"
        return f"{self.right:>3}/{self.total:<3} {share}"


@dataclass
class Report:
    """The figures and misses for one document."""

    name: str
    footnotes: Score = field(default_factory=Score)
    unresolved: Score = field(default_factory=Score)
    bibliography: Score = field(default_factory=Score)
    markers: Score = field(default_factory=Score)
    text_presence: Score = field(default_factory=Score)
    false_markers: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def _citation_right(
    ev: Evidence, gold: dict[str, Any], sources: dict[str, Source], gold_sources: dict[str, Any]
) -> str | None:
    """``None`` when *ev* is the gold citation, else why not."""
    loc = ev.locator.normalised if ev.locator is not None else None
    src = sources.get(ev.source) if ev.source else None
    if gold.get("unresolved"):
        if ev.status != "unresolved":
            return f"not flagged unresolved (source {ev.source}, locator {loc!r})"
        return None
    if ev.status == "unresolved":
        return "flagged unresolved"
    if "archival" in gold:
        want = archival_key(gold["archival"])
        candidates = [loc]
        if src is not None:
            candidates += [f"{src.title} {loc}"] + [f"{i.value} {loc}" for i in src.identifiers]
        if any(archival_key(c) == want for c in candidates):
            return None
        return (
            f"archival {loc!r} (source {src.title if src else None!r}), want {gold['archival']!r}"
        )
    expected = gold_sources[gold["source"]]
    if not source_matches(src, expected):
        title = src.title if src else None
        names = [c.name for c in src.creators] if src else []
        return f"source {names} {title!r}, want {gold['source']} ({expected['title']!r})"
    if locator_key(loc) != locator_key(gold["locator"]):
        return f"locator {loc!r}, want {gold['locator']!r} ({gold['source']})"
    return None


def measure(path: Path) -> Report:
    """Parse the document at *path* and score it against its gold file."""
    gold = load_gold(path)
    result = purgehist.parse_file(path, "text")
    dataset = result.dataset
    report = Report(path.name)
    sources = {s.id: s for s in dataset.sources}
    gold_sources: dict[str, Any] = gold["sources"]
    by_note: dict[str, list[Evidence]] = {}
    for ev in dataset.evidence:
        n = ev.provenance.footnote if ev.provenance else None
        if n is not None:
            by_note.setdefault(n, []).append(ev)
    document = dataset.documents[0]
    notes = {note.n: note for note in walk(document.divisions)}
    expected_ns = {g["n"] for g in gold["footnotes"]}
    report.false_markers = sorted((n for n in notes if n not in expected_ns), key=_natural)
    for n in report.false_markers:
        report.misses.append(f"(d) false marker {n!r} (offset {notes[n].offset})")

    for g in gold["footnotes"]:
        n = g["n"]
        note = notes.get(n)
        report.markers.add(note is not None)
        if note is None:
            report.misses.append(f"(d) note {n}: marker not found (line {g['marker_line']})")
        else:
            present = note.text is not None
            report.text_presence.add(present == g["text"])
            if present != g["text"]:
                report.misses.append(f"(d) note {n}: text {'found' if present else 'lost'}")
        evs = by_note.get(n, [])
        cits = g["citations"]
        if any(c.get("unresolved") for c in cits):
            flagged = len(evs) == len(cits) and all(
                ev.status == "unresolved"
                for ev, c in zip(evs, cits, strict=True)
                if c.get("unresolved")
            )
            report.unresolved.add(flagged)
            if not flagged:
                report.misses.append(f"(b) note {n}: Ibid. after lost note not flagged unresolved")
        if not g["text"]:
            continue
        problems = []
        if len(evs) != len(cits):
            got = [f"{e.source}@{e.locator.normalised if e.locator else None}" for e in evs]
            problems.append(f"{len(evs)} citations {got}, want {len(cits)}")
        else:
            for i, (ev, c) in enumerate(zip(evs, cits, strict=True), 1):
                why = _citation_right(ev, c, sources, gold_sources)
                if why:
                    problems.append(f"#{i} {why}")
        report.footnotes.add(not problems)
        for p in problems:
            report.misses.append(f"(a) note {n} (line {g['line']}): {p}")

    listed = [sources[i] for i in document.bibliography if i in sources]
    for entry in gold["bibliography"]:
        expected = gold_sources[entry["source"]]
        match = next((s for s in listed if source_matches(s, expected)), None)
        wanted = [f for f in FIELDS if expected.get(f)]
        if expected["type"] == "archival":
            wanted = ["title"]
        if match is None:
            for _ in wanted:
                report.bibliography.add(False)
            report.misses.append(
                f"(c) line {entry['line']}: {entry['source']} not in the bibliography "
                f"({len(wanted)} fields)"
            )
            continue
        for f in wanted:
            value = field_value(match, f)
            ok = field_right(f, value, expected[f])
            report.bibliography.add(ok)
            if not ok:
                report.misses.append(
                    f"(c) line {entry['line']}: {entry['source']}.{f} = {value!r}, "
                    f"want {expected[f]!r}"
                )
    return report


def _natural(n: str) -> tuple[int, str]:
    digits = re.match(r"\d+", n)
    return (int(digits.group()) if digits else 10**9, n)


def total(reports: Sequence[Report]) -> Report:
    """The figures of *reports* summed."""
    out = Report("OVERALL")
    for r in reports:
        for name in ("footnotes", "unresolved", "bibliography", "markers", "text_presence"):
            s, t = getattr(r, name), getattr(out, name)
            t.right += s.right
            t.total += s.total
        out.false_markers += r.false_markers
    return out


def table(reports: Sequence[Report]) -> str:
    """The figures as a plain-text table, with an overall row."""
    head = (
        f"{'document':<28} {'(a) footnotes':>14} {'(b) unresolved':>15} "
        f"{'(c) bib fields':>15} {'(d) markers':>14} {'false':>5} {'text ok':>14}"
    )
    rows = [head, "-" * len(head)]
    for r in [*reports, total(reports)]:
        rows.append(
            f"{r.name:<28} {r.footnotes!s:>14} {r.unresolved!s:>15} {r.bibliography!s:>15} "
            f"{r.markers!s:>14} {len(r.false_markers):>5} {r.text_presence!s:>14}"
        )
    return "\n".join(rows)


def main(argv: Sequence[str]) -> int:
    """Measure the documents named in *argv* (default: the whole blind set) and print."""
    paths = [Path(a) for a in argv] or documents()
    reports = [measure(p) for p in paths]
    print(table(reports))
    for r in reports:
        if r.misses:
            print(f"\n{r.name}: {len(r.misses)} misses")
            for miss in r.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
