"""Query the bundled Great Purge dataset: contested claims and who relies on which evidence.

Run it: ``python examples/query_dataset.py``.
"""

from __future__ import annotations

import purgehist
from purgehist import ActorKind


def main() -> None:
    dataset = purgehist.example_dataset()
    print(f"{dataset.metadata.title}: {dataset.counts()}\n")

    print("Claims that one side asserts and the other disputes:")
    for claim in dataset.query.contested_claims():
        print(f"- {claim.text}")
        for attribution in claim.attributions:
            actor = dataset.actor(attribution.actor)
            print(f"    {attribution.stance:<9} {actor.name}")

    print("\nEvidence cited by each school, by grade:")
    for school in (a for a in dataset.actors if a.kind == ActorKind.SCHOOL):
        by_grade = dataset.query.evidence_by_grade(school.id)
        counts = ", ".join(f"{grade} {len(items)}" for grade, items in sorted(by_grade.items()))
        print(f"- {school.name}: {counts or 'none'}")


if __name__ == "__main__":
    main()
