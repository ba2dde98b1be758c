"""Measure the text parser's claim extraction against the claims golds.

Usage: ``python scripts/claims_accuracy.py [--doc nl|de|en] [--part dev|heldout] [--misses]``
(``--doc`` may be given several times; default: every gold the checkout reaches). The golds
are those of ``tests/text/claims_gold`` (stand-off: they name lines of the document, which must
be there too), or of ``$PURGEHIST_CLAIMS_GOLD`` when set; ``tests/text/claims_gold/manifest.json``
lists them. Prints, per document and per part (``dev``, where rules are tuned, and ``heldout``,
only reported; the gold sets the line where the held-out part starts, else it is the last third
of the sentences): precision of (sentence ∧ claimant ∧ stance), recall of (sentence ∧
claimant) and with the stance, stance accuracy where either side disputes or qualifies, the
document author's stances; then, with ``--misses``, every miss of the parts shown. See
:mod:`purgehist.evaluation.claims`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import purgehist
from purgehist.evaluation.claims import (
    ClaimScore,
    claim_golds,
    claims_table,
    gold_dir,
    score_claims,
)

ROOT = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each document asked for, and its misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--doc", dest="docs", action="append", choices=("nl", "de", "en"))
    parser.add_argument("--part", choices=("dev", "heldout"), help="one part only")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    try:
        golds = claim_golds(ROOT)
    except ValueError as exc:
        print(f"unreadable claims gold: {exc}", file=sys.stderr)
        return 1
    parts = [args.part] if args.part else ["dev", "heldout"]
    scores: list[ClaimScore] = []
    totals = {part: ClaimScore(f"total {part}") for part in parts}
    for lang in args.docs or golds:
        gold = golds.get(lang)
        if gold is None:
            print(
                f"no gold for {lang!r} in {gold_dir(ROOT)}, or its document is missing",
                file=sys.stderr,
            )
            continue
        dataset = purgehist.parse_file(gold.text, "text").dataset
        for part in parts:
            score = score_claims(dataset, gold.split(part))
            scores.append(score)
            totals[part].add(score)
    print(claims_table([*scores, *totals.values()]))
    if args.misses:
        for score in scores:
            print(f"\n{score.name}: {len(score.misses)} misses")
            for miss in score.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
