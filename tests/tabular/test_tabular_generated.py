"""The row readers and record builders generated for each table agree with the generic path
they replace: the same values, records, problems and locations."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections import Counter
from collections.abc import Sequence
from functools import partial
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from purgehist import Actor, Attribution, Claim, DataError, Dataset, Provenance, Stance
from purgehist.diagnostics import Diagnostics, Problem
from purgehist.formats.csv import read as csv_read
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip
from purgehist.formats.tabular import generated_rows
from purgehist.formats.tabular.binding import ColumnKind, Table
from purgehist.formats.tabular.builders import Shape, generated_builder
from purgehist.formats.tabular.cells import RowReader
from purgehist.formats.tabular.generated_rows import generated_loop, generic_loop
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES
from purgehist.formats.tabular.rebuild import rebuild
from purgehist.formats.tabular.references import OpenTable, References
from purgehist.model.common import non_empty
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import _NCNAME as NCNAME

from strategies import datasets

CELLS = (
    *("", " ", "\t", "Purge of the party", "  spaced text  ", "line one\nline two"),
    *("pers_1", " pers_1 ", "ev_2", "1bad", "bad id", "claim_1"),
    *("1", " 4 ", "0", "-2", "2.0", "2.5", "1_000", "1e3", "nan", "inf", "x"),
    *("TRUE", "false", "Ja", "nee", "maybe", "asserts", "Disputes", "bogus", "high"),
    *("1937", "1936/1938", "1937~", "19xx-13", "1.2", "2.0.1", "0.1"),
    *("ev_1\nev_2", "ev_1\r\nev_2", "\\e\nev_1", "a\\nb", "ev_1\n\nbad id", " \n "),
    # taken as they are when clean, stripped otherwise (a final line break passes `$`)
    *("pers_1\n", "\npers_1", "asserts ", "true", " false", "pers_1\n ev_2"),
)
"""Cell texts covering every column kind: valid, empty, blank and bad."""

TINY = Dataset(
    actors=(
        Actor(id="pers_getty", name="J. Arch Getty"),
        Actor(id="pers_conquest", name="Robert Conquest"),
    ),
    claims=(
        Claim(
            id="claim_1",
            text="Stalin ordered the murder.",
            attributions=(
                Attribution(actor="pers_conquest", stance=Stance.ASSERTS, no_evidence=True),
                Attribution(actor="pers_getty", stance=Stance.DISPUTES, date="1985"),
            ),
        ),
    ),
)

SAMPLE = {
    ColumnKind.TEXT: ("  spaced text  ", "  spaced text  "),
    ColumnKind.LIST: ("a\nb\\nc", ("a", "b\nc")),
    ColumnKind.ID: (" pers_1 ", "pers_1"),
    ColumnKind.REF: ("pers_1", "pers_1"),
    ColumnKind.REFS: (" ev_1\n\nev_2 ", ("ev_1", "ev_2")),
    ColumnKind.ENUM: None,
    ColumnKind.EDTF: ("1936/1938", "1936/1938"),
    ColumnKind.INTEGER: (" 12 ", 12),
    ColumnKind.NUMBER: ("2.5", 2.5),
    ColumnKind.BOOLEAN: ("Ja", True),
    ColumnKind.POSITION: ("3", 3),
    ColumnKind.PATH: ("1.2", (1, 2)),
}
"""A cell of each kind with the value it reads as (enumerations: their first value, in upper
case)."""


class _Counted(RowReader):
    """A row reader counting the rows read by the generic path."""

    generic = 0

    def read(self, number: int, cells: Sequence[object]) -> list[Any] | None:
        self.generic += 1
        return super().read(number, cells)


def _read_rows(
    table: Table, rows: Sequence[Sequence[str]], *, generated: bool
) -> tuple[list[Any], list[Problem], list[str], int]:
    """The number, values and whether it read cleanly of each row handed on (each row but the
    blank ones, once), the problems, the ids defined, and how many rows the generic path read."""
    found = Diagnostics("test")
    opened = OpenTable(table=table, order=0, found=found)
    opened.locate = lambda row, column: f"{table.name}.csv:{row}:{column}"
    refs = References([])
    reader = _Counted(opened, list(table.names), 1, refs)
    out: list[Any] = []

    def add(number: int, values: list[Any], ok: bool) -> None:
        out.append((number, values, ok))

    numbered = enumerate(rows, start=2)
    if generated:
        generated_loop(reader)(numbered, add)
    else:
        generic_loop(reader, numbered, add)
    refs.resolve()
    return out, found.problems, list(refs.ids), reader.generic


def _row(table: Table, **cells: str) -> list[str]:
    """A valid row of *table*: its required columns filled, then *cells* by column name."""
    row = []
    for column in table.columns:
        if column.name in cells:
            row.append(cells[column.name])
        elif column.required and column.default is None:
            row.append(_valid(column.kind))
        else:
            row.append("")
    return row


def _valid(kind: ColumnKind) -> str:
    return {ColumnKind.POSITION: "1", ColumnKind.PATH: "1"}.get(kind, "x_1")


@pytest.mark.parametrize("kind", list(ColumnKind), ids=str)
def test_generated_loop_reads_every_column_kind(kind: ColumnKind) -> None:
    table, column = next((t, c) for t in TABLES for c in t.columns if c.kind == kind)
    sample = SAMPLE[kind]
    text, expected = (column.values[0].upper(), column.values[0]) if sample is None else sample
    row = _row(table, **{column.name: text})
    (generic, generated), problems = _both(table, [row], generic_rows=0)
    at = table.columns.index(column)
    assert generated[0][1][at] == expected
    assert generated == generic
    assert [p.code for p in problems if p.code != "dangling-reference"] == []


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (ColumnKind.ID, "pers_1\n", "pers_1"),  # the id pattern's `$` passes a final break
        (ColumnKind.ID, "\tpers_1", "pers_1"),
        (ColumnKind.REF, "pers_1\n", "pers_1"),
        (ColumnKind.REFS, "ev_1\n ev_2", ("ev_1", "ev_2")),
        (ColumnKind.ENUM, " {value} ", "{value}"),
        (ColumnKind.BOOLEAN, " false", False),
        (ColumnKind.BOOLEAN, "true", True),
    ],
    ids=repr,
)
def test_cells_taken_as_they_are_only_when_clean(
    kind: ColumnKind, text: str, expected: Any
) -> None:
    """A cell with space or a line break around its value reads as the generic reader reads
    it, not as the text it holds."""
    table, column = next((t, c) for t in TABLES for c in t.columns if c.kind == kind)
    if kind == ColumnKind.ENUM:
        text, expected = (
            text.format(value=column.values[0]),
            expected.format(value=column.values[0]),
        )
    (generic, generated), problems = _both(table, [_row(table, **{column.name: text})])
    assert generated[0][1][table.columns.index(column)] == expected
    assert generated == generic
    assert [p.code for p in problems if p.code != "dangling-reference"] == []


def _both(
    table: Table, rows: Sequence[Sequence[str]], *, generic_rows: int | None = None
) -> tuple[tuple[Any, Any], list[Problem]]:
    """What both readers read from *rows*, checked to report the same problems (and, when
    given, to leave *generic_rows* rows to the generic path)."""
    generic = _read_rows(table, rows, generated=False)
    generated = _read_rows(table, rows, generated=True)
    assert generated[1] == generic[1]
    assert generated[2] == generic[2]
    if generic_rows is not None:
        assert generated[3] == generic_rows
    return (generic[0], generated[0]), generated[1]


def test_generated_loop_is_generated_for_a_table_with_every_header() -> None:
    table = TABLE_BY_NAME["claims"]
    reader = RowReader(
        OpenTable(table=table, order=0, found=Diagnostics("t")),
        list(table.names),
        1,
        References([]),
    )
    assert generated_loop(reader).__code__.co_filename == "<purgehist row reader>"


def test_empty_cells_read_as_defaults_and_missing_values_are_reported() -> None:
    table = TABLE_BY_NAME["attributions"]
    empty = [""] * len(table.columns)
    row = _row(table, claim="claim_1", actor="pers_1", position="1")
    no_actor = _row(table, claim="claim_1", actor=" ", position="2")
    (generic, generated), problems = _both(table, [row, empty, no_actor], generic_rows=2)
    _, values, ok = generated[0]
    assert ok
    assert values[table.columns.index(table.column("stance"))] == "asserts"
    assert values[table.columns.index(table.column("no_evidence"))] is False
    assert values[table.columns.index(table.column("date"))] is None
    assert [number for number, _, _ in generated] == [2, 4]  # a blank row is no row
    assert generated[1][2] is False
    assert [(p.code, p.location) for p in problems if p.code != "dangling-reference"] == [
        ("missing-value", "attributions.csv:4:2")
    ]
    assert generated == generic


def test_bad_cells_are_reported_at_their_cell_and_the_row_is_not_ok() -> None:
    table = TABLE_BY_NAME["attributions"]
    rows = [
        _row(table, claim="claim_1", actor="bad id", position="1"),
        _row(table, claim="claim_1", actor="pers_1", position="0"),
        _row(table, claim="claim_1", actor="pers_1", position="2", stance="bogus"),
        _row(table, claim="claim_1", actor="pers_1", position="3", no_evidence="maybe"),
    ]
    (generic, generated), problems = _both(table, rows, generic_rows=4)
    assert [ok for _, _, ok in generated] == [False] * 4
    assert [(p.code, p.location) for p in problems if p.code != "dangling-reference"] == [
        ("bad-id", "attributions.csv:2:2"),
        ("bad-number", "attributions.csv:3:1"),
        ("bad-value", "attributions.csv:4:3"),
        ("bad-value", "attributions.csv:5:7"),
    ]
    assert generated == generic


def test_a_row_with_bad_ids_in_a_list_is_handed_on_once_not_ok() -> None:
    """The generated loop gives the row to the generic reader once and goes on to the next
    row, rather than on to the list's next item."""
    table = TABLE_BY_NAME["attributions"]
    rows = [
        _row(table, claim="claim_1", actor="pers_1", position="1", evidence="ev_1\nbad id\n1x"),
        _row(table, claim="claim_1", actor="pers_1", position="2", evidence="ev_1\nev_2"),
    ]
    (generic, generated), problems = _both(table, rows, generic_rows=1)
    assert [(number, ok) for number, _, ok in generated] == [(2, False), (3, True)]
    assert [(p.code, p.location) for p in problems if p.code != "dangling-reference"] == [
        ("bad-id", "attributions.csv:2:6")
    ]
    assert generated == generic


