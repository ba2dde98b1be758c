"""Measure the PDF front end alone on the evaluation corpus (before the text pipeline).

For each document: the share of gold footnotes whose label starts a NOTE line on the gold page
(``labels``), the share of gold notes matched by a superscript marker in the body of their page
(``markers``: per page, markers emitted against notes starting there, surplus counted apart),
and NOTE lines on pages where no gold note starts or continues (``false NOTE``).

Details (missed labels, per-page marker counts) are printed only for ``dev`` documents; ``test``
documents add to the totals and are never shown one by one, so nobody tunes on them.

    python scripts/pdf_frontend_accuracy.py [--corpus /work/corpus] [--details] [--only ID]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from purgehist.formats.pdf.frontend import read_pdf_lines
from purgehist.formats.text.lines import LineKind, SourceLine

_MARKER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def score(lines: list[SourceLine], gold: dict[str, object], details: bool) -> dict[str, float]:
    """The counts of one document."""
    notes = [n for n in gold["footnotes"] if isinstance(n, dict) and n.get("page")]  # type: ignore[union-attr]
    starts: dict[int, set[str]] = {}
    markers: Counter[int] = Counter()
    note_lines: Counter[int] = Counter()
    for line in lines:
        if line.kind == LineKind.NOTE:
            note_lines[line.page] += 1
            label = line.text.split(" ", 1)[0]
            starts.setdefault(line.page, set()).add(label)
        elif line.kind == LineKind.BODY:
            markers[line.page] += len(_MARKER.findall(line.text))
    gold_pages: Counter[int] = Counter(int(n["page"]) for n in notes)
    continued = {int(n["page"]) + 1 for n in notes if n.get("continues_on_next_page")}
    found = [n for n in notes if n["label"] in starts.get(int(n["page"]), set())]
    marked = sum(min(markers[p], count) for p, count in gold_pages.items())
    surplus = sum(max(0, markers[p] - gold_pages[p]) for p in markers)
    false_note = sum(
        count
        for page, count in note_lines.items()
        if page not in gold_pages and page not in continued
    )
    if details:
        missed = [n for n in notes if n not in found]
        for note in missed[:15]:
            print(f"    missed label {note['label']!r} p.{note['page']}: {str(note['text'])[:60]}")
        wrong = sorted(p for p in note_lines if p not in gold_pages and p not in continued)
        if wrong:
            print(f"    NOTE lines on pages without notes: {wrong[:20]}")
    return {
        "notes": len(notes),
        "labels": len(found),
        "marked": marked,
        "surplus": surplus,
        "false_note": false_note,
        "note_lines": sum(note_lines.values()),
        "pages": len({line.page for line in lines}),
    }


def main() -> int:
    """Print the table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/corpus"))
    parser.add_argument("--details", action="store_true", help="missed labels (dev only)")
    parser.add_argument("--only", help="one document id (dev only)")
    args = parser.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    totals: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    print(
        f"{'document':40} {'notes':>5} {'labels%':>7} {'markers%':>8} {'surplus':>7} "
        f"{'falseNOTE':>9} {'s/page':>7}"
    )
    for entry in manifest["documents"]:
        split = entry["split"]
        if args.only and (entry["id"] != args.only or split != "dev"):
            continue
        folder = args.corpus / "docs" / entry["id"]
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        started = time.perf_counter()
        lines = read_pdf_lines((folder / "source.pdf").read_bytes(), entry["id"])
        seconds = time.perf_counter() - started
        counts = score(lines, gold, args.details and split == "dev")
        counts["seconds"] = seconds
        totals[split].update(counts)
        if split == "dev":
            _print_row(entry["id"], counts)
    for split, counts in totals.items():
        if counts["notes"]:
            _print_row(f"TOTAL {split}", counts)
    return 0


def _print_row(name: str, c: Counter[str] | dict[str, float]) -> None:
    notes = c["notes"] or 1
    print(
        f"{name:40} {c['notes']:5.0f} {100 * c['labels'] / notes:7.1f} "
        f"{100 * c['marked'] / notes:8.1f} {c['surplus']:7.0f} {c['false_note']:9.0f} "
        f"{c['seconds'] / max(1, c['pages']):7.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
