"""The generated fast load path builds the same records as cattrs and attrs, and refuses the
same data."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import purgehist
import purgehist.model
from purgehist import Dataset, Metadata
from purgehist.formats.json.codec import from_data
from purgehist.formats.json.converter import make_converter

from strategies import datasets

FAST = make_converter()
REFERENCE = make_converter(specialised=False)
"""cattrs' own functions and the attrs constructors: what the fast path must equal."""
DETAILED = make_converter(detailed_validation=True)

# What from_data catches on the fast path before asking the detailed converter why.
CAUGHT = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    RecursionError,
    cattrs.BaseValidationError,
    cattrs.ForbiddenExtraKeysError,
)

_CLASSES = [Dataset, Metadata] + [
    c for c in vars(purgehist.model).values() if isinstance(c, type) and attrs.has(c)
]
FIELD_NAMES = sorted({f.name for c in _CLASSES for f in attrs.fields(c) if f.init} | {"bogus"})

# Values that are wrong somewhere and right elsewhere: ids, blank text, EDTF, enumeration
# values, JSON types, numbers out of order or not finite, and small records.
BAD_VALUES: list[Any] = [
    "",
    " ",
    "\t",
    "x",
    "x y",
    "3rd",
    "pers_0",
    "_a.b-c",
    "é",
    "1937",
    "1937-13",
    "1937/..",
    "193X~",
    "asserts",
    "person",
    "page",
    "archival",
    "high",
    "unresolved",
    "bogus",
    0,
    1,
    -1,
    1.5,
    10**400,
    float("inf"),
    float("nan"),
    True,
    False,
    None,
    [],
    [""],
    ["x"],
    ["pers_0"],
    [{}],
    [None],
    {},
    {"name": ""},
    {"name": " "},
    {"name": "x"},
    {"actor": "pers_0"},
    {"actor": "pers_0", "name": ""},
    {"role": "witness"},
    {"unit": "x"},
    {"unit": "x", "value": 5, "low": 10},
    {"unit": "x", "value": 5, "high": 4.5},
    {"unit": "x", "low": 1, "high": 2},
    {"unit": "", "value": 1},
    {"start": "1"},
    {"start": ""},
    {"printed": "p. 1", "unit": "folio"},
    {"scheme": "doi", "value": "10.1/x"},
]


def _body(dataset: Dataset) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(purgehist.dumps(dataset))
    del data["format"], data["version"]
    return data


def _outcome(converter: cattrs.Converter, body: object) -> str:
    try:
        result = converter.structure(body, Dataset)
    except Exception as exc:  # the kind matters: from_data falls back only on CAUGHT
        return f"refused (caught: {isinstance(exc, CAUGHT)})"
    return repr(result)


def _containers(value: Any) -> list[Any]:
    found = []
    if isinstance(value, dict | list):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            found += _containers(item)
    return found


@given(datasets())
def test_fast_load_equals_attrs_construction(dataset: Dataset) -> None:
    body = _body(dataset)
    fast = FAST.structure(body, Dataset)
    assert fast == REFERENCE.structure(body, Dataset) == DETAILED.structure(body, Dataset)
    assert fast == dataset
    # repr tells 1 from 1.0, a list from a tuple and an enumeration member from its value
    assert repr(fast) == repr(dataset)


@given(datasets(xml_safe=False))
def test_fast_load_equals_attrs_construction_with_control_characters(
    dataset: Dataset,
) -> None:
    body = _body(dataset)
    fast = FAST.structure(body, Dataset)
    assert fast == REFERENCE.structure(body, Dataset) == DETAILED.structure(body, Dataset)
    assert repr(fast) == repr(dataset)


@st.composite
def _mutated(draw: st.DrawFn) -> dict[str, Any]:
    body = _body(draw(datasets(max_records=3)))
    for _ in range(draw(st.integers(1, 2))):
        node = draw(st.sampled_from(_containers(body)))
        value = copy.deepcopy(draw(st.sampled_from(BAD_VALUES)))
        if isinstance(node, dict):
            key = draw(st.sampled_from(sorted(node) + FIELD_NAMES))
            if key in node and draw(st.booleans()):
                del node[key]
            else:
                node[key] = value
        elif node and draw(st.booleans()):
            node[draw(st.integers(0, len(node) - 1))] = value
        else:
            node.append(value)
    return body


@given(_mutated())
def test_fast_path_refuses_what_attrs_refuses(body: dict[str, Any]) -> None:
    assert _outcome(FAST, body) == _outcome(REFERENCE, body)


