"""Agreement between two readers' claims golds of the same document and block.

Usage: ``python scripts/claims_agreement.py GOLD_A GOLD_B --block NAME [--list]``. Reader A is
taken as the reference, reader B is judged against it as the parser is against a gold
(:mod:`purgehist.evaluation.claims`). Sentences are aligned by their line and first words.
Prints (a) the sentences each reader lists and both list, (b) Cohen's kappa on "the sentence
attributes something" over the sentences both list, (c) attribution agreement, F1 of B against
A, an attribution matching when its sentence is the same and its claimant matches
(:func:`~purgehist.evaluation.claims.claimant_matches`), with the same stance too (strict) and
without, (d) stance agreement on the attributions matched by claimant, (e) agreement on the
author's stances, as F1 of (sentence, stance) pairs; then the disagreements counted by kind, and
with ``--list`` each one's line and claimants (refused for a block either gold holds out).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from attrs import Factory, define

from purgehist.evaluation.claim_gold import (
    AUTHOR_STANCES,
    ClaimGold,
    GoldAttribution,
    GoldSentence,
    read_claim_gold,
)
from purgehist.evaluation.claims import claimant_matches
from purgehist.model import Actor, ActorKind

_ET_AL = re.compile(r"\s+(?:et al\.?|u\.\s?a\.|e\.a\.)$")


@define
class Agreement:
    """The agreement figures of two golds of one block, and each disagreement."""

    only_a: int = 0
    only_b: int = 0
    both: int = 0
    attributes: Counter[tuple[bool, bool]] = Factory(Counter)
    """Sentences both list, by (A attributes something, B attributes something)."""
    attributions_a: int = 0
    attributions_b: int = 0
    matched: int = 0
    """Attribution pairs whose claimants match."""
    same_stance: int = 0
    """Matched pairs with the same stance."""
    authors_a: int = 0
    authors_b: int = 0
    authors_same: int = 0
    disagreements: list[tuple[str, int, str]] = Factory(list)
    """(kind, line, detail)."""

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa on "attributes something"; None when chance agreement is certain."""
        n = sum(self.attributes.values())
        if not n:
            return None
        agree = (self.attributes[True, True] + self.attributes[False, False]) / n
        a_yes = (self.attributes[True, True] + self.attributes[True, False]) / n
        b_yes = (self.attributes[True, True] + self.attributes[False, True]) / n
        chance = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
        return None if chance == 1 else (agree - chance) / (1 - chance)

    def f1(self, right: int, total_a: int, total_b: int) -> float:
        """F1 of B against A with *right* one-to-one matches (1.0 when neither has any)."""
        return 2 * right / (total_a + total_b) if total_a + total_b else 1.0


def _actor(claimant: str) -> Actor:
    """Reader B's claimant as the parser's actor: a person when the label ends in a capital
    (a surname), else a group."""
    words = _ET_AL.sub("", claimant.strip()).split()
    person = bool(words) and words[-1][:1].isupper()
    kind = ActorKind.PERSON if person else ActorKind.GROUP
    return Actor(id="b", kind=kind, name=claimant)


def _key(sentence: GoldSentence) -> tuple[int, str]:
    return sentence.line, " ".join(sentence.text.split()[:3])


def _author_stances(sentence: GoldSentence) -> set[str]:
    return {AUTHOR_STANCES[a.author_stance] for a in sentence.attributions if a.author_stance}


def _who(attribution: GoldAttribution) -> str:
    return f"{attribution.claimant} {attribution.stance}"


def measure_agreement(gold_a: ClaimGold, gold_b: ClaimGold) -> Agreement:
    """Compare *gold_b* with *gold_a*, sentence by sentence."""
    result = Agreement()
    by_key = {_key(s): s for s in gold_a.sentences}
    keys_b = {_key(s) for s in gold_b.sentences}
    for sentence in gold_a.sentences:
        result.attributions_a += len(sentence.attributions)
        result.authors_a += len(_author_stances(sentence))
        if _key(sentence) not in keys_b:
            result.only_a += 1
            result.disagreements.append(("sentence only A lists", sentence.line, ""))
    for sentence in gold_b.sentences:
        result.attributions_b += len(sentence.attributions)
        result.authors_b += len(_author_stances(sentence))
        other = by_key.get(_key(sentence))
        if other is None:
            result.only_b += 1
            result.disagreements.append(("sentence only B lists", sentence.line, ""))
        else:
            result.both += 1
            _compare(result, other, sentence)
    return result


