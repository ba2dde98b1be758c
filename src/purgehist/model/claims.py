"""Claims: statements about the past, and who asserts, disputes or qualifies them."""

from __future__ import annotations

import math
from enum import StrEnum

import attrs
from attrs import field, frozen
from attrs.converters import optional

from purgehist.model.common import Provenance, non_empty, optional_text, tuple_of
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = [
    "Attribution",
    "Certainty",
    "Claim",
    "ClaimRelation",
    "ClaimStatus",
    "Quantity",
    "RelationType",
    "Stance",
]


class Stance(StrEnum):
    """An actor's position towards a claim."""

    ASSERTS = "asserts"
    DISPUTES = "disputes"
    QUALIFIES = "qualifies"
    """Accepts it in part, or with reservations."""
    REPORTS = "reports"
    """Passes it on without taking a position (a witness reporting what others said)."""
    RETRACTS = "retracts"
    """Withdraws an earlier assertion."""


class RelationType(StrEnum):
    """How one claim bears on another."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    REFINES = "refines"


class Certainty(StrEnum):
    """How certain a claim is held to be (by the dataset's editors), in TEI's bands."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNKNOWN = "unknown"


class ClaimStatus(StrEnum):
    """Editorial status of a claim."""

    REVIEWED = "reviewed"
    CANDIDATE = "candidate"
    """Extracted by a machine, awaiting review."""
    REJECTED = "rejected"


def _claimant(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value != "":
        ncname_validator(instance, attribute, value)


@frozen(kw_only=True)
class Attribution:
    """An actor's stance on a claim (or on a membership: who places an actor in a school of
    thought), with the evidence that actor gives."""

    actor: str = field(validator=_claimant)
    """Id of the claimant. An empty string is kept so that validation can report it."""
    stance: Stance = field(default=Stance.ASSERTS, converter=Stance)
    date: str | None = field(default=None, validator=edtf_validator())
    """When the actor took this stance (EDTF), e.g. the year of the work."""
    work: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the source in which the actor states it."""
    evidence: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Ids of the :class:`~purgehist.model.evidence.Evidence` the actor gives."""
    no_evidence: bool = False
    """True when the actor explicitly gives no evidence (not: evidence not yet recorded)."""
    note: str | None = optional_text()
    provenance: Provenance | None = None


@frozen(kw_only=True)
class ClaimRelation:
    """This claim supports, contradicts or refines another claim."""

    type: RelationType = field(converter=RelationType)
    target: str = field(validator=ncname_validator)
    note: str | None = optional_text()


@frozen(kw_only=True)
class Quantity:
    """A number a claim puts forward (a death toll, a count of arrests), with its bounds."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = field(validator=non_empty)
    """What is counted: ``executions``, ``arrests``, ``persons``."""

    def __attrs_post_init__(self) -> None:
        numbers = [n for n in (self.low, self.value, self.high) if n is not None]
        if not numbers:
            msg = "a quantity needs a 'value', a 'low' or a 'high'"
            raise ValueError(msg)
        if not all(math.isfinite(n) for n in numbers):
            msg = "a quantity must be a finite number"
            raise ValueError(msg)
        if numbers != sorted(numbers):
            msg = "a quantity must satisfy low <= value <= high"
            raise ValueError(msg)


@frozen(kw_only=True)
class Claim:
    """A statement about the past, never stated as fact: only as its attributions' claim."""

    id: str = field(validator=ncname_validator)
    text: str = field(validator=non_empty)
    """The claim in words, readable on its own (pronouns resolved)."""
    quote: str | None = optional_text()
    """The source's sentence verbatim, when *text* rewords it."""
    lang: str | None = optional_text()
    """BCP 47 tag of *text*; ``None`` means the dataset's language."""
    about: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Ids of the actors and events the claim is about."""
    attributions: tuple[Attribution, ...] = field(default=(), converter=tuple_of)
    relations: tuple[ClaimRelation, ...] = field(default=(), converter=tuple_of)
    certainty: Certainty | None = field(default=None, converter=optional(Certainty))
    quantity: Quantity | None = None
    tags: tuple[str, ...] = field(default=(), converter=tuple_of)
    status: ClaimStatus = field(default=ClaimStatus.REVIEWED, converter=ClaimStatus)
    note: str | None = optional_text()
    provenance: Provenance | None = None
    anchor: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the paragraph (in a :class:`~purgehist.model.documents.Document` body) that
    states the claim."""
