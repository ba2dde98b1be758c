"""A short plain-text summary of a dataset: what it holds and how its schools argue."""

from __future__ import annotations

from purgehist.dataset import Dataset
from purgehist.model import ActorKind

__all__ = ["summarise"]


def summarise(dataset: Dataset) -> str:
    """Counts, schools of thought with their evidence by grade, and the contested claims."""
    lines = [dataset.metadata.title, ""]
    lines.append(", ".join(f"{n} {name}" for name, n in dataset.counts().items() if n))
    query = dataset.query
    schools = [a for a in dataset.actors if a.kind == ActorKind.SCHOOL]
    if schools:
        lines.append("")
        lines.append("Evidence cited by each school (share of citations by grade):")
    for school in schools:
        members = ", ".join(a.name for a in query.members_of(school.id)) or "no members"
        grades = query.evidence_by_grade(school.id)
        total = sum(len(v) for v in grades.values())
        shares = ", ".join(
            f"{grade} {len(items) / total:.0%}"
            for grade, items in sorted(grades.items(), key=lambda kv: -len(kv[1]))
        )
        lines.append(f"  {school.name} ({members})")
        lines.append(f"    {total} citations: {shares or 'none'}")
    contested = query.contested_claims()
    lines.append("")
    lines.append(f"Contested claims ({len(contested)}):")
    for claim in contested:
        sides = {
            stance: sorted(
                dataset.actor(a.actor).name
                for a in claim.attributions
                if a.stance == stance and dataset.get(a.actor) is not None
            )
            for stance in ("asserts", "disputes")
        }
        lines.append(f"  - {claim.text}")
        lines.append(
            f"      asserted by {', '.join(sides['asserts'])}; "
            f"disputed by {', '.join(sides['disputes'])}"
        )
    return "\n".join(lines)
