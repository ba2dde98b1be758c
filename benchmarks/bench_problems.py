"""``purgehist.problems`` (the whole-dataset integrity check) per claim, to show it linear.

    python benchmarks/bench_problems.py [N_CLAIMS ...]      (default: 10000 100000)

Times are best of three (one run from 10⁶ claims), the cyclic GC on; the baseline is a bare
loop that looks every reference of the dataset up in its id index, as the check must (the
floor: it builds no messages and checks nothing else).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import purgehist
from purgehist import Dataset

from _harness import best_of, table
from generate import generate


def _floor(dataset: Dataset) -> int:
    """Look up every reference a claim's attributions and evidence make."""
    index = dataset.index
    found = 0
    for claim in dataset.claims:
        for attribution in claim.attributions:
            found += attribution.actor in index
            found += attribution.work in index
            found += sum(e in index for e in attribution.evidence)
        found += sum(a in index for a in claim.about)
    for item in dataset.evidence:
        found += item.source in index
    return found


def run(n_claims: int) -> list[object]:
    dataset = generate(n_claims)
    assert dataset.index  # built once, outside the timings: the floor uses it too
    repeat = 3 if n_claims < 1_000_000 else 1
    ours = best_of(lambda: purgehist.problems(dataset), repeat)
    floor = best_of(lambda: _floor(dataset), repeat)
    return [n_claims, ours, f"{ours * 1e6 / n_claims:.2f}", f"{ours / floor:.2f}"]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    headers = ["claims", "problems() s", "µs/claim", "÷ floor"]
    rows = []
    for n in sizes:
        rows.append(run(n))
        print(table(headers, rows), flush=True)


if __name__ == "__main__":
    main()