def _compare(result: Agreement, a: GoldSentence, b: GoldSentence) -> None:
    result.attributes[bool(a.attributions), bool(b.attributions)] += 1
    if bool(a.attributions) != bool(b.attributions):
        kind = "attributed by A only" if a.attributions else "attributed by B only"
        detail = ", ".join(_who(x) for x in (*a.attributions, *b.attributions))
        result.disagreements.append((kind, a.line, detail))
    used: set[int] = set()
    for wanted in b.attributions:
        actor = _actor(wanted.claimant)
        options = [
            k
            for k, g in enumerate(a.attributions)
            if k not in used and claimant_matches(actor, g.claimant)
        ]
        options.sort(key=lambda k: a.attributions[k].stance != wanted.stance)
        if not options:
            if a.attributions:
                result.disagreements.append(("claimant B only", b.line, _who(wanted)))
            continue
        found = a.attributions[options[0]]
        used.add(options[0])
        result.matched += 1
        if found.stance == wanted.stance:
            result.same_stance += 1
        else:
            result.disagreements.append(("stance", b.line, f"{_who(found)} / {_who(wanted)}"))
    if b.attributions:
        for k, g in enumerate(a.attributions):
            if k not in used:
                result.disagreements.append(("claimant A only", a.line, _who(g)))
    stances_a, stances_b = _author_stances(a), _author_stances(b)
    result.authors_same += len(stances_a & stances_b)
    for stance in sorted(stances_a ^ stances_b):
        kind = "author stance A only" if stance in stances_a else "author stance B only"
        result.disagreements.append((kind, a.line, stance))


def report(agreement: Agreement) -> str:
    """The figures and the disagreements counted by kind, as plain text."""
    r = agreement
    table = r.attributes
    kappa = "n/a" if r.kappa is None else f"{r.kappa:.3f}"
    strict = r.f1(r.same_stance, r.attributions_a, r.attributions_b)
    loose = r.f1(r.matched, r.attributions_a, r.attributions_b)
    stance = f"{r.same_stance}/{r.matched}" + (
        f" ({100 * r.same_stance / r.matched:.1f} %)" if r.matched else ""
    )
    author = r.f1(r.authors_same, r.authors_a, r.authors_b)
    lines = [
        f"(a) sentences: A {r.both + r.only_a}, B {r.both + r.only_b}, both {r.both}",
        f"(b) attributes something, kappa {kappa} (both {table[True, True]}, A only "
        f"{table[True, False]}, B only {table[False, True]}, neither {table[False, False]})",
        f"(c) attributions: A {r.attributions_a}, B {r.attributions_b}; claimant and stance "
        f"{r.same_stance}, F1 {100 * strict:.1f} %; claimant {r.matched}, F1 {100 * loose:.1f} %",
        f"(d) stance agreed on matched attributions: {stance}",
        f"(e) author's stances: A {r.authors_a}, B {r.authors_b}, same {r.authors_same}, "
        f"F1 {100 * author:.1f} %",
        "disagreements by kind:",
    ]
    kinds = Counter(kind for kind, _, _ in r.disagreements)
    lines += [f"  {kind}: {count}" for kind, count in sorted(kinds.items())]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the agreement of two golds on one block."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path, help="reader A's gold, the reference")
    parser.add_argument("gold_b", type=Path, help="reader B's gold")
    parser.add_argument("--block", required=True, help="the block both golds annotate")
    parser.add_argument("--list", action="store_true", help="each disagreement (dev only)")
    args = parser.parse_args(argv)
    try:
        golds = [read_claim_gold(path) for path in (args.gold_a, args.gold_b)]
    except (ValueError, FileNotFoundError) as exc:
        print(f"unreadable claims gold: {exc}", file=sys.stderr)
        return 1
    if golds[0].text.resolve() != golds[1].text.resolve():
        print("the two golds are of different documents", file=sys.stderr)
        return 1
    if any(args.block not in g.blocks for g in golds):
        print(f"block {args.block!r} is not in both golds", file=sys.stderr)
        return 1
    agreement = measure_agreement(*(g.block(args.block) for g in golds))
    print(report(agreement))
    if args.list:
        last = max(g.blocks[args.block][1] for g in golds)
        if any(g.heldout_from is not None and last >= g.heldout_from for g in golds):
            print("--list refused: the block is held out", file=sys.stderr)
            return 1
        for kind, line, detail in sorted(agreement.disagreements, key=lambda d: d[1]):
            print(f"  {line}: {kind}" + (f": {detail}" if detail else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
