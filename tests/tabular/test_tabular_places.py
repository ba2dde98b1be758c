"""Places, their coordinates and dated names, and attributed memberships in the tables."""

from __future__ import annotations

from pathlib import Path

import pytest

import purgehist
from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Coordinates,
    DataError,
    Dataset,
    Event,
    Membership,
    NameVariant,
    Place,
    Severity,
    Stance,
)

DATA = Dataset(
    actors=(
        Actor(id="school_tot", kind=ActorKind.SCHOOL, name="Totalitarians"),
        Actor(id="pers_getty", name="Getty"),
        Actor(
            id="pers_conquest",
            name="Conquest",
            sex="male",
            birth_place="pl_malvern",
            memberships=(
                Membership(
                    group="school_tot",
                    attributions=(
                        Attribution(actor="pers_getty", date="1985"),
                        Attribution(actor="pers_conquest", stance=Stance.DISPUTES),
                    ),
                ),
            ),
        ),
    ),
    places=(
        Place(
            id="pl_ekb",
            name="Yekaterinburg",
            type="city",
            coordinates=Coordinates(latitude=56.8389, longitude=60.6057),
            variants=(
                NameVariant(name="Sverdlovsk", date="1924/1991"),
                NameVariant(name="Екатеринбург", lang="ru", type="original", date="1991/.."),
            ),
        ),
        Place(id="pl_malvern", name="Great Malvern", external="#reg1234"),
    ),
    events=(Event(id="ev_x", label="Execution", place="pl_ekb"),),
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pkg"
    purgehist.export(DATA, "csv", folder)
    return folder


def test_places_and_placements_round_trip(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    header = (folder / "places.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:6] == ["id", "name", "type", "latitude", "longitude", "part_of"]
    attributions = (folder / "membership_attributions.csv").read_text(encoding="utf-8")
    assert attributions.splitlines()[0].startswith("member,membership,position,actor,stance")
    assert purgehist.parse_file(folder).dataset == DATA
    workbook = tmp_path / "data.xlsx"
    purgehist.export(DATA, "xlsx", workbook)
    assert purgehist.parse_file(workbook).dataset == DATA


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_half_a_coordinate_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _edit(folder / "places.csv", "56.8389,60.6057", "56.8389,")
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    errors = [str(p) for p in info.value.problems if p.severity == Severity.ERROR]
    assert errors == ["places.csv:2:longitude: a coordinates needs 'longitude'"]


def test_a_latitude_beyond_the_pole_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _edit(folder / "places.csv", "56.8389,", "96.8389,")
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    assert [p.code for p in info.value.problems] == ["invalid-record"]
    assert "'latitude' must be <= 90.0" in info.value.problems[0].message


def test_an_attribution_of_a_missing_membership_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _edit(folder / "membership_attributions.csv", "pers_conquest,1,2", "pers_conquest,3,2")
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    assert [str(p) for p in info.value.problems] == [
        "membership_attributions.csv:3:membership: member 'pers_conquest' has no membership 3"
    ]


def test_an_event_in_an_unknown_place_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _edit(folder / "events.csv", "pl_ekb", "pl_perm")
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    assert [p.code for p in info.value.problems] == ["dangling-reference"]
    assert "pl_perm" in info.value.problems[0].message
