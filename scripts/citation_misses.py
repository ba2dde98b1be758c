"""The citation misses of the corpus's dev documents, each with the parsed note's text and what
the parser read in it: what to look at when grouping the misses by cause (short titles,
``op. cit.``, ``Ibid.`` chains, author–year variants, page ranges, several citations a note…).

Usage::

    python scripts/citation_misses.py [--extraction layout|raw|pdf] [--only DOCUMENT]
        [--measure citation --measure pages --measure wrong]

Only the ``dev`` split: held-out documents are never looked into (``docs/evaluation.md``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from purgehist.evaluation.anchored import _Scorer, score_anchored
from purgehist.evaluation.corpus import corpus_documents, corpus_folder, parse_here
from purgehist.evaluation.gold_files import CORPUS_EXTRACTIONS

ROOT = Path(__file__).resolve().parent.parent
_WHERE = re.compile(r"^(?P<doc>[^:]+):p[^ ]* note (?P<name>\S+)$")


def main(argv: Sequence[str] | None = None) -> int:
    """Print every citation miss of the dev split with its note."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder ($PURGEHIST_CORPUS)")
    parser.add_argument("--extraction", choices=tuple(CORPUS_EXTRACTIONS), default="layout")
    parser.add_argument("--only", help="one dev document, by id")
    parser.add_argument("--measure", dest="measures", action="append",
                        choices=("citation", "pages", "wrong"))  # fmt: skip
    args = parser.parse_args(argv)
    folder = args.corpus or corpus_folder(ROOT)
    if folder is None:
        print("no corpus: set PURGEHIST_CORPUS or give --corpus (see docs/evaluation.md)")
        return 2
    measures = set(args.measures or ("citation", "pages"))
    lost = 0
    for document in corpus_documents(ROOT, folder, ("dev",)):
        if args.only and document.id != args.only:
            continue
        gold = document.gold(args.extraction)
        if not any(n.citations for n in gold.notes):
            continue
        fmt = "pdf" if args.extraction == "pdf" else "text"
        dataset = parse_here(gold.text, fmt)
        score = score_anchored(dataset, gold)
        by_name: dict[str, list[str]] = {}
        for miss in score.misses:
            match = _WHERE.match(miss.where)
            if match and miss.measure in measures:
                by_name.setdefault(match["name"], []).append(str(miss))
        evidence = {e.id: e for e in dataset.evidence}
        # the scorer's own alignment, so that the note shown is the note scored
        pairs = _Scorer(dataset, gold)._align()
        for k, note in enumerate(gold.notes):
            misses = by_name.pop(note.name, [])
            if not misses:
                continue
            found = pairs.get(k)
            if found is None or not found[1]:
                lost += len(misses)
                continue
            print("\n".join(misses))
            print(f"    gold: {' '.join(note.printed[0].split())[:600] if note.printed else '-'}")
            parsed = found[0].note
            print(f"    text: {' '.join((parsed.text or '').split())[:600]}")
            for each in (evidence[i] for i in parsed.evidence if i in evidence):
                pages = each.locator.printed if each.locator else "-"
                print(f"    read: {each.status} {each.cited_as!r} @ {pages}")
    print(f"\n{lost} misses in notes not found with their text (note detection) left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
