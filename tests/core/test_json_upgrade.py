"""JSON format 2.0: files of format 1.x load, their event place texts becoming places."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

import purgehist
from purgehist import DataError, Dataset, Place
from purgehist.formats.json.codec import FORMAT_VERSION, from_data

ONE_ZERO = Path(__file__).parent / "data" / "great-purge-1.0.json.gz"
"""The bundled dataset as purgehist 0.1 shipped it (format 1.0)."""


def _one_zero() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gzip.decompress(ONE_ZERO.read_bytes()))
    return data


def test_version_is_two() -> None:
    assert FORMAT_VERSION == "2.0"
    assert json.loads(purgehist.dumps(Dataset()))["version"] == "2.0"


def test_real_one_zero_file_loads_with_places(thesis_dataset: Dataset) -> None:
    raw = _one_zero()
    assert raw["version"] == "1.0"
    assert "places" not in raw
    dataset = purgehist.loads(gzip.decompress(ONE_ZERO.read_bytes()))
    texts = {e["id"]: e.get("place") for e in raw["events"]}
    for event in dataset.events:
        if texts[event.id] is None:
            assert event.place is None
        else:
            assert event.place is not None
            assert dataset.place(event.place).name == texts[event.id]
    assert [(p.id, p.name) for p in dataset.places] == [
        ("pl_germany", "Germany"),
        ("pl_moscow", "Moscow"),
        ("pl_smolny_leningrad", "Smolny, Leningrad"),
        ("pl_leningrad", "Leningrad"),
        ("pl_manchukuo", "Manchukuo"),
    ]
    assert purgehist.problems(dataset) == []
    # The bundled 2.0 file is this upgrade, written out.
    assert dataset == thesis_dataset


def _events(*places: object, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    events = [
        {"id": f"ev_{i}", "label": f"Event {i}", **({} if p is None else {"place": p})}
        for i, p in enumerate(places)
    ]
    return {"format": "purgehist", "version": "1.3", "events": events, **(extra or {})}


def test_one_place_per_text_with_unique_ids() -> None:
    data = _events(
        "Moscow",
        "Moscow",
        "Москва",
        None,
        "",
        extra={"actors": [{"id": "pl_moscow", "name": "A person with an odd id"}]},
    )
    dataset = from_data(data)
    assert [e.place for e in dataset.events] == [
        "pl_moscow_2",
        "pl_moscow_2",
        "pl_moskva",
        None,
        None,
    ]
    assert dataset.places == (
        Place(id="pl_moscow_2", name="Moscow"),
        Place(id="pl_moskva", name="Москва"),
    )
    assert purgehist.problems(dataset) == []


def test_blank_place_text_is_no_place() -> None:
    assert from_data(_events("  ")).events[0].place is None


def test_wrong_types_are_still_reported_by_path() -> None:
    with pytest.raises(DataError) as info:
        from_data(_events(1937))
    assert [p.location for p in info.value.problems] == ["$.events[0].place"]


def test_two_zero_file_is_not_upgraded() -> None:
    data = {**_events("pl_moscow"), "version": "2.0"}
    data["places"] = [{"id": "pl_moscow", "name": "Moscow"}]
    dataset = from_data(data)
    assert dataset.events[0].place == "pl_moscow"
    assert len(dataset.places) == 1


def test_place_texts_are_not_ids_in_two_zero() -> None:
    with pytest.raises(DataError) as info:
        from_data({**_events("Smolny, Leningrad"), "version": "2.0"})
    assert info.value.problems[0].location == "$.events[0].place"
    assert "NCName" in info.value.problems[0].message


def test_later_major_version_is_refused_naming_what_is_read() -> None:
    with pytest.raises(DataError) as info:
        from_data({"format": "purgehist", "version": "3.1"})
    message = info.value.problems[0].message
    assert "'3.1'" in message
    assert "2.0" in message
    assert "1.x" in message


def test_schema_states_the_bounds_of_coordinates() -> None:
    import jsonschema

    from purgehist.formats.json.schema import SCHEMA_ID, generate_schema

    schema = generate_schema()
    assert SCHEMA_ID == "urn:purgehist:schema:dataset:2"
    latitude = schema["$defs"]["Coordinates"]["properties"]["latitude"]
    assert (latitude["minimum"], latitude["maximum"]) == (-90.0, 90.0)
    good = {
        "format": "purgehist",
        "version": "2.0",
        "places": [{"id": "pl_x", "name": "X", "coordinates": {"latitude": 1, "longitude": 2}}],
    }
    jsonschema.validate(good, schema)
    bad = json.loads(json.dumps(good))
    bad["places"][0]["coordinates"]["longitude"] = 200
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "version": "1.0"}, schema)
