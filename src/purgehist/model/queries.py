"""Queries for scripts: claims about things, stances of actors, contested claims and
placements, evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from attrs import frozen

from purgehist.model.actors import Actor, Membership
from purgehist.model.claims import Attribution, Claim, Stance
from purgehist.model.evidence import CitationStatus, Evidence

if TYPE_CHECKING:
    from purgehist.model.dataset import Dataset

__all__ = ["Placement", "Queries", "StanceRecord"]

UNGRADED = "ungraded"
"""Key under which evidence without a grade is counted."""


@frozen
class StanceRecord:
    """One actor's attribution on one claim."""

    claim: Claim
    attribution: Attribution


@frozen
class Placement:
    """An actor's membership of a group or school, and who places the actor there."""

    actor: Actor
    membership: Membership

    def _actors(self, stance: Stance) -> tuple[str, ...]:
        found = (a.actor for a in self.membership.attributions if a.stance == stance)
        return tuple(dict.fromkeys(found))

    @property
    def claimants(self) -> tuple[str, ...]:
        """Ids of the actors who assert the placement, in order."""
        return self._actors(Stance.ASSERTS)

    @property
    def disputed_by(self) -> tuple[str, ...]:
        """Ids of the actors who dispute the placement, in order."""
        return self._actors(Stance.DISPUTES)

    @property
    def contested(self) -> bool:
        """True when some actor disputes the placement."""
        return bool(self.disputed_by)

    @property
    def plain(self) -> bool:
        """True for a membership nobody is said to assert or dispute (a party card)."""
        return not self.membership.attributions

    def according_to(self, claimant: str | None) -> bool:
        """Whether *claimant* asserts the placement; with ``None``, whether anybody does (or
        the membership is plain)."""
        if claimant is None:
            return self.plain or bool(self.claimants)
        return claimant in self.claimants


class Queries:
    """Indexes over a dataset, built once, and the questions scripts ask of it.

    Reach it as ``dataset.query``.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self._about: dict[str, list[Claim]] = defaultdict(list)
        self._by_actor: dict[str, list[StanceRecord]] = defaultdict(list)
        self._members: dict[str, list[Actor]] = defaultdict(list)
        self._placements: dict[str, list[Placement]] = defaultdict(list)
        for claim in dataset.claims:
            for target in dict.fromkeys(claim.about):
                self._about[target].append(claim)
            for attribution in claim.attributions:
                self._by_actor[attribution.actor].append(StanceRecord(claim, attribution))
        for actor in dataset.actors:
            for group in dict.fromkeys(m.group for m in actor.memberships):
                self._members[group].append(actor)
            for membership in actor.memberships:
                self._placements[membership.group].append(Placement(actor, membership))

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

    def memberships_of(self, group: str, according_to: str | None = None) -> list[Placement]:
        """The memberships of *group* (an organisation or a school of thought), in dataset
        order; with *according_to* (an actor id), only the placements that actor asserts."""
        placements = self._placements.get(group, ())
        if according_to is None:
            return list(placements)
        return [p for p in placements if p.according_to(according_to)]

    def contested_memberships(self) -> list[Placement]:
        """Placements that some actor disputes, in dataset order."""
        return [
            Placement(actor, membership)
            for actor in self.dataset.actors
            for membership in actor.memberships
            if any(a.stance == Stance.DISPUTES for a in membership.attributions)
        ]

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

    def actors_of(self, actor_or_group: str, *, according_to: str | None = None) -> list[str]:
        """*actor_or_group* itself and, if it is a group or school, the ids of the members
        placed in it: by *according_to* when given, else by anybody (plain memberships count;
        placements that are only disputed do not)."""
        members = (
            p.actor.id
            for p in self._placements.get(actor_or_group, ())
            if p.according_to(according_to)
        )
        return [actor_or_group, *dict.fromkeys(members)]

    def evidence_by_grade(
        self,
        actor_or_group: str,
        *,
        stance: Stance | None = None,
        include_inferred: bool = True,
        according_to: str | None = None,
    ) -> dict[str, list[Evidence]]:
        """Evidence given by an actor, or by the members of a school or organisation, by grade.

        Evidence without a grade is listed under ``'ungraded'``.

        :param include_inferred: count evidence whose cited work is only inferred
            (:attr:`~purgehist.model.evidence.CitationStatus.INFERRED`).
        :param according_to: a group's members as this actor places them (see
            :meth:`actors_of`).
        """
        actors = self.actors_of(actor_or_group, according_to=according_to)
        evidence = self._evidence_of(actors, stance=stance)
        if not include_inferred:
            evidence = [e for e in evidence if e.status != CitationStatus.INFERRED]
        return group_by_grade(evidence)

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
