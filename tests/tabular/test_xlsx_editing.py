"""Workbooks as people edit them: tolerated changes, and mistakes reported by cell."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

import purgehist
from purgehist import (
    Actor,
    Attribution,
    Claim,
    DataError,
    Dataset,
    Event,
    Evidence,
    Locator,
    Metadata,
    PageRange,
    Source,
    Stance,
)
from purgehist.formats.tabular.layout import TABLE_BY_NAME
from purgehist.formats.xlsx import write as xlsx_writer
from purgehist.formats.xlsx.read import read_workbook
from purgehist.formats.xlsx.write import write_workbook

SMALL = Dataset(
    metadata=Metadata(title="Small"),
    actors=(
        Actor(id="pers_getty", name="J. Arch Getty", roles=("historian",)),
        Actor(id="pers_conquest", name="Robert Conquest", roles=("historian",)),
    ),
    events=(Event(id="ev_kirov", label="Kirov's murder", date="1934-12-01"),),
    sources=(Source(id="bib_getty", title="Origins of the Great Purges", date="1985"),),
    evidence=(
        Evidence(
            id="evid_1",
            source="bib_getty",
            locator=Locator(printed="p. 69", ranges=(PageRange(start="69"),)),
        ),
    ),
    claims=(
        Claim(
            id="claim_1",
            text="Stalin ordered the murder.",
            about=("pers_getty", "ev_kirov"),
            attributions=(
                Attribution(actor="pers_conquest", stance=Stance.ASSERTS, evidence=("evid_1",)),
                Attribution(actor="pers_getty", stance=Stance.DISPUTES),
            ),
        ),
    ),
)


def edited(dataset: Dataset, edit: Callable[[openpyxl.Workbook], None]) -> io.BytesIO:
    """Export *dataset*, open it as a user's program would, apply *edit*, save."""
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    buffer.seek(0)
    wb = openpyxl.load_workbook(buffer)
    edit(wb)
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    return out


