"""purgehist.problems(dataset): one bad-input case per problem code, each with its JSON path."""

from __future__ import annotations

import pytest

import purgehist
from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    ChainLink,
    CitationStatus,
    Claim,
    ClaimRelation,
    DataError,
    Dataset,
    Event,
    Evidence,
    Membership,
    RelationType,
    Source,
    checks,
)
from purgehist.diagnostics import Severity

SCHOOL = Actor(id="school_rev", kind=ActorKind.SCHOOL, name="Revisionists")
GETTY = Actor(id="pers_getty", name="Getty", memberships=[Membership(group="school_rev")])
BOOK = Source(id="bib_origins", title="Origins of the Great Purges")
EVID = Evidence(id="evid_1", source="bib_origins", grade="secondary")


def _codes(dataset: Dataset) -> list[tuple[str, str]]:
    return [(p.code, p.location) for p in purgehist.problems(dataset)]


def _base(**changes: object) -> Dataset:
    base = Dataset(
        actors=[SCHOOL, GETTY],
        sources=[BOOK],
        evidence=[EVID],
        claims=[
            Claim(
                id="claim_1",
                text="The purge began as a chaotic campaign.",
                attributions=[Attribution(actor="pers_getty", evidence=["evid_1"])],
            )
        ],
    )
    return base.replace(**changes)


def test_clean_dataset_has_no_problems() -> None:
    assert purgehist.problems(_base()) == []


def test_dangling_reference() -> None:
    claim = Claim(
        id="claim_1",
        text="t",
        about=["ev_nowhere"],
        attributions=[Attribution(actor="pers_conqest", evidence=["evid_1"])],
    )
    assert _codes(_base(claims=[claim])) == [
        ("dangling-reference", "$.claims[0].about[0]"),
        ("dangling-reference", "$.claims[0].attributions[0].actor"),
    ]
    message = purgehist.problems(_base(claims=[claim]))[1].message
    assert message == "no actor with id 'pers_conqest'"


def test_wrong_kind_of_reference() -> None:
    claim = Claim(
        id="claim_1", text="t", attributions=[Attribution(actor="bib_origins", no_evidence=True)]
    )
    problems = purgehist.problems(_base(claims=[claim]))
    assert [(p.code, p.message) for p in problems] == [
        ("wrong-reference", "'bib_origins' is a source, expected a actor")
    ]


def test_duplicate_ids_across_collections() -> None:
    dataset = _base(events=[Event(id="pers_getty", label="Clash")])
    assert _codes(dataset) == [
        ("duplicate-id", "$.actors[1].id"),
        ("duplicate-id", "$.events[0].id"),
    ]


def test_part_of_cycle_reported_once() -> None:
    events = [
        Event(id="ev_a", label="A", part_of="ev_b"),
        Event(id="ev_b", label="B", part_of="ev_c"),
        Event(id="ev_c", label="C", part_of="ev_a"),
        Event(id="ev_d", label="D", part_of="ev_a"),
    ]
    problems = [p for p in purgehist.problems(_base(events=events)) if p.code == "part-of-cycle"]
    assert [(p.location, p.message) for p in problems] == [
        ("$.events[0].part_of", "cycle: ev_a → ev_b → ev_c → ev_a")
    ]


def test_attribution_without_claimant() -> None:
    claim = Claim(id="claim_1", text="t", attributions=[Attribution(actor="", no_evidence=True)])
    assert _codes(_base(claims=[claim])) == [
        ("attribution-without-claimant", "$.claims[0].attributions[0].actor")
    ]


def test_claim_without_attribution_is_a_warning() -> None:
    problems = purgehist.problems(_base(claims=[Claim(id="claim_1", text="t")]))
    assert [(p.code, p.severity) for p in problems] == [
        ("claim-without-attribution", Severity.WARNING)
    ]


def test_unknown_grade() -> None:
    dataset = _base(evidence=[Evidence(id="evid_1", source="bib_origins", grade="rumour")])
    problems = purgehist.problems(dataset)
    assert [(p.code, p.location) for p in problems] == [("unknown-grade", "$.evidence[0].grade")]
    assert "hearsay" in problems[0].message


def test_plugin_grade_accepted_when_given() -> None:
    dataset = _base(evidence=[Evidence(id="evid_1", source="bib_origins", grade="rumour")])
    grades = frozenset({"rumour", "secondary"})
    assert checks.problems(dataset, grades=grades) == []


def test_resolved_evidence_needs_source_unresolved_does_not() -> None:
    assert _codes(_base(evidence=[Evidence(id="evid_1")])) == [
        ("evidence-without-source", "$.evidence[0].source")
    ]
    unresolved = Evidence(id="evid_1", status=CitationStatus.UNRESOLVED, cited_as="Ibidem.")
    assert purgehist.problems(_base(evidence=[unresolved])) == []


def test_chain_and_relation_references() -> None:
    evidence = Evidence(id="evid_1", source="bib_origins", chain=[ChainLink(actor="pers_orlov")])
    claim = Claim(
        id="claim_1",
        text="t",
        attributions=[Attribution(actor="pers_getty", evidence=["evid_1"])],
        relations=[ClaimRelation(type=RelationType.SUPPORTS, target="claim_1")],
    )
    assert _codes(_base(evidence=[evidence], claims=[claim])) == [
        ("dangling-reference", "$.evidence[0].chain[0].actor"),
        ("self-relation", "$.claims[0].relations[0].target"),
    ]


def test_membership_of_a_person_is_a_warning() -> None:
    conquest = Actor(
        id="pers_conquest", name="Conquest", memberships=[Membership(group="pers_getty")]
    )
    problems = purgehist.problems(_base(actors=[SCHOOL, GETTY, conquest]))
    assert [(p.code, p.severity) for p in problems] == [("membership-of-person", Severity.WARNING)]


def test_strict_validate_raises_with_all_problems_listed() -> None:
    dataset = _base(
        claims=[
            Claim(id="claim_1", text="t"),
            Claim(
                id="claim_2", text="u", attributions=[Attribution(actor="pers_x", no_evidence=True)]
            ),
        ]
    )
    with pytest.raises(DataError) as info:
        purgehist.validate(dataset, strict=True)
    assert len(info.value.problems) == 2
    assert "2 problems" in str(info.value)
    with pytest.raises(DataError) as info:
        purgehist.validate(dataset, strict=False)
    assert [p.code for p in info.value.problems] == ["dangling-reference"]
