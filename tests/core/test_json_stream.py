"""The orjson writer gives the canonical text byte for byte, record chunk by record chunk."""

from __future__ import annotations

import io
import json

import attrs
import pytest
from hypothesis import given

import purgehist
from purgehist import Dataset
from purgehist.formats.json import stream
from purgehist.formats.json.codec import export_json, to_data
from purgehist.model.claims import Quantity
from purgehist.plugins.specs import Context

from strategies import datasets


def _stdlib(dataset: Dataset) -> str:
    """The canonical form as it was first defined: the standard library's indenting encoder."""
    return json.dumps(to_data(dataset), ensure_ascii=False, indent=2) + "\n"


@given(datasets())
def test_dumps_is_the_stdlib_text(dataset: Dataset) -> None:
    assert purgehist.dumps(dataset) == _stdlib(dataset)


@given(datasets(xml_safe=False))
def test_dumps_is_the_stdlib_text_with_control_characters(dataset: Dataset) -> None:
    assert purgehist.dumps(dataset) == _stdlib(dataset)


def test_empty_dataset() -> None:
    assert purgehist.dumps(Dataset()) == _stdlib(Dataset())


def test_example_across_chunk_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    dataset = purgehist.example_dataset()
    monkeypatch.setattr(stream, "CHUNK", 2)
    out = io.BytesIO()
    export_json(dataset, out, {}, Context())
    assert out.getvalue().decode() == _stdlib(dataset)


@pytest.mark.parametrize("number", [1e-07, 1e16, 1.5e300, 5e-324, -0.0])
def test_floats_written_as_json_writes_them(number: float) -> None:
    claim = purgehist.example_dataset().claims[0]
    quantity = Quantity(value=number, unit="persons")
    dataset = purgehist.example_dataset().replace(claims=[attrs.evolve(claim, quantity=quantity)])
    assert purgehist.dumps(dataset) == _stdlib(dataset)


def test_what_orjson_refuses_is_written_by_json() -> None:
    assert (
        stream._encode({"n": 2**70}, lambda: {"n": 2**70}) == b'{\n  "n": 1180591620717411303424\n}'
    )


def test_lone_surrogate_still_gives_text() -> None:
    dataset = Dataset(metadata=purgehist.Metadata(title="broken \udc80 text"))
    assert purgehist.dumps(dataset) == _stdlib(dataset)


def test_a_record_orjson_refuses_is_written_by_json_in_place() -> None:
    dataset = purgehist.example_dataset()
    claim = dataset.claims[1]
    assert claim.provenance is not None
    huge = attrs.evolve(claim, provenance=attrs.evolve(claim.provenance, line=2**70))
    dataset = dataset.replace(claims=(dataset.claims[0], huge, *dataset.claims[2:]))
    text = purgehist.dumps(dataset)
    assert '"line": 1180591620717411303424' in text
    assert text == _stdlib(dataset)
