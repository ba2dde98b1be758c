"""Queries for scripts: claims about, stances, contested claims, evidence by grade."""

from __future__ import annotations

import pytest

from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    Dataset,
    Event,
    Evidence,
    Membership,
    Source,
)

SCHOOL = Actor(id="school_rev", kind=ActorKind.SCHOOL, name="Revisionists")
GETTY = Actor(id="pers_getty", name="Getty", memberships=[Membership(group="school_rev")])
THURSTON = Actor(id="pers_thurston", name="Thurston", memberships=[Membership(group="school_rev")])
CONQUEST = Actor(id="pers_conquest", name="Conquest")
KIROV_MURDER = Event(id="ev_kirov", label="Murder of Kirov", date="1934-12-01")
SOURCES = [Source(id="bib_a", title="A"), Source(id="bib_b", title="B")]
EVIDENCE = [
    Evidence(id="evid_1", source="bib_a", grade="archival"),
    Evidence(id="evid_2", source="bib_a", grade="archival"),
    Evidence(id="evid_3", source="bib_b", grade="hearsay"),
    Evidence(id="evid_4", source="bib_b"),
]
ORDERED = Claim(
    id="claim_ordered",
    text="Stalin ordered the murder.",
    about=["ev_kirov"],
    attributions=[
        Attribution(actor="pers_conquest", evidence=["evid_3"]),
        Attribution(actor="pers_getty", stance="disputes", evidence=["evid_1", "evid_2"]),
    ],
)
EXPLOITED = Claim(
    id="claim_exploited",
    text="Stalin exploited the murder.",
    about=["ev_kirov", "ev_kirov"],
    attributions=[
        Attribution(actor="pers_getty", evidence=["evid_1"]),
        Attribution(actor="pers_thurston", stance="qualifies", evidence=["evid_4"]),
    ],
)
DATA = Dataset(
    actors=[SCHOOL, GETTY, THURSTON, CONQUEST],
    events=[KIROV_MURDER],
    sources=SOURCES,
    evidence=EVIDENCE,
    claims=[ORDERED, EXPLOITED],
)


def test_claims_about_an_event_without_repeats() -> None:
    assert DATA.query.claims_about("ev_kirov") == [ORDERED, EXPLOITED]
    assert DATA.query.claims_about("ev_none") == []


def test_claims_an_actor_asserts_or_disputes() -> None:
    assert DATA.query.claims_asserted_by("pers_getty") == [EXPLOITED]
    assert DATA.query.claims_disputed_by("pers_getty") == [ORDERED]
    assert [r.claim.id for r in DATA.query.stances_of("pers_thurston")] == ["claim_exploited"]


def test_contested_claims_need_both_sides() -> None:
    assert DATA.query.contested_claims() == [ORDERED]


def test_evidence_for_a_claim() -> None:
    assert [e.id for e in DATA.query.evidence_for("claim_ordered")] == [
        "evid_3",
        "evid_1",
        "evid_2",
    ]
    assert [e.id for e in DATA.query.evidence_for("claim_ordered", actor="pers_getty")] == [
        "evid_1",
        "evid_2",
    ]
    with pytest.raises(KeyError, match="no claim with id 'claim_x'"):
        DATA.query.evidence_for("claim_x")


def test_evidence_by_grade_for_a_school_counts_each_citation_once() -> None:
    by_grade = DATA.query.evidence_by_grade("school_rev")
    assert {g: [e.id for e in items] for g, items in by_grade.items()} == {
        "archival": ["evid_1", "evid_2"],
        "ungraded": ["evid_4"],
    }
    assert DATA.query.members_of("school_rev") == [GETTY, THURSTON]


def test_evidence_by_grade_for_one_actor_and_stance() -> None:
    by_grade = DATA.query.evidence_by_grade("pers_getty", stance="disputes")
    assert {g: len(items) for g, items in by_grade.items()} == {"archival": 2}


def test_lookups_by_kind() -> None:
    assert DATA.actor("pers_getty") is GETTY
    assert DATA.get("ev_kirov") is KIROV_MURDER
    with pytest.raises(KeyError, match="no actor with id 'ev_kirov'"):
        DATA.actor("ev_kirov")
    assert DATA.counts() == {
        "actors": 4,
        "places": 0,
        "events": 1,
        "sources": 2,
        "evidence": 4,
        "claims": 2,
        "documents": 0,
    }


def test_merge_and_replace_keep_order() -> None:
    merged = DATA.merge(Dataset(actors=[Actor(id="pers_new", name="New")]))
    assert [a.id for a in merged.actors][-1] == "pers_new"
    assert merged.replace(claims=()).claims == ()
    assert DATA.claims == (ORDERED, EXPLOITED)


