"""Analyses of a dataset: evidence profiles, balance, contested claims and the timeline."""

from purgehist.analysis.balance import Balance, SideBalance, balance, claim_answer
from purgehist.analysis.contested import (
    ContestedClaim,
    EventGroup,
    Side,
    contested_by_event,
    contested_claim_sides,
)
from purgehist.analysis.profiles import (
    Citation,
    EvidenceProfile,
    actor_profile,
    claims_profile,
    grade_order,
    school_profiles,
    schools,
)
from purgehist.analysis.timeline import (
    ClaimPoint,
    TimelineEntry,
    claims_in_date_order,
    event_sort_key,
    timeline,
)

__all__ = [
    "Balance",
    "Citation",
    "ClaimPoint",
    "ContestedClaim",
    "EventGroup",
    "EvidenceProfile",
    "Side",
    "SideBalance",
    "TimelineEntry",
    "actor_profile",
    "balance",
    "claim_answer",
    "claims_in_date_order",
    "claims_profile",
    "contested_by_event",
    "contested_claim_sides",
    "event_sort_key",
    "grade_order",
    "school_profiles",
    "schools",
    "timeline",
]
