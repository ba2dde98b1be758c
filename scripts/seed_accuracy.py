"""Measure the text parser on the seed thesis against the hand-checked gold sample.

Usage: ``python scripts/seed_accuracy.py [SEED] [GOLD]``; prints the share of footnotes whose
citations resolve to the right source and pages, and the share of bibliography fields read right.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from purgehist.formats.text.read import parse_text
from purgehist.model import Source
from purgehist.model.dataset import Dataset
from purgehist.names import name_key as fold

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "great-purge-thesis.nl.txt"
GOLD = ROOT / "tests" / "text" / "data" / "seed_gold.json"


def _key(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (text or "").casefold()).split())


def _source_matches(source: Source, expected: Mapping[str, Any]) -> bool:
    surnames = {fold(c.name.split(",")[0].split()[-1]) for c in source.creators}
    if fold(expected["author"].split()[-1]) not in surnames:
        return False
    if "listed" in expected and source.listed != expected["listed"]:
        return False
    title, wanted = _key(source.title), _key(expected["title"])
    return title.startswith(wanted) or fuzz.ratio(title[: len(wanted)], wanted) >= 90


def footnote_accuracy(dataset: Dataset, gold: Mapping[str, Any]) -> tuple[float, list[str]]:
    """Share of gold footnotes whose every citation has the expected source and pages."""
    by_note: dict[str, list[Any]] = {}
    for evidence in dataset.evidence:
        if evidence.provenance and evidence.provenance.footnote:
            by_note.setdefault(evidence.provenance.footnote, []).append(evidence)
    wrong: list[str] = []
    for n, entry in gold["footnotes"].items():
        found = by_note.get(n, [])
        expected = entry["citations"]
        ok = len(found) == len(expected)
        for evidence, want in zip(found, expected, strict=False):
            pages = evidence.locator.normalised if evidence.locator else None
            if want.get("unresolved"):
                ok = ok and evidence.source is None and evidence.status == "unresolved"
            else:
                source = dataset.get(evidence.source) if evidence.source else None
                ok = ok and isinstance(source, Source) and _source_matches(source, want)
            ok = ok and pages == want["pages"]
        if not ok:
            got = [(e.source, e.locator.normalised if e.locator else None) for e in found]
            wrong.append(f"footnote {n}: expected {expected}, got {got}")
    total = len(gold["footnotes"])
    return (total - len(wrong)) / total, wrong


def bibliography_accuracy(dataset: Dataset, gold: Mapping[str, Any]) -> tuple[float, list[str]]:
    """Share of bibliography fields (authors, title, container, volume, issue, place, year,
    pages) read as the gold sample has them, entries taken in printed order."""
    document = dataset.documents[0]
    sources = [dataset.get(i) for i in document.bibliography]
    right = total = 0
    wrong: list[str] = []
    for k, want in enumerate(gold["bibliography"]):
        source = sources[k] if k < len(sources) else None
        got: dict[str, Any] = {}
        if isinstance(source, Source):
            got = {
                "authors": [c.name.split(",")[0].strip() for c in source.creators],
                "title": source.title,
                "container": source.container,
                "volume": source.volume,
                "issue": source.issue,
                "place": source.place,
                "year": (source.date or "")[:4] or None,
                "pages": source.pages,
            }
        for field, value in want.items():
            total += 1
            if got.get(field) == value:
                right += 1
            else:
                wrong.append(f"entry {k + 1} {field}: expected {value!r}, got {got.get(field)!r}")
    return right / total, wrong


def measure(seed: Path = SEED, gold_path: Path = GOLD) -> tuple[float, float, list[str]]:
    """``(footnote accuracy, bibliography accuracy, mistakes)``."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = parse_text(seed.read_bytes(), file=seed.name)
    notes, note_errors = footnote_accuracy(result.dataset, gold)
    bib, bib_errors = bibliography_accuracy(result.dataset, gold)
    return notes, bib, note_errors + bib_errors


def main(argv: list[str]) -> int:
    """Print the two figures and every mismatch."""
    seed = Path(argv[1]) if len(argv) > 1 else SEED
    gold = Path(argv[2]) if len(argv) > 2 else GOLD
    notes, bib, errors = measure(seed, gold)
    gold_data = json.loads(gold.read_text(encoding="utf-8"))
    print(f"footnotes with text in the sample: {len(gold_data['footnotes'])}")
    print(f"footnotes resolved to the right source and pages: {notes:.1%}")
    print(f"bibliography entries: {len(gold_data['bibliography'])}")
    print(f"bibliography fields read right: {bib:.1%}")
    for error in errors:
        print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
