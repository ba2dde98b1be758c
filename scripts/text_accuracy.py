"""Measure the text parser on an evaluation set against its gold files.

Usage: ``python scripts/text_accuracy.py --set seed|unseen|heldout|blind [--no-misses]``
(``--set`` may be given several times; default: every set). Prints, per document and overall:
(a) footnotes with text whose citations all resolve to the right work and pages, (b) citations
that must stay unresolved (``Ibid.`` after a lost note) and do, (c) bibliography fields read
right, (d) markers found in the right paragraph, false markers, notes whose text is present or
lost as it should be, bibliography entries beyond the gold's and works read as several sources;
then every miss with its line. See :mod:`purgehist.evaluation`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from purgehist.evaluation import table
from purgehist.evaluation.sets import SETS, measure_set

ROOT = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each set asked for, and its misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="a set")
    parser.add_argument("--shared", type=Path, help="the shared material (default ../shared)")
    parser.add_argument("--no-misses", action="store_true", help="print the figures only")
    args = parser.parse_args(argv)
    for name in args.sets or SETS:
        scores, total = measure_set(name, ROOT, args.shared)
        print(f"{name} set\n{table(scores, total)}")
        if not args.no_misses and total.misses:
            print(f"\n{len(total.misses)} misses:")
            for miss in total.misses:
                print(f"  {miss}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
