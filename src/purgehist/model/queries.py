"""Queries for scripts: claims about things, stances of actors, contested claims, evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from attrs import frozen

from purgehist.model.actors import Actor
from purgehist.model.claims import Attribution, Claim, Stance
from purgehist.model.evidence import Evidence

if TYPE_CHECKING:
    from purgehist.model.dataset import Dataset

__all__ = ["Queries", "StanceRecord"]

UNGRADED = "ungraded"
"""Key under which evidence without a grade is counted."""


@frozen
class StanceRecord:
    """One actor's attribution on one claim."""

    claim: Claim
    attribution: Attribution


class Queries:
    """Indexes over a dataset, built once, and the questions scripts ask of it.

    Reach it as ``dataset.query``.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self._about: dict[str, list[Claim]] = defaultdict(list)
        self._by_actor: dict[str, list[StanceRecord]] = defaultdict(list)
        self._members: dict[str, list[Actor]] = defaultdict(list)
        for claim in dataset.claims:
            for target in dict.fromkeys(claim.about):
                self._about[target].append(claim)
            for attribution in claim.attributions:
                self._by_actor[attribution.actor].append(StanceRecord(claim, attribution))
        for actor in dataset.actors:
            for group in dict.fromkeys(m.group for m in actor.memberships):
                self._members[group].append(actor)

    def claims_about(self, id: str) -> list[Claim]:
        """Claims about the actor or event *id*."""
        return list(self._about.get(id, ()))

    def stances_of(self, actor: str, stance: Stance | None = None) -> list[StanceRecord]:
        """The attributions of *actor* (optionally of one *stance*), with their claims."""
        records = self._by_actor.get(actor, [])
        return [r for r in records if stance is None or r.attribution.stance == stance]

    def claims_asserted_by(self, actor: str) -> list[Claim]:
        """Claims *actor* asserts."""
        return [r.claim for r in self.stances_of(actor, Stance.ASSERTS)]

    def claims_disputed_by(self, actor: str) -> list[Claim]:
        """Claims *actor* disputes."""
        return [r.claim for r in self.stances_of(actor, Stance.DISPUTES)]

    def members_of(self, group: str) -> list[Actor]:
        """Actors with a membership of *group* (an organisation or a school of thought)."""
        return list(self._members.get(group, ()))

    def contested_claims(self) -> list[Claim]:
        """Claims that some actor asserts and another disputes, in dataset order."""
        contested = []
        for claim in self.dataset.claims:
            stances = {a.stance for a in claim.attributions}
            if Stance.ASSERTS in stances and Stance.DISPUTES in stances:
                contested.append(claim)
        return contested

    def evidence_for(self, claim: str, actor: str | None = None) -> list[Evidence]:
        """Evidence given for *claim* (by *actor*, if given), without repeats, in order."""
        wanted = self.dataset.claim(claim)
        ids: dict[str, None] = {}
        for attribution in wanted.attributions:
            if actor is None or attribution.actor == actor:
                ids.update(dict.fromkeys(attribution.evidence))
        return [self.dataset.evidence_item(i) for i in ids]

    def actors_of(self, actor_or_group: str) -> list[str]:
        """*actor_or_group* itself and, if it is a group or school, its members' ids."""
        return [actor_or_group, *(a.id for a in self.members_of(actor_or_group))]

    def evidence_by_grade(
        self, actor_or_group: str, *, stance: Stance | None = None
    ) -> dict[str, list[Evidence]]:
        """Evidence given by an actor, or by the members of a school or organisation, by grade.

        Evidence without a grade is listed under ``'ungraded'``.
        """
        return group_by_grade(self._evidence_of(self.actors_of(actor_or_group), stance=stance))

    def _evidence_of(
        self, actors: Iterable[str], *, stance: Stance | None = None
    ) -> list[Evidence]:
        seen: dict[str, None] = {}
        for actor in actors:
            for record in self.stances_of(actor, stance):
                seen.update(dict.fromkeys(record.attribution.evidence))
        index = self.dataset.index
        return [e for i in seen if isinstance(e := index.get(i), Evidence)]


def group_by_grade(evidence: Iterable[Evidence]) -> dict[str, list[Evidence]]:
    """Evidence by grade, in first-seen order of grades; no grade → ``'ungraded'``."""
    grouped: dict[str, list[Evidence]] = defaultdict(list)
    for item in evidence:
        grouped[item.grade or UNGRADED].append(item)
    return dict(grouped)
