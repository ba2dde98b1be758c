"""Evidence profiles of a school by whose placement of its members, and without the evidence
whose cited work is only inferred."""

from __future__ import annotations

from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    CitationStatus,
    Claim,
    Dataset,
    Evidence,
    Membership,
    Source,
    Stance,
)
from purgehist.analysis import actor_profile, claims_profile, school_profiles


def _placed(actor: str, *claimants: tuple[str, Stance]) -> Actor:
    attributions = tuple(Attribution(actor=a, stance=s) for a, s in claimants)
    membership = Membership(group="school_tot", attributions=attributions)
    return Actor(id=actor, name=actor, memberships=(membership,))


ASSERTS, DISPUTES = Stance.ASSERTS, Stance.DISPUTES
DATA = Dataset(
    actors=(
        Actor(id="school_tot", kind=ActorKind.SCHOOL, name="Totalitarian school"),
        Actor(id="pers_getty", name="Getty"),
        Actor(id="pers_kuromiya", name="Kuromiya"),
        _placed("pers_conquest", ("pers_getty", ASSERTS), ("pers_kuromiya", ASSERTS)),
        _placed("pers_ulam", ("pers_getty", ASSERTS), ("pers_ulam", DISPUTES)),
        _placed("pers_pipes", ("pers_kuromiya", DISPUTES)),
        Actor(id="pers_card", name="Card", memberships=(Membership(group="school_tot"),)),
    ),
    sources=(Source(id="bib_a", title="A"),),
    evidence=(
        Evidence(id="evid_c", source="bib_a", grade="hearsay"),
        Evidence(id="evid_u", source="bib_a", grade="memoir"),
        Evidence(id="evid_p", source="bib_a", grade="secondary"),
        Evidence(id="evid_k", source="bib_a", grade="archival"),
        Evidence(
            id="evid_i",
            source="bib_a",
            grade="archival",
            status=CitationStatus.INFERRED,
            note="the previous note cites the same fond",
        ),
    ),
    claims=(
        Claim(
            id="claim_plan",
            text="The terror was planned.",
            attributions=(
                Attribution(actor="pers_conquest", evidence=("evid_c", "evid_i")),
                Attribution(actor="pers_ulam", evidence=("evid_u",)),
                Attribution(actor="pers_pipes", evidence=("evid_p",)),
                Attribution(actor="pers_card", evidence=("evid_k",)),
            ),
        ),
    ),
)


def test_by_default_a_school_is_whoever_anybody_places_in_it() -> None:
    [school] = school_profiles(DATA)
    assert school.according_to is None
    assert school.counts == {"archival": 2, "memoir": 1, "hearsay": 1}
    assert school.attributions == 3
    assert school.contested == ("pers_ulam",)


def test_a_school_according_to_one_claimant() -> None:
    by_getty = actor_profile(DATA, "school_tot", according_to="pers_getty")
    assert by_getty.counts == {"archival": 1, "memoir": 1, "hearsay": 1}
    assert (by_getty.according_to, by_getty.contested) == ("pers_getty", ("pers_ulam",))
    by_kuromiya = actor_profile(DATA, "school_tot", according_to="pers_kuromiya")
    assert by_kuromiya.counts == {"archival": 1, "hearsay": 1}
    assert by_kuromiya.contested == ()
    [same] = school_profiles(DATA, according_to="pers_kuromiya")
    assert same == by_kuromiya


def test_inferred_evidence_can_be_left_out() -> None:
    without = actor_profile(DATA, "school_tot", include_inferred=False)
    assert without.counts == {"archival": 1, "memoir": 1, "hearsay": 1}
    assert [c.evidence.id for c in without.by_grade("archival")] == ["evid_k"]
    claims = claims_profile(DATA, ["claim_plan"], include_inferred=False)
    assert "evid_i" not in {c.evidence.id for c in claims.citations}
    assert claims_profile(DATA, ["claim_plan"]).total == 5