def column_of(ws: Worksheet, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return int(cell.column)
    raise KeyError(header)


def set_cell(ws: Worksheet, header: str, row: int, value: object) -> str:
    column = column_of(ws, header)
    ws.cell(row=row, column=column).value = value
    return f"{ws.title}!{ws.cell(row=row, column=column).coordinate}"


def problems_of(buffer: io.BytesIO) -> dict[str, str]:
    with pytest.raises(DataError) as info:
        read_workbook(buffer, "edited.xlsx")
    return {p.location: f"{p.code}: {p.message}" for p in info.value.problems}


def test_tolerated_edits_lose_nothing() -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        actors = wb["actors"]
        actors.move_range("A1:A3", cols=actors.max_column + 1)  # id column moved to the end
        actors.delete_cols(1)
        actors.insert_rows(2)  # a blank row
        set_cell(actors, "id", 3, "  pers_getty ")  # spaces around an id
        set_cell(actors, "kind", 4, "Person ")  # an enumeration, capitalised and padded
        actors.cell(row=1, column=1).value = " kind  "  # spaces around a header
        claims = wb["claims"]
        claims.cell(row=1, column=claims.max_column + 1, value="my remarks")
        claims.cell(row=2, column=claims.max_column, value="check this one")
        set_cell(wb["page_ranges"], "start", 2, 69)  # a page that became a number
        events = wb["events"]
        set_cell(events, "date", 2, 1934)  # a year typed as a number

    buffer = edited(SMALL, edit)
    result = read_workbook(buffer, "edited.xlsx")
    expected_events = (
        SMALL.events[0].__class__(id="ev_kirov", label="Kirov's murder", date="1934"),
    )
    assert result.dataset == SMALL.replace(events=expected_events)
    extra = openpyxl.utils.get_column_letter(len(TABLE_BY_NAME["claims"].columns) + 1)
    assert [(p.code, p.location) for p in result.problems] == [
        ("unknown-column", f"claims!{extra}1")
    ]


def test_mistakes_are_all_reported_by_cell() -> None:
    where: dict[str, str] = {}

    def edit(wb: openpyxl.Workbook) -> None:
        where["dangling"] = set_cell(wb["attributions"], "actor", 2, "pers_nobody")
        where["enum"] = set_cell(wb["actors"], "kind", 2, "wizard")
        where["edtf"] = set_cell(wb["events"], "date", 2, "1934-13-45")
        where["duplicate"] = set_cell(wb["actors"], "id", 3, "pers_getty")
        where["missing"] = set_cell(wb["claims"], "text", 2, None)
        where["formula"] = set_cell(wb["claims"], "note", 2, "=1+1")
        where["number_id"] = set_cell(wb["sources"], "id", 2, 1937)
        where["stance"] = set_cell(wb["attributions"], "stance", 3, "denies")
        where["position"] = set_cell(wb["attributions"], "position", 3, "second")

    found = problems_of(edited(SMALL, edit))
    assert found[where["dangling"]].startswith("dangling-reference: no actor with id 'pers_nobody'")
    assert found[where["enum"]].startswith("bad-value: 'wizard' is not one of: person,")
    assert found[where["edtf"]].startswith("invalid-edtf: invalid EDTF date '1934-13-45'")
    assert (
        found[where["duplicate"]] == "duplicate-id: duplicate id 'pers_getty' (first at actors!A2)"
    )
    assert found[where["missing"]] == "missing-value: 'text' needs a value"
    assert found[where["formula"]].startswith("formula: a formula (=1+1) is not evaluated")
    assert found[where["number_id"]].startswith("bad-id: '1937' is not a valid id")
    assert found[where["stance"]].startswith("bad-value: 'denies' is not one of: asserts")
    assert found[where["position"]] == "bad-number: 'second' is not a whole number"
    # the source's id was refused, so the evidence citing it points nowhere
    assert found["evidence!B2"] == "dangling-reference: no source with id 'bib_getty'"


def test_message_names_file_and_cell() -> None:
    buffer = edited(SMALL, lambda wb: set_cell(wb["events"], "date", 2, "soon"))
    with pytest.raises(DataError) as info:
        read_workbook(buffer, "edited.xlsx")
    assert str(info.value).startswith("edited.xlsx: 1 problem\n  events!D2: invalid EDTF date")


def test_spreadsheet_dates_are_read_as_edtf_with_a_warning() -> None:
    buffer = edited(SMALL, lambda wb: set_cell(wb["events"], "date", 2, dt.datetime(1934, 12, 1)))
    result = read_workbook(buffer, "edited.xlsx")
    assert result.dataset.events[0].date == "1934-12-01"
    assert [p.code for p in result.problems] == ["spreadsheet-date"]


def test_reordered_child_rows_keep_their_positions() -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["attributions"]
        first = [c.value for c in ws[2]]
        second = [c.value for c in ws[3]]
        for column, (a, b) in enumerate(zip(first, second, strict=True), 1):
            ws.cell(row=2, column=column).value = b
            ws.cell(row=3, column=column).value = a

    assert read_workbook(edited(SMALL, edit), "x.xlsx").dataset == SMALL


def test_cell_too_long_is_refused_before_writing() -> None:
    dataset = Dataset(claims=(Claim(id="c1", text="x" * 40_000),))
    buffer = io.BytesIO()
    with pytest.raises(DataError) as info:
        write_workbook(dataset, buffer)
    assert [str(p) for p in info.value.problems] == [
        "claims!B2: 40,000 characters do not fit in an Excel cell (32,767 at most); "
        "export to CSV instead"
    ]
    assert buffer.getvalue() == b""


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("\x07" * 10 + "x" * 32_757, "32,767 characters (32,827 as Excel counts them"),
        ("_x0041_" + "x" * 32_760, "32,767 characters (32,773 as Excel counts them"),
        ("\U0001f600" * 16_384, "16,384 characters (32,768 as Excel counts them"),
    ],
    ids=["control", "literal-escape", "emoji"],
)
def test_cell_too_long_as_excel_counts_is_refused(text: str, counted: str) -> None:
    # each fits by Python's count, but not as written and counted by Excel (which openpyxl
    # would cut short)
    dataset = Dataset(claims=(Claim(id="c1", text=text),))
    buffer = io.BytesIO()
    with pytest.raises(DataError) as info:
        write_workbook(dataset, buffer)
    [problem] = info.value.problems
    assert problem.location == "claims!B2"
    assert problem.message.startswith(counted)
    assert buffer.getvalue() == b""


def test_longest_cell_as_excel_counts_comes_back_whole() -> None:
    text = "\x07" + "x" * (32_767 - 7)
    dataset = Dataset(claims=(Claim(id="c1", text=text),))
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    buffer.seek(0)
    assert read_workbook(buffer, "x.xlsx").dataset.claims[0].text == text


def test_too_many_rows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 2)
    buffer = io.BytesIO()
    with pytest.raises(DataError) as info:
        write_workbook(SMALL, buffer)
    assert {p.location for p in info.value.problems} == {"actors!A3", "attributions!A3"}
    assert buffer.getvalue() == b""


def test_not_a_workbook_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError, match="not a readable XLSX workbook"):
        purgehist.parse(path)
