"""Canonical JSON: round trips, determinism, the schema, and errors named by JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import purgehist
from purgehist import Actor, Claim, DataError, Dataset, Metadata
from purgehist.formats.json.codec import FORMAT_VERSION, to_data
from purgehist.formats.json.schema import _render, generate_schema

from strategies import datasets

SCHEMA = generate_schema()


@given(datasets())
def test_json_round_trip_loses_nothing(dataset: Dataset) -> None:
    assert purgehist.loads(purgehist.dumps(dataset)) == dataset


@given(datasets(xml_safe=False))
def test_json_round_trip_keeps_control_characters(dataset: Dataset) -> None:
    assert purgehist.loads(purgehist.dumps(dataset)) == dataset


@given(datasets())
def test_output_validates_against_schema(dataset: Dataset) -> None:
    jsonschema.validate(to_data(dataset), SCHEMA)


@given(datasets())
def test_same_dataset_same_bytes(dataset: Dataset) -> None:
    rebuilt = purgehist.loads(purgehist.dumps(dataset))
    assert purgehist.dumps(rebuilt) == purgehist.dumps(dataset)


def test_shipped_schema_is_generated_one() -> None:
    assert purgehist.formats.json.schema.schema_text() == _render()


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_file_states_format_and_version() -> None:
    data = json.loads(purgehist.dumps(Dataset()))
    assert data == {"format": "purgehist", "version": FORMAT_VERSION}


def test_dump_and_load_file(tmp_path: Path) -> None:
    dataset = Dataset(
        metadata=Metadata(title="Kirov", language="en"),
        actors=[Actor(id="pers_kirov", name="Sergei Kirov")],
    )
    path = tmp_path / "out" / "kirov.json"
    purgehist.dump(dataset, path)
    assert purgehist.load(path) == dataset
    assert [p.name for p in path.parent.iterdir()] == ["kirov.json"]  # no temporary left


def test_load_says_when_a_file_is_another_format_and_what_reads_it(tmp_path: Path) -> None:
    workbook = tmp_path / "data.xlsx"
    purgehist.export(purgehist.example_dataset(), "xlsx", workbook)
    pdf = tmp_path / "thesis.pdf"
    pdf.write_bytes(purgehist.examples.example_bytes("thesis-pdf"))
    tei = tmp_path / "data.tei.xml"
    purgehist.export(Dataset(), "tei", tei)
    for path, kind in ((workbook, "a zip file (XLSX, CSV package)"), (pdf, "a PDF"), (tei, "XML")):
        with pytest.raises(DataError) as info:
            purgehist.load(path)
        assert [p.code for p in info.value.problems] == ["not-json"]
        assert str(info.value).startswith(f"{path}: 1 problem\n  {kind}, not purgehist JSON")
        assert "purgehist.parse_file" in str(info.value)
        assert purgehist.parse_file(path).dataset is not None


def _load_error(text: str) -> DataError:
    with pytest.raises(DataError) as info:
        purgehist.loads(text, source="data.json")
    return info.value


def _body(**collections: object) -> str:
    return json.dumps({"format": "purgehist", "version": FORMAT_VERSION, **collections})


def test_every_problem_is_reported_with_its_path() -> None:
    error = _load_error(
        _body(
            actors=[{"id": "pers_a", "name": "A"}, {"id": "3rd", "name": ""}],
            events=[{"id": "ev_1", "label": "Plenum", "date": 1937}],
            claims=[
                {
                    "id": "claim_1",
                    "text": "t",
                    "attributions": [{"actor": "pers_a", "stance": "believes"}],
                }
            ],
        )
    )
    located = {(p.location, p.message) for p in error.problems}
    assert ("$.actors[1].id", "must be an XML NCName (got '3rd')") in located
    assert ("$.events[0].date", "expected a string, got 1937 (int)") in located
    assert any(
        loc == "$.claims[0].attributions[0].stance" and "expected one of asserts" in msg
        for loc, msg in located
    )
    assert str(error).startswith("data.json: ")


def test_unknown_field_is_reported() -> None:
    error = _load_error(_body(actors=[{"id": "pers_a", "name": "A", "nmae": "B"}]))
    assert [(p.location, p.message) for p in error.problems] == [
        ("$.actors[0]", "unknown field(s): nmae")
    ]


def test_missing_required_field() -> None:
    error = _load_error(_body(claims=[{"id": "claim_1"}]))
    assert [(p.location, p.message) for p in error.problems] == [
        ("$.claims[0].text", "required field missing")
    ]


def test_malformed_json_names_line_and_column() -> None:
    error = _load_error('{"format": "purgehist",\n  "version": }')
    assert error.problems[0].location == "data.json:2:14"
    assert error.problems[0].code == "malformed-json"


def test_other_major_version_is_refused_naming_both() -> None:
    error = _load_error(json.dumps({"format": "purgehist", "version": "3.0"}))
    assert "'3.0'" in error.problems[0].message
    assert FORMAT_VERSION in error.problems[0].message


def test_not_a_purgehist_file() -> None:
    error = _load_error(json.dumps([{"id": 1}]))
    assert error.problems[0].message == "expected a JSON object"
    error = _load_error(json.dumps({"items": []}))
    assert error.problems[0].code == "wrong-format"


def test_binary_input_is_refused_cleanly() -> None:
    with pytest.raises(DataError, match=r"not UTF-8|malformed"):
        purgehist.loads(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")


def test_truncated_file_is_refused_cleanly() -> None:
    text = purgehist.dumps(Dataset(claims=[Claim(id="claim_1", text="x")]))
    with pytest.raises(DataError) as info:
        purgehist.loads(text[: len(text) // 2])
    assert info.value.problems[0].code == "malformed-json"


def test_a_number_too_large_for_a_float_is_refused_with_its_path() -> None:
    error = _load_error(
        _body(claims=[{"id": "claim_1", "text": "t", "quantity": {"value": 10**400, "unit": "x"}}])
    )
    assert [p.location for p in error.problems] == ["$.claims[0].quantity.value"]
    assert error.problems[0].message.startswith("number too large")