VALID = {
    ColumnKind.TEXT: ("", "Purge of the party", "  spaced  ", "a\nb"),
    ColumnKind.LIST: ("", "a\nb", "x", "\\e\ny"),
    ColumnKind.ID: ("pers_1", " ev_2 ", "claim_1"),
    ColumnKind.REF: ("", "pers_1", " ev_2 "),
    ColumnKind.REFS: ("", "ev_1\nev_2", " pers_1 ", "ev_1\r\nev_2"),
    ColumnKind.EDTF: ("", "1937", "1936/1938", "1937~"),
    ColumnKind.INTEGER: ("", "3", " 4 ", "2.0"),
    ColumnKind.NUMBER: ("", "2.5", "1e3", "-1"),
    ColumnKind.BOOLEAN: ("", "TRUE", "ja", "False"),
    ColumnKind.POSITION: ("1", "2", " 3 "),
    ColumnKind.PATH: ("1", "1.2"),
}
"""Cell texts each column kind reads without a problem (enumerations: their values)."""


def _cell(table: Table, at: int) -> st.SearchStrategy[str]:
    column = table.columns[at]
    words = (*column.values, *(v.upper() for v in column.values), "")
    valid = st.sampled_from(words if column.kind == ColumnKind.ENUM else VALID[column.kind])
    return st.one_of(valid, valid, valid, st.sampled_from(CELLS))


