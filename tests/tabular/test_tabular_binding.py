"""The binding of tables to records: complete, and what flattening and rebuilding derive from
it (row counts, read order, references across tables, rows without an owner)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import purgehist
from purgehist import DataError, Dataset, Severity
from purgehist.formats.tabular.binding import Column, ColumnKind, Part, children_of
from purgehist.formats.tabular.flatten import dataset_rows, table_sizes
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES
from purgehist.formats.tabular.rebuild import READ_ORDER


def _bound(items: tuple[Column | Part, ...]) -> set[str]:
    return {item.field for item in items if item.field is not None}


def test_every_field_of_every_record_has_its_column() -> None:
    """A field added to a record without a column (or child table) fails here."""
    for table in TABLES:
        bound = _bound(table.items) | {child.field for child in table.children}
        assert bound == {a.name for a in attrs.fields(table.record)}, table.name
        for _, part in table.parts():
            inner = _bound(part.items) | {child.field for child in part.children}
            assert inner == {a.name for a in attrs.fields(part.record)}, part.field


def test_child_tables_know_their_owners() -> None:
    names = TABLE_BY_NAME["names"]
    assert [(o.table, o.field) for o in names.owners] == [
        ("actors", "variants"),
        ("places", "variants"),
        ("events", "labels"),
    ]
    assert names.column("record").refers_to == ("actors", "places", "events")
    ranges = TABLE_BY_NAME["page_ranges"]
    assert [(o.table, o.field) for o in ranges.owners] == [("evidence", "locator.ranges")]
    assert TABLE_BY_NAME["divisions"].is_tree
    assert TABLE_BY_NAME["notes"].owner_key == ("document", "division", "paragraph")


def test_children_are_read_before_their_owners() -> None:
    assert {t.name for t in READ_ORDER} == {t.name for t in TABLES}
    at = {t.name: i for i, t in enumerate(READ_ORDER)}
    for table in TABLES:
        for _, child in children_of(table):
            if child.table != table.name:
                assert at[child.table] < at[table.name], (child.table, table.name)


def test_sizes_count_the_rows(example_dataset: Dataset) -> None:
    counted = {table.name: sum(1 for _ in rows) for table, rows in dataset_rows(example_dataset)}
    assert table_sizes(example_dataset) == counted


def test_rows_follow_the_columns(example_dataset: Dataset) -> None:
    for table, rows in dataset_rows(example_dataset):
        for row in rows:
            assert len(row) == len(table.columns)
            for column, value in zip(table.columns, row, strict=True):
                if column.kind in (ColumnKind.LIST, ColumnKind.REFS, ColumnKind.ENUM):
                    assert value is None or type(value) is str, (table.name, column.name)


def _package(tmp_path: Path, dataset: Dataset) -> Path:
    folder = tmp_path / "pkg"
    purgehist.export(dataset, "csv", folder)
    return folder


def _edit(path: Path, row: int, column: str, value: str) -> None:
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[row][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)


def _errors(folder: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        purgehist.parse(folder)
    return [str(p) for p in info.value.problems if p.severity == Severity.ERROR]


def test_a_reference_to_a_record_read_later_names_its_kind(
    tmp_path: Path, example_dataset: Dataset
) -> None:
    """Chain links are read before evidence; an evidence id in an actor column is still a
    wrong reference, not a dangling one."""
    folder = _package(tmp_path, example_dataset)
    evidence = example_dataset.evidence[0].id
    _edit(folder / "attributions.csv", 1, "actor", evidence)
    assert _errors(folder) == [
        f"attributions.csv:2:actor: {evidence!r} is a evidence, expected a actor"
    ]


def test_an_unreadable_child_row_still_has_its_owner_checked(
    tmp_path: Path, example_dataset: Dataset
) -> None:
    folder = _package(tmp_path, example_dataset)
    path = folder / "attributions.csv"
    _edit(path, 1, "claim", "claim_nowhere")
    _edit(path, 1, "stance", "denies")
    assert sorted(_errors(folder)) == [
        "attributions.csv:2:claim: no claim with id 'claim_nowhere'",
        "attributions.csv:2:stance: 'denies' is not one of: asserts, disputes, qualifies, "
        "reports, retracts",
    ]


def test_a_quantity_needs_its_unit(tmp_path: Path, example_dataset: Dataset) -> None:
    folder = _package(tmp_path, example_dataset)
    _edit(folder / "claims.csv", 1, "quantity_value", "12")
    _edit(folder / "claims.csv", 1, "quantity_unit", "")
    assert _errors(folder) == ["claims.csv:2:quantity_unit: a quantity needs 'quantity_unit'"]


def test_body_rows_without_their_parent(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    files = {
        "documents.csv": "id,title\nd,D\n",
        "divisions.csv": "document,division\nd,1\nd,2.1\n",
        "paragraphs.csv": "document,division,position,text\nd,1,1,One.\nd,3,1,Lost.\n",
        "notes.csv": "document,division,paragraph,position,n,offset\nd,1,1,1,1,3\nd,1,2,1,2,3\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert _errors(folder) == [
        "divisions.csv:3:division: division 2.1 of 'd' has no division 2",
        "paragraphs.csv:3:division: document 'd' has no division 3",
        "notes.csv:3:paragraph: document 'd', division 1 has no paragraph 2",
    ]


@pytest.fixture
def csv_field_limit() -> Iterator[int]:
    """The csv module's default field limit: a library imported by another test (frictionless)
    may have raised it to ``sys.maxsize``, and a field one longer would not fit in memory."""
    before = csv.field_size_limit(131_072)
    yield 131_072
    csv.field_size_limit(before)


def test_a_file_that_breaks_off_is_unreadable_from_there(
    tmp_path: Path, example_dataset: Dataset, csv_field_limit: int
) -> None:
    folder = _package(tmp_path, example_dataset)
    path = folder / "claims.csv"
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[3] = text[3].rstrip("\n") + ',"' + "x" * (csv.field_size_limit() + 1) + '"\n'
    path.write_text("".join(text), encoding="utf-8")
    errors = _errors(folder)
    assert len(errors) == 1
    assert errors[0].startswith("claims.csv:4: cannot read the file: field larger than")
