"""The balance of the schools: answered and unanswered claims, grades with and without
inferred citations, by whose placement of the members. Figures counted by hand below."""

from __future__ import annotations

import pytest

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
from purgehist.analysis import balance, claim_answer

A, D, Q, R = Stance.ASSERTS, Stance.DISPUTES, Stance.QUALIFIES, Stance.REPORTS


def _placed(actor: str, school: str, *by: tuple[str, Stance]) -> Actor:
    attributions = tuple(Attribution(actor=a, stance=s) for a, s in by)
    return Actor(
        id=actor, name=actor, memberships=(Membership(group=school, attributions=attributions),)
    )


def _claim(id: str, *stances: tuple[str, Stance, tuple[str, ...]]) -> Claim:
    return Claim(
        id=id,
        text=id,
        attributions=tuple(
            Attribution(actor=a, stance=s, evidence=ev, no_evidence=not ev) for a, s, ev in stances
        ),
    )


# Two schools. The thesis places Conquest and Ulam in the first and Getty in the second;
# Kenez places only Conquest, and Ulam disputes his own placement.
DATA = Dataset(
    actors=(
        Actor(id="school_tot", kind=ActorKind.SCHOOL, name="Totalitarian"),
        Actor(id="school_rev", kind=ActorKind.SCHOOL, name="Revisionist"),
        Actor(id="pers_thesis", name="Thesis"),
        Actor(id="pers_kenez", name="Kenez"),
        _placed("pers_conquest", "school_tot", ("pers_thesis", A), ("pers_kenez", A)),
        _placed("pers_ulam", "school_tot", ("pers_thesis", A), ("pers_ulam", D)),
        _placed("pers_getty", "school_rev", ("pers_thesis", A)),
        Actor(id="pers_khlevniuk", name="Khlevniuk"),
    ),
    sources=(Source(id="bib_a", title="A"),),
    evidence=(
        Evidence(id="evid_c1", source="bib_a", grade="secondary"),
        Evidence(id="evid_c2", source="bib_a", grade="hearsay"),
        Evidence(id="evid_u1", source="bib_a", grade="secondary"),
        Evidence(id="evid_g1", source="bib_a", grade="secondary"),
        Evidence(
            id="evid_g2",
            source="bib_a",
            grade="secondary",
            status=CitationStatus.INFERRED,
            note="lost footnote; the text names Getty",
        ),
        Evidence(id="evid_k1", source="bib_a", grade="published_primary"),
    ),
    claims=(
        # Conquest asserts, Getty disputes: disputed.
        _claim("claim_1", ("pers_conquest", A, ("evid_c1",)), ("pers_getty", D, ("evid_g2",))),
        # Conquest asserts, Khlevniuk qualifies: qualified.
        _claim("claim_2", ("pers_conquest", A, ("evid_c2",)), ("pers_khlevniuk", Q, ())),
        # Ulam asserts, nobody answers (Conquest only reports it): unanswered.
        _claim("claim_3", ("pers_ulam", A, ("evid_u1",)), ("pers_conquest", R, ())),
        # Getty asserts; Khlevniuk disputes and qualifies: disputed.
        _claim(
            "claim_4",
            ("pers_getty", A, ("evid_g1", "evid_g2")),
            ("pers_khlevniuk", D, ("evid_k1",)),
            ("pers_thesis", Q, ()),
        ),
        # The thesis asserts, Getty asserts too: unanswered.
        _claim("claim_5", ("pers_thesis", A, ()), ("pers_getty", A, ("evid_g1",))),
    ),
)


def test_claim_answer() -> None:
    answers = [claim_answer(c) for c in DATA.claims]
    assert answers == ["disputed", "qualified", "unanswered", "disputed", "unanswered"]


def test_balance_by_anybodys_placement() -> None:
    result = balance(DATA)
    assert [s.label for s in result.sides] == [
        "Totalitarian",
        "Revisionist",
        "Outside every school",
    ]
    tot, rev, outside = result.sides
    assert tot.actors == ("school_tot", "pers_conquest", "pers_ulam")
    assert [c.id for c in tot.claims] == ["claim_1", "claim_2", "claim_3"]
    assert [len(tot.disputed), len(tot.qualified), len(tot.unanswered)] == [1, 1, 1]
    # Conquest: c1, c2; Ulam: u1 (Conquest's 'reports' gives no evidence).
    assert tot.grades == {"hearsay": 1, "secondary": 2}
    assert tot.grades_without_inferred == tot.grades
    assert tot.inferred == 0
    assert tot.contested == ("pers_ulam",)
    assert [c.id for c in rev.claims] == ["claim_4", "claim_5"]
    assert [len(rev.disputed), len(rev.qualified), len(rev.unanswered)] == [1, 0, 1]
    # Getty: g2 (on claim_1), g1 and g2 (claim_4), g1 (claim_5): two pieces, one inferred.
    assert rev.grades == {"secondary": 2}
    assert rev.grades_without_inferred == {"secondary": 1}
    assert (rev.citations, rev.inferred) == (2, 1)
    # The thesis and Khlevniuk are in no school.
    assert outside.actors == ("pers_thesis", "pers_khlevniuk")
    assert [c.id for c in outside.claims] == ["claim_5"]
    assert outside.grades == {"published_primary": 1}


def test_balance_according_to_one_claimant() -> None:
    """Kenez places only Conquest: Ulam's claim leaves the school, Ulam joins the outsiders."""
    result = balance(DATA, according_to="pers_kenez")
    tot = result.side("Totalitarian")
    assert tot.actors == ("school_tot", "pers_conquest")
    assert [c.id for c in tot.claims] == ["claim_1", "claim_2"]
    assert tot.contested == ()
    assert result.side("Revisionist").actors == ("school_rev",)
    assert result.side("Revisionist").claims == ()
    outside = result.side("Outside every school")
    assert set(outside.actors) == {"pers_thesis", "pers_ulam", "pers_getty", "pers_khlevniuk"}
    assert result.according_to == "pers_kenez"


def test_chosen_actors_get_a_side_of_their_own() -> None:
    result = balance(DATA, actors=["pers_thesis"])
    assert [s.label for s in result.sides][-2:] == ["Thesis", "Outside every school"]
    thesis = result.side("Thesis")
    assert [c.id for c in thesis.claims] == ["claim_5"]
    assert thesis.unanswered == thesis.claims
    assert "pers_thesis" not in result.side("Outside every school").actors
    with pytest.raises(KeyError):
        result.side("Nobody")
    with pytest.raises(KeyError):
        balance(DATA, actors=["pers_nobody"])


def test_a_dataset_without_schools_has_one_side() -> None:
    result = balance(DATA.replace(actors=[a for a in DATA.actors if a.kind != ActorKind.SCHOOL]))
    assert [s.label for s in result.sides] == ["All actors"]
    assert len(result.sides[0].claims) == 5


def test_bundled_dataset_is_answered_on_both_sides(example_dataset: Dataset) -> None:
    """Issue 16: the revisionists' and the thesis's claims went largely unanswered."""
    result = balance(example_dataset, actors=["pers_thesis_author"])
    for label in ("Totalitarian school", "Revisionist school", "Author of the 2009 thesis"):
        side = result.side(label)
        answered = len(side.disputed) + len(side.qualified)
        assert answered / len(side.claims) > 0.4, label
    conclusions = [c for c in example_dataset.claims if "conclusion" in c.tags]
    assert conclusions
    assert all(claim_answer(c) != "unanswered" for c in conclusions)