@st.composite
def _rows(draw: st.DrawFn) -> tuple[Table, list[list[str]]]:
    """A table and rows of it, mostly readable, some with a bad cell, some short."""
    table = draw(st.sampled_from(TABLES))
    width = len(table.columns)
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        row = [draw(_cell(table, at)) for at in range(width)]
        rows.append(row[: draw(st.integers(0, width))] if draw(st.booleans()) else row)
    return table, rows


@settings(max_examples=150, deadline=None)
@given(_rows())
def test_generated_loop_agrees_with_the_generic_loop_on_any_cells(
    table_rows: tuple[Table, list[list[str]]],
) -> None:
    (generic, generated), _ = _both(*table_rows)
    assert generated == generic


def _package(dataset: Dataset) -> dict[str, bytes]:
    buffer = io.BytesIO()
    write_package_zip(dataset, buffer)
    with zipfile.ZipFile(buffer) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _read_package(files: dict[str, bytes], *, generated: bool) -> tuple[Any, list[Problem]]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    buffer.seek(0)
    with mock.patch.object(csv_read, "rebuild", partial(rebuild, generated=generated)):
        try:
            result = read_package(buffer, "test.zip")
        except DataError as err:
            return None, err.problems
    return result.dataset, result.problems


@settings(max_examples=40, deadline=None)
@given(datasets(xml_safe=False))
def test_generated_path_reads_packages_as_the_generic_path(dataset: Dataset) -> None:
    files = _package(dataset)
    generated = _read_package(files, generated=True)
    assert generated == _read_package(files, generated=False)
    assert generated[0] == dataset