def _claim(**changes: Any) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "id": "claim_1",
        "text": "Kirov was killed on Stalin's orders.",
        "attributions": [{"actor": "pers_orlov", "date": "1953", "evidence": ["evid_1"]}],
    }
    claim.update(changes)
    return {
        "actors": [{"id": "pers_orlov", "name": "Alexander Orlov"}],
        "sources": [{"id": "bib_1", "title": "The Secret History"}],
        "evidence": [
            {
                "id": "evid_1",
                "source": "bib_1",
                "chain": [{"name": "an NKVD officer", "role": "witness"}],
                "locator": {"printed": "p. 17", "ranges": [{"start": "17"}]},
                "provenance": {"file": "a.txt", "line": 3},
            }
        ],
        "claims": [claim],
    }


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("claims", 0, "id"), "3rd"),
        (("claims", 0, "id"), "a:b"),
        (("claims", 0, "text"), " "),
        (("claims", 0, "text"), 1937),
        (("claims", 0, "status"), "accepted"),
        (("claims", 0, "certainty"), "certain"),
        (("claims", 0, "tags"), "kirov"),
        (("claims", 0, "tags"), ["kirov", 1]),
        (("claims", 0, "anchor"), "p 1"),
        (("claims", 0, "extra"), "x"),
        (("claims", 0, "attributions", 0, "date"), "1953-13"),
        (("claims", 0, "attributions", 0, "date"), 1953),
        (("claims", 0, "attributions", 0, "stance"), "ASSERTS"),
        (("claims", 0, "attributions", 0, "no_evidence"), "false"),
        (("claims", 0, "quantity"), {"unit": "deaths"}),
        (("claims", 0, "quantity"), {"unit": "deaths", "low": 10, "high": 5}),
        (("claims", 0, "quantity"), {"unit": "deaths", "value": float("inf")}),
        (("claims", 0, "quantity"), {"unit": "deaths", "value": True}),
        (("claims", 0, "quantity"), {"unit": " ", "value": 5}),
        (("evidence", 0, "chain", 0), {"role": "witness"}),
        (("evidence", 0, "chain", 0), {"name": "  "}),
        (("evidence", 0, "chain", 0), {"name": ""}),
        (("evidence", 0, "source"), ""),
        (("evidence", 0, "provenance", "line"), 0),
        (("evidence", 0, "provenance", "line"), 1.0),
        (("evidence", 0, "locator", "unit"), "leaf"),
        (("evidence", 0, "locator", "ranges", 0, "start"), ""),
        (("actors", 0, "kind"), None),
        (("actors", 0), "pers_orlov"),
        (("_index",), {}),
    ],
)
def test_each_kind_of_bad_value_is_refused_on_both_paths(
    path: tuple[str | int, ...], value: Any
) -> None:
    body = _claim()
    node: Any = body
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    outcome = _outcome(FAST, body)
    assert outcome.startswith("refused (caught: True)")
    assert outcome == _outcome(REFERENCE, body)


@pytest.mark.parametrize(
    "changes",
    [
        {"lang": "", "note": ""},
        {"quantity": {"unit": "deaths", "value": 3, "low": 1}},
        {"quantity": {"unit": "deaths", "high": 1e6}},
        {"certainty": "low", "status": "candidate"},
    ],
)
def test_accepted_values_build_the_same_records(changes: dict[str, Any]) -> None:
    body = _claim(**changes)
    body["evidence"][0]["chain"][0] = {"actor": "pers_orlov", "name": ""}
    outcome = _outcome(FAST, body)
    assert not outcome.startswith("refused")
    assert outcome == _outcome(REFERENCE, body)


def test_empty_text_becomes_none_as_in_attrs() -> None:
    claim = FAST.structure(_claim(lang="", note=""), Dataset).claims[0]
    assert claim.lang is None
    assert claim.note is None


def test_disabled_validators_are_honoured_as_attrs_does() -> None:
    body = _claim(id="not an id")
    with attrs.validators.disabled():
        assert _outcome(FAST, body) == _outcome(REFERENCE, body)
        assert FAST.structure(body, Dataset).claims[0].id == "not an id"


def test_load_still_explains_errors_by_path() -> None:
    body = _claim(id="3rd")
    with pytest.raises(purgehist.DataError) as info:
        from_data({"format": "purgehist", "version": "1.0", **body})
    assert [p.location for p in info.value.problems] == ["$.claims[0].id"]


def _place(**changes: Any) -> dict[str, Any]:
    place: dict[str, Any] = {
        "id": "pl_moscow",
        "name": "Moscow",
        "coordinates": {"latitude": 55.7558, "longitude": 37.6173},
        "variants": [{"name": "Москва", "lang": "ru", "date": "1147/.."}],
    }
    place.update(changes)
    return {"places": [place], "events": [{"id": "ev_1", "label": "Trial", "place": "pl_moscow"}]}


@pytest.mark.parametrize(
    "changes",
    [
        {"coordinates": {"latitude": 90.5, "longitude": 0}},
        {"coordinates": {"latitude": 0, "longitude": -180.01}},
        {"coordinates": {"latitude": float("nan"), "longitude": 0}},
        {"coordinates": {"latitude": "55.7", "longitude": 37.6}},
        {"coordinates": {"latitude": 55.7}},
        {"part_of": "pl moscow"},
        {"variants": [{"name": "Moskva", "date": "1147-13"}]},
    ],
)
def test_bad_places_are_refused_on_both_paths(changes: dict[str, Any]) -> None:
    body = _place(**changes)
    outcome = _outcome(FAST, body)
    assert outcome.startswith("refused (caught: True)")
    assert outcome == _outcome(REFERENCE, body)


def test_places_build_the_same_records_on_both_paths() -> None:
    body = _place(coordinates={"latitude": -90, "longitude": 180})
    fast = FAST.structure(body, Dataset)
    assert fast == REFERENCE.structure(body, Dataset)
    assert fast.places[0].coordinates is not None
    assert fast.places[0].coordinates.latitude == -90.0
    assert fast.places[0].variants[0].date == "1147/.."
