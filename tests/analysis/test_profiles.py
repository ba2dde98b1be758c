"""Evidence profiles on the bundled Great Purge dataset, against figures counted by hand."""

from __future__ import annotations

import pytest

from purgehist import Dataset, Stance
from purgehist.analysis import actor_profile, claims_profile, grade_order, school_profiles

# The figures below were counted from src/purgehist/data/great-purge.json with jq, without
# purgehist: collect the ids in `.claims[].attributions[].evidence` of the attributions whose
# actor is the school or one of its members (`.memberships[].group`), drop repeats, look up
# each id's `.grade` in `.evidence[]` and count by grade, e.g. for the totalitarian school:
#   jq '. as $r | ([.actors[] | select(any(.memberships[]?; .group=="school_totalitarian"))
#       | .id] + ["school_totalitarian"]) as $m | [.claims[].attributions[]
#       | select(.actor as $a | $m | index($a)) | .evidence[]?] | unique as $ev
#       | [$r.evidence[] | select(.id as $i | $ev | index($i)) | .grade] | group_by(.)
#       | map({(.[0]): length}) | add' great-purge.json
TOTALITARIAN = {"published_primary": 1, "memoir": 4, "hearsay": 10, "secondary": 23}
REVISIONIST = {"archival": 46, "published_primary": 7, "testimony": 1, "secondary": 5}


def test_school_profiles_count_grades_as_counted_by_hand(thesis_dataset: Dataset) -> None:
    totalitarian, revisionist = school_profiles(thesis_dataset)
    assert totalitarian.label == "Totalitarian school"
    assert totalitarian.counts == TOTALITARIAN
    assert totalitarian.total == 38
    # 47 attributions by the school's members, 10 of them with no_evidence (jq: select on
    # the same actors, then count `.no_evidence == true`).
    assert (totalitarian.attributions, totalitarian.without_evidence) == (47, 10)
    assert revisionist.counts == REVISIONIST
    assert revisionist.total == 59
    assert (revisionist.attributions, revisionist.without_evidence) == (63, 5)


def test_schools_differ_in_what_they_rest_on(thesis_dataset: Dataset) -> None:
    totalitarian, revisionist = school_profiles(thesis_dataset)
    assert totalitarian.share("archival") == 0
    assert totalitarian.share("hearsay") == pytest.approx(10 / 38)
    assert revisionist.share("archival") == pytest.approx(46 / 59)
    assert revisionist.share("hearsay") == 0


def test_counts_follow_grade_order_from_archival_to_tertiary(thesis_dataset: Dataset) -> None:
    totalitarian, _ = school_profiles(thesis_dataset)
    assert list(totalitarian.counts) == ["published_primary", "memoir", "hearsay", "secondary"]
    assert grade_order(["ungraded", "x_plugin", "tertiary", "archival"]) == [
        "archival",
        "tertiary",
        "x_plugin",
        "ungraded",
    ]


def test_actor_profile_lists_the_underlying_citations(thesis_dataset: Dataset) -> None:
    getty = actor_profile(thesis_dataset, "pers_getty")
    # jq as above with the single actor pers_getty: 46 attributions, 5 without evidence.
    assert getty.counts == {"archival": 40, "published_primary": 2, "testimony": 1, "secondary": 3}
    assert (getty.attributions, getty.without_evidence) == (46, 5)
    by_id = {c.evidence.id: c for c in getty.citations}
    kirov = by_id["evid_stalin_ordered_kirov_murder_getty"]
    assert kirov.source is not None
    assert kirov.source.id == "bib_getty_1993_stalinist_terror"
    assert kirov.label() == "Getty & Manning, Stalinist Terror: New Perspectives, 45-48"
    assert kirov.uses == (("claim_stalin_ordered_kirov_murder", "pers_getty"),)
    assert kirov.evidence.provenance is not None
    assert kirov.evidence.provenance.footnote == "34"


def test_evidence_shared_by_coauthors_counts_once(thesis_dataset: Dataset) -> None:
    revisionist = school_profiles(thesis_dataset)[1]
    ids = [c.evidence.id for c in revisionist.citations]
    assert len(ids) == len(set(ids))
    # Footnote 93 (Getty and Naumov, The Road to Terror) backs both co-authors' stance.
    [shared] = [
        c
        for c in revisionist.citations
        if c.evidence.provenance and c.evidence.provenance.footnote == "93"
    ]
    assert shared.uses == (
        ("claim_stalin_proposed_mildest_penalty", "pers_getty"),
        ("claim_stalin_proposed_mildest_penalty", "pers_naumov"),
    )


def test_claims_profile_of_the_kirov_murder(thesis_dataset: Dataset) -> None:
    claims = thesis_dataset.query.claims_about("ev_kirov_murder")
    # jq: the 8 claims whose .about holds ev_kirov_murder; their 18 attributions (5 with
    # no_evidence) cite 14 distinct pieces of evidence.
    assert len(claims) == 8
    profile = claims_profile(thesis_dataset, claims, label="Kirov's murder")
    assert profile.counts == {"archival": 7, "hearsay": 3, "secondary": 4}
    assert (profile.attributions, profile.without_evidence) == (18, 5)


def test_claims_profile_by_stance_separates_the_sides(thesis_dataset: Dataset) -> None:
    claim = "claim_stalin_ordered_kirov_murder"
    asserting = claims_profile(thesis_dataset, [claim], stance=Stance.ASSERTS)
    disputing = claims_profile(thesis_dataset, [claim], stance=Stance.DISPUTES)
    assert asserting.counts == {"hearsay": 2}
    assert disputing.counts == {"archival": 1, "secondary": 1}
    hearsay = asserting.by_grade("hearsay")
    chains = [[link.actor or link.name for link in c.evidence.chain] for c in hearsay]
    assert chains == [
        ["unnamed NKVD officers", "pers_orlov"],
        ["pers_bukharin", "pers_nicolaevsky"],
    ]


def test_an_actor_without_stances_has_an_empty_profile(thesis_dataset: Dataset) -> None:
    profile = actor_profile(thesis_dataset, "pers_kirov")
    assert (profile.total, profile.attributions, profile.counts) == (0, 0, {})
    assert profile.share("archival") == 0.0


def test_unknown_actor_is_a_key_error(thesis_dataset: Dataset) -> None:
    with pytest.raises(KeyError, match="no actor with id 'pers_nobody'"):
        actor_profile(thesis_dataset, "pers_nobody")