@settings(max_examples=60, deadline=None)
@given(datasets(), st.data())
def test_generated_path_reports_a_damaged_cell_as_the_generic_path(
    dataset: Dataset, data: st.DataObject
) -> None:
    files = _package(dataset)
    filled = [
        name
        for name, content in files.items()
        if name.endswith(".csv") and content.count(b"\n") > 1
    ]
    name = data.draw(st.sampled_from(sorted(filled)))
    rows = list(csv.reader(io.StringIO(files[name].decode("utf-8"))))
    row = data.draw(st.integers(1, len(rows) - 1))
    column = data.draw(st.integers(0, len(rows[0]) - 1))
    rows[row][column] = data.draw(st.sampled_from(CELLS))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    files[name] = out.getvalue().encode("utf-8")
    assert _read_package(files, generated=True) == _read_package(files, generated=False)


def test_bad_cell_in_a_package_names_its_file_line_and_column() -> None:
    files = _package(TINY)
    rows = list(csv.reader(io.StringIO(files["attributions.csv"].decode("utf-8"))))
    rows[2][rows[0].index("stance")] = "denies"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    files["attributions.csv"] = out.getvalue().encode("utf-8")
    dataset, problems = _read_package(files, generated=True)
    assert dataset is None
    assert [(p.code, p.location, p.raw) for p in problems] == [
        ("bad-value", "attributions.csv:3:stance", "denies")
    ]


def _attribution_builder(invalid: list[str], ids: dict[str, int] | None = None) -> Any:
    shape = Shape(
        record=Attribution,
        anchor="actor",
        fields=[(0, "actor"), (1, "stance"), (2, "date"), (3, "evidence")],
        blanks=[(0, "actor", None)],
        parts=[],
        children=(),
        marker=None,
        needed=[],
        ids=ids or {},
    )
    rejected = object()

    def refused(err: Exception, number: int, anchor: str) -> object:
        invalid.append(str(err))
        return rejected

    return generated_builder(shape, 4, {}, None, None, refused, rejected)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["pers_1", "1bad", "bad id", "", None, 7]),
    st.sampled_from([None, "asserts", "disputes", "bogus", Stance.QUALIFIES]),
    st.sampled_from([None, "1985", "1936/1938", "19xx-13", "", 1985]),
    st.sampled_from([None, ("ev_1", "ev_2"), ["ev_1"], ("bad id",), "ev_1"]),
)
def test_built_record_is_what_its_class_makes_of_the_same_values(
    actor: Any, stance: Any, date: Any, evidence: Any
) -> None:
    """The builder sets fields itself rather than calling the class: same record, same refusal."""
    invalid: list[str] = []
    made = _attribution_builder(invalid)([actor, stance, date, evidence], None, 2)
    given = {"stance": stance, "date": date, "evidence": evidence}
    refusal: list[str] = []
    try:
        expected = Attribution(actor=actor, **{k: v for k, v in given.items() if v is not None})
    except (ValueError, TypeError) as err:
        refusal.append(str(err))
    assert invalid == refusal
    if not refusal:
        assert made == expected
        assert type(made.stance) is Stance
        assert type(made.evidence) is tuple


def test_an_empty_id_is_still_refused_by_the_class_validator() -> None:
    """The NCName validator is skipped for a value the id column's reader checked, not for
    the empty cell's stand-in."""
    invalid: list[str] = []
    build = _attribution_builder(invalid, ids={"actor": 0})
    assert build([None, None, None, None], None, 2) is not None
    with pytest.raises(ValueError, match="NCName") as refused:
        Attribution(actor=None)  # type: ignore[arg-type]
    assert invalid == [str(refused.value)]
    made = build(["pers_1", "disputes", "1985", ("ev_1",)], None, 3)
    assert made == Attribution(
        actor="pers_1", stance=Stance.DISPUTES, date="1985", evidence=("ev_1",)
    )


def test_builders_call_no_converter_they_spell_out() -> None:
    """Work counted, not timed: a tuple or a text read from a package reaches its record
    without a call to ``tuple_of`` or the empty-text converter from a builder."""
    from purgehist.model.common import optional_text, tuple_of

    spelled = {tuple_of.__code__, optional_text().converter.__code__}
    calls: list[str] = []

    def count(frame: Any, event: str, arg: object) -> None:
        if event == "call" and frame.f_code in spelled:
            calls.append(frame.f_back.f_code.co_filename)

    files = _package(TINY.replace(actors=(*TINY.actors, Actor(id="pers_x", name="X", sex=""))))
    sys.setprofile(count)
    try:
        dataset, problems = _read_package(files, generated=True)
    finally:
        sys.setprofile(None)
    assert not problems
    assert dataset.claims == TINY.claims
    assert calls  # the dataset's own collections still go through tuple_of
    assert "<purgehist record builder>" not in calls


