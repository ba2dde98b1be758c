"""The exported workbook as other readers see it: openpyxl in plain mode, and pandas."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from purgehist import Claim, Dataset, Metadata
from purgehist.formats.tabular.layout import TABLES
from purgehist.formats.xlsx.write import write_workbook


@pytest.fixture
def workbook_bytes(example_dataset: Dataset) -> bytes:
    tricky = Claim(id="claim_tricky", text='=HYPERLINK("http://example.org")', note="+1-2")
    dataset = example_dataset.replace(claims=(*example_dataset.claims, tricky))
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    return buffer.getvalue()


def test_sheets_headers_and_layout(workbook_bytes: bytes) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    assert wb.sheetnames == ["About", *(t.name for t in TABLES)]
    for table in TABLES:
        ws = wb[table.name]
        assert [c.value for c in ws[1]] == list(table.names)
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert all(c.font.bold for c in ws[1])


def test_no_cell_holds_a_formula(workbook_bytes: bytes) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    kinds = {cell.data_type for ws in wb.worksheets for row in ws.iter_rows() for cell in row}
    assert "f" not in kinds
    claims = wb["claims"]
    texts = [row[1] for row in claims.iter_rows(min_row=2)]
    tricky = texts[-1]
    assert tricky.value == '=HYPERLINK("http://example.org")'
    assert tricky.data_type == "s"


def test_drop_downs_on_enumerations(workbook_bytes: bytes) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    expected = {
        ("actors", "B"): "person",
        ("attributions", "D"): "asserts",
        ("evidence", "C"): "archival",
        ("sources", "B"): "book",
    }
    for (sheet, letter), first in expected.items():
        validations = wb[sheet].data_validations.dataValidation
        matching = [dv for dv in validations if str(dv.sqref).startswith(f"{letter}2:")]
        assert len(matching) == 1, (sheet, letter)
        assert matching[0].type == "list"
        assert matching[0].formula1.startswith(f'"{first},')


def test_reference_cells_link_to_their_row(workbook_bytes: bytes, example_dataset: Dataset) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    cell = wb["attributions"]["C2"]
    actor = example_dataset.claims[0].attributions[0].actor
    row = next(i for i, a in enumerate(example_dataset.actors, 2) if a.id == actor)
    assert cell.value == actor
    assert cell.hyperlink is not None
    assert cell.hyperlink.location == f"'actors'!A{row}"


def test_pandas_reads_every_sheet(workbook_bytes: bytes, example_dataset: Dataset) -> None:
    frames = pd.read_excel(io.BytesIO(workbook_bytes), sheet_name=None, dtype=str)
    assert list(frames) == ["About", *(t.name for t in TABLES)]
    assert list(frames["claims"]["id"])[:-1] == [c.id for c in example_dataset.claims]
    assert list(frames["metadata"]["title"]) == [example_dataset.metadata.title]
    dates = frames["events"]["date"].dropna()
    assert all(isinstance(d, str) for d in dates)


def test_about_sheet_explains_every_column(workbook_bytes: bytes) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    about = [[c.value for c in row] for row in wb["About"].iter_rows()]
    assert about[0][0] == "purgehist workbook"
    assert about[2][:2] == ["Layout version", 1]
    documented = {(r[0], r[1]) for r in about if len(r) > 1}
    for table in TABLES:
        for column in table.columns:
            assert (column.name, column.description) in documented


def test_edtf_is_never_an_excel_date() -> None:
    from purgehist import Event

    dataset = Dataset(
        metadata=Metadata(title="t"), events=(Event(id="e", label="x", date="1934-12-01"),)
    )
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    cell = openpyxl.load_workbook(buffer)["events"]["D2"]
    assert (cell.value, cell.data_type) == ("1934-12-01", "s")
