"""Contested claims: claims some actors assert and others dispute, grouped by event."""

from __future__ import annotations

from attrs import frozen

from purgehist.analysis.profiles import EvidenceProfile, claims_profile
from purgehist.analysis.timeline import event_sort_key
from purgehist.model import Actor, Claim, Event, Stance
from purgehist.model.dataset import Dataset

__all__ = ["ContestedClaim", "EventGroup", "Side", "contested_by_event", "contested_claim_sides"]


@frozen(kw_only=True)
class Side:
    """The actors who take one stance on a claim, and the evidence they give."""

    stance: Stance
    actors: tuple[Actor, ...]
    profile: EvidenceProfile


@frozen(kw_only=True)
class ContestedClaim:
    """A claim with both asserting and disputing actors, and each side's evidence."""

    claim: Claim
    asserting: Side
    disputing: Side
    qualifying: Side
    """Actors who accept the claim only in part (may be empty)."""

    @property
    def sides(self) -> tuple[Side, Side, Side]:
        """Asserting, disputing and qualifying sides, in that order."""
        return (self.asserting, self.disputing, self.qualifying)


@frozen(kw_only=True)
class EventGroup:
    """The contested claims about one event (``event`` is ``None`` for claims about none)."""

    event: Event | None
    claims: tuple[ContestedClaim, ...]


def _side(dataset: Dataset, claim: Claim, stance: Stance) -> Side:
    ids = list(dict.fromkeys(a.actor for a in claim.attributions if a.stance == stance))
    actors = [a for i in ids if isinstance(a := dataset.get(i), Actor)]
    profile = claims_profile(dataset, [claim], stance=stance, label=f"{claim.id}: {stance.value}")
    return Side(stance=stance, actors=tuple(actors), profile=profile)


def contested_claim_sides(dataset: Dataset) -> list[ContestedClaim]:
    """Every contested claim (see :meth:`purgehist.model.queries.Queries.contested_claims`), in
    dataset order, with each side's evidence profile."""
    return [
        ContestedClaim(
            claim=claim,
            asserting=_side(dataset, claim, Stance.ASSERTS),
            disputing=_side(dataset, claim, Stance.DISPUTES),
            qualifying=_side(dataset, claim, Stance.QUALIFIES),
        )
        for claim in dataset.query.contested_claims()
    ]


def contested_by_event(dataset: Dataset) -> list[EventGroup]:
    """Contested claims grouped by the events they are about, events in date order.

    A claim about several events is listed under each of them; claims about no event come
    last, in a group whose ``event`` is ``None``.
    """
    groups: dict[str | None, list[ContestedClaim]] = {}
    for item in contested_claim_sides(dataset):
        events = [i for i in item.claim.about if isinstance(dataset.get(i), Event)]
        for event_id in dict.fromkeys(events) or [None]:
            groups.setdefault(event_id, []).append(item)
    dated = sorted((dataset.event(i) for i in groups if i is not None), key=event_sort_key)
    result = [EventGroup(event=e, claims=tuple(groups[e.id])) for e in dated]
    if None in groups:
        result.append(EventGroup(event=None, claims=tuple(groups[None])))
    return result
