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
