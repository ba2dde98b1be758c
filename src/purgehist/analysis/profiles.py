"""Evidence profiles: the grades of the evidence behind an actor, a school or a set of claims.

A school's members are the actors placed in it: by a chosen claimant (``according_to``), or by
anybody (a plain membership counts; a placement that is only disputed does not), with the
contested placements flagged. Evidence whose cited work is only inferred may be left out
(``include_inferred=False``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from purgehist.model import (
    Actor,
    ActorKind,
    CitationStatus,
    Claim,
    Evidence,
    EvidenceGrade,
    Source,
    Stance,
)
from purgehist.model.dataset import Dataset
from purgehist.model.queries import UNGRADED, group_by_grade

__all__ = [
    "Citation",
    "EvidenceProfile",
    "actor_profile",
    "claims_profile",
    "grade_order",
    "school_profiles",
    "schools",
]


def grade_order(grades: Iterable[str]) -> list[str]:
    """*grades* in the built-in order (archival … tertiary), then others alphabetically, then
    ``'ungraded'`` last."""
    builtin = [g.value for g in EvidenceGrade]
    present = set(grades)
    extra = sorted(present - set(builtin) - {UNGRADED})
    ordered = [g for g in builtin if g in present] + extra
    return [*ordered, UNGRADED] if UNGRADED in present else ordered


@frozen(kw_only=True)
class Citation:
    """One piece of evidence, with the claims and actors that rest on it."""

    evidence: Evidence
    source: Source | None
    """The cited source, when the evidence names one that the dataset holds."""
    uses: tuple[tuple[str, str], ...]
    """``(claim id, actor id)`` pairs that give this evidence, in dataset order."""

    @property
    def grade(self) -> str:
        """The grade, or ``'ungraded'``."""
        return self.evidence.grade or UNGRADED

    def label(self) -> str:
        """A short citation: ``Conquest, The Great Terror, 75``."""
        source = self.source
        if source is None:
            head = self.evidence.cited_as or self.evidence.source or self.evidence.id
        else:
            names = [c.name.split(",")[0] for c in source.creators]
            who = " & ".join(names) if names else ""
            title = source.short_title or source.title
            head = f"{who}, {title}" if who else title
        locator = self.evidence.locator
        return f"{head}, {locator.normalised}" if locator is not None else head


@frozen(kw_only=True)
class EvidenceProfile:
    """The evidence behind a body of attributions, counted by grade, with its citations.

    Each piece of evidence counts once, however many attributions cite it.
    """

    label: str
    citations: tuple[Citation, ...]
    """Every piece of evidence, grouped by grade (in :func:`grade_order`), then in dataset
    order."""
    attributions: int
    """How many attributions the profile covers."""
    without_evidence: int
    """How many of them state that no evidence is given (``no_evidence``)."""
    according_to: str | None = None
    """For a school or group: the claimant whose placements of members count (``None``: any
    claimant's)."""
    contested: tuple[str, ...] = ()
    """For a school or group: the members counted whose placement some actor disputes."""

    @property
    def total(self) -> int:
        """Number of distinct pieces of evidence."""
        return len(self.citations)

    @property
    def counts(self) -> dict[str, int]:
        """Grade → number of pieces of evidence, in :func:`grade_order`."""
        counts: dict[str, int] = {}
        for citation in self.citations:
            counts[citation.grade] = counts.get(citation.grade, 0) + 1
        return {g: counts[g] for g in grade_order(counts)}

    def share(self, grade: str) -> float:
        """The share (0-1) of the evidence that has *grade*; 0 when there is none."""
        return self.counts.get(grade, 0) / self.total if self.total else 0.0

    @property
    def shares(self) -> dict[str, float]:
        """Grade → share of the evidence (0-1), in :func:`grade_order`."""
        return {g: n / self.total for g, n in self.counts.items()}

    def by_grade(self, grade: str) -> list[Citation]:
        """The citations of one grade."""
        return [c for c in self.citations if c.grade == grade]


def _profile(
    dataset: Dataset,
    label: str,
    grouped: Mapping[str, Sequence[Evidence]],
    pairs: Sequence[tuple[Claim, str, bool]],
    *,
    according_to: str | None = None,
    contested: tuple[str, ...] = (),
) -> EvidenceProfile:
    """Build a profile from evidence grouped by grade and the ``(claim, actor, no_evidence)``
    attributions it came from."""
    uses: dict[str, list[tuple[str, str]]] = {}
    for claim, actor, _ in pairs:
        for attribution in claim.attributions:
            if attribution.actor != actor:
                continue
            for evidence_id in attribution.evidence:
                entry = uses.setdefault(evidence_id, [])
                if (claim.id, actor) not in entry:
                    entry.append((claim.id, actor))
    citations = []
    for grade in grade_order(grouped):
        for item in grouped[grade]:
            source = dataset.get(item.source) if item.source else None
            citations.append(
                Citation(
                    evidence=item,
                    source=source if isinstance(source, Source) else None,
                    uses=tuple(uses.get(item.id, ())),
                )
            )
    return EvidenceProfile(
        label=label,
        citations=tuple(citations),
        attributions=len(pairs),
        without_evidence=sum(no_evidence for _, _, no_evidence in pairs),
        according_to=according_to,
        contested=contested,
    )


def actor_profile(
    dataset: Dataset,
    actor: str,
    *,
    stance: Stance | None = None,
    according_to: str | None = None,
    include_inferred: bool = True,
) -> EvidenceProfile:
    """The evidence an actor gives, or, for a school or organisation, that its members give.

    :param actor: id of a person, or of a school, group or organisation (its members count).
    :param stance: count only attributions of this stance (e.g. what an actor *asserts*).
    :param according_to: for a school or group, count the members this actor places in it
        (default: those anybody places there; see the module's docstring).
    :param include_inferred: count evidence whose cited work is only inferred.
    :raises KeyError: no actor has this id.
    """
    record = dataset.actor(actor)
    query = dataset.query
    grouped = query.evidence_by_grade(
        actor, stance=stance, according_to=according_to, include_inferred=include_inferred
    )
    pairs = [
        (r.claim, r.attribution.actor, r.attribution.no_evidence)
        for member in query.actors_of(actor, according_to=according_to)
        for r in query.stances_of(member, stance)
    ]
    contested = (
        p.actor.id
        for p in query.memberships_of(actor)
        if p.contested and p.according_to(according_to)
    )
    return _profile(
        dataset,
        record.name,
        grouped,
        pairs,
        according_to=according_to,
        contested=tuple(dict.fromkeys(contested)),
    )


def claims_profile(
    dataset: Dataset,
    claims: Iterable[Claim | str],
    *,
    actors: Iterable[str] | None = None,
    stance: Stance | None = None,
    label: str = "Selected claims",
    include_inferred: bool = True,
) -> EvidenceProfile:
    """The evidence given for a set of claims.

    :param claims: claims or claim ids.
    :param actors: count only the attributions of these actors.
    :param stance: count only attributions of this stance.
    :param label: what the profile is called in reports.
    :param include_inferred: count evidence whose cited work is only inferred.
    :raises KeyError: a claim id is unknown.
    """
    wanted = None if actors is None else set(actors)
    pairs: list[tuple[Claim, str, bool]] = []
    evidence: dict[str, Evidence] = {}
    for item in claims:
        claim = dataset.claim(item) if isinstance(item, str) else item
        for attribution in claim.attributions:
            if wanted is not None and attribution.actor not in wanted:
                continue
            if stance is not None and attribution.stance != stance:
                continue
            pairs.append((claim, attribution.actor, attribution.no_evidence))
            for evidence_id in attribution.evidence:
                found = dataset.get(evidence_id)
                if isinstance(found, Evidence) and (
                    include_inferred or found.status != CitationStatus.INFERRED
                ):
                    evidence.setdefault(found.id, found)
    return _profile(dataset, label, group_by_grade(evidence.values()), pairs)


def school_profiles(
    dataset: Dataset,
    *,
    stance: Stance | None = None,
    according_to: str | None = None,
    include_inferred: bool = True,
) -> list[EvidenceProfile]:
    """One profile per school of thought (actors of kind ``school``), in dataset order, with
    the options of :func:`actor_profile`."""
    return [
        actor_profile(
            dataset,
            a.id,
            stance=stance,
            according_to=according_to,
            include_inferred=include_inferred,
        )
        for a in dataset.actors
        if a.kind == ActorKind.SCHOOL
    ]


def schools(dataset: Dataset) -> list[Actor]:
    """The schools of thought, in dataset order."""
    return [a for a in dataset.actors if a.kind == ActorKind.SCHOOL]
