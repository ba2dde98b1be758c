"""Round trips through the XLSX workbook and the CSV data package."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given

import purgehist
from purgehist import Dataset
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip
from purgehist.formats.tabular.lists import decode_list, encode_list
from purgehist.formats.xlsx.read import read_workbook
from purgehist.formats.xlsx.write import write_workbook

from strategies import datasets


def xlsx_round_trip(dataset: Dataset) -> Dataset:
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    buffer.seek(0)
    return read_workbook(buffer, "test.xlsx").dataset


def csv_round_trip(dataset: Dataset) -> Dataset:
    buffer = io.BytesIO()
    write_package_zip(dataset, buffer)
    buffer.seek(0)
    return read_package(buffer, "test.zip").dataset


def test_example_round_trips_through_xlsx(example_dataset: Dataset) -> None:
    assert xlsx_round_trip(example_dataset) == example_dataset


def test_example_round_trips_through_csv(example_dataset: Dataset) -> None:
    assert csv_round_trip(example_dataset) == example_dataset


@given(datasets())
def test_generated_datasets_round_trip_through_xlsx(dataset: Dataset) -> None:
    assert xlsx_round_trip(dataset) == dataset


@given(datasets(xml_safe=False))
def test_control_characters_round_trip_through_xlsx(dataset: Dataset) -> None:
    assert xlsx_round_trip(dataset) == dataset


@given(datasets(xml_safe=False))
def test_generated_datasets_round_trip_through_csv(dataset: Dataset) -> None:
    assert csv_round_trip(dataset) == dataset


@pytest.mark.parametrize(
    "text",
    [
        "=SUM(A1:A3)",
        "+31 20 555",
        "-5",
        "@mention",
        "\tindented",
        "\rcarriage",
        "  spaced  ",
        "#N/A",
        "_x0041_ literal",
        "line\nbreak",
        "Бухарин 中文",
        "1937",
    ],
)
def test_awkward_text_survives_both_formats(text: str) -> None:
    claim = purgehist.Claim(id="c1", text=text, note=text, tags=(text, ""))
    dataset = Dataset(
        metadata=purgehist.Metadata(title=text if text.strip() else "t"), claims=(claim,)
    )
    assert xlsx_round_trip(dataset) == dataset
    assert csv_round_trip(dataset) == dataset


def test_floats_keep_every_digit() -> None:
    quantity = purgehist.Quantity(
        value=0.1 + 0.2, low=1e-300, high=1.7976931348623157e308, unit="x"
    )
    dataset = Dataset(claims=(purgehist.Claim(id="c1", text="t", quantity=quantity),))
    assert xlsx_round_trip(dataset).claims[0].quantity == quantity
    assert csv_round_trip(dataset).claims[0].quantity == quantity


def test_empty_records_keep_their_presence() -> None:
    evidence = purgehist.Evidence(
        id="e1",
        locator=purgehist.Locator(printed="", archival=purgehist.ArchivalReference()),
        provenance=purgehist.Provenance(),
    )
    dataset = Dataset(evidence=(evidence,))
    assert xlsx_round_trip(dataset) == dataset
    assert csv_round_trip(dataset) == dataset


@pytest.mark.parametrize(
    "items",
    [(), ("a",), ("",), ("a", ""), ("back\\slash", "new\nline", "cr\r"), ("\\e", "\\n")],
)
def test_list_cells_encode_and_decode(items: tuple[str, ...]) -> None:
    encoded = encode_list(items)
    assert decode_list(encoded or "") == items


def test_list_cells_forgive_hand_editing() -> None:
    assert decode_list("historian\r\n\npolitician\n") == ("historian", "politician")
    assert decode_list("C:\\temp") == ("C:\\temp",)


def test_api_picks_folder_or_zip(tmp_path: Path, example_dataset: Dataset) -> None:
    purgehist.export(example_dataset, "csv", tmp_path / "package")
    assert (tmp_path / "package" / "datapackage.json").is_file()
    assert purgehist.parse(tmp_path / "package") == example_dataset
    purgehist.export(example_dataset, "csv", tmp_path / "package.zip")
    assert purgehist.parse(tmp_path / "package.zip") == example_dataset
    purgehist.export(example_dataset, "xlsx", tmp_path / "book.xlsx")
    assert purgehist.parse(tmp_path / "book.xlsx") == example_dataset
