"""Damaged, cut and odd workbooks and CSV packages: every one is a clear problem, none is lost."""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import purgehist
from purgehist import (
    Actor,
    Attribution,
    Claim,
    DataError,
    Dataset,
    Event,
    Metadata,
    Severity,
    Stance,
)
from purgehist.diagnostics import Problem
from purgehist.formats.csv.read import read_package
from purgehist.formats.tabular import archive
from purgehist.formats.tabular.layout import TABLE_BY_NAME
from purgehist.formats.xlsx.read import read_workbook

TINY = Dataset(
    metadata=Metadata(title="Tiny"),
    actors=(
        Actor(id="pers_getty", name="J. Arch Getty"),
        Actor(id="pers_conquest", name="Robert Conquest"),
    ),
    events=(Event(id="ev_kirov", label="Kirov's murder", date="1934-12-01"),),
    claims=(
        Claim(
            id="claim_1",
            text="Stalin ordered the murder.",
            about=("ev_kirov",),
            attributions=(
                Attribution(actor="pers_conquest", stance=Stance.ASSERTS, no_evidence=True),
                Attribution(actor="pers_getty", stance=Stance.DISPUTES, no_evidence=True),
            ),
        ),
    ),
)


def _xlsx_bytes(dataset: Dataset = TINY) -> bytes:
    buffer = io.BytesIO()
    purgehist.export_stream(dataset, "xlsx", buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """*data* (a zip) with *member*'s unpacked size in the central directory set to *size*."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_length] == member.encode():
            struct.pack_into("<I", out, at + 24, size)
        at = out.find(b"PK\x01\x02", at + 1)
    return bytes(out)


def _truncated_xlsx(tmp_path: Path) -> Path:
    data = _xlsx_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _docx_as_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "letter.xlsx"
    path.write_bytes(
        _zip(
            {
                "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/'
                b'package/2006/content-types"/>',
                "_rels/.rels": b"<Relationships/>",
                "word/document.xml": b"<w:document/>",
            }
        )
    )
    return path


def _empty_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def _damaged_sheet_xlsx(tmp_path: Path) -> Path:
    data = bytearray(_xlsx_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("xl/worksheets/sheet3.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    for i in range(start, start + 40):
        data[i] ^= 0x55
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    return path


def _cut_sheet_xlsx(tmp_path: Path) -> Path:
    source = zipfile.ZipFile(io.BytesIO(_xlsx_bytes()))
    members = {name: source.read(name) for name in source.namelist()}
    sheet = members["xl/worksheets/sheet3.xml"]
    members["xl/worksheets/sheet3.xml"] = sheet[: len(sheet) // 2]
    path = tmp_path / "cut-sheet.xlsx"
    path.write_bytes(_zip(members))
    return path


def _bomb_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_declare_size(_xlsx_bytes(), "xl/worksheets/sheet2.xml", 3 << 30))
    return path


def _bomb_csv_zip(tmp_path: Path) -> Path:
    data = _zip({"datapackage.json": b"{}", "actors.csv": b"id,name\npers_a,A\n"})
    path = tmp_path / "bomb.zip"
    path.write_bytes(_declare_size(data, "actors.csv", 3 << 30))
    return path


def _empty_zip(tmp_path: Path) -> Path:
    path = tmp_path / "empty.zip"
    path.write_bytes(b"")
    return path


def _binary_zip(tmp_path: Path) -> Path:
    path = tmp_path / "binary.zip"
    path.write_bytes(bytes(range(256)) * 8)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(_truncated_xlsx, "damaged or cut short", id="xlsx-cut-in-half"),
        pytest.param(_docx_as_xlsx, "not an XLSX workbook: no xl/workbook.xml", id="docx-as-xlsx"),
        pytest.param(_empty_xlsx, "the file is empty", id="empty-xlsx"),
        pytest.param(_damaged_sheet_xlsx, "not a readable XLSX workbook", id="xlsx-damaged-sheet"),
        pytest.param(_cut_sheet_xlsx, "not a readable XLSX", id="xlsx-sheet-cut-short"),
        pytest.param(_bomb_xlsx, "would unpack to 3.0 GiB", id="xlsx-zip-bomb"),
        pytest.param(_bomb_csv_zip, "actors.csv would unpack to 3.0 GiB", id="csv-zip-bomb"),
        pytest.param(_empty_zip, "the file is empty", id="csv-empty-zip"),
        pytest.param(_binary_zip, "not a zip or folder", id="csv-not-a-zip"),
    ],
)
def test_unreadable_containers_are_one_clear_problem(
    tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(DataError) as info:
        purgehist.parse(path)
    [problem] = info.value.problems
    assert problem.location == str(path)
    assert info.value.source == str(path)
    assert expected in problem.message
    assert problem.code in {"bad-workbook", "bad-package"}


def test_a_real_bomb_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_UNPACKED", 1 << 20)
    data = _zip({"datapackage.json": b"{}", "actors.csv": b"id,name\n" + b"0" * (2 << 20)})
    assert len(data) < 1 << 16
    with pytest.raises(DataError, match=r"actors\.csv would unpack to 2\.0 MiB"):
        read_package(io.BytesIO(data), "small.zip")


def test_a_filler_bomb_under_the_size_limit_is_refused_by_its_ratio(tmp_path: Path) -> None:
    # 20 MiB of one byte packs to about 20 KiB: no file of data shrinks a thousand times
    filler = b"id,name\n" + b"0" * (20 << 20)
    data = _zip({"datapackage.json": b"{}", "actors.csv": filler})
    with pytest.raises(
        DataError, match=r"actors\.csv would unpack to 20\.0 MiB .* times its packed"
    ):
        read_package(io.BytesIO(data), "filler.zip")


def test_data_that_shrinks_as_data_does_passes_the_ratio_check() -> None:
    rows = "".join(f"pers_{i:07d},Nikolai Ivanovich {i * 7919 % 100_003}\n" for i in range(400_000))
    data = _zip({"datapackage.json": b"{}", "actors.csv": b"id,name\n" + rows.encode()})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    assert max(i.file_size for i in infos) > archive.RATIO_FROM
    assert archive.oversized_members(infos) is None


# -- nothing dropped silently -------------------------------------------------------------


def _edited_xlsx(edit: Callable[[openpyxl.Workbook], None]) -> io.BytesIO:
    wb = openpyxl.load_workbook(io.BytesIO(_xlsx_bytes()))
    edit(wb)
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    return out


def test_cells_beyond_the_header_are_warned_with_their_text() -> None:
    width = len(TABLE_BY_NAME["actors"].columns)

    def edit(wb: openpyxl.Workbook) -> None:
        wb["actors"].cell(row=2, column=width + 2, value="a note typed beside the table")

    result = read_workbook(_edited_xlsx(edit), "edited.xlsx")
    extra = [p for p in result.problems if p.code == "extra-cells"]
    assert all(p.severity == Severity.WARNING for p in extra)
    assert [(p.location, p.raw) for p in extra] == [
        (f"actors!{get_column_letter(width + 2)}2", "a note typed beside the table")
    ]
    assert result.dataset.get("pers_getty") is not None


def test_a_cell_under_a_blank_header_is_warned() -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["events"]
        ws.insert_cols(2)
        ws.cell(row=2, column=2, value="stray")

    result = read_workbook(_edited_xlsx(edit), "edited.xlsx")
    [problem] = [p for p in result.problems if p.code == "extra-cells"]
    assert (problem.location, problem.raw) == ("events!B2", "stray")


def test_a_value_on_an_otherwise_empty_row_is_not_a_record() -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["actors"]
        ws.cell(row=10, column=ws.max_column + 1, value="total: 2")

    result = read_workbook(_edited_xlsx(edit), "edited.xlsx")
    assert [p.code for p in result.problems] == ["extra-cells"]
    assert len(result.dataset.actors) == 2


def _package(tmp_path: Path, dataset: Dataset = TINY) -> Path:
    folder = tmp_path / "pkg"
    purgehist.export(dataset, "csv", folder)
    return folder


def _rewrite(path: Path, edit: Callable[[list[list[str]]], None]) -> None:
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)


def _by_code(problems: list[Problem], code: str) -> list[Problem]:
    return [p for p in problems if p.code == code]


def test_a_long_csv_record_keeps_its_extra_text(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    _rewrite(folder / "actors.csv", lambda rows: rows[1].extend(["x1", "x, 2"]))
    result = purgehist.parse_file(folder)
    [problem] = _by_code(result.problems, "extra-cells")
    assert problem.location == "actors.csv:2"
    assert problem.severity == Severity.WARNING
    assert problem.raw == 'x1,"x, 2"'


def test_trailing_empty_fields_lose_nothing_and_are_not_reported(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    _rewrite(folder / "actors.csv", lambda rows: rows[1].extend(["", ""]))
    result = purgehist.parse_file(folder)
    assert _by_code(result.problems, "extra-cells") == []


def test_a_short_csv_record_is_warned_with_its_text(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    path = folder / "events.csv"
    _rewrite(path, lambda rows: rows.__setitem__(1, ["ev_kirov", "Kirov's"]))
    result = purgehist.parse_file(folder)
    [problem] = _by_code(result.problems, "short-row")
    assert problem.location == "events.csv:2"
    assert problem.severity == Severity.WARNING
    assert problem.raw == "ev_kirov,Kirov's"
    assert "2 of the header's" in problem.message


@pytest.mark.parametrize(
    ("cut", "expected"),
    [
        pytest.param(
            lambda text: text.rstrip("\r\n").rsplit(",", 3)[0], "this record", id="fields"
        ),
        pytest.param(lambda text: text.rstrip("\r\n") + ',"half a', "quoted value", id="quote"),
    ],
)
def test_a_csv_file_cut_short_is_an_error(
    tmp_path: Path, cut: Callable[[str], str], expected: str
) -> None:
    folder = _package(tmp_path)
    path = folder / "claims.csv"
    path.write_text(cut(path.read_text(encoding="utf-8")), encoding="utf-8", newline="")
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    [problem] = _by_code(info.value.problems, "short-row")
    assert problem.location == "claims.csv:2"
    assert problem.severity == Severity.ERROR
    assert expected in problem.message
    assert "cut short" in problem.message


# -- missing and unreadable tables --------------------------------------------------------


def test_a_missing_sheet_is_one_error(example_dataset: Dataset) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        del wb["actors"]

    buffer = io.BytesIO()
    purgehist.export_stream(example_dataset, "xlsx", buffer)
    wb = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
    edit(wb)
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    with pytest.raises(DataError) as info:
        read_workbook(out, "nosheet.xlsx")
    [problem] = info.value.problems
    assert problem.code == "missing-table"
    assert problem.location == "actors"
    assert problem.message.startswith("no 'actors' sheet, but ")
    assert "references point to actors (the first at " in problem.message


def test_a_missing_csv_file_is_one_error(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    (folder / "actors.csv").unlink()
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    [problem] = info.value.problems
    assert problem.location == "actors.csv"
    assert problem.message == (
        "no actors.csv, but 2 references point to actors (the first at attributions.csv:2:actor)"
    )


def test_missing_tables_nobody_refers_to_are_one_warning(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    (folder / "names.csv").unlink()
    (folder / "page_breaks.csv").unlink()
    result = purgehist.parse_file(folder)
    [problem] = _by_code(result.problems, "missing-table")
    assert problem.severity == Severity.WARNING
    assert problem.location == str(folder)
    assert "names.csv, page_breaks.csv" in problem.message


def test_an_unreadable_csv_file_has_its_line_and_no_knock_on(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    path = folder / "claims.csv"
    path.write_bytes(path.read_bytes().replace(b"Stalin", b"St\xffalin"))
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    [problem] = info.value.problems
    assert problem.code == "bad-csv"
    assert problem.location == "claims.csv:2"
    assert "not UTF-8" in problem.message


def test_a_byte_that_is_not_utf8_far_into_a_file_is_found_on_its_line(tmp_path: Path) -> None:
    # The file streams in: the bad byte lies past the first megabyte read, and past the
    # records already built from the lines before it.
    claims = tuple(Claim(id=f"claim_{i}", text="Ежов " * 40) for i in range(6000))
    folder = _package(tmp_path, Dataset(claims=claims))
    path = folder / "claims.csv"
    lines = path.read_bytes().split(b"\n")
    lines[5000] = lines[5000].replace("Ежов".encode(), b"\xd0\xff", 1)
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    [problem] = info.value.problems
    assert problem.code == "bad-csv"
    assert problem.location == "claims.csv:5001"
    assert "byte b'\\xd0'" in problem.message


@pytest.mark.parametrize("short", [1000, 2400])
def test_records_before_a_byte_that_is_not_utf8_are_all_read(tmp_path: Path, short: int) -> None:
    # Lines are read in chunks; the records of a chunk cut short by the bad byte are still
    # read, so a problem in one of them is reported beside the bad byte.
    claims = tuple(Claim(id=f"claim_{i}", text=f"Yezhov order {i}.") for i in range(3000))
    folder = _package(tmp_path, Dataset(claims=claims))
    path = folder / "claims.csv"
    lines = path.read_bytes().split(b"\n")
    lines[short] = lines[short].split(b",")[0] + b",Short"
    lines[2500] = lines[2500].replace(b"Yezhov", b"Ye\xffzhov", 1)
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    found = [(p.code, p.location) for p in info.value.problems]
    assert ("bad-csv", "claims.csv:2501") in found
    assert ("short-row", f"claims.csv:{short + 1}") in found


@pytest.mark.parametrize("damage", [b"", b"\xff"], ids=["whole", "not-utf8"])
def test_reading_a_package_closes_every_file(tmp_path: Path, damage: bytes) -> None:
    folder = _package(tmp_path)
    path = folder / "claims.csv"
    path.write_bytes(path.read_bytes() + damage)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with contextlib.suppress(DataError):
            purgehist.parse(folder)
        gc.collect()
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_every_line_break_reads_alike(tmp_path: Path, newline: str) -> None:
    folder = _package(tmp_path)
    for path in folder.glob("*.csv"):
        rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, lineterminator=newline).writerows(rows)
    assert purgehist.parse(folder) == TINY


def test_a_division_of_an_unknown_document_is_reported_once(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "actors.csv").write_text("id,name\npers_a,A\n", encoding="utf-8")
    (folder / "documents.csv").write_text("id,title\ndoc_y,Y\n", encoding="utf-8")
    (folder / "divisions.csv").write_text("document,division\ndoc_x,1\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    errors = [str(p) for p in info.value.problems if p.severity == Severity.ERROR]
    assert errors == ["divisions.csv:2:document: no document with id 'doc_x'"]


def test_two_files_for_one_table_are_an_error(tmp_path: Path) -> None:
    data = (_package(tmp_path) / "actors.csv").read_bytes()
    members = {"datapackage.json": b"{}", "a/actors.csv": data, "b/Actors.csv": data}
    with pytest.raises(DataError) as info:
        read_package(io.BytesIO(_zip(members)), "twice.zip")
    assert [p.code for p in info.value.problems if p.severity == Severity.ERROR] == [
        "duplicate-table"
    ]