# -- placements in schools, and inferred evidence -----------------------------------------------

TOTALITARIANS = Actor(id="school_tot", kind=ActorKind.SCHOOL, name="Totalitarians")
PLACED = Actor(
    id="pers_conquest",
    name="Conquest",
    memberships=[
        Membership(
            group="school_tot",
            attributions=[
                Attribution(actor="pers_getty", work="bib_a", evidence=["evid_1"]),
                Attribution(actor="pers_thurston"),
            ],
        )
    ],
)
DISPUTED = Actor(
    id="pers_ulam",
    name="Ulam",
    memberships=[
        Membership(
            group="school_tot",
            attributions=[
                Attribution(actor="pers_getty"),
                Attribution(actor="pers_conquest", stance="disputes"),
            ],
        )
    ],
)
ONLY_DISPUTED = Actor(
    id="pers_pipes",
    name="Pipes",
    memberships=[
        Membership(
            group="school_tot", attributions=[Attribution(actor="pers_getty", stance="disputes")]
        )
    ],
)
CARD = Actor(id="pers_card", name="Card holder", memberships=[Membership(group="school_tot")])
INFERRED = Evidence(id="evid_5", source="bib_a", grade="archival", status="inferred", note="n")
ASSERTS = Claim(
    id="claim_terror",
    text="The terror was planned.",
    attributions=[
        Attribution(actor="pers_conquest", evidence=["evid_3", "evid_5"]),
        Attribution(actor="pers_ulam", evidence=["evid_4"]),
        Attribution(actor="pers_pipes", evidence=["evid_1"]),
        Attribution(actor="pers_card", evidence=["evid_2"]),
    ],
)
PLACEMENTS = Dataset(
    actors=[TOTALITARIANS, GETTY, THURSTON, PLACED, DISPUTED, ONLY_DISPUTED, CARD],
    sources=SOURCES,
    evidence=[*EVIDENCE, INFERRED],
    claims=[ASSERTS],
)


def test_memberships_of_a_school_according_to_a_claimant() -> None:
    query = PLACEMENTS.query
    everyone = query.memberships_of("school_tot")
    assert [p.actor.id for p in everyone] == [
        "pers_conquest",
        "pers_ulam",
        "pers_pipes",
        "pers_card",
    ]
    assert everyone[0].claimants == ("pers_getty", "pers_thurston")
    assert (everyone[1].disputed_by, everyone[1].contested) == (("pers_conquest",), True)
    assert (everyone[3].plain, everyone[3].claimants) == (True, ())
    by_getty = query.memberships_of("school_tot", according_to="pers_getty")
    assert [p.actor.id for p in by_getty] == ["pers_conquest", "pers_ulam"]
    by_thurston = query.memberships_of("school_tot", according_to="pers_thurston")
    assert [p.actor.id for p in by_thurston] == ["pers_conquest"]
    assert query.memberships_of("school_tot", according_to="pers_card") == []
    assert query.memberships_of("school_none") == []


def test_contested_memberships() -> None:
    contested = PLACEMENTS.query.contested_memberships()
    assert [(p.actor.id, p.membership.group) for p in contested] == [
        ("pers_ulam", "school_tot"),
        ("pers_pipes", "school_tot"),
    ]
    assert DATA.query.contested_memberships() == []


def test_a_school_counts_the_members_somebody_places_in_it() -> None:
    query = PLACEMENTS.query
    # Pipes is only said not to belong; a plain membership (a card) counts.
    assert query.actors_of("school_tot") == [
        "school_tot",
        "pers_conquest",
        "pers_ulam",
        "pers_card",
    ]
    assert query.actors_of("school_tot", according_to="pers_thurston") == [
        "school_tot",
        "pers_conquest",
    ]
    by_grade = query.evidence_by_grade("school_tot", according_to="pers_thurston")
    assert {g: [e.id for e in items] for g, items in by_grade.items()} == {
        "hearsay": ["evid_3"],
        "archival": ["evid_5"],
    }


def test_inferred_evidence_left_out_on_request() -> None:
    query = PLACEMENTS.query
    with_inferred = query.evidence_by_grade("pers_conquest")
    assert [e.id for e in with_inferred["archival"]] == ["evid_5"]
    without = query.evidence_by_grade("pers_conquest", include_inferred=False)
    assert {g: [e.id for e in items] for g, items in without.items()} == {"hearsay": ["evid_3"]}
