"""Measure the text parser's claim extraction against the claims golds.

Usage: ``python scripts/claims_accuracy.py [--gold KEY|all] [--part dev|heldout] [--corpus DIR]
[--misses]``, a ``KEY`` being ``nl``, ``de``, ``en``, ``fr``, ``en-nitzke``, ``en-leeds`` or
``en-zarowsky`` (``--gold`` may be given several times; default: every gold the checkout
reaches). The golds are those of ``tests/text/claims_gold`` (stand-off: they name
lines of their document, which must be there too: the Dutch seed thesis in ``../shared/seeds``,
the English, German and French corpus documents in ``$PURGEHIST_CORPUS`` or ``--corpus``), or of
``$PURGEHIST_CLAIMS_GOLD`` when set; ``tests/text/claims_gold/manifest.json`` lists them.
Prints, per gold and per part (``dev``, where rules are tuned, and ``heldout``, only reported;
the gold sets the line where the held-out part starts, else it is the last third of the
sentences): precision of (sentence ∧ claimant ∧ stance), recall of (sentence ∧ claimant) and
with the stance, stance accuracy where either side disputes or qualifies, the gold's disputes
and qualifies found, the document author's stances, the claims that match no gold sentence
(``unal.``, counted wrong) and those on lines no gold sentence is on (``n/a``, not judged); then,
with ``--misses``, every miss of the parts shown. See :mod:`purgehist.evaluation.claims`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import purgehist
from purgehist.evaluation.claim_gold import (
    GOLD_LANGUAGES,
    claim_golds,
    gold_dir,
    missing_claim_golds,
)
from purgehist.evaluation.claims import ClaimScore, claims_table, score_claims

ROOT = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of each gold asked for, and its misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold",
        "--doc",
        dest="golds",
        action="append",
        choices=(*GOLD_LANGUAGES, "all"),
        help="a gold by its key (its language, or language-document), or all (default)",
    )
    parser.add_argument("--part", choices=("dev", "heldout"), help="one part only")
    parser.add_argument("--corpus", type=Path, help="the corpus folder ($PURGEHIST_CORPUS)")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    try:
        golds = claim_golds(ROOT, args.corpus)
        missing = missing_claim_golds(ROOT, args.corpus)
    except ValueError as exc:
        print(f"unreadable claims gold: {exc}", file=sys.stderr)
        return 1
    wanted = args.golds or ["all"]
    langs = [g for g in GOLD_LANGUAGES if g in golds] if "all" in wanted else wanted
    for lang in [g for g in GOLD_LANGUAGES if g in missing] if "all" in wanted else []:
        print(f"left out {lang}: {missing[lang]}", file=sys.stderr)
    parts = [args.part] if args.part else ["dev", "heldout"]
    scores: list[ClaimScore] = []
    totals = {part: ClaimScore(f"total {part}") for part in parts}
    for lang in dict.fromkeys(langs):
        gold = golds.get(lang)
        if gold is None:
            why = missing.get(lang, f"no gold.{lang}.json in {gold_dir(ROOT)}")
            print(f"no gold for {lang!r}: {why}", file=sys.stderr)
            continue
        dataset = purgehist.parse_file(gold.text, "text").dataset
        for part in parts:
            score = score_claims(dataset, gold.split(part))
            scores.append(score)
            totals[part].add(score)
    if not scores:
        print("no claims gold could be measured", file=sys.stderr)
        return 1
    print(claims_table([*scores, *totals.values()]))
    if args.misses:
        for score in scores:
            print(f"\n{score.name}: {len(score.misses)} misses")
            for miss in score.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
