"""Measure name matching across transliterations on the gold set in ``tests/names/data``.

Usage: ``python scripts/names_accuracy.py [--part dev|heldout|all] [--misses] [--json]``

Protocol (see ``tests/names/data/README.md``):

- *pairs*: each name of a pair is indexed alone (one actor) and the other is asked with
  :meth:`~purgehist.names.NameMatcher.match`. A same-person pair counts as found only when both
  directions find the indexed actor; a different-person pair counts as rejected only when
  neither does. Figures per language pair and for Latin–Latin and Cyrillic–Latin.
- *namesake_absent*: every person of the case's ``index`` is indexed under one form (by default
  the English form ``given surname`` as printed; ``--index ru`` the Cyrillic original,
  ``--index random`` a seeded random Latin full name); the query, whose person is not in the
  index, must not be matched to anyone: it is answered "no match" or "ambiguous" (also
  measured with ``NameMatcher(surname_alone=False)``, where a bare surname is ambiguous).

Only :meth:`NameMatcher.match` is needed, so the script also measures older versions of the
matcher (``PYTHONPATH=<old src> python scripts/names_accuracy.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from purgehist.evaluation.names import (
    HELD_OUT,
    PARTS,
    NameReport,
    held_out,
    load_gold,
    measure,
    summary,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "names" / "data"


def _print(part: str, report: NameReport, *, misses: bool) -> None:
    print(f"== {part} ==")
    print(f"same-person pairs found (both directions): {report.same}")
    for key, tally in sorted(report.same_by_scripts.items()):
        print(f"    {key:<18} {tally}")
    print(f"different-person pairs rejected:           {report.different}")
    for key, tally in sorted(report.different_by_scripts.items()):
        print(f"    {key:<18} {tally}")
    print("namesake-absent queries answered no match or ambiguous:")
    for key, tally in sorted(report.namesakes.items()):
        print(f"    expected {key:<9} {tally}")
    print("same-person pairs by language pair:")
    worst = sorted(report.same_by_langs.items(), key=lambda kv: (kv[1].share, kv[0]))
    for key, tally in worst:
        print(f"    {key:<14} {tally}")
    if misses:
        for title, tally in (
            ("missed same-person pairs", report.same),
            ("accepted different-person pairs", report.different),
            ("namesake-absent queries matched", report.namesakes["all"]),
        ):
            print(f"{title} ({len(tally.misses)}):")
            for miss in tally.misses:
                print(f"    {miss}")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each part asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", action="append", choices=PARTS, help="default: dev and heldout")
    parser.add_argument("--index", default="en", choices=("en", "ru", "random"))
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    persons, _ = load_gold(DATA)
    if held_out(persons) != HELD_OUT:
        raise SystemExit("the held-out split does not match its seed")
    results = {}
    for part in args.part or ["dev", "heldout"]:
        report = measure(part, DATA, args.index)
        results[part] = summary(report)
        if not args.json:
            _print(part, report, misses=args.misses)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