def _attributed(claims: int) -> Dataset:
    """*claims* claims, each attributed to the same two actors, with dates and provenance."""
    made = [
        Claim(
            id=f"claim_{n}",
            text=f"Claim number {n} about the plenum.",
            provenance=Provenance(file="thesis.txt"),
            attributions=(
                Attribution(actor="pers_conquest", stance=Stance.ASSERTS, date="1968"),
                Attribution(
                    actor="pers_getty",
                    stance=Stance.DISPUTES,
                    date="1985",
                    provenance=Provenance(file="thesis.txt", page="12"),
                ),
            ),
        )
        for n in range(claims)
    ]
    return TINY.replace(claims=tuple(made))


def _counted_read(dataset: Dataset) -> tuple[Counter[str], list[str]]:
    """The calls made reading *dataset*'s package, by function, and the texts matched
    against the NCName pattern by the generated readers."""
    files = _package(dataset)
    matched: list[str] = []

    class _Pattern:
        @staticmethod
        def match(text: str) -> object:
            matched.append(text)
            return NCNAME.match(text)

    watched = {
        RowReader.read.__code__: "RowReader.read",
        edtf_validator().__code__: "edtf validator",
        non_empty.__code__: "non_empty",
        type(attrs.validators.optional(attrs.validators.ge(1))).__call__.__code__: "optional",
    }
    calls: Counter[str] = Counter()

    def count(frame: Any, event: str, arg: object) -> None:
        if event == "call":
            code = frame.f_code
            if code in watched:
                calls[watched[code]] += 1
            elif code.co_filename == "<purgehist row reader>" and code.co_name != "<module>":
                calls[code.co_name] += 1

    with mock.patch.object(generated_rows, "_NCNAME", _Pattern):
        sys.setprofile(count)
        try:
            read, problems = _read_package(files, generated=True)
        finally:
            sys.setprofile(None)
    assert not problems
    assert read == dataset
    return calls, matched


def test_clean_rows_cost_no_call_per_row_and_no_second_check() -> None:
    """Work counted, not timed: each table's rows are read in one generated loop (no call per
    row to a reader), a record's validators are not called on what its cells' readers checked
    (dates parsed, NCNames matched) or on what passes anyway (``None`` for ``optional``, a
    text that is not blank for ``non_empty``), and a reference to an id already read is not
    matched against the NCName pattern again."""
    small, matched = _counted_read(_attributed(3))
    large, _ = _counted_read(_attributed(12))
    assert large == small  # nothing per row: the calls left are per table
    assert "read" not in small
    assert "RowReader.read" not in small
    assert small["read_rows"] <= len(TABLES)
    assert matched.count("pers_getty") == 1  # its definition; not its 24 references


BAD_CELLS = ("bad id", "ev_1\nbad id\nalso bad", "19xx-13", "x", "maybe", "bogus", "0", "2.0.1")
"""A bad cell for each column kind that can hold one (ids, id lists, dates, numbers, booleans,
enumerations, positions, paths)."""


def _damaged(files: dict[str, bytes], name: str, row: int, column: int, cell: str) -> None:
    rows = list(csv.reader(io.StringIO(files[name].decode("utf-8"))))
    rows[row][column] = cell
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    files[name] = out.getvalue().encode("utf-8")


def test_a_row_with_a_bad_id_in_a_list_is_read_once_by_the_generic_reader() -> None:
    """The generated loop gives a row with a bad item in an id list to the generic reader and
    goes on to the next row, rather than on to the list's next item."""
    files = _package(_attributed(3))
    header = next(csv.reader(io.StringIO(files["claims.csv"].decode("utf-8"))))
    _damaged(files, "claims.csv", 1, header.index("about"), "claim_1\nbad id\nalso bad")
    generated = _read_package(files, generated=True)
    assert generated == _read_package(files, generated=False)
    assert [(p.code, p.location) for p in generated[1]] == [("bad-id", "claims.csv:2:about")]


@pytest.mark.parametrize("name", ["claims.csv", "attributions.csv"])
def test_every_bad_cell_of_a_table_is_reported_as_by_the_generic_path(name: str) -> None:
    files = _package(_attributed(2))
    width = len(next(csv.reader(io.StringIO(files[name].decode("utf-8")))))
    for column in range(width):
        for cell in BAD_CELLS:
            damaged = dict(files)
            _damaged(damaged, name, 2, column, cell)
            generated = _read_package(damaged, generated=True)
            assert generated == _read_package(damaged, generated=False), (column, cell)
