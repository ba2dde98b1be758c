"""Contested claims of the bundled dataset, grouped by event, with each side's evidence."""

from __future__ import annotations

from purgehist import Dataset
from purgehist.analysis import contested_by_event, contested_claim_sides

# Counted with jq on src/purgehist/data/great-purge.json (a missing "stance" means
# "asserts", the default the canonical JSON leaves out):
#   [.claims[] | select(any(.attributions[]; (.stance // "asserts") == "asserts")
#                   and any(.attributions[]; .stance == "disputes"))] | length   → 29
# and, of those, `.about[] | select(startswith("ev_"))` grouped and counted → the events
# below; 15 of the 29 are about no event.
GROUPS = [
    ("ev_seventeenth_congress", 2),
    ("ev_night_long_knives", 1),
    ("ev_kirov_murder", 2),
    ("ev_great_purge", 4),
    ("ev_yezhov_nkvd", 1),
    ("ev_february_march_plenum", 1),
    ("ev_moscow_figures", 1),
    ("ev_third_moscow_trial", 2),
    ("ev_yezhov_replaced", 1),
    (None, 15),
]


def test_contested_claims_match_the_query(thesis_dataset: Dataset) -> None:
    found = contested_claim_sides(thesis_dataset)
    assert len(found) == 29
    assert [c.claim for c in found] == thesis_dataset.query.contested_claims()


def test_groups_follow_event_dates_and_end_with_unattached_claims(
    thesis_dataset: Dataset,
) -> None:
    groups = contested_by_event(thesis_dataset)
    assert [(g.event.id if g.event else None, len(g.claims)) for g in groups] == GROUPS


def test_a_claim_about_two_events_is_listed_under_both(thesis_dataset: Dataset) -> None:
    groups = {g.event.id if g.event else None: g for g in contested_by_event(thesis_dataset)}
    start = "claim_kirov_murder_start_of_purge"
    assert start in {c.claim.id for c in groups["ev_kirov_murder"].claims}
    assert start in {c.claim.id for c in groups["ev_great_purge"].claims}


def test_each_side_has_its_actors_and_evidence_profile(thesis_dataset: Dataset) -> None:
    groups = {g.event.id if g.event else None: g for g in contested_by_event(thesis_dataset)}
    [murder] = [
        c
        for c in groups["ev_kirov_murder"].claims
        if c.claim.id == "claim_stalin_ordered_kirov_murder"
    ]
    assert [a.id for a in murder.asserting.actors] == ["pers_conquest"]
    assert [a.id for a in murder.disputing.actors] == ["pers_getty", "pers_thesis_author"]
    assert murder.qualifying.actors == ()
    # Conquest: Great Terror p. 75 (fn 18, via Orlov) and the Letter of an Old Bolshevik;
    # Getty: Stalinist Terror pp. 45-48 (archival); the thesis: the same pages, as a study.
    assert murder.asserting.profile.counts == {"hearsay": 2}
    assert murder.disputing.profile.counts == {"archival": 1, "secondary": 1}
    # Orlov only reports the claim: he is on neither side.
    assert "pers_orlov" not in {a.id for s in murder.sides for a in s.actors}


def test_a_side_that_gives_no_evidence_says_so(thesis_dataset: Dataset) -> None:
    [hitler] = [
        c
        for c in contested_claim_sides(thesis_dataset)
        if c.claim.id == "claim_stalin_inspired_by_hitler_purge"
    ]
    for side in (hitler.asserting, hitler.disputing):
        assert side.profile.total == 0
        assert side.profile.without_evidence == side.profile.attributions == 1
