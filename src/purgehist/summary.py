"""A short plain-text summary of a dataset: what it holds and how its schools argue."""

from __future__ import annotations

from purgehist.analysis import EvidenceProfile, contested_by_event, school_profiles, schools
from purgehist.model.dataset import Dataset
from purgehist.wording import counts_text

__all__ = ["summarise"]


def _shares(profile: EvidenceProfile) -> str:
    return ", ".join(f"{grade} {share:.0%}" for grade, share in profile.shares.items())


def summarise(dataset: Dataset, *, max_claims: int | None = 12) -> str:
    """Counts, schools of thought with their evidence by grade, and the contested claims
    grouped by the events they are about. A claim about several events is listed under each;
    its sides are given the first time, and later it says where.

    :param max_claims: how many contested claims to list (``None``: all); the rest are
        counted, and ``purgehist report`` shows them all.
    """
    lines = [dataset.metadata.title, ""]
    lines.append(counts_text(dataset.counts()))
    query = dataset.query
    profiles = school_profiles(dataset)
    if profiles:
        lines += ["", "Evidence cited by each school (share of citations by grade):"]
    for school, profile in zip(schools(dataset), profiles, strict=True):
        members = ", ".join(a.name for a in query.members_of(school.id)) or "no members"
        lines.append(f"  {school.name} ({members})")
        lines.append(f"    {profile.total} citations: {_shares(profile) or 'none'}")
        if profile.without_evidence:
            lines.append(
                f"    {profile.without_evidence} of {profile.attributions} stances give no evidence"
            )
    groups = contested_by_event(dataset)
    count = len(query.contested_claims())
    lines += [
        "",
        f"Contested claims ({count}), by the event they are about "
        "(a claim about several events is listed under each):",
    ]
    shown: dict[str, str] = {}
    for group in groups:
        if max_claims is not None and len(shown) >= max_claims:
            break
        label = group.event.label if group.event else "Not tied to an event"
        lines.append(f"  {label}")
        for item in group.claims:
            first = shown.get(item.claim.id)
            if first is not None:
                lines.append(f"    - {item.claim.text}")
                lines.append(f"        (about this event too; its sides are above, under {first})")
                continue
            if max_claims is not None and len(shown) >= max_claims:
                break
            shown[item.claim.id] = label
            lines.append(f"    - {item.claim.text}")
            for side in (item.asserting, item.disputing):
                names = ", ".join(sorted(a.name for a in side.actors))
                grades = _shares(side.profile) or "no evidence given"
                lines.append(f"        {side.stance.value} {names} ({grades})")
    if len(shown) < count:
        lines.append(
            f"  … and {count - len(shown)} more: `purgehist report DATASET -o report.html` "
            "lists them all, with the evidence behind each side."
        )
    return "\n".join(lines)
