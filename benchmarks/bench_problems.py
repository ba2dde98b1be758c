"""``purgehist.problems`` (the whole-dataset integrity check) per claim, to show it linear.

    python benchmarks/bench_problems.py [N_CLAIMS ...]      (default: 10000 100000)

Two datasets per size: the generated one in memory, whose references ``problems()`` looks up
in the id index, and the same written as a CSV data package and read back, which its reader
vouches for (every reference resolved, every date parsed): ``problems()`` then walks the
records without a look-up. Each has its bare-loop baseline, run in the same process:

- *look-ups*: every reference of the claims and evidence looked up in the id index, as the
  check must (it builds no messages and checks nothing else);
- *walk*: the objects ``problems()`` reads on a vouched dataset (each claim, attribution,
  relation and evidence item, and each grade; not the claimants, which its reader resolved)
  read, and nothing else.

Times are the least processor time of runs repeated until they last half a second in all (at
least three; one from 10⁶ claims), each check and its baseline taking turns, the cyclic GC
on; ``÷ smallest`` is µs per claim divided by that at the smallest size (linear: 0.8–1.2).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import purgehist
from purgehist import Dataset
from purgehist.model.evidence import CitationStatus, EvidenceGrade

from _harness import alternating, table
from generate import generate

_GRADES = frozenset(g.value for g in EvidenceGrade)


def _lookups(dataset: Dataset) -> int:
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


def _walk(dataset: Dataset) -> int:
    """Read what ``problems()`` reads of the claims and evidence of a vouched dataset: each
    claim's anchor, attributions and relations, each attribution's flag, each relation's
    target, each evidence item's source, status and grade."""
    found = 0
    for claim in dataset.claims:
        found += claim.anchor is None
        for attribution in claim.attributions:
            found += attribution.no_evidence
        for relation in claim.relations:
            found += relation.target == claim.id
    for item in dataset.evidence:
        found += item.source is None and item.status != CitationStatus.UNRESOLVED
        found += item.grade is not None and item.grade not in _GRADES
    return found


def _per_claim(candidates: dict[str, Callable[[], object]], n_claims: int) -> list[float]:
    repeat = 3 if n_claims < 1_000_000 else 1
    least = alternating(candidates, repeat, seconds=0.5)
    return [least[name] * 1e6 / n_claims for name in candidates]


def _in_memory(n_claims: int, package: Path) -> list[float]:
    """µs per claim of the generated dataset and its look-ups; the dataset is written as a
    CSV package at *package* (and freed on return)."""
    dataset = generate(n_claims)
    assert dataset.index  # built once, outside the timings: the look-ups use it too
    figures = _per_claim(
        {"problems": lambda: purgehist.problems(dataset), "look-ups": lambda: _lookups(dataset)},
        n_claims,
    )
    purgehist.export(dataset, "csv", package)
    return figures


def run(n_claims: int) -> list[float]:
    """µs per claim: in memory, its look-ups; read from CSV, its walk."""
    with tempfile.TemporaryDirectory() as tmp:
        figures = _in_memory(n_claims, Path(tmp) / "package")
        read = purgehist.parse_file(Path(tmp) / "package", "csv").dataset
    return figures + _per_claim(
        {"problems": lambda: purgehist.problems(read), "walk": lambda: _walk(read)}, n_claims
    )


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    headers = [
        "claims",
        "in memory µs/claim",
        "÷ look-ups",
        "÷ smallest",
        "look-ups ÷ smallest",
        "CSV-read µs/claim",
        "÷ walk",
        "÷ smallest",
        "walk ÷ smallest",
    ]
    rows: list[list[object]] = []
    first: list[float] = []
    for n in sizes:
        figures = run(n)
        first = first or figures
        memory, lookups, vouched, walk = figures
        rows.append(
            [
                n,
                f"{memory:.2f}",
                f"{memory / lookups:.2f}",
                f"{memory / first[0]:.2f}",
                f"{lookups / first[1]:.2f}",
                f"{vouched:.2f}",
                f"{vouched / walk:.2f}",
                f"{vouched / first[2]:.2f}",
                f"{walk / first[3]:.2f}",
            ]
        )
        print(table(headers, rows), flush=True)


if __name__ == "__main__":
    main()
