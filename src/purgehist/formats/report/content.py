"""What a report shows, computed once from the analyses and shared by the HTML and Markdown
writers."""

from __future__ import annotations

from attrs import frozen

from purgehist.analysis import (
    EventGroup,
    EvidenceProfile,
    TimelineEntry,
    actor_profile,
    claims_profile,
    contested_by_event,
    grade_order,
    school_profiles,
    schools,
    timeline,
)
from purgehist.formats.report.balance import BalanceSection, balance_section
from purgehist.model import Actor, ActorKind, EvidenceGrade
from purgehist.model.dataset import Dataset

__all__ = ["ActorRow", "ReportContent", "report_content"]


@frozen(kw_only=True)
class ActorRow:
    """One actor's line in the table of evidence profiles."""

    actor: Actor
    schools: tuple[Actor, ...]
    profile: EvidenceProfile


@frozen(kw_only=True)
class ReportContent:
    """Everything a report shows."""

    dataset: Dataset
    grades: tuple[str, ...]
    """Grades in display order: the built-in ones, then any others that occur."""
    school_profiles: tuple[EvidenceProfile, ...]
    """One per school, then one for the actors outside every school (if they cite or
    state anything)."""
    actor_rows: tuple[ActorRow, ...]
    """Actors with at least one attribution, most attributions first."""
    contested: tuple[EventGroup, ...]
    contested_count: int
    timeline: tuple[TimelineEntry, ...]
    balance: BalanceSection
    """Per school: how its claims are answered, its grades with and without inferred
    citations, and who places each member."""


def report_content(dataset: Dataset) -> ReportContent:
    """Run the analyses a report needs."""
    query = dataset.query
    school_list = schools(dataset)
    profiles = list(school_profiles(dataset))
    in_school = {m.id for s in school_list for m in query.members_of(s.id)} | {
        s.id for s in school_list
    }
    outside = [a.id for a in dataset.actors if a.id not in in_school and query.stances_of(a.id)]
    if outside and school_list:
        profiles.append(
            claims_profile(
                dataset,
                dataset.claims,
                actors=outside,
                label="Outside both schools" if len(school_list) == 2 else "Outside any school",
            )
        )
    school_of: dict[str, list[Actor]] = {}
    for school in school_list:
        for member in query.members_of(school.id):
            school_of.setdefault(member.id, []).append(school)
    rows = [
        ActorRow(
            actor=a,
            schools=tuple(school_of.get(a.id, ())),
            profile=actor_profile(dataset, a.id),
        )
        for a in dataset.actors
        if a.kind != ActorKind.SCHOOL and query.stances_of(a.id)
    ]
    rows.sort(key=lambda r: (-r.profile.attributions, r.actor.name))
    seen = {g for p in profiles for g in p.counts} | {g for r in rows for g in r.profile.counts}
    grades = grade_order({*(g.value for g in EvidenceGrade), *seen})
    groups = contested_by_event(dataset)
    return ReportContent(
        dataset=dataset,
        grades=tuple(grades),
        school_profiles=tuple(profiles),
        actor_rows=tuple(rows),
        contested=tuple(groups),
        contested_count=len(query.contested_claims()),
        timeline=tuple(timeline(dataset)),
        balance=balance_section(dataset),
    )
