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


# -- places, stubs, inferred citations, attributed memberships ---------------------------------


def test_place_references_and_their_kinds() -> None:
    from purgehist import Place

    moscow = Place(id="pl_moscow", name="Moscow", part_of="pl_russia")
    kremlin = Place(id="pl_kremlin", name="Kremlin", part_of="pers_getty")
    getty = Actor(id="pers_getty", name="Getty", birth_place="pl_moscow", death_place="pl_x")
    trial = Event(id="ev_trial", label="Trial", place="school_rev")
    assert _codes(_base(actors=[SCHOOL, getty], places=[moscow, kremlin], events=[trial])) == [
        ("dangling-reference", "$.actors[1].death_place"),
        ("dangling-reference", "$.places[0].part_of"),
        ("wrong-reference", "$.places[1].part_of"),
        ("wrong-reference", "$.events[0].place"),
    ]


def test_place_part_of_cycle_reported_once() -> None:
    from purgehist import Place

    places = [
        Place(id="pl_a", name="A", part_of="pl_b"),
        Place(id="pl_b", name="B", part_of="pl_a"),
        Place(id="pl_c", name="C", part_of="pl_a"),
    ]
    assert [(p.code, p.location, p.message) for p in purgehist.problems(_base(places=places))] == [
        ("part-of-cycle", "$.places[0].part_of", "cycle: pl_a → pl_b → pl_a")
    ]


def test_external_records_are_infos_that_never_fail() -> None:
    from purgehist import Place

    stub = Actor(id="pers_stub", name="Bucharin", external="#reg1234")
    place = Place(id="pl_stub", name="Moskau", external="reg:77")
    source = Source(id="bib_stub", title="Pravda", external="https://example.org/b/1")
    dataset = _base(actors=[SCHOOL, GETTY, stub], places=[place], sources=[BOOK, source])
    problems = purgehist.problems(dataset)
    assert [(p.code, p.location, p.severity) for p in problems] == [
        ("external-record", "$.actors[2].external", Severity.INFO),
        ("external-record", "$.places[0].external", Severity.INFO),
        ("external-record", "$.sources[1].external", Severity.INFO),
    ]
    assert "'#reg1234'" in problems[0].message
    assert str(problems[0]).endswith("(info)")
    purgehist.validate(dataset, strict=True)


def test_inferred_evidence_needs_a_source() -> None:
    inferred = Evidence(id="evid_1", status=CitationStatus.INFERRED, note="from the chapter")
    problems = purgehist.problems(_base(evidence=[inferred]))
    assert [(p.code, p.location, p.message) for p in problems] == [
        ("evidence-without-source", "$.evidence[0].source", "inferred evidence must name a source")
    ]


@pytest.mark.parametrize(
    ("grade", "locator", "note", "warned"),
    [
        ("archival", None, None, True),
        ("memoir", None, None, True),
        ("secondary", None, None, False),
        ("tertiary", None, None, False),
        (None, None, None, False),
        ("archival", "p. 12", None, False),
        ("archival", None, "the note before cites the same fond", False),
    ],
)
def test_inferred_grade_without_reason(
    grade: str | None, locator: str | None, note: str | None, warned: bool
) -> None:
    from purgehist.model import parse_locator

    evidence = Evidence(
        id="evid_1",
        source="bib_origins",
        status=CitationStatus.INFERRED,
        grade=grade,
        locator=parse_locator(locator) if locator else None,
        note=note,
    )
    problems = purgehist.problems(_base(evidence=[evidence]))
    expected = [("inferred-grade-without-reason", "$.evidence[0].grade", Severity.WARNING)]
    assert [(p.code, p.location, p.severity) for p in problems] == (expected if warned else [])


def test_membership_attributions_are_checked_like_claims() -> None:
    placed = Actor(
        id="pers_thurston",
        name="Thurston",
        memberships=[
            Membership(
                group="school_rev",
                attributions=[
                    Attribution(actor="pers_getty", work="bib_origins", evidence=["evid_1"]),
                    Attribution(actor="", stance="disputes", work="evid_1", evidence=["bib_x"]),
                    Attribution(actor="pers_x", no_evidence=True, evidence=["evid_1"]),
                ],
            )
        ],
    )
    at = "$.actors[2].memberships[0].attributions"
    assert _codes(_base(actors=[SCHOOL, GETTY, placed])) == [
        ("attribution-without-claimant", f"{at}[1].actor"),
        ("wrong-reference", f"{at}[1].work"),
        ("dangling-reference", f"{at}[1].evidence[0]"),
        ("dangling-reference", f"{at}[2].actor"),
        ("contradictory-evidence-flag", f"{at}[2].no_evidence"),
    ]


def test_diagnostics_keep_infos_apart_from_warnings_and_errors() -> None:
    from purgehist.diagnostics import Diagnostics

    found = Diagnostics("data.json")
    found.info("external-record", "a stub", "$.actors[0].external")
    found.warning("claim-without-attribution", "no claimant", "$.claims[0]")
    assert ([p.code for p in found.infos], len(found.warnings), found.errors) == (
        ["external-record"],
        1,
        [],
    )
    found.raise_errors()  # infos and warnings raise nothing
    assert str(found.infos[0]) == "$.actors[0].external: a stub (info)"


class _CountingIndex(dict[str, object]):
    """An id index that counts its look-ups."""

    looked_up = 0

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.looked_up += 1
        return super().get(key, default)


def _grown(n_claims: int) -> Dataset:
    """*n_claims* claims, each citing two pieces of evidence by two actors of a fixed few."""
    evidence = [
        Evidence(id=f"evid_{i}_{j}", source="bib_origins") for i in range(n_claims) for j in (0, 1)
    ]
    claims = [
        Claim(
            id=f"claim_{i}",
            text="The plenum was a turning point.",
            about=("pers_getty",),
            attributions=[
                Attribution(actor="pers_getty", date="1985", evidence=[f"evid_{i}_0"]),
                Attribution(actor="school_rev", evidence=[f"evid_{i}_1"]),
            ],
            relations=[ClaimRelation(type=RelationType.SUPPORTS, target=f"claim_{i - 1}")]
            if i
            else [],
        )
        for i in range(n_claims)
    ]
    return Dataset(actors=[SCHOOL, GETTY], sources=[BOOK], evidence=evidence, claims=claims)


@pytest.mark.parametrize("n_claims", [10, 300])
def test_problems_looks_each_reference_up_once(n_claims: int) -> None:
    """Work counted, not timed: one index look-up per reference (and one more for a
    membership's group, whose kind of actor is checked), the same per claim at any size."""
    dataset = _grown(n_claims)
    index = _CountingIndex(dataset.index)
    object.__setattr__(dataset, "_index", index)
    assert purgehist.problems(dataset) == []
    per_claim = 1 + 2 * 2 + 1  # about, two claimants and their evidence, a relation
    per_evidence = 1  # its source
    memberships = 2  # GETTY's group: as a reference, then as a person or not
    expected = n_claims * per_claim - 1 + 2 * n_claims * per_evidence + memberships
    assert index.looked_up == expected
