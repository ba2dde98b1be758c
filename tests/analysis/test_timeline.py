"""The timeline of the bundled dataset: date order, uncertain dates kept, claims placed."""

from __future__ import annotations

from purgehist import Dataset
from purgehist.analysis import claims_in_date_order, event_sort_key, timeline
from purgehist.model import Event


def test_events_come_in_date_order_with_bounds(thesis_dataset: Dataset) -> None:
    entries = timeline(thesis_dataset)
    assert len(entries) == len(thesis_dataset.events) == 38
    # `jq -r '.events[] | "\(.date)\t\(.id)"' | sort` gives these first four.
    assert [e.event.id for e in entries[:4]] == [
        "ev_seventeenth_congress",
        "ev_night_long_knives",
        "ev_nkvd_formed",
        "ev_kirov_murder",
    ]
    assert entries[0].span == "1934-01-26/1934-02-10"
    assert entries[-1].event.id == "ev_archives_opened"
    keys = [e.date.sort_key() for e in entries if e.date]
    assert keys == sorted(keys)


def test_uncertain_dates_stay_uncertain(thesis_dataset: Dataset) -> None:
    entries = {e.event.id: e for e in timeline(thesis_dataset)}
    # jq '[.events[] | select(.date | test("[?~%]")) | .id]' lists these six.
    uncertain = {i for i, e in entries.items() if e.uncertain}
    assert uncertain == {
        "ev_yezhov_kpk",
        "ev_party_verification",
        "ev_mass_expulsions",
        "ev_beria_releases",
        "ev_kirov_commissions",
        "ev_archives_opened",
    }
    kpk = entries["ev_yezhov_kpk"]
    assert kpk.event.date == "1935-02~"
    assert kpk.date is not None
    assert kpk.date.approximate
    assert kpk.span == "1935-02-01/1935-02-28"
    expulsions = entries["ev_mass_expulsions"].date
    assert expulsions is not None
    assert expulsions.uncertain
    assert not expulsions.approximate


def test_entries_carry_the_claims_about_them(thesis_dataset: Dataset) -> None:
    entries = {e.event.id: e for e in timeline(thesis_dataset)}
    murder = entries["ev_kirov_murder"]
    # jq '[.claims[] | select(.about | index("ev_kirov_murder"))] | length' → 8, 2 contested.
    assert len(murder.claims) == 8
    assert murder.contested == 2
    assert entries["ev_nikolaev_executed"].claims == ()


def test_within_keeps_the_parts_of_an_event(thesis_dataset: Dataset) -> None:
    parts = timeline(thesis_dataset, within="ev_great_purge")
    ids = [e.event.id for e in parts]
    assert "ev_great_purge" in ids
    assert "ev_order_00447" in ids
    assert "ev_kirov_murder" not in ids
    # jq '[.events[] | select(.part_of == "ev_great_purge")] | length' → 17, plus the purge.
    assert len(parts) == 18


def test_claims_in_date_order_use_their_earliest_event(thesis_dataset: Dataset) -> None:
    points = claims_in_date_order(thesis_dataset)
    assert points[0].claim.id in {
        c.id for c in thesis_dataset.query.claims_about("ev_seventeenth_congress")
    }
    keys = [p.date.sort_key() for p in points]
    assert keys == sorted(keys)
    start = next(p for p in points if p.claim.id == "claim_kirov_murder_start_of_purge")
    assert [e.id for e in start.events] == ["ev_kirov_murder", "ev_great_purge"]
    assert start.date.text == "1934-12-01"


def test_undated_events_sort_last() -> None:
    undated = Event(id="ev_x", label="A undated event")
    dated = Event(id="ev_y", label="Z dated event", date="1937?")
    assert sorted([undated, dated], key=event_sort_key) == [dated, undated]


def test_events_carry_their_place(thesis_dataset: Dataset) -> None:
    entries = {e.event.id: e for e in timeline(thesis_dataset)}
    kirov = entries["ev_kirov_murder"].place
    assert kirov is not None
    assert (kirov.id, kirov.name) == ("pl_smolny_leningrad", "Smolny, Leningrad")
    assert entries["ev_great_purge"].place is None
    # A place the dataset lacks (a dangling reference) is no place on the timeline.
    lost = thesis_dataset.replace(events=(Event(id="ev_x", label="X", place="pl_none"),))
    assert timeline(lost)[0].place is None
