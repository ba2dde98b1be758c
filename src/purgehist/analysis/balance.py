"""Balance: whether each school's claims meet an answer, and what its evidence rests on.

A school's members are the actors placed in it, by a chosen claimant (``according_to``) or by
anybody (see :mod:`purgehist.analysis.profiles`). A school's claims are those that the school
itself or one of its members asserts. A claim is *disputed* when an actor who does not assert
it disputes it, *qualified* when such an actor only qualifies it, and *unanswered* otherwise.
The evidence its members give is counted by grade twice: with and without the citations whose
cited work is only inferred.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import frozen

from purgehist.analysis.profiles import actor_profile, claims_profile, schools
from purgehist.model import CitationStatus, Claim, Stance
from purgehist.model.dataset import Dataset

__all__ = ["Balance", "SideBalance", "balance", "claim_answer"]

DISPUTED = "disputed"
QUALIFIED = "qualified"
UNANSWERED = "unanswered"


def claim_answer(claim: Claim) -> str:
    """``'disputed'``, ``'qualified'`` or ``'unanswered'``: how actors who do not assert
    *claim* answer it (a dispute outweighs a qualification)."""
    asserting = {a.actor for a in claim.attributions if a.stance == Stance.ASSERTS}
    others = {a.stance for a in claim.attributions if a.actor not in asserting}
    if Stance.DISPUTES in others:
        return DISPUTED
    if Stance.QUALIFIES in others:
        return QUALIFIED
    return UNANSWERED


@frozen(kw_only=True)
class SideBalance:
    """One side of the debate (a school, an actor, or the actors outside every school)."""

    label: str
    actors: tuple[str, ...]
    """Ids of the actors counted on this side (for a school: the school and its members)."""
    claims: tuple[Claim, ...]
    """The claims some actor of this side asserts, in dataset order."""
    disputed: tuple[Claim, ...]
    qualified: tuple[Claim, ...]
    unanswered: tuple[Claim, ...]
    grades: dict[str, int]
    """Evidence given by the side's actors (any stance), by grade, each piece counted once."""
    grades_without_inferred: dict[str, int]
    """The same without the citations whose cited work is only inferred."""
    inferred: int
    """How many of the side's pieces of evidence are inferred citations."""
    contested: tuple[str, ...] = ()
    """For a school: the members counted whose placement some actor disputes."""

    @property
    def citations(self) -> int:
        """Number of distinct pieces of evidence the side gives."""
        return sum(self.grades.values())


@frozen(kw_only=True)
class Balance:
    """The balance of a dataset: one row per school, then per chosen actor, then the actors
    outside every school."""

    according_to: str | None
    """The claimant whose placements decide school membership (``None``: anybody's)."""
    sides: tuple[SideBalance, ...]

    def side(self, label: str) -> SideBalance:
        """The side with this label; :class:`KeyError` if there is none."""
        for side in self.sides:
            if side.label == label:
                return side
        raise KeyError(label)


def _side(
    dataset: Dataset,
    label: str,
    actors: Sequence[str],
    *,
    evidence_of: str | None = None,
    according_to: str | None = None,
    contested: tuple[str, ...] = (),
) -> SideBalance:
    wanted = set(actors)
    claims = [
        c
        for c in dataset.claims
        if any(a.stance == Stance.ASSERTS and a.actor in wanted for a in c.attributions)
    ]
    answers = {c.id: claim_answer(c) for c in claims}
    if evidence_of is not None:
        profile = actor_profile(dataset, evidence_of, according_to=according_to)
    else:
        profile = claims_profile(dataset, dataset.claims, actors=actors, label=label)
    inferred = [c for c in profile.citations if c.evidence.status == CitationStatus.INFERRED]
    without: dict[str, int] = dict(profile.counts)
    for citation in inferred:
        without[citation.grade] -= 1
    return SideBalance(
        label=label,
        actors=tuple(actors),
        claims=tuple(claims),
        disputed=tuple(c for c in claims if answers[c.id] == DISPUTED),
        qualified=tuple(c for c in claims if answers[c.id] == QUALIFIED),
        unanswered=tuple(c for c in claims if answers[c.id] == UNANSWERED),
        grades=dict(profile.counts),
        grades_without_inferred={g: n for g, n in without.items() if n},
        inferred=len(inferred),
        contested=contested,
    )


def balance(
    dataset: Dataset,
    *,
    according_to: str | None = None,
    actors: Iterable[str] = (),
) -> Balance:
    """Per school, how many of its claims are disputed, qualified or unanswered, and the
    grades of its evidence with and without inferred citations.

    :param according_to: count as a school's members the actors this claimant places in it
        (default: those anybody places there).
    :param actors: actors to show on a side of their own (e.g. the author of the thesis the
        dataset was built from); they are left out of the side of the actors outside every
        school.
    :raises KeyError: an id in *actors* names no actor.
    """
    query = dataset.query
    sides = []
    placed: set[str] = set()
    for school in schools(dataset):
        members = query.actors_of(school.id, according_to=according_to)
        placed.update(members)
        contested = tuple(
            p.actor.id
            for p in query.memberships_of(school.id)
            if p.contested and p.according_to(according_to)
        )
        sides.append(
            _side(
                dataset,
                school.name,
                members,
                evidence_of=school.id,
                according_to=according_to,
                contested=tuple(dict.fromkeys(contested)),
            )
        )
    chosen = list(dict.fromkeys(actors))
    for actor_id in chosen:
        sides.append(_side(dataset, dataset.actor(actor_id).name, [actor_id]))
    outside = [
        a.id
        for a in dataset.actors
        if a.id not in placed and a.id not in chosen and query.stances_of(a.id)
    ]
    if outside:
        label = "Outside every school" if sides else "All actors"
        sides.append(_side(dataset, label, outside))
    return Balance(according_to=according_to, sides=tuple(sides))
